/**
 * Search quality on the real knowledge base, through its search page in Chromium: every case of
 * the table (search-quality-table.ts) must hold, and the run prints precision (the share of the
 * results shown that the table does not mark wrong; a query that should match nothing counts
 * wrong for each result) and recall (the share of the expected entries found where expected).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';
import { QUALITY_CASES, type QualityCase } from './search-quality-table.ts';
import { waitForResults } from './support/search-site.ts';

const SHOWN = 10;
let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser));
});
afterAll(() => browser?.close());

interface Outcome {
  shown: number;
  wrong: number;
  expected: number;
  found: number;
}
const outcomes: Outcome[] = [];

/** The slugs of the results shown, in order, and whether the page said nothing matches. */
async function search(query: string): Promise<{ slugs: string[]; noMatch: boolean }> {
  await page.goto(siteUrl('seed', `search/?q=${encodeURIComponent(query)}`));
  await waitForResults(page);
  const hrefs = await page
    .locator('[data-search-results] a[data-result-link]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { slugs: hrefs.map((href) => href.split('/').filter(Boolean).at(-1)!), noMatch: status.startsWith('No entries match') };
}

function score(entry: QualityCase, slugs: readonly string[]): Outcome {
  const shown = slugs.slice(0, SHOWN);
  const expected = [...new Set([...(entry.first ? [entry.first] : []), ...(entry.top ?? [])])];
  const within = slugs.slice(0, entry.within ?? SHOWN);
  return {
    shown: shown.length,
    wrong: entry.none ? shown.length : shown.filter((slug) => entry.never?.includes(slug)).length,
    expected: expected.length,
    found: expected.filter((slug) => (slug === entry.first ? slugs[0] === slug : within.includes(slug))).length,
  };
}

describe('search quality on the real knowledge base', () => {
  it.each(QUALITY_CASES)('$query', async (entry) => {
    const { slugs, noMatch } = await search(entry.query);
    outcomes.push(score(entry, slugs));
    if (entry.none) {
      expect(noMatch, 'says "No entries match"').toBe(true);
      expect(slugs).toEqual([]);
      expect(await page.locator('[data-search-facets] input').count(), 'no filters either').toBe(0);
    }
    if (entry.first) expect(slugs[0]).toBe(entry.first);
    for (const slug of entry.top ?? [])
      expect(slugs.slice(0, entry.within ?? SHOWN), `${slug} in the first ${entry.within ?? SHOWN}`).toContain(slug);
    for (const slug of entry.never ?? []) expect(slugs).not.toContain(slug);
    expect(errors).toEqual([]);
  });

  afterAll(() => {
    const total = outcomes.reduce(
      (sum, o) => ({
        shown: sum.shown + o.shown,
        wrong: sum.wrong + o.wrong,
        expected: sum.expected + o.expected,
        found: sum.found + o.found,
      }),
      { shown: 0, wrong: 0, expected: 0, found: 0 },
    );
    const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : 'n/a');
    console.log(
      `Search quality, ${outcomes.length} queries: precision ${percent(total.shown - total.wrong, total.shown)} (${total.shown - total.wrong} of ${total.shown} results shown not marked wrong), recall ${percent(total.found, total.expected)} (${total.found} of ${total.expected} expected entries where expected).`,
    );
  });
});
