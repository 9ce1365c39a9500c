/**
 * Search in Chromium on a built fixture site with transliterated names (tests/fixtures/search),
 * served under a sub-path: spellings, filters, URL state, keyboard, withheld entries.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACET_APART_BYTES, FACET_TABLE_FILE, FACETS_FOLDER, facetFile, splitFacetTable } from '../../src/lib/search/facet-table.ts';
import { INDEX_PARTS_FILE, partFolder, type IndexParts } from '../../src/lib/search/index-parts.ts';
import { stamped } from '../../src/lib/search/stamped.ts';
import { builtFacetTable, resultCount, searchPages, siteUrl, titles, waitForResults } from './support/search-site.ts';
import { SITES } from './support/sites.ts';

const BASE = SITES.search.base;
const { open, openSearch } = searchPages();

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
    // The URL is written once the results are on screen.
    await expect.poll(() => new URL(page.url()).searchParams.getAll(facet)).toEqual([value]);
    expect(errors).toEqual([]);
  });

  it('combine, and counts update', async () => {
    const { page } = await openSearch('q=example&type=Actor&place=Example+Town');
    expect(await titles(page)).toEqual(['Tanzim al-Qaʿida fi Example Country']);
    expect(await page.locator('input[name="type"][value="Actor"]').isChecked()).toBe(true);
    const countOf = (facet: string, value: string) =>
      page
        .locator('label', { has: page.locator(`input[name="${facet}"][value="${value}"]`) })
        .locator('.facet-count')
        .textContent();
    // A value counts what choosing it too would give: the place count ignores the place chosen, the type count does not.
    expect(await countOf('type', 'Actor')).toBe('1');
    expect(Number(await countOf('place', 'Example Country'))).toBeGreaterThan(1);
  });
});

describe('a filter kept apart from the facet table (as the actors are at 10,000 entries)', () => {
  /** Serves the built facet table with the actor facet in a file of its own, as the build does when it is large. */
  async function openWithActorsApart(query: string): Promise<{ page: Page; errors: string[]; actorFetches: () => number }> {
    const opened = await open();
    const folder = `${siteUrl}${FACETS_FOLDER}`;
    const { order, data: built } = await builtFacetTable();
    const { table, apart } = splitFacetTable(built, (values) => (values === built.values.actor ? FACET_APART_BYTES + 1 : 0));
    let fetches = 0;
    const body = (data: unknown) => gzipSync(JSON.stringify(stamped(order, data)));
    await opened.page.route(`${folder}${FACET_TABLE_FILE}`, (route) => route.fulfill({ body: body(table) }));
    await opened.page.route(`${folder}${facetFile('actor')}`, (route) => {
      fetches++;
      return route.fulfill({ body: body(apart[0]![1]) });
    });
    await opened.page.goto(`${siteUrl}search/?${query}`);
    await waitForResults(opened.page);
    return { ...opened, actorFetches: () => fetches };
  }

  it('is a button until pressed, then shows its values with their counts, focus on the first, and filters', async () => {
    const { page, errors, actorFetches } = await openWithActorsApart('q=example');
    const load = page.locator('[data-load-facet="actor"]');
    expect(await load.textContent()).toMatch(/^Show \d+ actors$/);
    expect(await page.locator('input[name="actor"]').count()).toBe(0);
    expect(await page.locator('input[name="type"]').count()).toBeGreaterThan(0);
    expect(actorFetches()).toBe(0);
    await load.focus();
    await page.keyboard.press('Enter');
    const option = page.locator('input[name="actor"][value="Jabhat Ansar al-Sharqiyya"]');
    await option.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('actor');
    const shown = Number(await page.locator('[data-search-facets] label', { has: option }).locator('.facet-count').textContent());
    await option.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-result-link]').length === n, Math.min(shown, 10));
    expect(await resultCount(page)).toBe(shown);
    expect(actorFetches()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('is fetched before the first search when the URL chooses one of its values', async () => {
    const { page, errors } = await openWithActorsApart('q=example&actor=Jabhat+Ansar+al-Sharqiyya');
    expect(await page.locator('input[name="actor"][value="Jabhat Ansar al-Sharqiyya"]').isChecked()).toBe(true);
    expect(await page.locator('[data-load-facet]').count()).toBe(0);
    const { page: all } = await openSearch('q=example');
    expect(await resultCount(page)).toBeLessThan(await resultCount(all));
    expect(errors).toEqual([]);
  });
});

describe('an index in parts (KB_SEARCH_PART_SIZE), merged by the browser', () => {
  const folder = `${siteUrl}pagefind/`;
  const json = async <T>(url: string) => (await (await fetch(url)).json()) as T;

  it('holds every page once, across its parts', async () => {
    const { parts } = await json<IndexParts>(`${folder}${INDEX_PARTS_FILE}`);
    expect(parts).toBeGreaterThan(1);
    const counts = await Promise.all(
      Array.from({ length: parts }, async (_, part) => {
        const entry = await json<{ languages: { en: { page_count: number } } }>(`${folder}${partFolder(part)}pagefind-entry.json`);
        return entry.languages.en.page_count;
      }),
    );
    const { data: table } = await builtFacetTable();
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(table.pageCount);
  });

  it('shows results from every part, each a link to its page under its title', async () => {
    const { page, errors } = await openSearch('q=example');
    const links = await page.locator('[data-result-link]').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
    expect(links.length).toBe(10);
    expect(new Set(links).size).toBe(links.length);
    expect(errors).toEqual([]);
    // Each result's title is that of the page it links to.
    const first = page.locator('[data-result-link]').last();
    const title = await first.textContent();
    await first.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
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

describe('entities, precision and IDs', () => {
  it('opens with the entity an alias names, then lists the entries that mention it', async () => {
    const { page, errors } = await openSearch('q=Group+Alpha');
    const card = page.locator('.entity-card');
    expect(await card.count()).toBe(1);
    expect(await card.locator('.badge').textContent()).toMatch(/^Actor/);
    expect(await card.locator('.result-aliases mark').textContent()).toBe('Group Alpha');
    const mentions = Number(/^(\d+) entr/.exec((await card.locator('.entity-mentions').textContent()) ?? '')?.[1]);
    expect(mentions).toBeGreaterThan(0);
    expect(await resultCount(page)).toBe(mentions + 1);
    expect(await titles(page)).toContain('Group A – Group B rivalry');
    expect(errors).toEqual([]);
  });

  it('says "No entries match", with close known names and nothing else, for words the knowledge base does not hold', async () => {
    const { page, errors } = await openSearch('q=Ansar+al-Sharia');
    expect(await page.locator('[data-search-status]').textContent()).toBe('No entries match “Ansar al-Sharia”.');
    expect(await page.locator('[data-result-link]').count()).toBe(0);
    expect(await page.locator('[data-search-facets] input').count()).toBe(0);
    const { page: typo } = await openSearch('q=Kahtany');
    expect(await typo.locator('.did-you-mean a').allTextContents()).toContain('Abū Ḥamza al-Qaḥṭānī');
    expect(errors).toEqual([]);
  });

  it('finds an entry by its slug, former slug or short address, first', async () => {
    for (const query of ['raid-on-example-town', '/e/raid-on-example-town/']) {
      const { page } = await openSearch(`q=${encodeURIComponent(query)}`);
      expect((await titles(page))[0], query).toBe('Raid on Example Town');
    }
    const { page } = await openSearch('q=group-alpha');
    expect((await titles(page))[0]).toBe('Group A');
  });

  it('combines two types as alternatives (OR), and a second type shows what it adds', async () => {
    const { page } = await openSearch('q=example&type=Event');
    const events = await resultCount(page);
    const actors = Number(
      await page
        .locator('label', { has: page.locator('input[name="type"][value="Actor"]') })
        .locator('.facet-count')
        .textContent(),
    );
    await page.locator('input[name="type"][value="Actor"]').click();
    await page.waitForFunction(
      (n) => /^(\d+)/.exec(document.querySelector('[data-search-status]')?.textContent ?? '')?.[1] === String(n),
      events + actors,
    );
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type')).toEqual(['Event', 'Actor']);
  });
});

describe('the header search box', () => {
  const box = (page: Page) => page.getByRole('combobox', { name: 'Search the knowledge base' });
  const options = (page: Page) => page.locator('[data-search-box-options] [role="option"]');

  /** A page with the header box, "/" pressed and `text` typed, once the box lists more than `listed` options. */
  async function typeInBox(text: string, listed: number, width?: number) {
    const opened = await open();
    const { page } = opened;
    if (width) await page.setViewportSize({ width, height: 800 });
    await page.goto(`${siteUrl}places/example-town/`);
    await page.keyboard.press('/');
    await page.keyboard.type(text);
    await page.waitForFunction((listed) => document.querySelectorAll('[data-search-box-options] [role="option"]').length > listed, listed);
    return opened;
  }

  it('shows results as you type; arrow keys choose one, Enter opens it, Escape closes the list', async () => {
    const { page, errors } = await typeInBox('Group Alpha', 1);
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
    expect(await options(page).first().textContent()).toContain('Group A');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-box-panel]').isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options(page).nth(1);
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const href = await second.locator('a').getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(errors).toEqual([]);
  });

  it('typing after choosing an option lets go of it: Enter then searches what is typed', async () => {
    const { page, errors } = await typeInBox('Group Alpha', 1);
    await page.keyboard.press('ArrowDown');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await options(page).first().getAttribute('id'));
    await page.keyboard.type(' raid');
    expect(await box(page).getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kb\/search\/\?q=Group\+Alpha\+raid/);
    expect(errors).toEqual([]);
  });

  it.each([320, 390, 700, 1280])(
    'lists the results within the screen at %i px, the page not scrolled sideways, the field showing what is typed',
    async (width) => {
      const { page, errors } = await typeInBox('Group Alpha', 1, width);
      const panel = (await page.locator('[data-search-box-panel]').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.scrollX])).toEqual([width, 0]);
      // Wide enough to show what is typed, not its clear button alone.
      expect((await box(page).boundingBox())!.width).toBeGreaterThan(100);
      expect(errors).toEqual([]);
    },
  );

  it('goes straight to the entry an ID names on Enter', async () => {
    const { page, errors } = await typeInBox('raid-on-example-town', 0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kb\/events\/raid-on-example-town\/$/);
    expect(errors).toEqual([]);
  });

  it('sends any other search to the search page, with focus on the first result', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}places/example-town/`);
    await page.keyboard.press('/');
    await page.keyboard.type('raid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kb\/search\/\?q=raid/);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-result-link'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Raid on Example Town');
    expect(errors).toEqual([]);
  });
});
