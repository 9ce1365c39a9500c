/** /changes.xml: the editions as an Atom feed, each with what changed in it. */
import type { APIRoute } from 'astro';
import { getSiteHistory } from '../data/history.ts';
import { siteInfo } from '../data/site-info.ts';
import { editionsFeed } from '../lib/history/feeds.ts';

export const GET: APIRoute = ({ site }) => {
  const history = getSiteHistory();
  const body = editionsFeed(history.available ? history.editions : [], siteInfo(site));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
