/**
 * What a search fetches, on the search fixture site (indexed in parts): the site's own files only,
 * a quoted phrase of a few entries included (search-phrases.test.ts has Pagefind's); and what the
 * page says when a file cannot be fetched or is of another build.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACET_TABLE_FILE, FACETS_FOLDER } from '../../src/lib/search/facet-table.ts';
import { RESULTS_FOLDER } from '../../src/lib/search/result-data.ts';
import { stamped } from '../../src/lib/search/stamped.ts';
import { resultCount, searchPages, siteUrl, titles } from './support/search-site.ts';

const { open, openRecording } = searchPages();

describe("what a search fetches, and a quoted phrase held by a few entries (the lexicon's pairs, then the entries' text)", () => {
  it("without a quoted phrase, fetches none of Pagefind's files, and the file of each result shown", async () => {
    const { page, errors, asked } = await openRecording('example');
    expect(await page.locator('[data-result-link]').count()).toBe(10);
    expect(asked.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
    const cards = await page.locator('.entity-card').count();
    expect(asked.filter((path) => path.startsWith(RESULTS_FOLDER)).length).toBe(10 - cards);
    // The excerpt and highlighting come from the result file.
    expect(await page.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it.each([
    ['"side confirmed"', ['Example clash']],
    ['"confirmed side"', []],
    ['"Neither side confirmed"', ['Example clash']],
    ['"clashed in Example Town"', ['Example clash']],
    // "between Group" and "Group B" are each in the entry, but "between Group B" is not.
    ['"between Group B"', []],
    ['"confirmed side neither"', []],
  ])('%s: the entries holding it as written, in the body or the summary (%j), without Pagefind', async (query, expected) => {
    const { page, errors, asked } = await openRecording(query);
    expect(await titles(page)).toEqual(expected);
    // Two words are decided by the lexicon's pairs; three or more held pair by pair by a few
    // entries, in those entries' result files (src/lib/search/phrase.ts).
    expect(asked.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a result file that cannot be fetched: the page says the search failed, and searching again works', async () => {
    let refused = 0;
    const { page, errors } = await openRecording('example', (page) =>
      page.route(`${siteUrl}${RESULTS_FOLDER}*`, (route) => (refused++ === 0 ? route.fulfill({ status: 503 }) : route.fallback())),
    );
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'This search could not be completed. Try again, or reload the page.',
    );
    expect(errors.join('\n')).toMatch(/503 fetching/);
    await page.getByRole('searchbox', { name: 'Names, spellings or words' }).fill('clash');
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await titles(page)).toContain('Example clash');
  });

  it('"Show more results" when their files cannot be fetched: says so, and the next press shows them', async () => {
    let refuse = false;
    const { page, errors } = await openRecording('example', (page) =>
      page.route(`${siteUrl}${RESULTS_FOLDER}*`, (route) => (refuse ? route.fulfill({ status: 503 }) : route.fallback())),
    );
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(10);
    refuse = true;
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('More results could not be loaded. Try again.');
    expect(await page.locator('[data-search-results] > li').count()).toBe(10);
    refuse = false;
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBe(Math.min(total, 20));
    expect(await page.locator('[data-search-status]').textContent()).toBe(`${total} results for “example”.`);
    expect(errors.join('\n')).toMatch(/503 fetching/);
  });

  it('a result file of a later build whose entries differ (a page left open while the site was rebuilt): says so, shows none', async () => {
    const { page, errors } = await openRecording('example', (page) =>
      page.route(`${siteUrl}${RESULTS_FOLDER}*`, (route) =>
        route.fulfill({ body: gzipSync(JSON.stringify(stamped('another-order', { url: '/kb/x/', content: '', meta: {} }))) }),
      ),
    );
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'This search could not be completed. Try again, or reload the page.',
    );
    expect(await titles(page)).toEqual([]);
    expect(errors.join('\n')).toMatch(/search data has changed since this page was loaded .*: reload the page/);
  });
});

describe('the header search box', () => {
  const options = (page: Page) => page.locator('[data-search-box-options] [role="option"]');

  it('says so when the search cannot load, and loads it again on the next key', async () => {
    const { page, errors } = await open();
    let refuse = true;
    await page.route(`${siteUrl}${FACETS_FOLDER}${FACET_TABLE_FILE}`, (route) =>
      refuse ? route.fulfill({ status: 503 }) : route.fallback(),
    );
    await page.goto(`${siteUrl}places/example-town/`);
    await page.keyboard.press('/');
    await page.keyboard.type('raid');
    await expect
      .poll(() => page.locator('[data-search-box-status]').textContent())
      .toBe('Search could not run. Enter opens the search page.');
    refuse = false;
    await page.keyboard.type(' on');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-box-options] [role="option"]').length > 0);
    expect(await options(page).first().textContent()).toContain('Raid on Example Town');
    expect(errors.join('\n')).toMatch(/503 fetching/);
  });
});
