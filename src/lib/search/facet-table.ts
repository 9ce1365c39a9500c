/**
 * The facet table: which filter values each indexed page has, written by the indexing step next
 * to Pagefind's index and read by the browser, which filters results and counts values itself.
 *
 * Why not Pagefind's filters: with its filter index loaded, every search also counts every
 * value, by a scan of the result list for each page of each value. At 10,000 entries that took
 * 100–500 ms of a 110–550 ms search, and its filter index was the largest download (117 KB).
 * Counting from this table costs one step per value of each result.
 */
import { FACETS, type FacetName } from './facet-names.ts';
import type { SearchFacets } from './facets.ts';
import { fromGaps, toGaps } from './positions.ts';

/** The table's file in the Pagefind folder, gzipped. */
export const FACET_TABLE_FILE = 'facets.json.gz';

/**
 * As stored: for each value the pages that have it, by position (the lexicon's entry order,
 * src/lib/search/lexicon.ts). Pagefind's id of each position is not stored: the browser asks
 * Pagefind for every page in `position` order (see SORT_KEY).
 */
export interface FacetTable {
  /** How many pages are indexed. */
  pageCount: number;
  /**
   * Per facet, its values with the positions of the pages that have each, as the gaps between
   * positions: in entry order most gaps are small, which compresses well.
   */
  values: Record<FacetName, [value: string, gaps: number[]][]>;
}

/**
 * The Pagefind sort key each indexed page carries, its position: a search for every page sorted
 * by it gives Pagefind's id of each position, through Pagefind's own API.
 */
export const SORT_KEY = 'position';

/** A position as a sort value: zero-padded, so that text order and number order agree. */
export function sortValue(position: number): string {
  return String(position).padStart(9, '0');
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

/** The table, read for searching: every value by number, and each page's value numbers. */
export interface FacetIndex {
  /** Pagefind's page id of each position (the lexicon names pages by position). */
  ids: readonly string[];
  values: readonly { facet: FacetName; value: string }[];
  pageValues: ReadonlyMap<string, readonly number[]>;
}

/** The table of the pages' facets, the pages given by position. */
export function facetTable(pages: readonly SearchFacets[]): FacetTable {
  const values = Object.fromEntries(
    FACETS.map((facet) => {
      const positions = new Map<string, number[]>();
      pages.forEach((page, position) => {
        for (const value of page[facet]) {
          if (!positions.has(value)) positions.set(value, []);
          positions.get(value)!.push(position);
        }
      });
      return [facet, [...positions].map(([value, list]) => [value, toGaps(list)])];
    }),
  ) as FacetTable['values'];
  return { pageCount: pages.length, values };
}

/** The table ready to search, given Pagefind's id of each position. */
export function facetIndex(table: FacetTable, ids: readonly string[]): FacetIndex {
  if (ids.length !== table.pageCount) throw new Error(`The search index has ${ids.length} pages, the facet table ${table.pageCount}.`);
  const pageValues = new Map<string, number[]>(ids.map((id) => [id, []]));
  const values: { facet: FacetName; value: string }[] = [];
  for (const facet of FACETS) {
    for (const [value, gaps] of table.values[facet] ?? []) {
      for (const position of fromGaps(gaps)) pageValues.get(ids[position]!)?.push(values.length);
      values.push({ facet, value });
    }
  }
  return { ids, values, pageValues };
}

type Filters = Partial<Record<FacetName, string[]>>;

interface Chosen {
  facet: FacetName;
  /** The chosen values by number (-1 for a value no page has). */
  values: number[];
}

function chosenValues(index: FacetIndex, filters: Filters): Chosen[] {
  return FACETS.filter((facet) => filters[facet]?.length).map((facet) => ({
    facet,
    values: filters[facet]!.map((value) => index.values.findIndex((v) => v.facet === facet && v.value === value)),
  }));
}

/** How many of the chosen facets a page fails, and the last it fails (a page fails a facet when it has none of its chosen values). */
function failedFacets(has: readonly number[] | undefined, chosen: readonly Chosen[]): { count: number; last?: FacetName } {
  let count = 0;
  let last: FacetName | undefined;
  for (const { facet, values } of chosen) {
    if (!values.some((number) => has?.includes(number))) {
      count++;
      last = facet;
    }
  }
  return { count, last };
}

/**
 * The results that pass every facet, in their order: within a facet the chosen values are
 * alternatives (OR: "Event" or "Judgment"), across facets they all apply (AND).
 */
export function withFilters<T extends { id: string }>(index: FacetIndex, results: readonly T[], filters: Filters): T[] {
  const chosen = chosenValues(index, filters);
  if (!chosen.length) return [...results];
  return results.filter((result) => failedFacets(index.pageValues.get(result.id), chosen).count === 0);
}

/**
 * How many results each value would leave if chosen as well: a value of a facet counts the
 * results that pass the other facets' choices (so choosing it adds its count within its own
 * facet, and narrows across facets). Values that none has are left out.
 */
export function facetCounts(index: FacetIndex, results: Iterable<{ id: string }>, filters: Filters = {}): FacetCounts {
  const chosen = chosenValues(index, filters);
  const perValue = new Array<number>(index.values.length).fill(0);
  for (const result of results) {
    const has = index.pageValues.get(result.id) ?? [];
    const failed = failedFacets(has, chosen);
    if (failed.count > 1) continue;
    for (const number of has) {
      if (failed.count === 0 || index.values[number]!.facet === failed.last) perValue[number]!++;
    }
  }
  // Without a prototype, a value named "constructor" or "__proto__" is counted, not an Object member.
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, Object.create(null) as Record<string, number>])) as FacetCounts;
  perValue.forEach((count, number) => {
    const { facet, value } = index.values[number]!;
    if (count > 0) counts[facet][value] = count;
  });
  return counts;
}

/** How many pages have each value. */
export function facetTotals(index: FacetIndex): FacetCounts {
  return facetCounts(
    index,
    [...index.pageValues.keys()].map((id) => ({ id })),
  );
}
