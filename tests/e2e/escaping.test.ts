/** Markup that authors put in titles, summaries and aliases is shown as text everywhere, never run or rendered. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

const TITLE = '<img src=x onerror="window.pwned=1"> & <b>Group</b>';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('HTML in frontmatter', () => {
  for (const [where, path] of [
    ['its own page', 'actors/markup-in-title/'],
    ['the page it links to', 'actors/group-a/'],
    ['the index', 'actors/'],
  ] as const) {
    it(`is shown as text on ${where}`, async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(siteUrl('fixture', path));
      const link = page.getByText(TITLE, { exact: true }).first();
      await expect(link.count()).resolves.toBeGreaterThan(0);
      expect(await page.evaluate(() => document.querySelectorAll('main img, main b').length)).toBe(0);
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      expect(errors).toEqual([]);
    });
  }

  it('stays text in the page title and description', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('fixture', 'actors/markup-in-title/'));
    expect(await page.title()).toContain(TITLE);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('<script>window.pwned=2</script>');
    expect(await page.evaluate(() => document.scripts.length)).toBe(
      await page.evaluate(() => [...document.scripts].filter((s) => !s.textContent?.includes('pwned')).length),
    );
  });
});
