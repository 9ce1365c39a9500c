/** The search page as the search benchmark drives it in Chromium, and the bytes its server sends. */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Empties the search field and waits until the page has answered it (no search running). */
export async function clear(page: Page): Promise<void> {
  await page.locator('[data-search-page] input[type="search"]').fill('');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Type'));
  await page.waitForTimeout(50);
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
