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

  it('narrows to a place, keeping the organization-wide ties behind the local ones', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'graph/'));
    await page.getByLabel('Where').selectOption('qalamoun');
    expect(await isShown(page, 'is-nusra-truce-qalamoun')).toBe(true);
    expect(await isShown(page, 'al-nusra-front-islamic-state-rivalry')).toBe(true);
    expect(await isShown(page, 'is-nusra-cooperation-lebanon')).toBe(false);
    expect(await isShown(page, 'aqap-branch-of-al-qaeda')).toBe(false);
    expect(await page.locator('[data-actor="al-qaeda-in-the-arabian-peninsula"]').getAttribute('data-inactive')).not.toBeNull();
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
    expect(truce).toMatchObject({ kind: 'truce', directed: false, start: '2014-09', firstDay: '2014-09-01', scope: ['qalamoun'], organizationWide: false });
    expect(graph.nodes.find((n: { id: string }) => n.id === 'islamic-state')).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
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
    expect(await overview.getByRole('table', { name: /Ties held in Syria/ }).locator('#tie-is-nusra-truce-qalamoun').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the analysis views', () => {
  const pages = ['graph/?asof=2015-04-15&place=qalamoun', 'timeline/?place=syria', 'places/syria/', 'actors/islamic-state/'];
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
