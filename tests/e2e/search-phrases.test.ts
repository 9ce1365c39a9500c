/**
 * Quoted phrases of common words, on a synthetic knowledge base whose index is in parts (sites.ts,
 * `corpus`), the entries found checked against the generated files themselves: of three words,
 * decided by the lexicon's triples; of four, held three words by three by more entries than
 * search reads one by one, so the browser loads Pagefind, merges the parts, and Pagefind's
 * exact-phrase search decides.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { INDEX_PARTS_FILE } from '../../src/lib/search/index-parts.ts';
import { CONFIRM_IN_TEXT } from '../../src/lib/search/phrase.ts';
import { siteUrl as testSiteUrl } from './support/browser.ts';
import { filesHolding, resultCount, searchPages, titles, waitForResults } from './support/search-site.ts';
import { SITES } from './support/sites.ts';

const siteUrl = testSiteUrl('corpus');
const { open, openRecording } = searchPages('corpus');

/** The generated files whose text holds a phrase, as written. */
const corpusFilesHolding = (phrase: string) => filesHolding(join(projectRoot, SITES.corpus.contentDir), phrase);

describe('a quoted phrase of three common words: the lexicon', () => {
  it.each(['funds and issued', 'issued statements attributed'])(
    '"%s": every entry holding it, and only those, without Pagefind',
    async (phrase) => {
      const { page, errors, asked } = await openRecording(`"${phrase}"`);
      expect(await resultCount(page)).toBe(corpusFilesHolding(phrase));
      expect(asked.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

describe("a quoted phrase of four common words: Pagefind's exact search over the parts", () => {
  it('finds every entry holding it, and only those, loading each part of the index', async () => {
    const expected = corpusFilesHolding('raised funds and issued');
    expect(expected).toBeGreaterThan(CONFIRM_IN_TEXT);
    const { page, errors, asked } = await openRecording('"raised funds and issued"');
    expect(await resultCount(page)).toBe(expected);
    expect(asked).toContain('pagefind/pagefind.js');
    const { parts } = (await (await fetch(`${siteUrl}pagefind/${INDEX_PARTS_FILE}`)).json()) as { parts: number };
    expect(parts).toBeGreaterThan(1);
    // Each merged part's entry file, asked for with a query string that keeps it fresh.
    for (let part = 1; part < parts; part++)
      expect(asked.some((path) => path.startsWith(`pagefind/part-${part}/pagefind-entry.json`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds none when many entries hold each three of its words together but none the phrase', async () => {
    // "through the area" and "the area had" are in two of the generated sentences.
    expect(corpusFilesHolding('through the area had')).toBe(0);
    const { page, errors, asked } = await openRecording('"through the area had"');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^No entries match/);
    expect(asked).toContain('pagefind/pagefind.js');
    expect(errors).toEqual([]);
  });

  it('a slow search says so while it runs, then shows its results', async () => {
    const { page, errors } = await open();
    const statuses: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));
    await page.addInitScript(() => {
      const record = (window as unknown as { recordStatus: (text: string) => void }).recordStatus;
      document.addEventListener('DOMContentLoaded', () => {
        const status = document.querySelector('[data-search-status]')!;
        new MutationObserver(() => record(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
    });
    // Pagefind answering slowly, as for a phrase of common words at 100,000 entries.
    await page.route(`${siteUrl}pagefind/pagefind.js`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('"raised funds and issued"')}`);
    await waitForResults(page);
    expect(await titles(page)).toHaveLength(10);
    expect(statuses).toContain('Searching…');
    expect(statuses.at(-1)).toBe(`${corpusFilesHolding('raised funds and issued')} results for “"raised funds and issued"”.`);
    expect(errors).toEqual([]);
  });

  it('an index of another build (another number of pages): the phrase fails with a message, not wrong results', async () => {
    const { page, errors } = await openRecording('"raised funds and issued"', (page) =>
      page.route(`${siteUrl}pagefind/${INDEX_PARTS_FILE}`, (route) => route.fulfill({ json: { parts: 1 } })),
    );
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'This search could not be completed. Try again, or reload the page.',
    );
    expect(await titles(page)).toEqual([]);
    expect(errors.join('\n')).toMatch(/The search index has \d+ pages, this build's search data \d+/);
  });
});
