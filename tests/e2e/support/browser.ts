/** Debian's Chromium driven by playwright-core (Playwright cannot download browsers here). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { SiteName } from './sites.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The URL of a test site (see sites.ts), ending in its base path. */
export function siteUrl(name: SiteName, path = ''): string {
  return `${inject('siteUrls')[name]}${path.replace(/^\//, '')}`;
}

/**
 * A page that records console errors, failed requests and any request leaving the site. Such a
 * request is also blocked, as it would be on a closed network.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    errors.push(`request leaving the site: ${route.request().url()} (from ${page.url()})`);
    return route.abort('blockedbyclient');
  });
  return { page, errors };
}
