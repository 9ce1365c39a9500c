/** The search page as the search benchmark drives it in Chromium, and the bytes its server sends. */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STILL_LOOKING } from '../../src/lib/search/status-text.ts';

/** Empties the search field and waits until the page has answered it (no search running). */
export async function clear(page: Page): Promise<void> {
  await page.locator('[data-search-page] input[type="search"]').fill('');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Type'));
  await page.waitForTimeout(50);
}

/**
 * Waits until the search page shows an answer (for `query`, if given): not "Loading…" or
 * "Searching…", and not the early results of a search that waits for Pagefind.
 */
export async function waitForAnswer(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    ([query, stillLooking]) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (status === '' || /^(Loading|Searching)/.test(status) || status.endsWith(stillLooking)) return false;
      return query === undefined || status.includes(`“${query}”`);
    },
    [query, STILL_LOOKING] as const,
  );
}

/** Opens the search page in a fresh browser context and waits until its index is loaded. */
export async function openSearch(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(); // empty cache: every first search starts cold
  const page = await context.newPage();
  await page.goto(`${url}search/`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Type'));
  return { context, page };
}

export interface Sent {
  total: number;
  pagefind: number;
}

/**
 * Bytes the server sent (headers included), counted on its sockets. The browser's own account
 * (Playwright's request sizes) reports 0 for a worker's script, such as pagefind-worker.js.
 * HTTP/1.1 sends one response at a time on a socket, so the growth of its count since the last
 * response ended is this response.
 */
export function countSent(server: Server): Sent {
  const sent: Sent = { total: 0, pagefind: 0 };
  const counted = new WeakMap<Socket, number>();
  server.on('request', (request, response) => {
    response.on('finish', () => {
      const { socket } = request;
      const bytes = socket.bytesWritten - (counted.get(socket) ?? 0);
      counted.set(socket, socket.bytesWritten);
      sent.total += bytes;
      if (request.url?.includes('/pagefind/')) sent.pagefind += bytes;
    });
  });
  return sent;
}

/** One search as `timeSearch` measured it, in milliseconds from the key press. */
export interface SearchTiming {
  ms: number;
  results: number;
  /** For a search that waits for Pagefind: when its early results were painted. */
  earlyMs: number | undefined;
  /** The longest task on the page's thread meanwhile (0: none of 50 ms or more). */
  longestTaskMs: number;
}

/** What the page records of one search (`timeSearch`), on `window.__bench`. */
type Bench = {
  start: number;
  done: number;
  early: number;
  answered: boolean;
  results: number;
  /** The longest task on the page's thread since the key press (a frozen page, however fast the answer). */
  longest: number;
  observer?: MutationObserver;
  tasks?: PerformanceObserver;
};
declare global {
  interface Window {
    __bench?: Bench;
    __benchStart?: (event: Event) => void;
  }
}

/**
 * Enters `query` into the search field, by typing it key by key or as a whole (one input event,
 * as a paste), and returns the time from the last key press (the event's time stamp: when it was
 * pressed, not when the page, perhaps busy searching, got to it), or from the input event, to the
 * results for the whole query painted, and their number. Starts from an empty field.
 */
export async function timeSearch(page: Page, query: string, how: 'typed' | 'whole'): Promise<SearchTiming> {
  const input = page.locator('[data-search-page] input[type="search"]');
  // Functions, not strings: the page's CSP forbids evaluating strings in waitForFunction.
  await page.evaluate(
    ([query, eventName, stillLooking]) => {
      const status = document.querySelector('[data-search-status]')!;
      const field = document.querySelector('[data-search-page] input')!;
      window.__bench?.observer?.disconnect();
      window.__bench?.tasks?.disconnect();
      if (window.__benchStart) {
        field.removeEventListener('keydown', window.__benchStart, { capture: true });
        field.removeEventListener('input', window.__benchStart, { capture: true });
      }
      const bench: Bench = { start: 0, done: 0, early: 0, answered: false, results: -1, longest: 0 };
      bench.tasks = new PerformanceObserver((list) => {
        for (const task of list.getEntries())
          if (bench.start && task.startTime >= bench.start) bench.longest = Math.max(bench.longest, task.duration);
      });
      bench.tasks.observe({ type: 'longtask' });
      window.__bench = bench;
      window.__benchStart = (event) => {
        bench.start = event.timeStamp;
      };
      field.addEventListener(eventName, window.__benchStart, { capture: true });
      // The status is written last; the results are on screen once the frame that lays them out has
      // been painted, which a timer queued from that frame's animation callback follows.
      const painted = (then: (time: number) => void) => requestAnimationFrame(() => setTimeout(() => then(performance.now())));
      bench.observer = new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (bench.answered || !text.includes(`“${query}”`)) return;
        // Early results of a search that waits for Pagefind: the first shown, not the answer.
        if (text.endsWith(stillLooking)) {
          if (!bench.early) painted((time) => (bench.early = time));
          return;
        }
        bench.answered = true;
        bench.results = text.startsWith('No ') ? 0 : Number.parseInt(text, 10);
        painted((time) => (bench.done = time));
      });
      bench.observer.observe(status, { childList: true, characterData: true, subtree: true });
    },
    [query, how === 'typed' ? 'keydown' : 'input', STILL_LOOKING] as const,
  );
  if (how === 'typed') await input.pressSequentially(query);
  else await input.fill(query);
  await page.waitForFunction(() => window.__bench!.done > window.__bench!.start);
  // Long tasks are reported after they end, on a later turn.
  await page.waitForTimeout(100);
  const { ms, results, earlyMs, longestTaskMs } = await page.evaluate(() => ({
    ms: window.__bench!.done - window.__bench!.start,
    results: window.__bench!.results,
    earlyMs: window.__bench!.early ? window.__bench!.early - window.__bench!.start : undefined,
    longestTaskMs: window.__bench!.longest,
  }));
  await clear(page);
  return { ms, results, earlyMs, longestTaskMs };
}
