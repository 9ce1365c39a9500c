/** /data/entries/<slug>.json: one entry's data, links and backlinks, for other tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { siteInfo } from '../../../data/site-info.ts';
import { entryJson, type EntryJson } from '../../../lib/export/entry-json.ts';

export const getStaticPaths = (async () => {
  const kb = await getKnowledgeBase();
  const site = siteInfo(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  return withCacheKeys(
    [...kb.bySlug.values()].map((entry) => ({ params: { slug: entry.slug }, props: { json: entryJson(kb, site, entry) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { json: EntryJson }).json);
