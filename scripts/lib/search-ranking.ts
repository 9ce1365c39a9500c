/**
 * `npm run bench:search -- --parts N`: how far ranking across a search index's merged parts departs
 * from ranking in one index, read from the search pages of two sites built from the same content.
 */
import type { Browser } from 'playwright-core';
import { clear, openSearch, waitForAnswer } from './search-page.ts';
import { serveStatic } from './static-server.ts';

const SHOWN = 10;

/** The addresses of the first results of each query, in order, on the site in `siteDir`. */
async function firstResults(browser: Browser, siteDir: string, queries: readonly string[]): Promise<string[][]> {
  const { url, server } = await serveStatic(siteDir, '/');
  const { context, page } = await openSearch(browser, url);
  const found: string[][] = [];
  for (const query of queries) {
    await page.locator('[data-search-page] input[type="search"]').fill(query);
    await waitForAnswer(page, query);
    const links = await page
      .locator('[data-search-results] a[data-result-link]')
      .evaluateAll((found) => found.map((link) => link.getAttribute('href') ?? ''));
    found.push(links.slice(0, SHOWN));
    await clear(page);
  }
  await context.close();
  server.close();
  return found;
}

/** How the first results of each query on the site in parts compare with those of the site in one index. */
export async function compareRanking(browser: Browser, oneIndex: string, inParts: string, parts: number, queries: readonly string[]) {
  const [one, merged] = [await firstResults(browser, oneIndex, queries), await firstResults(browser, inParts, queries)];
  console.log(`\nRanking in ${parts} merged parts against one index: the first ${SHOWN} results of each query`);
  console.log(`  ${'query'.padEnd(17)} ${'same first'.padEnd(10)}  ${'in both'.padEnd(7)}  same order`);
  queries.forEach((query, i) => {
    const [a, b] = [one[i]!, merged[i]!];
    const common = a.filter((href) => b.includes(href)).length;
    const sameOrder = a.length === b.length && a.every((href, j) => href === b[j]);
    console.log(
      `  ${query.padEnd(17)} ${(a[0] === b[0] ? 'yes' : 'no').padEnd(10)}  ${`${common}/${a.length}`.padEnd(7)}  ${sameOrder ? 'yes' : 'no'}`,
    );
  });
}
