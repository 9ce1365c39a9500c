/**
 * /feed.xml (Atom, recently updated entries) and /sitemap.xml. Both formats require absolute URLs,
 * so they are written only when SITE_URL gives the public address; without it the build says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../data/cache-keys.ts';
import { getKnowledgeBase } from '../data/knowledge-base.ts';
import { siteInfo } from '../data/site-info.ts';
import { atomFeed, sitemap } from '../lib/export/feeds.ts';
import type { SiteInfo } from '../lib/site.ts';

const FEEDS = {
  feed: { render: atomFeed, type: 'application/atom+xml' },
  sitemap: { render: sitemap, type: 'application/xml' },
};

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) {
    console.warn('[exports] SITE_URL is not set: feed.xml and sitemap.xml need absolute URLs and are not written.');
    return [];
  }
  // Both list the whole knowledge base: their key is every entry's digest.
  const entries = [...(await getKnowledgeBase()).bySlug.values()];
  return withCacheKeys(Object.keys(FEEDS).map((feed) => ({ params: { feed }, props: { entries } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { render, type } = FEEDS[params.feed as keyof typeof FEEDS];
  const body = render(await getKnowledgeBase(), siteInfo(site) as Required<SiteInfo>);
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
