/** /data/previews/<slug>.json: the small card a link preview shows. Only included entries have one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { entryPreview, type EntryPreview } from '../../../lib/view/preview.ts';

export const getStaticPaths = (async () =>
  withCacheKeys(
    [...(await getKnowledgeBase()).bySlug.values()].map((entry) => ({
      params: { slug: entry.slug },
      props: { preview: entryPreview(entry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { preview: EntryPreview }).preview);
