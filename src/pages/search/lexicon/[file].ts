/**
 * The search lexicon's shards and their list (src/lib/search/lexicon.ts),
 * gzipped as Pagefind's files are, so any static server sends them small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { getKnowledgeBase } from '../../../data/knowledge-base.ts';
import { SHARD_LIST_FILE, shardFile } from '../../../lib/search/lexicon-format.ts';
import { searchLexicon } from '../../../lib/search/lexicon.ts';
import { perKnowledgeBase } from '../../../lib/per-knowledge-base.ts';

/** Each file's data, by file name. */
const lexiconFiles = perKnowledgeBase((kb): Map<string, unknown> => {
  const shards = searchLexicon(kb);
  return new Map<string, unknown>([
    ...[...shards].map(([shard, data]) => [shardFile(shard), data] as const),
    [SHARD_LIST_FILE, [...shards.keys()]],
  ]);
});

export const getStaticPaths = (() =>
  [...lexiconFiles(getKnowledgeBase()).keys()].map((name) => ({ params: { file: `${name}.json.gz` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = lexiconFiles(getKnowledgeBase()).get(params.file!.replace(/\.json\.gz$/, ''));
  return new Response(gzipSync(JSON.stringify(data), { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
};
