/**
 * The history a build read from git (src/lib/history/), one reading for the whole build: the
 * integration reads it once the search index is made and writes the edition redirects from it,
 * and the pages take the same (src/data/history.ts). Integration and pages run in one process but
 * not as one module graph (Vite bundles the pages), so the reading is handed over on `globalThis`.
 */
import type { SiteHistory } from '../lib/history/editions.ts';

const SLOT = Symbol.for('knowledge-base:site-history');
type WithSlot = typeof globalThis & { [SLOT]?: SiteHistory };

/** Makes `history` this build's reading; undefined when the build is over. */
export function shareBuildHistory(history: SiteHistory | undefined): void {
  (globalThis as WithSlot)[SLOT] = history;
}

/** The history this build read; undefined outside `astro build` (dev, sync), where the pages read it themselves. */
export function buildHistory(): SiteHistory | undefined {
  return (globalThis as WithSlot)[SLOT];
}
