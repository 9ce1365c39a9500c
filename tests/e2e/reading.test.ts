/**
 * Reading the site: "On this page" (keyboard, current section), phone layouts at 390 px, the
 * judgments and sources indexes, the home page's coverage note, "Suggest a correction".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

const BRIEFING = 'briefings/local-convergence-al-qaeda-islamic-state-2014-2015/';
const JUDGMENT = 'judgments/localized-convergence-in-lebanon-syria-tunisia/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function phone(width = 390): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await opened.page.setViewportSize({ width, height: 844 });
  return opened;
}

/** The id of the section the table of contents marks as being read. */
const currentSection = (page: Page) => page.locator('[data-toc] a[aria-current="true"]').getAttribute('data-toc-link');

describe('On this page', () => {
  it("lists a briefing's sections beside the text, each reachable by keyboard, and marks the one being read", async () => {
    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(siteUrl('seed', BRIEFING));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.isVisible()).toBe(true);
    const links = toc.getByRole('link');
    expect(await links.allInnerTexts()).toEqual(
      expect.arrayContaining(['Bottom line up front', 'Key judgments', 'Narrative', 'Appendix A: entries cited', 'Cite this entry']),
    );
    // The key judgments are listed once: the table, not a second list in the text.
    expect((await links.allInnerTexts()).filter((text) => text === 'Key judgments')).toHaveLength(1);
    expect(await currentSection(page)).toBe('briefing-bluf');

    // Tab from the last particular of the header into the list, and follow a link with Enter.
    const narrative = toc.getByRole('link', { name: 'Narrative', exact: true });
    await narrative.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Narrative');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#narrative');
    await expect.poll(() => currentSection(page)).toBe('narrative');
    expect(await toc.isVisible()).toBe(true);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => currentSection(page)).toBe('cite-heading');
    expect(errors).toEqual([]);
  });

  it('is reached with Tab from the top of the page, before the text', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', JUDGMENT));
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes('Evidence ledger'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => (document.activeElement?.closest('[data-toc]') ? (document.activeElement.textContent ?? '') : '')),
      );
    }
    expect(reached).toContain('Evidence ledger');
  });

  it('is a closed disclosure at the top on a phone, opened by keyboard', async () => {
    const { page, errors } = await phone();
    await page.goto(siteUrl('seed', BRIEFING));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstLink = toc.getByRole('link').first();
    expect(await firstLink.isVisible()).toBe(false);
    await toc.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(true);
    // Above the key judgments, below the bottom line.
    const tocTop = (await toc.boundingBox())!.y;
    expect(tocTop).toBeLessThan((await page.locator('#briefing-key-judgments').boundingBox())!.y);
    expect(errors).toEqual([]);
  });

  it('is left out of a short entry', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'events/example-clash/'));
    expect(await page.locator('[data-toc]').count()).toBe(0);
  });
});

describe('at 390 px', () => {
  it.each([BRIEFING, JUDGMENT, 'actors/al-nusra-front/', 'search/?q=nusra', ''])(
    '%s fits the screen under a compact header',
    async (path) => {
      const { page, errors } = await phone();
      await page.goto(siteUrl('seed', path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(120);
      expect(errors).toEqual([]);
    },
  );

  // WCAG 1.4.10 (reflow): nothing but tables and figures may need scrolling sideways at 320 CSS px.
  it.each([
    BRIEFING,
    JUDGMENT,
    'actors/al-nusra-front/',
    // A table in the body, whose words need more than 320 px: it scrolls by itself.
    'relationships/al-qaeda-islamic-state-hostility/',
    'events/',
    'search/?q=nusra',
    'graph/',
    'timeline/',
    '',
  ])('%s fits 320 px without scrolling sideways', async (path) => {
    const { page, errors } = await phone(320);
    await page.goto(siteUrl('seed', path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });

  it.each([BRIEFING, JUDGMENT, 'search/?q=nusra'])('%s meets WCAG 2.2 AA (axe) with its contents and filters open', async (path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(siteUrl('seed', path));
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("reads a judgment's evidence ledger as cards, the facts near the top", async () => {
    const { page } = await phone();
    await page.goto(siteUrl('seed', JUDGMENT));
    const firstRow = page.locator('.ledger tbody tr').first();
    const link = firstRow.locator('td').first().getByRole('link').first();
    // The title runs across the card, not one word per line in a narrow column.
    expect((await link.boundingBox())!.width).toBeGreaterThan(250);
    const facts = (await page.locator('.fact-box').boundingBox())!.y;
    expect(facts).toBeLessThan((await page.locator('.entry .prose').boundingBox())!.y);
  });

  it('shows the search results right under a closed filter panel', async () => {
    const { page } = await phone();
    await page.goto(siteUrl('seed', 'search/?q=nusra'));
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('[data-search-facets]').isVisible()).toBe(false);
    expect((await page.locator('.search-result').first().boundingBox())!.y).toBeLessThan(700);
    await page.getByText('Filters', { exact: true }).click();
    expect(await page.locator('[data-search-facets]').isVisible()).toBe(true);
  });
});

describe('indexes', () => {
  it('list judgments with their status, likelihood and confidence, and sources with their reliability', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', 'judgments/'));
    expect(await page.locator('thead th').allInnerTexts()).toEqual([
      expect.stringContaining('Title'),
      expect.stringContaining('Status'),
      expect.stringContaining('Likelihood'),
      expect.stringContaining('Confidence'),
      expect.stringContaining('Date'),
    ]);
    expect(await page.locator('tbody').innerText()).toContain('Very likely (80–95%)');
    await page.goto(siteUrl('seed', 'sources/'));
    expect(await page.locator('thead').innerText()).toContain('Reliability');
    expect(await page.locator('tbody').innerText()).toContain('B: Usually reliable');
  });
});

describe('the home page', () => {
  it('says what the knowledge base covers and rests on, with counts in the right number', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', ''));
    const coverage = await page.getByRole('region', { name: 'What it covers and rests on' }).innerText();
    expect(coverage).toMatch(/Period: events from \S+( \S+)* to (\S+ )*2015\./);
    expect(coverage).toMatch(/The Convergences of al-Qaeda and the Islamic State, Mary Habeck, .*2015: cited by \d+ of the \d+ entries/);
    expect(coverage).toContain('release level TLP:CLEAR');
    expect(await page.locator('.counts').innerText()).toMatch(/\b1\s+briefing\b(?!s)/);
  });
});

describe('Suggest a correction', () => {
  it('links to the configured address for the entry, and is absent when none is configured', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('fixtureSubpathAmber', 'actors/group-a/'));
    const link = page.getByRole('link', { name: 'Suggest a correction' });
    expect(await link.getAttribute('href')).toMatch(/^mailto:corrections@example\.org\?subject=Correction%3A%20.*%20\(group-a\)$/);
    await page.goto(siteUrl('fixture', 'actors/group-a/'));
    expect(await page.getByRole('link', { name: 'Suggest a correction' }).count()).toBe(0);
  });
});
