/**
 * Writes the Pagefind search index of a built site into `<siteDir>/pagefind`: every entry page
 * of the release, its main content only, with the entry's result metadata and search keys added
 * (src/lib/search/index-html.ts); and beside it the facet table, which filter values each page
 * has, by Pagefind's page id (src/lib/search/facet-table.ts). Other pages (lists, redirects)
 * are not indexed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { FACET_TABLE_FILE, facetTable } from '../../src/lib/search/facet-table.ts';
import type { SearchFacets } from '../../src/lib/search/facets.ts';
import { withSearchRecord } from '../../src/lib/search/index-html.ts';
import { searchOrder } from '../../src/lib/search/lexicon.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import type { Entry } from '../../src/lib/schema/index.ts';

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
    const pages = typeof fragment.url === 'string' ? { [file.replace(/\.pf_fragment$/, '')]: fragment } : fragment as Record<string, { url: unknown }>;
    for (const [id, page] of Object.entries(pages)) ids.set(String(page.url), id);
  }
  return ids;
}

export async function writeSearchIndex(siteDir: string, kb: KnowledgeBase): Promise<{ pages: number }> {
  // The site is written in English; one stemmer for every page, whatever scripts a page contains.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // In lexicon order: the facet table's page positions are the lexicon's (src/lib/search/lexicon.ts).
    const entries = searchOrder(kb);
    const indexed: { url: string; facets: SearchFacets }[] = [];
    const addPage = async (entry: Entry, position: number) => {
      const sourcePath = `${entry.collection}/${entry.slug}/index.html`;
      const html = await readFile(join(siteDir, sourcePath), 'utf8');
      const record = searchRecord(entry, kb);
      let content: string;
      try {
        content = withSearchRecord(html, record);
      } catch (error) {
        throw new Error(`Cannot index ${sourcePath}: ${error instanceof Error ? error.message : error}`);
      }
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
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
