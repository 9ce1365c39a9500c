/**
 * Makes the search index, moved into the site as `<siteDir>/pagefind`: every entry of the release,
 * as the knowledge base holds it (its rendered body, result metadata, search keys and position:
 * src/lib/search/document.ts), under its page's address; and beside it the facet table, which
 * filter values each page has, by position (src/lib/search/facet-table.ts); and, as
 * `<siteDir>/search/lexicon/`, the lexicon, which decides what matches (src/lib/search/lexicon.ts),
 * in the same entry order. Other pages (lists, redirects) are not indexed.
 */
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { isRunning } from '../lib/running.ts';
import { FACET_TABLE_FILE, facetFile, facetTable, splitFacetTable } from '../lib/search/facet-table.ts';
import type { SearchFacets } from '../lib/search/facets.ts';
import { searchDocument } from '../lib/search/document.ts';
import { SHARD_LIST_FILE, shardFile, LEXICON_FOLDER } from '../lib/search/lexicon-format.ts';
import { searchLexicon, searchOrder } from '../lib/search/lexicon.ts';
import { searchRecord } from '../lib/search/record.ts';
import type { Entry } from '../lib/schema/index.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy, few enough to bound memory. */
const BATCH_SIZE = 64;

/** Where a build makes its search index, in the build cache, before it is moved into the site. */
const INDEX_FOLDER_PREFIX = 'search-index-';

/** Pagefind's folder, in the index folder as in the site. */
const PAGEFIND_FOLDER = 'pagefind';

/** What the index folder holds, each moved to the same path in the site. */
const INDEX_PARTS = [PAGEFIND_FOLDER, LEXICON_FOLDER];

/**
 * The folder this build makes its search index in, under `cacheDir`; folders left there by builds
 * that did not finish are removed.
 */
export async function searchIndexFolder(cacheDir: string, pid = process.pid): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  for (const name of await readdir(cacheDir)) {
    const owner = name.startsWith(INDEX_FOLDER_PREFIX) ? Number(name.slice(INDEX_FOLDER_PREFIX.length)) : NaN;
    if (owner && owner !== pid && !isRunning(owner)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
  const folder = join(cacheDir, `${INDEX_FOLDER_PREFIX}${pid}`);
  await rm(folder, { recursive: true, force: true });
  return folder;
}

/**
 * Indexes every entry of the release with Pagefind into `folder`, and writes the lexicon there:
 * the index depends on the knowledge base only, not on the built pages, so the build makes it
 * while Astro syncs the content (Astro empties the site's folder before the pages, hence a folder
 * of its own), and Pagefind's service, a process of its own, writes the files itself and is
 * closed before the pages are bundled and rendered. The lexicon is made while Pagefind writes,
 * when the build would otherwise wait for it. Returns how many pages it indexed.
 */
export async function buildSearchIndex(kb: LoadedKnowledgeBase, folder: string): Promise<number> {
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
    const pagefindFolder = join(folder, PAGEFIND_FOLDER);
    const [written] = await Promise.all([index.writeFiles({ outputPath: pagefindFolder }), writeSearchLexicon(folder, kb)]);
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // Stored compressed, as Pagefind's own files are: the site's server need not compress.
    const gzipped = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 });
    const { table, apart } = splitFacetTable(facetTable(facets), (values) => gzipped(values).length);
    await Promise.all([
      writeFile(join(pagefindFolder, FACET_TABLE_FILE), gzipped(table)),
      ...apart.map(([facet, values]) => writeFile(join(pagefindFolder, facetFile(facet)), gzipped(values))),
    ]);
    return entries.length;
  } finally {
    await pagefind.close();
  }
}

/** Moves the index made in `folder` into `siteDir`: a rename of each part, or a copy from another file system. */
export async function moveSearchIndex(folder: string, siteDir: string): Promise<void> {
  for (const part of INDEX_PARTS) {
    const [from, to] = [join(folder, part), join(siteDir, part)];
    await mkdir(dirname(to), { recursive: true });
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await cp(from, to, { recursive: true });
    }
  }
  await rm(folder, { recursive: true, force: true });
}

/**
 * The search lexicon's shards and their list, gzipped as Pagefind's files are, so that any static
 * server sends them small. Entries are referred to by their position in `searchOrder(kb)`.
 */
async function writeSearchLexicon(indexFolder: string, kb: LoadedKnowledgeBase): Promise<void> {
  const folder = join(indexFolder, LEXICON_FOLDER);
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
