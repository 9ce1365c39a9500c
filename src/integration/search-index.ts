/**
 * Makes the search index, moved into the site as `<siteDir>/pagefind`: every entry of the release,
 * as the knowledge base holds it (its text as search keys, field by field, and its position:
 * src/lib/search/document.ts), under its page's address, in parts that the browser merges
 * (src/lib/search/index-parts.ts, with the file saying how many); and the site's own search data,
 * by entry position, under `<siteDir>/search/`: the lexicon, which decides what matches
 * (src/lib/search/lexicon.ts), the facet table, which filter values each entry has
 * (src/lib/search/facet-table.ts), and each entry's result file, what its result shows
 * (src/lib/search/result-data.ts). Other pages (lists, redirects) are not indexed.
 */
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { isRunning } from '../lib/running.ts';
import { INDEX_PARTS_FILE, partCount, partFolder, partPositions, type IndexParts } from '../lib/search/index-parts.ts';
import { FACET_TABLE_FILE, FACETS_FOLDER, facetFile, facetTable, splitFacetTable } from '../lib/search/facet-table.ts';
import type { SearchFacets } from '../lib/search/facets.ts';
import { searchDocument } from '../lib/search/document.ts';
import { bodyText, headerFields } from '../lib/search/fields.ts';
import { SHARD_LIST_FILE, shardFile, LEXICON_FOLDER } from '../lib/search/lexicon-format.ts';
import { searchLexicon, searchOrder, searchOrderStamp } from '../lib/search/lexicon.ts';
import { SEARCH_DATA_FOLDERS, stamped } from '../lib/search/stamped.ts';
import { searchRecord } from '../lib/search/record.ts';
import { RESULTS_FOLDER, resultData, resultFile } from '../lib/search/result-data.ts';
import type { Entry } from '../lib/schema/index.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy, few enough to bound memory. */
const BATCH_SIZE = 64;

/** Where a build makes its search index, in the build cache, before it is moved into the site. */
const INDEX_FOLDER_PREFIX = 'search-index-';

/** Pagefind's folder, in the index folder as in the site. */
const PAGEFIND_FOLDER = 'pagefind';

/** What the index folder holds, each moved to the same path in the site. */
export const INDEX_FOLDERS = [`${PAGEFIND_FOLDER}/`, ...SEARCH_DATA_FOLDERS];

/** What a part's index is, besides its folders of chunks (index/, fragment/, filter/): its entry file and its metadata. */
const PAGEFIND_ENTRY_FILE = 'pagefind-entry.json';
const PAGEFIND_META_SUFFIX = '.pf_meta';

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
 * Indexes every entry of the release with Pagefind into `folder`, in parts of at most `partSize`
 * pages (src/lib/search/index-parts.ts), and writes the lexicon there: the index depends on the
 * knowledge base only, not on the built pages, so the build makes it while Astro syncs the
 * content (Astro empties the site's folder before the pages, hence a folder of its own).
 * Pagefind's service, a process of its own, holds a part until it writes its files itself, and is
 * closed before the next part, and before the pages are bundled and rendered. Each entry's result
 * file is written as its page is handed to Pagefind, and the lexicon is made while Pagefind writes
 * the first part, when the build would otherwise wait for it. Returns how many pages it indexed,
 * in how many parts.
 */
export async function buildSearchIndex(
  kb: LoadedKnowledgeBase,
  folder: string,
  partSize: number,
): Promise<{ pages: number; parts: number }> {
  // In lexicon order: the facet table's page positions are the lexicon's (src/lib/search/lexicon.ts).
  const entries = searchOrder(kb);
  const order = searchOrderStamp(entries);
  const [pagefindFolder, facetsFolder, resultsFolder] = [
    join(folder, PAGEFIND_FOLDER),
    join(folder, FACETS_FOLDER),
    join(folder, RESULTS_FOLDER),
  ];
  const parts = partCount(entries.length, partSize);
  const facets: SearchFacets[] = [];
  await Promise.all([mkdir(facetsFolder, { recursive: true }), mkdir(resultsFolder, { recursive: true })]);
  for (let part = 0; part < parts; part++) {
    const [positions, partPath] = [partPositions(entries.length, parts, part), join(pagefindFolder, partFolder(part))];
    const lexicon = part === 0 ? () => writeSearchLexicon(folder, kb, order) : undefined;
    await indexPart(kb, { entries, positions, facets, resultsFolder, order }, partPath, lexicon);
    // A merged part needs only its index: the browser runs the first part's script and WebAssembly.
    if (part > 0) await keepIndexOnly(partPath);
  }
  // Level 9: every first search fetches the whole table.
  const gzipped = (data: unknown) => searchDataFile(order, data, 9);
  const whole = facetTable(facets);
  // Each facet compressed once: its size decides whether it is kept apart, and one kept apart is written so.
  const compressed = new Map(
    await Promise.all(Object.values(whole.values).map(async (values) => [values, await gzipped(values)] as const)),
  );
  const { table, apart } = splitFacetTable(whole, (values) => compressed.get(values)!.length);
  const partsFile: IndexParts = { parts };
  await Promise.all([
    writeFile(join(facetsFolder, FACET_TABLE_FILE), await gzipped(table)),
    ...apart.map(([facet, values]) => writeFile(join(facetsFolder, facetFile(facet)), compressed.get(values)!)),
    writeFile(join(pagefindFolder, INDEX_PARTS_FILE), JSON.stringify(partsFile)),
  ]);
  return { pages: entries.length, parts };
}

/**
 * The pages of one part of the index: the entries in search order, the positions of this part,
 * each page's filters, set by position, and the folder of the result files.
 */
interface PartPages {
  entries: readonly Entry[];
  positions: readonly number[];
  facets: SearchFacets[];
  resultsFolder: string;
  /** The stamp of the search order, written into each result file. */
  order: string;
}

/**
 * Indexes the entries at `positions` into `outputPath` with a Pagefind service of their own,
 * writing their result files meanwhile (while Pagefind takes a page, this process would wait),
 * and running `whileWriting` while Pagefind writes.
 */
async function indexPart(
  kb: LoadedKnowledgeBase,
  { entries, positions, facets, resultsFolder, order }: PartPages,
  outputPath: string,
  whileWriting?: () => Promise<void>,
) {
  // The site is written in English; one stemmer for every page, whatever scripts a page contains.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const addPage = async (position: number) => {
      const entry = entries[position]!;
      // The address as Pagefind would give the built page: without the base path, which the browser adds.
      const url = `/${entry.collection}/${entry.slug}/`;
      const record = searchRecord(entry, kb);
      const text = { header: headerFields(entry), body: bodyText(kb, entry) };
      const content = searchDocument({ fields: [...text.header.map((field) => field.text), text.body], position });
      const [added] = await Promise.all([
        index.addHTMLFile({ url, content }),
        searchDataFile(order, resultData(entry, kb, record, text)).then((file) =>
          writeFile(join(resultsFolder, resultFile(position)), file),
        ),
      ]);
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      facets[position] = record.filters;
    };
    // Pagefind keeps the pages in the order they are added, which the browser reads as their
    // positions (facet-table.ts, POSITION_META; index-parts.ts, mergedOrder): each batch is sent in order.
    for (let start = 0; start < positions.length; start += BATCH_SIZE) {
      await Promise.all(positions.slice(start, start + BATCH_SIZE).map(addPage));
    }
    const [written] = await Promise.all([index.writeFiles({ outputPath }), whileWriting?.()]);
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Removes from a part's folder Pagefind's scripts, styles and WebAssembly, keeping its index. */
async function keepIndexOnly(partPath: string): Promise<void> {
  for (const item of await readdir(partPath, { withFileTypes: true })) {
    if (item.isFile() && item.name !== PAGEFIND_ENTRY_FILE && !item.name.endsWith(PAGEFIND_META_SUFFIX))
      await rm(join(partPath, item.name));
  }
}

/** Moves the index made in `folder` into `siteDir`: a rename of each part, or a copy from another file system. */
export async function moveSearchIndex(folder: string, siteDir: string): Promise<void> {
  for (const part of INDEX_FOLDERS) {
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
async function writeSearchLexicon(indexFolder: string, kb: LoadedKnowledgeBase, order: string): Promise<void> {
  const folder = join(indexFolder, LEXICON_FOLDER);
  await mkdir(folder, { recursive: true });
  const shards = await searchLexicon(kb);
  const files = new Map<string, unknown>([
    ...[...shards].map(([shard, data]) => [shardFile(shard), data] as const),
    [SHARD_LIST_FILE, [...shards.keys()]],
  ]);
  // One file at a time, each gzipped as it is written: gzipping them all before writing held the
  // event loop for seconds at 100,000 entries. zlib's default level, not 9 as for the facet table:
  // a first search fetches the whole table but only a shard or two of the lexicon (a few KB, 4 %
  // larger so), and at 100,000 entries level 9 took 32 s against 5 s.
  for (const [name, data] of files) await writeFile(join(folder, `${name}.json.gz`), await searchDataFile(order, data));
}

const gzipAsync = promisify(gzip);

/**
 * A file of the site's search data as written: stamped with the search order it was made for
 * (src/lib/search/stamped.ts), and gzipped, as Pagefind's files are, so that any static server
 * sends it small (zlib's default level unless `level` says otherwise). Compressed on libuv's
 * threads, not the build's: at 10,000 entries the files took 1.3 s of the main thread.
 */
function searchDataFile(order: string, data: unknown, level?: number): Promise<Buffer> {
  return gzipAsync(JSON.stringify(stamped(order, data)), level === undefined ? {} : { level });
}
