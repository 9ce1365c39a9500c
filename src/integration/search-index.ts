/**
 * Writes the Pagefind search index into `<siteDir>/pagefind`: every entry of the release, as the
 * knowledge base holds it (its rendered body, result metadata and search keys:
 * src/lib/search/document.ts), under its page's address; and beside it the facet table, which
 * filter values each page has, by Pagefind's page id (src/lib/search/facet-table.ts); and the
 * lexicon, which decides what matches (src/lib/search/lexicon.ts), in the same entry order. Other
 * pages (lists, redirects) are not indexed.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { FACET_TABLE_FILE, facetTable } from '../lib/search/facet-table.ts';
import type { SearchFacets } from '../lib/search/facets.ts';
import { searchDocument } from '../lib/search/document.ts';
import { SHARD_LIST_FILE, shardFile, LEXICON_FOLDER } from '../lib/search/lexicon-format.ts';
import { searchLexicon, searchOrder } from '../lib/search/lexicon.ts';
import { searchRecord } from '../lib/search/record.ts';
import type { Entry } from '../lib/schema/index.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy, few enough to bound memory. */
const BATCH_SIZE = 64;

/** Pagefind's signature at the start of its decompressed files. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The page id (a search result's `id`) of each page URL, read from Pagefind's fragment files:
 * a fragment file is named by its page's id, or, on large sites, holds several pages by id.
 */
async function pageIdsByUrl(outputPath: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const dir = join(outputPath, 'fragment');
  for (const file of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
    if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`Unexpected Pagefind fragment ${file}`);
    const fragment = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url: unknown };
    const pages =
      typeof fragment.url === 'string'
        ? { [file.replace(/\.pf_fragment$/, '')]: fragment }
        : (fragment as Record<string, { url: unknown }>);
    for (const [id, page] of Object.entries(pages)) ids.set(String(page.url), id);
  }
  return ids;
}

export async function writeSearchIndex(siteDir: string, kb: LoadedKnowledgeBase): Promise<{ pages: number }> {
  // The site is written in English; one stemmer for every page, whatever scripts a page contains.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // In lexicon order: the facet table's page positions are the lexicon's (src/lib/search/lexicon.ts).
    const entries = searchOrder(kb);
    const indexed: { url: string; facets: SearchFacets }[] = [];
    const addPage = async (entry: Entry, position: number) => {
      // The address as Pagefind would give the built page: without the base path, which the browser adds.
      const url = `/${entry.collection}/${entry.slug}/`;
      const record = searchRecord(entry, kb);
      const content = searchDocument({ title: entry.data.title, summary: entry.data.summary, bodyHtml: kb.bodyHtml(entry.slug), record });
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      indexed[position] = { url: added.file.url, facets: record.filters };
    };
    for (let start = 0; start < entries.length; start += BATCH_SIZE) {
      await Promise.all(entries.slice(start, start + BATCH_SIZE).map((entry, i) => addPage(entry, start + i)));
    }
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);

    const ids = await pageIdsByUrl(outputPath);
    const pages = indexed.map(({ url, facets }) => {
      const id = ids.get(url);
      if (id === undefined) throw new Error(`Pagefind wrote no page for ${url}`);
      return { id, facets };
    });
    // Stored compressed, as Pagefind's own files are: the site's server need not compress.
    await writeFile(join(outputPath, FACET_TABLE_FILE), gzipSync(JSON.stringify(facetTable(pages)), { level: 9 }));
    return { pages: entries.length };
  } finally {
    await pagefind.close();
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
