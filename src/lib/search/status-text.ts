/**
 * What the status of the search page and of the header box says of early results: the first
 * results of a search that waits for Pagefind (search-engine.ts), shown while it decides the rest.
 * Read back by the browser tests and the search benchmark, which wait for the answer after them.
 */
/** How the status of early results ends, and an answer's never does: what scripts run in the page match on (they cannot import). */
export const STILL_LOOKING = '; still looking for the rest…';

/** "The first 10 results for “…”; still looking for the rest…" */
export function earlyResultsStatus(count: number, typed: string): string {
  return `The first ${count} result${count === 1 ? '' : 's'} for “${typed}”${STILL_LOOKING}`;
}
