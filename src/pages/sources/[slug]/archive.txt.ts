/** /sources/<slug>/archive.txt: a source's archived text, only when the source says `archive: public`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await getKnowledgeBase()).publicArchives.keys()].map((slug) => ({ params: { slug } }));

export const GET: APIRoute = async ({ params }) => {
  const archive = (await getKnowledgeBase()).publicArchives.get(String(params.slug));
  if (!archive) return new Response(null, { status: 404 });
  return new Response(`${archive.paragraphs.join('\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
