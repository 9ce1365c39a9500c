/** /data/previews/<slug>.json: the small card a link preview shows. Only included entries have one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { entryPreview } from '../../../lib/view/preview.ts';

export const getStaticPaths = (async () =>
  [...(await getKnowledgeBase()).bySlug.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(entryPreview((await getKnowledgeBase()).bySlug.get(params.slug!)!));
