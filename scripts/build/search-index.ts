/**
 * Writes the Pagefind search index of a built site into `<siteDir>/pagefind`: every entry page
 * of the release, its main content only, with the entry's filters, result metadata and search
 * keys added (src/lib/search/index-html.ts). Other pages (lists, redirects) are not indexed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { withSearchRecord } from '../../src/lib/search/index-html.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import type { Entry } from '../../src/lib/schema/index.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy, few enough to bound memory. */
const BATCH_SIZE = 64;

export async function writeSearchIndex(siteDir: string, kb: KnowledgeBase): Promise<{ pages: number }> {
  // The site is written in English; one stemmer for every page, whatever scripts a page contains.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const entries = [...kb.bySlug.values()];
    const addPage = async (entry: Entry) => {
      const sourcePath = `${entry.collection}/${entry.slug}/index.html`;
      const html = await readFile(join(siteDir, sourcePath), 'utf8');
      let content: string;
      try {
        content = withSearchRecord(html, searchRecord(entry, kb));
      } catch (error) {
        throw new Error(`Cannot index ${sourcePath}: ${error instanceof Error ? error.message : error}`);
      }
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    };
    for (let start = 0; start < entries.length; start += BATCH_SIZE) {
      await Promise.all(entries.slice(start, start + BATCH_SIZE).map(addPage));
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: entries.length };
  } finally {
    await pagefind.close();
  }
}
