/**
 * Quoted phrases of common words, on a synthetic knowledge base whose index is in parts (sites.ts,
 * `corpus`), the entries found checked against the generated files themselves: of three or
 * four words, decided by the lexicon's triples and quads; of five, held four words by four by
 * more entries than search reads one by one, so the browser loads Pagefind, merges the parts,
 * and Pagefind's exact-phrase search decides.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

/** Where a search shows its status and the titles of its results: the search page, and the header's search box. */
const SEARCH_PAGE = { status: '[data-search-status]', titles: '[data-result-link]' };
const HEADER_BOX = { status: '[data-search-box-status]', titles: '[data-search-box-options] .option-title' };

/**
 * Has Pagefind's script answer 1.5 s late, as for a phrase of common words at 100,000 entries, and
 * records the search status each time it changes, with the titles shown then (filled as the page runs).
 */
async function recordSlowSearch(page: Page, shownIn = SEARCH_PAGE): Promise<{ status: string; titles: string[] }[]> {
  const seen: { status: string; titles: string[] }[] = [];
  await page.exposeFunction('recordStatus', (status: string, shown: string[]) => seen.push({ status, titles: shown }));
  await page.addInitScript((selectors) => {
    const record = (window as unknown as { recordStatus: (status: string, shown: string[]) => void }).recordStatus;
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector(selectors.status)!;
      const shown = () => [...document.querySelectorAll(selectors.titles)].map((link) => link.textContent ?? '');
      new MutationObserver(() => record(status.textContent ?? '', shown())).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  }, shownIn);
  await page.route(`${siteUrl}pagefind/pagefind.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
  return seen;
}

describe('a quoted phrase of three or four common words: the lexicon', () => {
  it.each(['funds and issued', 'issued statements attributed', 'raised funds and issued', 'through the area had'])(
    '"%s": every entry holding it, and only those, without Pagefind',
    async (phrase) => {
      const { page, errors, asked } = await openRecording(`"${phrase}"`);
      expect(await resultCount(page)).toBe(corpusFilesHolding(phrase));
      expect(asked.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

/** Five common words: Pagefind decides. */
const FIVE_WORDS = 'raised funds and issued statements';

describe("a quoted phrase of five common words: Pagefind's exact search over the parts", () => {
  it('finds every entry holding it, and only those, loading each part of the index', async () => {
    const expected = corpusFilesHolding(FIVE_WORDS);
    expect(expected).toBeGreaterThan(CONFIRM_IN_TEXT);
    const { page, errors, asked } = await openRecording(`"${FIVE_WORDS}"`);
    expect(await resultCount(page)).toBe(expected);
    expect(asked).toContain('pagefind/pagefind.js');
    const { parts } = (await (await fetch(`${siteUrl}pagefind/${INDEX_PARTS_FILE}`)).json()) as { parts: number };
    expect(parts).toBeGreaterThan(1);
    // Each merged part's entry file, asked for with a query string that keeps it fresh.
    for (let part = 1; part < parts; part++)
      expect(asked.some((path) => path.startsWith(`pagefind/part-${part}/pagefind-entry.json`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds none when many entries hold each four of its words together but none the phrase', async () => {
    // "through the area had" and "the area had changed" are in two of the generated sentences (corpus.ts).
    expect(corpusFilesHolding('through the area had changed')).toBe(0);
    const { page, errors, asked } = await openRecording('"through the area had changed"');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^No entries match/);
    expect(asked).toContain('pagefind/pagefind.js');
    expect(errors).toEqual([]);
  });

  it('a search waiting for Pagefind first shows the first results found in their own text, then the rest', async () => {
    const { page, errors } = await open();
    const seen = await recordSlowSearch(page);
    const query = `"${FIVE_WORDS}"`;
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    const early = seen.find(({ status }) => status.startsWith('The first'));
    expect(early?.status).toBe(`The first 10 results for “${query}”; still looking for the rest…`);
    // The first results stay as they were shown: the answer begins with them.
    expect(await titles(page)).toEqual(early?.titles);
    expect(seen.at(-1)?.status).toBe(`${corpusFilesHolding(FIVE_WORDS)} results for “${query}”.`);
    expect(errors).toEqual([]);
  });

  it('the header search box lists the first results found early, then the answer; the option chosen meanwhile stays chosen', async () => {
    const { page, errors } = await open();
    const seen = await recordSlowSearch(page, HEADER_BOX);
    const query = `"${FIVE_WORDS}"`;
    const total = corpusFilesHolding(FIVE_WORDS);
    await page.goto(siteUrl);
    await page.locator('[data-search-box-input]').fill(query);
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.startsWith('The first'), HEADER_BOX.status);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator(HEADER_BOX.status).textContent(), { timeout: 10_000 })
      .toBe(`${total} results; ↓ to choose, Enter to open.`);
    const early = seen.find(({ status }) => status.startsWith('The first'));
    expect(early?.status).toBe(`The first 6 results for “${query}”; still looking for the rest…`);
    const answered = seen.at(-1)!.titles;
    expect(answered.slice(0, 6)).toEqual(early?.titles);
    expect(answered.at(-1)).toBe(`All ${total} results for “${query}”`);
    const chosen = page.locator('[data-search-box-options] [aria-selected="true"] a');
    expect(await chosen.locator('.option-title').textContent()).toBe(early?.titles[0]);
    const href = await chosen.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(href!, siteUrl).href);
    expect(errors).toEqual([]);
  });

  it('a slow search with nothing to show early says it is searching', async () => {
    const { page, errors } = await open();
    const seen = await recordSlowSearch(page);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('"through the area had changed"')}`);
    await waitForResults(page);
    const statuses = seen.map(({ status }) => status);
    expect(statuses).toContain('Searching…');
    expect(statuses.some((status) => status.startsWith('The first'))).toBe(false);
    expect(statuses.at(-1)).toMatch(/^No entries match/);
    expect(errors).toEqual([]);
  });

  it('an index of another build (another number of pages): the phrase fails with a message, not wrong results', async () => {
    const { page, errors } = await openRecording(`"${FIVE_WORDS}"`, (page) =>
      page.route(`${siteUrl}pagefind/${INDEX_PARTS_FILE}`, (route) => route.fulfill({ json: { parts: 1 } })),
    );
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'This search could not be completed. Try again, or reload the page.',
    );
    expect(await titles(page)).toEqual([]);
    expect(errors.join('\n')).toMatch(/The search index has \d+ pages, this build's search data \d+/);
  });
});
