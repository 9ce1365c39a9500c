/**
 * The history read from git (src/lib/history/), one reading for the integration and the pages:
 * during `astro build` the integration reads it once the search index is made, the pages take
 * it (src/data/history.ts), and the integration writes the files made from it
 * (site-files.ts); under `astro dev`, whichever needs it first reads it. Integration and pages
 * run in one process but not as one module graph (Vite bundles the pages), so the reading is
 * handed over on `globalThis`.
 */
import type { SiteHistory } from '../lib/history/editions.ts';

const SLOT = Symbol.for('knowledge-base:site-history');
type WithSlot = typeof globalThis & { [SLOT]?: SiteHistory };

/** Makes `history` the reading everyone takes; undefined to let go of it (the build is over). */
export function shareSiteHistory(history: SiteHistory | undefined): void {
  (globalThis as WithSlot)[SLOT] = history;
}

/** The shared reading, made with `read` when there is none yet. */
export function sharedSiteHistory(read: () => SiteHistory): SiteHistory {
  const slot = globalThis as WithSlot;
  slot[SLOT] ??= read();
  return slot[SLOT];
}
