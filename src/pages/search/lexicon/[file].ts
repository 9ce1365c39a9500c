/**
 * The search lexicon's shards and name list (src/lib/search/lexicon.ts), gzipped as Pagefind's
 * files are, so any static server sends them small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { searchLexicon } from '../../../lib/search/lexicon.ts';
import { NAMES_FILE } from '../../../lib/search/lexicon-format.ts';
import { perKnowledgeBase } from '../../../lib/per-knowledge-base.ts';

const lexicon = perKnowledgeBase((kb) => searchLexicon(kb));

export const getStaticPaths = (() => {
  const { shards } = lexicon(getKnowledgeBase());
  return [...shards.keys(), NAMES_FILE].map((name) => ({ params: { file: `${name}.json.gz` } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { shards, names } = lexicon(getKnowledgeBase());
  const name = params.file!.replace(/\.json\.gz$/, '');
  const data = name === NAMES_FILE ? names : shards.get(name);
  return new Response(gzipSync(JSON.stringify(data), { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
};
