/** The analysis views on the seed site: relationship graph, timeline, per-actor ties, evidence ledgers, places. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const edge = (page: Page, slug: string) => page.locator(`svg [data-tie="${slug}"]`);
const row = (page: Page, slug: string) => page.locator(`tr[data-tie="${slug}"]`);
const isShown = async (page: Page, slug: string) => {
  const [edgeOut, rowHidden] = await Promise.all([edge(page, slug).getAttribute('data-out'), row(page, slug).getAttribute('hidden')]);
  expect(edgeOut === null).toBe(rowHidden === null);
  return edgeOut === null;
};

describe('the relationship graph', () => {
  it('shows al-Qaeda and the Islamic State hostile at the top while their local groups cooperate, in spring 2015', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/'));
    const asOf = page.getByLabel('As of');
    await asOf.fill('2015-04-15');
    await asOf.dispatchEvent('change');
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(true);
    expect(await isShown(page, 'is-nusra-truce-qalamoun')).toBe(true);
    expect(await isShown(page, 'is-nusra-cooperation-lebanon')).toBe(true);
    expect(await isShown(page, 'is-nusra-cooperation-yarmouk')).toBe(true);
    expect(await page.locator('[data-status]').textContent()).toContain('as of 15 April 2015');
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2015-04-15');
    // The edges are labelled with the places where the local ties hold.
    expect(await edge(page, 'is-nusra-truce-qalamoun').locator('text.label').textContent()).toBe('Qalamoun');
    expect(errors).toEqual([]);
  });

  it('hides ties not yet active as the date moves back, and shows them again', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/?asof=2014-01-15'));
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(false);
    expect(await isShown(page, 'is-nusra-cooperation-yarmouk')).toBe(false);
    // Undated starts count as "since unknown".
    expect(await isShown(page, 'al-nusra-front-islamic-state-rivalry')).toBe(true);
    const slider = page.getByLabel('Move through time');
    await slider.focus();
    await slider.press('End');
    expect(await page.getByLabel('As of').inputValue()).toBe('2015-12-01');
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(true);
    expect(await isShown(page, 'is-nusra-cooperation-yarmouk')).toBe(true);
    // An actor with no tie shown fades; "All dates" brings every tie back.
    await page.getByRole('button', { name: 'All dates' }).click();
    expect(await page.locator('svg [data-tie][data-out]').count()).toBe(0);
    expect(await page.locator('[data-actor][data-inactive]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('marks ties with no start date and can leave them out of an as-of view, in the URL', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/?asof=2014-03-01'));
    const undatedTie = 'al-nusra-front-islamic-state-rivalry';
    // Drawn distinctly ("since unknown"), and explained in the key.
    expect(await edge(page, undatedTie).locator('.since-unknown').count()).toBe(1);
    expect(await edge(page, 'al-qaeda-islamic-state-hostility').locator('.since-unknown').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Key' }).textContent()).toContain('since unknown');
    expect(await isShown(page, undatedTie)).toBe(true);
    const control = page.getByLabel('Count ties with no start date');
    expect(await control.isChecked()).toBe(true);
    await control.focus();
    await control.press('Space');
    expect(await isShown(page, undatedTie)).toBe(false);
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(true);
    expect(await page.locator('[data-status]').textContent()).toContain('ties with no start date left out');
    expect(new URL(page.url()).searchParams.get('undated')).toBe('exclude');
    // The address brings the same view back.
    await page.goto(page.url());
    expect(await page.getByLabel('Count ties with no start date').isChecked()).toBe(false);
    expect(await isShown(page, undatedTie)).toBe(false);
    // Without a date the control has nothing to leave out.
    await page.getByRole('button', { name: 'All dates' }).click();
    expect(await isShown(page, undatedTie)).toBe(true);
    expect(new URL(page.url()).searchParams.has('undated')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('labels the month slider with its years', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/'));
    expect(await page.locator('.ticks text.major').allTextContents()).toEqual(['2014', '2015']);
    expect(await page.locator('datalist#graph-months option').count()).toBeGreaterThan(4);
  });

  it('narrows to a place, keeping the organization-wide ties behind the local ones', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/'));
    await page.getByLabel('Where').selectOption('qalamoun');
    expect(await isShown(page, 'is-nusra-truce-qalamoun')).toBe(true);
    expect(await isShown(page, 'al-nusra-front-islamic-state-rivalry')).toBe(true);
    expect(await isShown(page, 'is-nusra-cooperation-lebanon')).toBe(false);
    expect(await isShown(page, 'aqap-branch-of-al-qaeda')).toBe(false);
    expect(await page.locator('[data-actor="al-qaeda-in-the-arabian-peninsula"]').getAttribute('data-inactive')).not.toBeNull();
    // Actors with no tie there are left out, and the view is fitted to the rest.
    expect(await page.locator('[data-actor="al-qaeda-in-the-arabian-peninsula"]').isVisible()).toBe(false);
    const [full, fitted] = await page.locator('[data-graph] svg').evaluate((svg) => [svg.dataset.full!, svg.getAttribute('viewBox')!]);
    const [, , fullWidth] = full.split(' ').map(Number);
    const [x, y, width, height] = fitted.split(' ').map(Number) as [number, number, number, number];
    expect(width).toBeLessThan(fullWidth!);
    for (const actor of ['islamic-state', 'al-nusra-front', 'hezbollah']) {
      const node = page.locator(`[data-actor="${actor}"]`);
      const [cx, cy] = await Promise.all([node.getAttribute('data-x'), node.getAttribute('data-y')]).then((values) => values.map(Number));
      expect(cx).toBeGreaterThan(x);
      expect(cx).toBeLessThan(x + width);
      expect(cy).toBeGreaterThan(y);
      expect(cy).toBeLessThan(y + height);
    }
    await page.getByLabel('Where').selectOption('organization-wide');
    expect(await isShown(page, 'is-nusra-truce-qalamoun')).toBe(false);
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('focuses on one actor, linked from the actor’s page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'actors/hezbollah/'));
    await page.getByRole('link', { name: 'See them on the relationship graph' }).click();
    await page.waitForURL(/\/graph\/\?actor=hezbollah$/);
    expect(await page.locator('select[name="actor"]').inputValue()).toBe('hezbollah');
    expect(await isShown(page, 'islamic-state-hezbollah-hostility-qalamoun')).toBe(true);
    expect(await isShown(page, 'al-qaeda-islamic-state-hostility')).toBe(false);
    expect(await page.locator('[data-actor="al-qaeda"]').getAttribute('data-inactive')).not.toBeNull();
    expect(await page.locator('[data-status]').textContent()).toContain('ties of Hezbollah');
    expect(errors).toEqual([]);
  });

  it('fits a phone screen and zooms and pans by buttons, keys and drag', async () => {
    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(siteUrl('seed', 'graph/'));
    const svg = page.locator('[data-graph] svg');
    const viewBox = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number) as [number, number, number, number];
    // The whole drawing fits the screen: no sideways scrolling, the Islamic State in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(390);
    const home = await viewBox();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const closer = await viewBox();
    expect(closer[2]).toBeLessThan(home[2]);
    await page.getByRole('region', { name: 'Relationship graph' }).focus();
    await page.keyboard.press('ArrowRight');
    expect((await viewBox())[0]).toBeGreaterThan(closer[0]);
    await page.keyboard.press('+');
    expect((await viewBox())[2]).toBeLessThan(closer[2]);
    await page.keyboard.press('0');
    expect(await viewBox()).toEqual(home);
    // Zoomed in, a drag pans the drawing (and is not taken for a click on an actor).
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const beforeDrag = await viewBox();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.up();
    expect((await viewBox())[0]).toBeGreaterThan(beforeDrag[0]);
    expect(new URL(page.url()).pathname).toMatch(/\/graph\/$/);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(await viewBox()).toEqual(home);
    // The table of ties follows the graph.
    const tableTop = (await page.getByRole('table').first().boundingBox())!.y;
    expect(tableTop).toBeGreaterThan((await svg.boundingBox())!.y);
    expect(errors).toEqual([]);
  });

  it('reads without JavaScript: every tie drawn and listed, no controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('seed', 'graph/'));
    expect(await page.locator('[data-tie-filters]').isVisible()).toBe(false);
    const edges = await page.locator('svg [data-tie]').count();
    expect(edges).toBeGreaterThan(20);
    expect(await page.locator('tr[data-tie]').count()).toBe(edges);
    expect(await page.getByRole('link', { name: 'Islamic State', exact: true }).first().isVisible()).toBe(true);
    await context.close();
  });

  it('is also served as JSON with layout positions and dated, scoped edges', async () => {
    const graph = await (await fetch(siteUrl('seed', 'data/graph.json'))).json();
    const truce = graph.edges.find((e: { id: string }) => e.id === 'is-nusra-truce-qalamoun');
    expect(truce).toMatchObject({
      kind: 'truce',
      directed: false,
      start: '2014-09',
      firstDay: '2014-09-01',
      scope: ['qalamoun'],
      organizationWide: false,
    });
    expect(graph.nodes.find((n: { id: string }) => n.id === 'islamic-state')).toMatchObject({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    const events = (await (await fetch(siteUrl('seed', 'data/timeline.json'))).json()).events;
    expect(events[0]).toMatchObject({ first: expect.any(String), last: expect.any(String), url: expect.stringMatching(/^\/events\//) });
  });
});

describe('the timeline', () => {
  it('filters events by actor, place and kind, and each event opens its page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'timeline/'));
    const rows = page.locator('[data-timeline-events] > li:not([hidden])');
    const all = await rows.count();
    expect(all).toBe(20);
    await page.getByLabel('Actor').selectOption({ label: 'Hezbollah' });
    expect(await rows.count()).toBeLessThan(all);
    for (const text of await rows.allTextContents()) expect(text).toContain('Hezbollah');
    await page.getByLabel('Actor').selectOption('');
    await page.getByLabel('Place').selectOption({ label: 'Syria' });
    const inSyria = await rows.count();
    // Events in Qalamoun and the Yarmouk camp count as in Syria.
    expect(await rows.filter({ hasText: 'Yarmouk' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Kind').selectOption('truce');
    expect(await rows.count()).toBeLessThan(inSyria);
    expect(await page.locator('[data-status]').textContent()).toMatch(/^\d+ of 20 events shown$/);
    expect(new URL(page.url()).searchParams.get('place')).toBe('syria');
    await rows.first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/events\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
  });

  it('spans a month-precision event over its month', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', 'timeline/'));
    // The disowning is dated to February 2014 exactly as far as the month (not approximately).
    const pledge = page.locator('#event-al-qaeda-disowns-isis-2014');
    expect(await pledge.locator('time').textContent()).toBe('Feb 2014');
    expect(await pledge.textContent()).toContain('date known to the month');
    const width = Number.parseFloat((await pledge.locator('rect.bar').getAttribute('width'))!);
    expect(width).toBeGreaterThan(3);
    expect(width).toBeLessThan(5);
  });

  it('draws approximate dates hollow and keeps the time axis in view', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', 'timeline/'));
    // "autumn 2014 – spring 2015": from September 2014 to April 2015, not to December.
    const qalamoun = page.locator('#event-qalamoun-on-off-cooperation');
    expect(await qalamoun.locator('time').textContent()).toBe('c. Sep 2014 – Apr 2015');
    expect(await qalamoun.locator('rect.bar').getAttribute('class')).toContain('approximate');
    expect(await page.locator('#event-charlie-hebdo-attack rect.bar').getAttribute('class')).not.toContain('approximate');
    await page.locator('[data-timeline-events] > li').last().scrollIntoViewIfNeeded();
    const axis = (await page.locator('.axis').boundingBox())!;
    expect(axis.y).toBeGreaterThanOrEqual(-1);
    expect(axis.y).toBeLessThan(5);
  });
});

describe('entry pages', () => {
  it('show a judgment’s evidence ledger with bearing, reporting and the two-part Admiralty grade of each source, and its history', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'judgments/localized-convergence-in-lebanon-syria-tunisia/'));
    const ledger = page.getByRole('table', { name: /^Evidence:/ });
    const yarmouk = ledger.locator('#evidence-yarmouk-camp-assault-2015');
    expect(await yarmouk.getByRole('cell').nth(1).textContent()).toBe('Supports');
    expect(await yarmouk.textContent()).toContain('Disputed');
    // Habeck (B) relays the reports, graded 3; UNRWA (B) dates the assault, graded 2.
    expect(await yarmouk.locator('.grade-badge .grade-text').allTextContents()).toEqual(['B3', 'B2']);
    expect(await ledger.locator('tr.bearing-contradicts').count()).toBeGreaterThan(0);
    await yarmouk.getByRole('link', { name: /^Assault on the Yarmouk camp/ }).click();
    await page.waitForURL(/\/events\/yarmouk-camp-assault-2015\/$/);
    await page.goBack();
    expect(await page.getByRole('region', { name: 'Evidence ledger' }).getByText('Not superseded').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('show an actor’s ties in time order, seen from the actor', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'actors/islamic-state/'));
    const ties = page.getByRole('table', { name: 'Relationships of Islamic State' });
    const hostility = ties.locator('#tie-al-qaeda-islamic-state-hostility');
    expect(await hostility.textContent()).toContain('since Feb 2014');
    expect(await hostility.textContent()).toContain('Organization-wide');
    const truce = ties.locator('#tie-is-nusra-truce-qalamoun');
    expect(await truce.textContent()).toContain('truce with');
    expect(await truce.getByRole('link', { name: 'Qalamoun', exact: true }).count()).toBe(1);
    expect(await ties.locator('#tie-baghdadi-leads-islamic-state').textContent()).toContain('led by');
    expect(errors).toEqual([]);
  });

  it('show a place’s child places, events, ties and a map from its coordinates', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'places/syria/'));
    const overview = page.getByRole('region', { name: 'In Syria' });
    expect(await overview.getByRole('link', { name: 'Qalamoun' }).count()).toBeGreaterThan(0);
    expect(await overview.locator('svg title').textContent()).toContain('Syria');
    expect(await overview.locator('svg .point').count()).toBe(4);
    // Country outlines and coasts under the points, drawn into the page.
    for (const outline of ['land', 'borders', 'coasts'])
      expect(await overview.locator(`svg .basemap .${outline}`).getAttribute('d')).toMatch(/^M/);
    expect(await overview.locator('figcaption').textContent()).toContain('Natural Earth');
    expect(
      await overview
        .getByRole('table', { name: /Ties held in Syria/ })
        .locator('#tie-is-nusra-truce-qalamoun')
        .count(),
    ).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('the places index', () => {
  it('maps every place with coordinates, each linking to its page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'places/'));
    const map = page.locator('figure.map svg');
    expect(await map.locator('.basemap .land').getAttribute('d')).toMatch(/^M/);
    const links = map.locator('a.point');
    expect(await links.count()).toBe(13);
    await links.filter({ hasText: 'Qalamoun' }).click();
    await page.waitForURL(/\/places\/qalamoun\/$/);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the analysis views', () => {
  const pages = [
    'graph/?asof=2015-04-15&place=qalamoun',
    'graph/?asof=2014-03-01&undated=exclude',
    'timeline/?place=syria',
    'places/',
    'places/syria/',
    'actors/islamic-state/',
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`meets WCAG 2.2 AA (axe), ${colorScheme} scheme`, { timeout: 60_000 }, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of pages) {
        await page.goto(siteUrl('seed', path));
        violations.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
