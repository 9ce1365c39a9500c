/** /data/entries/<slug>.json: one entry's data, links and backlinks, for other tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { siteInfo } from '../../../data/site-info.ts';
import { entryJson } from '../../../lib/export/entry-json.ts';

export const getStaticPaths = (async () =>
  [...(await getKnowledgeBase()).bySlug.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const kb = await getKnowledgeBase();
  return Response.json(entryJson(kb, siteInfo(site), kb.bySlug.get(params.slug!)!));
};
