/**
 * The search fixture site (tests/fixtures/search, served under /kb/, indexed in parts) as the
 * search tests open it: a browser for the file's tests, each test's pages closed after it
 * (every open search page runs its own index), and what the tests read from a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FACET_TABLE_FILE, FACETS_FOLDER, type FacetTable } from '../../../src/lib/search/facet-table.ts';
import type { Stamped } from '../../../src/lib/search/stamped.ts';
import { waitForAnswer } from '../../../scripts/lib/search-page.ts';
import { launchBrowser, openPage, siteUrl as testSiteUrl } from './browser.ts';
import type { SiteName } from './sites.ts';

export const siteUrl = testSiteUrl('search');

/**
 * Registers the browser's hooks; gives `open` (a page recording errors), `openSearch` (the search
 * page of `site`, the search fixture by default, its results shown) and `openRecording`. `site` is
 * a test site's name, or gives the address of a site served otherwise (known once it has started).
 */
export function searchPages(site: SiteName | (() => string) = 'search') {
  const siteAddress = typeof site === 'function' ? site : () => testSiteUrl(site);
  let browser: Browser;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
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
    await opened.page.goto(`${siteAddress()}search/?${query}`);
    await waitForResults(opened.page);
    return opened;
  }

  /** Searches `query`, recording the addresses the page asks for under the site; `routes` first changes what it is sent. */
  async function openRecording(query: string, routes: (page: Page) => Promise<unknown> = async () => {}) {
    const [opened, url] = [await open(), siteAddress()];
    const asked: string[] = [];
    opened.page.on('request', (request) => asked.push(request.url().replace(url, '')));
    await routes(opened.page);
    await opened.page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await waitForResults(opened.page);
    return { ...opened, asked };
  }
  return { open, openSearch, openRecording };
}

/** Waits for the search page's answer, past its early results (scripts/lib/search-page.ts). */
export const waitForResults = (page: Page) => waitForAnswer(page);

/** The built site's facet table, as the browser reads it. */
export async function builtFacetTable(): Promise<Stamped<FacetTable>> {
  const bytes = Buffer.from(await (await fetch(`${siteUrl}${FACETS_FOLDER}${FACET_TABLE_FILE}`)).arrayBuffer());
  return JSON.parse(gunzipSync(bytes).toString()) as Stamped<FacetTable>;
}

export const titles = (page: Page) => page.locator('[data-result-link]').allTextContents();

/** How many of the content files in `folder` hold `phrase` as written (between words, any spaces). */
export function filesHolding(folder: string, phrase: string): number {
  const pattern = new RegExp(phrase.split(' ').join('\\s+'), 'i');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.mdx') && pattern.test(readFileSync(join(folder, file), 'utf8')),
  ).length;
}

export const resultCount = async (page: Page) =>
  Number(/^(\d+)/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0);
