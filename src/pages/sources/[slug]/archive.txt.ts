/** /sources/<slug>/archive.txt: a source's archived text, only when the source says `archive: public`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  withCacheKeys(
    [...(await getKnowledgeBase()).publicArchives.values()].map(({ slug, paragraphs }) => ({ params: { slug }, props: { paragraphs } })),
  );

export const GET: APIRoute = ({ props }) =>
  new Response(`${(props as { paragraphs: readonly string[] }).paragraphs.join('\n\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
