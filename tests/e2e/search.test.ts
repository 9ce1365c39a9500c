/**
 * Search in Chromium on a built fixture site with transliterated names (tests/fixtures/search),
 * served under a sub-path: spellings, filters, URL state, keyboard, withheld entries.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl as testSiteUrl } from './support/browser.ts';
import { SITES } from './support/sites.ts';

const siteUrl = testSiteUrl('search');
const BASE = SITES.search.base;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Each test's pages, closed after it: every open search page runs its own index. */
const pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  pages.push(opened.page);
  return opened;
}

async function openSearch(query: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await open();
  await opened.page.goto(`${siteUrl}search/?${query}`);
  await waitForResults(opened.page);
  return opened;
}

async function waitForResults(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.startsWith('Loading');
  });
}

const titles = (page: Page) => page.locator('[data-result-link]').allTextContents();
const resultCount = async (page: Page) => Number(/^(\d+)/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0);

describe('spellings', () => {
  it.each([
    ['al-Qaeda', 'Tanzim al-Qaʿida fi Example Country'],
    ["al-Qa'ida", 'Tanzim al-Qaʿida fi Example Country'],
    ['al Qaida', 'Tanzim al-Qaʿida fi Example Country'],
    ['alqaeda', 'Tanzim al-Qaʿida fi Example Country'],
    ['القاعدة', 'Tanzim al-Qaʿida fi Example Country'],
    ['Abu Hamza al-Qahtani', 'Abū Ḥamza al-Qaḥṭānī'],
    ['Abou Hamza el-Kahtani', 'Abū Ḥamza al-Qaḥṭānī'],
    ['Jabhat Ansar ash-Sharqiyah', 'Jabhat Ansar al-Sharqiyya'],
    ['Group Alpha', 'Group A'],
    ['GA', 'Group A'],
  ])('“%s” finds %s in the top three', async (query, title) => {
    const { page, errors } = await openSearch(`q=${encodeURIComponent(query)}`);
    expect((await titles(page)).slice(0, 3)).toContain(title);
    expect(errors).toEqual([]);
  });

  it('highlights the matching spelling in the title and shows the alias that matched', async () => {
    const { page } = await openSearch('q=al+Qaida');
    expect(await page.locator('[data-result-link] mark').first().textContent()).toBe('al-Qaʿida');
    const { page: aliasPage } = await openSearch('q=Group+Alpha');
    expect(await aliasPage.locator('.result-aliases mark').allTextContents()).toEqual(['Group Alpha']);
  });

  it('never finds an entry left out of the release, nor names it in a filter', async () => {
    const { page } = await openSearch('q=Hidden');
    expect(await resultCount(page)).toBe(0);
    const { page: all } = await openSearch('type=Event');
    expect(await all.locator('[data-search-facets]').textContent()).not.toContain('Hidden');
  });
});

describe('filters', () => {
  it.each([
    ['type', 'Event'],
    ['place', 'Example Town'],
    ['actor', 'Jabhat Ansar al-Sharqiyya'],
    ['year', '2017'],
    ['confidence', 'High'],
    ['status', 'Revised'],
  ])('%s narrows the results to the count it showed, and goes into the URL', async (facet, value) => {
    const { page, errors } = await openSearch('q=example');
    const before = await resultCount(page);
    const option = page.locator(`input[name="${facet}"][value="${value}"]`);
    const shown = Number(await page.locator('[data-search-facets] label', { has: option }).locator('.facet-count').textContent());
    await option.click(); // not check(): the panel re-renders with the new counts
    await page.waitForFunction((n) => document.querySelectorAll('[data-result-link]').length === n, Math.min(shown, 10));
    expect(shown).toBeLessThan(before);
    expect(await resultCount(page)).toBe(shown);
    expect(new URL(page.url()).searchParams.getAll(facet)).toEqual([value]);
    expect(errors).toEqual([]);
  });

  it('combine, and counts update', async () => {
    const { page } = await openSearch('q=example&type=Actor&place=Example+Town');
    expect(await titles(page)).toEqual(['Tanzim al-Qaʿida fi Example Country']);
    expect(await page.locator('input[name="type"][value="Actor"]').isChecked()).toBe(true);
    const countOf = (facet: string, value: string) =>
      page.locator('label', { has: page.locator(`input[name="${facet}"][value="${value}"]`) }).locator('.facet-count').textContent();
    expect(await countOf('place', 'Example Country')).toBe('1');
  });
});

describe('the URL', () => {
  it('restores a search: query, filters and results', async () => {
    const { page, errors } = await openSearch('q=raid&type=Event');
    expect(await page.getByRole('searchbox', { name: 'Names, spellings or words' }).inputValue()).toBe('raid');
    expect(await page.locator('input[name="type"][value="Event"]').isChecked()).toBe(true);
    expect(await titles(page)).toEqual(['Raid on Example Town']);
    expect(await page.locator('[data-result-link]').getAttribute('href')).toBe(`${BASE}events/raid-on-example-town/`);
    expect(errors).toEqual([]);
  });

  it('follows typing', async () => {
    const { page } = await openSearch('');
    await page.getByRole('searchbox', { name: 'Names, spellings or words' }).fill('sharqiya');
    await page.waitForURL(/q=sharqiya/);
    await page.waitForFunction(() => document.querySelectorAll('[data-result-link]').length > 0);
    expect((await titles(page))[0]).toBe('Jabhat Ansar al-Sharqiyya');
  });
});

describe('the keyboard', () => {
  it('moves from the field through the results and back, and opens one', async () => {
    const { page, errors } = await openSearch('q=example');
    const field = page.getByRole('searchbox', { name: 'Names, spellings or words' });
    await page.locator('body').click();
    await page.keyboard.press('/');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    const links = page.locator('[data-result-link]');
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(errors).toEqual([]);
  });

  it('reaches the header search from any page with Ctrl+K, and submits to the search page', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}actors/group-a/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('qahtani');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kb\/search\/\?q=qahtani/);
    await waitForResults(page);
    expect((await titles(page))[0]).toBe('Abū Ḥamza al-Qaḥṭānī');
    expect(errors).toEqual([]);
  });
});
