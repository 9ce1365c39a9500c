/** /data/entries/<slug>.json: one entry's data, links and backlinks, for other tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { siteInfo } from '../../../data/site-info.ts';
import type { KnowledgeBase } from '../../../lib/knowledge-base.ts';
import { entryJson } from '../../../lib/export/entry-json.ts';

/** Made for the cache key and again for the file, not kept in the props (src/data/entry-view.ts says why). */
const jsonOf = (kb: KnowledgeBase, slug: string) =>
  entryJson(kb, siteInfo(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined), kb.bySlug.get(slug)!);

export const getStaticPaths = (async () => {
  const kb = await getKnowledgeBase();
  return withCacheKeys(
    [...kb.bySlug.keys()].map((slug) => ({ params: { slug }, props: { slug } })),
    ({ props }) => jsonOf(kb, props.slug),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json(jsonOf(await getKnowledgeBase(), (props as { slug: string }).slug));
