/** The browser tests' view of the built sites, in Debian's Chromium (scripts/lib/chromium.ts). */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import type { SiteName } from './sites.ts';

export const launchBrowser: () => Promise<Browser> = launchChromium;

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
