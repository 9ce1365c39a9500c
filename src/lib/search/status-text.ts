/**
 * What the search page's status says of early results: the first results of a search that waits
 * for Pagefind (search-engine.ts), shown while it decides the rest. Read back by the browser tests
 * and the search benchmark, which wait for the answer after them.
 */
/** How the status of early results ends; a page script run by a test matches on it (the page cannot import). */
export const STILL_LOOKING = '; still looking for the rest…';

/** "The first 10 results for “…”; still looking for the rest…" */
export function earlyResultsStatus(count: number, typed: string): string {
  return `The first ${count} result${count === 1 ? '' : 's'} for “${typed}”${STILL_LOOKING}`;
}

/** Whether the status says early results (`earlyResultsStatus`), not the search's answer. */
export function isEarlyResultsStatus(status: string): boolean {
  return status.endsWith(STILL_LOOKING);
}
