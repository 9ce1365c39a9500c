/** /<collection>/<slug>/history.xml: one entry's revisions as an Atom feed, to follow it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { getSiteHistory } from '../../../data/history.ts';
import { siteInfo } from '../../../data/site-info.ts';
import { entryHistoryFeed } from '../../../lib/history/feeds.ts';
import { entryRef, type EntryHistory } from '../../../lib/history/history.ts';
import type { Entry } from '../../../lib/schema/index.ts';

export const getStaticPaths = (async () => {
  const history = getSiteHistory();
  if (!history.available) return [];
  const kb = await getKnowledgeBase();
  return withCacheKeys(
    [...kb.bySlug.values()].flatMap((entry) => {
      const entryHistory = history.entries.get(entry.slug);
      return entryHistory ? [{ params: { collection: entry.collection, slug: entry.slug }, props: { entry, entryHistory } }] : [];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, entryHistory } = props as { entry: Entry; entryHistory: EntryHistory };
  return new Response(entryHistoryFeed(entryRef(entry), entryHistory.revisions, siteInfo(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
