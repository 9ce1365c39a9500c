/**
 * Writes the Pagefind search index into `<siteDir>/pagefind`: every entry of the release, as the
 * knowledge base holds it (its rendered body, result metadata, search keys and position:
 * src/lib/search/document.ts), under its page's address; and beside it the facet table, which
 * filter values each page has, by position (src/lib/search/facet-table.ts); and the
 * lexicon, which decides what matches (src/lib/search/lexicon.ts), in the same entry order. Other
 * pages (lists, redirects) are not indexed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { FACET_TABLE_FILE, facetFile, facetTable, splitFacetTable } from '../lib/search/facet-table.ts';
import type { SearchFacets } from '../lib/search/facets.ts';
import { searchDocument } from '../lib/search/document.ts';
import { SHARD_LIST_FILE, shardFile, LEXICON_FOLDER } from '../lib/search/lexicon-format.ts';
import { searchLexicon, searchOrder } from '../lib/search/lexicon.ts';
import { searchRecord } from '../lib/search/record.ts';
import type { Entry } from '../lib/schema/index.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy, few enough to bound memory. */
const BATCH_SIZE = 64;

/** The search index, made in memory: Pagefind's files and the facet table, with their paths in the Pagefind folder. */
export interface SearchIndexFiles {
  files: { path: string; content: Uint8Array }[];
  pages: number;
}

/**
 * Indexes every entry of the release with Pagefind and returns the files, without writing them:
 * the index depends on the knowledge base only, not on the built pages, so the build makes it
 * while Astro syncs the content, and Pagefind's service (a process of its own, about 1.5 GB at
 * 10,000 entries while it makes the index) is closed before the pages are bundled and rendered.
 */
export async function buildSearchIndex(kb: LoadedKnowledgeBase): Promise<SearchIndexFiles> {
  // The site is written in English; one stemmer for every page, whatever scripts a page contains.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // In lexicon order: the facet table's page positions are the lexicon's (src/lib/search/lexicon.ts).
    const entries = searchOrder(kb);
    const facets: SearchFacets[] = [];
    const addPage = async (entry: Entry, position: number) => {
      // The address as Pagefind would give the built page: without the base path, which the browser adds.
      const url = `/${entry.collection}/${entry.slug}/`;
      const record = searchRecord(entry, kb);
      const { title, summary } = entry.data;
      const content = searchDocument({ title, summary, bodyHtml: kb.bodyHtml(entry.slug), record, position });
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      facets[position] = record.filters;
    };
    // Pagefind keeps the pages in the order they are added, which the browser reads as their
    // positions (facet-table.ts, POSITION_META): each batch is sent in order.
    for (let start = 0; start < entries.length; start += BATCH_SIZE) {
      await Promise.all(entries.slice(start, start + BATCH_SIZE).map((entry, i) => addPage(entry, start + i)));
    }
    const made = await index.getFiles();
    if (made.errors.length) throw new Error(`Pagefind could not make the index: ${made.errors.join('; ')}`);
    // Stored compressed, as Pagefind's own files are: the site's server need not compress.
    const gzipped = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 });
    const { table, apart } = splitFacetTable(facetTable(facets), (values) => gzipped(values).length);
    const tables = [
      { path: FACET_TABLE_FILE, content: gzipped(table) },
      ...apart.map(([facet, values]) => ({ path: facetFile(facet), content: gzipped(values) })),
    ];
    return { files: [...made.files, ...tables], pages: entries.length };
  } finally {
    await pagefind.close();
  }
}

/** Files written at a time: enough to keep the disk busy, few enough to stay under open-file limits. */
const WRITE_BATCH = 256;

/** Writes the index's files into `<siteDir>/pagefind`: each folder made once, the files in batches. */
export async function writeSearchIndex(siteDir: string, { files }: SearchIndexFiles): Promise<void> {
  const folder = join(siteDir, 'pagefind');
  const targets = files.map(({ path, content }) => {
    const target = join(folder, path);
    // Pagefind names its files; a path leaving the folder would be a broken index, not a file to write.
    if (!target.startsWith(folder + sep)) throw new Error(`Pagefind gave a file outside its folder: ${path}`);
    return { target, content };
  });
  for (const dir of new Set(targets.map(({ target }) => dirname(target)))) await mkdir(dir, { recursive: true });
  for (let start = 0; start < targets.length; start += WRITE_BATCH) {
    await Promise.all(targets.slice(start, start + WRITE_BATCH).map(({ target, content }) => writeFile(target, content)));
  }
}

/**
 * The search lexicon's shards and their list, gzipped as Pagefind's files are, so that any static
 * server sends them small. Entries are referred to by their position in `searchOrder(kb)`.
 */
export async function writeSearchLexicon(siteDir: string, kb: LoadedKnowledgeBase): Promise<void> {
  const folder = join(siteDir, LEXICON_FOLDER);
  await mkdir(folder, { recursive: true });
  const shards = searchLexicon(kb);
  const files = new Map<string, unknown>([
    ...[...shards].map(([shard, data]) => [shardFile(shard), data] as const),
    [SHARD_LIST_FILE, [...shards.keys()]],
  ]);
  await Promise.all(
    [...files].map(([name, data]) => writeFile(join(folder, `${name}.json.gz`), gzipSync(JSON.stringify(data), { level: 9 }))),
  );
}
