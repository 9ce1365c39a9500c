/**
 * Astro's incremental build keeps the pages of the last build in the cache folder (`.cache/`, or
 * KB_CACHE_DIR) and overwrites them as it renders, but writes the manifest that says which page is
 * which only at the end. A build that stops in between (a failure, a kill) would leave pages that
 * the old manifest describes wrongly, and two builds at once would mix their pages: so one build
 * at a time holds the cache, and after one that did not finish the next renders every page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from '../../src/lib/running.ts';

/** Astro's manifest of the cached pages (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const LOCK = 'build.lock';

export type CacheClaim = { claimed: true; unfinished: boolean; release: () => void } | { claimed: false; heldBy: number };

function lockHolder(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the cache for this build. A lock left by a build that did not finish means its pages may
 * not match the manifest: the manifest goes, and this build renders every page (and caches them).
 */
export function claimCache(cacheDir: string, pid = process.pid): CacheClaim {
  mkdirSync(cacheDir, { recursive: true });
  const lock = join(cacheDir, LOCK);
  const holder = lockHolder(lock);
  if (holder !== undefined && holder !== pid && isRunning(holder)) return { claimed: false, heldBy: holder };
  const unfinished = holder !== undefined;
  if (unfinished) rmSync(join(cacheDir, MANIFEST), { force: true });
  writeFileSync(lock, String(pid));
  return { claimed: true, unfinished, release: () => rmSync(lock, { force: true }) };
}

/**
 * How many pages a build's log says were rendered and how many copied from the cache (Astro marks
 * those "cached" or "restored"). Counted by marks, not lines: Astro renders several pages at once
 * (`build.concurrency`), so a page's line can end after others have begun on it.
 */
export function pagesRenderedAndCopied(log: string): { rendered: number; copied: number } {
  const pages = log.match(/├─/g)?.length ?? 0;
  const copied = log.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return { rendered: pages - copied, copied };
}
