/** The built fixture site in Chromium: entries, wiki-links, backlinks, indexes, redirects, releases. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('an entry page', () => {
  it('shows the header, body, fact box and backlinks, with no console errors', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'events/example-clash/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Example clash');
    const facts = page.getByRole('complementary', { name: 'Facts' });
    expect(await facts.getByText('13 Nov 2014').count()).toBe(1);
    expect(await facts.getByRole('link', { name: 'Group A' }).getAttribute('href')).toBe('/actors/group-a/');
    expect(await facts.getByText('Accounts conflict.').count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: /Linked from/ })
        .getByRole('link', { name: 'Example judgment' })
        .count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });

  it('follows a wiki-link to its target, which shows the backlink with its sentence', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'actors/group-a/'));
    await page.getByRole('article').getByRole('link', { name: 'its rival' }).click();
    await page.waitForURL(/\/actors\/group-b\/$/);
    const backlinks = page.getByRole('region', { name: /Linked from/ });
    const fromGroupA = backlinks
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Group A', exact: true }) })
      .first();
    expect(await fromGroupA.textContent()).toContain('mentioned in');
    expect(await fromGroupA.locator('mark').textContent()).toBe('its rival');
    expect(errors).toEqual([]);
  });

  it('shows a link to a withheld entry as plain text, never its title', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'actors/group-b/'));
    const html = await page.content();
    expect(html).toContain('See also <span class="withheld"');
    expect(html).not.toContain('Secret Actor');
    expect(html).not.toContain('secret-actor');
  });
});

describe('a collection index', () => {
  it('lists the entries with summaries, filters by alias and sorts by column', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'actors/'));
    const rows = page.locator('tbody tr:not([hidden])');
    expect(await rows.count()).toBe(3);
    await page.getByLabel('Filter actors').fill('alpha');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getByRole('link').textContent()).toBe('Group A');
    await page.getByLabel('Filter actors').fill('');
    await page.getByRole('button', { name: 'Title' }).click();
    expect(await rows.first().getByRole('link').textContent()).toBe('Group B');
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expect(errors).toEqual([]);
  });
});

describe('the home page', () => {
  it('says what the knowledge base holds and where to start', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('fixture'));
    expect(await page.getByRole('list', { name: 'What the knowledge base holds' }).textContent()).toContain('3 actors');
    await page.getByRole('region', { name: 'Start here' }).getByRole('link', { name: 'Example briefing' }).click();
    await page.waitForURL(/\/briefings\/example-briefing\/$/);
    expect(errors).toEqual([]);
  });
});

describe('permalinks', () => {
  it('keep a former slug working through a redirect page', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'actors/group-alpha/'));
    await page.waitForURL(/\/actors\/group-a\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Group A');
  });

  it('answer a withheld or unknown entry with the not-found page', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(siteUrl('fixture', 'actors/secret-actor/'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('No entry at this address');
  });
});

describe('a site built for a sub-path and a higher release level', () => {
  it('prefixes every link with the base path and includes the entries of that level', async () => {
    const { page, errors } = await openPage(browser);
    const outsideBase = async () =>
      (await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter(
        (href) => !href!.startsWith('/kb/'),
      );
    await page.goto(siteUrl('fixtureSubpathAmber', 'actors/group-b/'));
    // Its body links an entry by wiki-link and a page of the site by path (/timeline/).
    expect(await outsideBase()).toEqual([]);
    const secret = page.getByRole('article').getByRole('link', { name: 'Secret Actor Codename' });
    expect(await secret.getAttribute('href')).toBe('/kb/actors/secret-actor/');
    await secret.click();
    await page.waitForURL(/\/kb\/actors\/secret-actor\/$/);
    expect(await page.getByRole('note', { name: 'Information sharing marking' }).textContent()).toContain('TLP:AMBER');
    expect(await outsideBase()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
