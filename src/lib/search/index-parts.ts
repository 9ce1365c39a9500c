/**
 * The search index in parts. Pagefind holds a whole index in memory until it writes it (about
 * 120 KB per page here, so 11.7 GB at 100,000 entries), so a large site is indexed in parts, one
 * Pagefind service at a time, and the browser merges them (Pagefind's `mergeIndex`).
 *
 * Pages are dealt to the parts in turn (position p goes to part p mod n), not cut into runs: the
 * entries come collection by collection, and Pagefind scores a word by how rare it is in its own
 * part. Dealt in turn, every part is a sample of the whole site, so a page scores about as it
 * would in one index and scores from different parts can be ranked together.
 */

/** The file, in Pagefind's folder, that says how many parts the index has. */
export const INDEX_PARTS_FILE = 'index-parts.json';

export interface IndexParts {
  parts: number;
}

/** How many parts an index of `pages` pages has, each at most `partSize` pages. */
export function partCount(pages: number, partSize: number): number {
  return Math.max(1, Math.ceil(pages / partSize));
}

/** The folder of a part, under Pagefind's folder: the first part is Pagefind's folder itself. */
export function partFolder(part: number): string {
  return part === 0 ? '' : `part-${part}/`;
}

/** The positions of the pages of one part, in the order they are added to it. */
export function partPositions(pages: number, parts: number, part: number): number[] {
  const positions: number[] = [];
  for (let position = part; position < pages; position += parts) positions.push(position);
  return positions;
}

/**
 * The position of each page in the order the merged index lists every page (a search for
 * nothing): the first part's pages in the order they were added, then the second part's, and so on.
 */
export function mergedOrder(pages: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, part) => partPositions(pages, parts, part)).flat();
}

/**
 * The metadata field holding each indexed page's position (src/lib/search/document.ts): the
 * only metadata a page has in Pagefind, there to check Pagefind's order against (`listedPositions`).
 */
export const POSITION_META = 'position';

/**
 * Throws when a page Pagefind lists is not at the position the search took it for: the index and
 * the search data disagree (another build, or a Pagefind that orders its pages differently).
 */
export function checkPosition(meta: Readonly<Record<string, string | undefined>>, position: number): void {
  if (meta[POSITION_META] !== String(position))
    throw new Error(
      `The search index lists page ${meta[POSITION_META] ?? '(no position)'} at position ${position}: it does not match this build's search data. Rebuild the site; if it persists, Pagefind no longer lists pages in the order they were added.`,
    );
}

/** Pagefind's list of every page read as positions, and which of its pages to check first. */
export interface ListedPositions {
  /** The position of each listed page, in the order listed (`mergedOrder`). */
  order: number[];
  /**
   * The last page of each part, as indexes in the list: checked (`checkPosition`) before the list
   * is trusted, which catches parts merged in another order and pages ordered otherwise, at the
   * cost of one small fetch per part.
   */
  checks: number[];
}

/**
 * Reads Pagefind's list of every page (a search for nothing; `listed` pages) as positions. Throws
 * when it lists another number of pages than the search data holds (`pageCount`): the two come
 * from different builds.
 */
export function listedPositions(listed: number, parts: number, pageCount: number): ListedPositions {
  if (listed !== pageCount)
    throw new Error(`The search index has ${listed} pages, this build's search data ${pageCount}. Rebuild the site.`);
  const checks: number[] = [];
  let listedSoFar = 0;
  for (let part = 0; part < parts; part++) {
    const size = partPositions(pageCount, parts, part).length;
    if (size) checks.push((listedSoFar += size) - 1);
  }
  return { order: mergedOrder(pageCount, parts), checks };
}

/**
 * The positions each page id of Pagefind's list stands for (`ids` in the order listed, `order`
 * from `listedPositions`). Pagefind names a page by the first 7 hex digits of a hash of it, made
 * unique within its own index only; the parts are separate indexes, so pages of different parts
 * can share an id (at 100,000 pages in 4 parts, about 15 pairs do). Such an id stands for
 * several positions.
 */
export function positionsById(ids: readonly string[], order: readonly number[]): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const positions = byId.get(id);
    if (positions) positions.push(order[index]!);
    else byId.set(id, [order[index]!]);
  });
  return byId;
}

/**
 * Reads a search's results as positions: a result whose id stands for one page directly, a result
 * whose id pages of several parts share (`positionsById`) set apart, its position to be read from
 * its own metadata (`sharedIdPosition`). An id the list does not hold is another build's.
 */
export function resultPositions<Result extends { id: string }>(
  results: readonly Result[],
  byId: ReadonlyMap<string, readonly number[]>,
): { positions: number[]; shared: Result[] } {
  const positions: number[] = [];
  const shared: Result[] = [];
  for (const result of results) {
    const candidates = byId.get(result.id);
    if (!candidates) throw new Error(`The search index found page ${result.id}, which it does not list. Rebuild the site.`);
    if (candidates.length === 1) positions.push(candidates[0]!);
    else shared.push(result);
  }
  return { positions, shared };
}

/**
 * The position of a page whose id pages of several parts share, read from its metadata; throws
 * when it is none of the positions the id stands for (`candidates`), as `checkPosition` does.
 */
export function sharedIdPosition(meta: Readonly<Record<string, string | undefined>>, candidates: readonly number[]): number {
  const position = candidates.find((candidate) => meta[POSITION_META] === String(candidate));
  if (position === undefined)
    throw new Error(
      `The search index lists page ${meta[POSITION_META] ?? '(no position)'} under an id of positions ${candidates.join(', ')}: it does not match this build's search data. Rebuild the site.`,
    );
  return position;
}
