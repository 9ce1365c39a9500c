/**
 * The facet table: which filter values each indexed page has, written by the indexing step beside
 * the lexicon and read by the browser, which filters results and counts values itself.
 *
 * Why not Pagefind's filters: with its filter index loaded, every search also counts every
 * value, by a scan of the result list for each page of each value. At 10,000 entries that took
 * 100–500 ms of a 110–550 ms search, and its filter index was the largest download (117 KB).
 * Counting from this table costs one step per value of each result.
 */
import { FACETS, type FacetName } from './facet-names.ts';
import type { SearchFacets } from './facets.ts';
import { fromGaps, toGaps } from './positions.ts';

/** The folder of the table and of the facets kept apart from it, under the site's base path. */
export const FACETS_FOLDER = 'search/facets/';

/** The table's file in FACETS_FOLDER, gzipped. */
export const FACET_TABLE_FILE = 'table.json.gz';

/** The file of a facet kept apart from the table (`FacetTable.apart`), beside it. */
export function facetFile(facet: FacetName): string {
  return `${facet}.json.gz`;
}

/**
 * A facet whose values and pages take more than this, compressed, is kept in a file of its own,
 * fetched when the reader opens its filter or chooses one of its values, so that a first search
 * does not wait for it: at 10,000 entries the actors' part alone was 43 KB of a 63 KB table.
 */
export const FACET_APART_BYTES = 16 * 1024;

/** A facet's values, each with the positions of the pages that have it, as gaps (see FacetTable). */
export type FacetValues = [value: string, gaps: number[]][];

/**
 * As stored: for each value the pages that have it, by position (the lexicon's entry order,
 * src/lib/search/lexicon.ts).
 */
export interface FacetTable {
  /** How many pages are indexed. */
  pageCount: number;
  /**
   * Per facet, its values with the positions of the pages that have each, as the gaps between
   * positions: in entry order most gaps are small, which compresses well.
   */
  values: Partial<Record<FacetName, FacetValues>>;
  /** The facets kept in files of their own (`facetFile`), with how many values each has. */
  apart: Partial<Record<FacetName, number>>;
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

/**
 * The table, read for searching: every value by number, and each page's value numbers, by
 * position, in two flat arrays (those of page p are `valueList[valueStart[p]]` up to
 * `valueList[valueStart[p + 1]]`): counting the values of thousands of results reads arrays, not maps.
 */
export interface FacetIndex {
  pageCount: number;
  values: readonly { facet: FacetName; value: string }[];
  valueStart: Uint32Array;
  valueList: Uint32Array;
  /** The facets not loaded yet (kept apart), with how many values each has: none of their values is counted. */
  apart: Partial<Record<FacetName, number>>;
}

/** The table of the pages' facets, the pages given by position, every facet in it. */
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
  return { pageCount: pages.length, values, apart: {} };
}

/**
 * The table with the facets larger than FACET_APART_BYTES (as `size` measures them, compressed)
 * taken out, and those facets' values, each for a file of its own.
 */
export function splitFacetTable(
  table: FacetTable,
  size: (values: FacetValues) => number,
): { table: FacetTable; apart: [FacetName, FacetValues][] } {
  const apart = FACETS.flatMap((facet) => {
    const values = table.values[facet];
    return values && size(values) > FACET_APART_BYTES ? [[facet, values] as [FacetName, FacetValues]] : [];
  });
  const kept = FACETS.filter((facet) => !apart.some(([name]) => name === facet));
  return {
    table: {
      pageCount: table.pageCount,
      values: Object.fromEntries(kept.flatMap((facet) => (table.values[facet] ? [[facet, table.values[facet]]] : []))),
      apart: { ...table.apart, ...Object.fromEntries(apart.map(([facet, values]) => [facet, values.length])) },
    },
    apart,
  };
}

/** The table with a facet kept apart put back in, once its file is loaded. */
export function withFacet(table: FacetTable, facet: FacetName, values: FacetValues): FacetTable {
  const apart = { ...table.apart };
  delete apart[facet];
  return { pageCount: table.pageCount, values: { ...table.values, [facet]: values }, apart };
}

/** The table ready to search. */
export function facetIndex(table: FacetTable): FacetIndex {
  const { pageCount } = table;
  const values: { facet: FacetName; value: string }[] = [];
  const pagesOf: number[][] = [];
  for (const facet of FACETS) {
    for (const [value, gaps] of table.values[facet] ?? []) {
      values.push({ facet, value });
      pagesOf.push(fromGaps(gaps).filter((position) => position < pageCount));
    }
  }
  const valueStart = new Uint32Array(pageCount + 1);
  for (const pages of pagesOf) for (const position of pages) valueStart[position + 1]!++;
  for (let position = 0; position < pageCount; position++) valueStart[position + 1]! += valueStart[position]!;
  const valueList = new Uint32Array(valueStart[pageCount]!);
  const filled = valueStart.slice(0, pageCount);
  pagesOf.forEach((pages, number) => {
    for (const position of pages) valueList[filled[position]!++] = number;
  });
  return { pageCount, values, valueStart, valueList, apart: table.apart };
}

type Filters = Partial<Record<FacetName, string[]>>;

/** The facets kept apart that these filters choose values of: they must be loaded to filter. */
export function facetsToLoad(index: FacetIndex, filters: Filters): FacetName[] {
  return FACETS.filter((facet) => index.apart[facet] !== undefined && filters[facet]?.length);
}

/**
 * The chosen values: for each value number, the index of its facet among the chosen facets, or
 * -1 when it is not chosen; and the chosen facets (a value no page has is chosen but matches none).
 */
interface Chosen {
  facets: FacetName[];
  facetOfValue: Int8Array;
}

function chosenValues(index: FacetIndex, filters: Filters): Chosen {
  const facets = FACETS.filter((facet) => filters[facet]?.length);
  const facetOfValue = new Int8Array(index.values.length).fill(-1);
  index.values.forEach(({ facet, value }, number) => {
    if (filters[facet]?.includes(value)) facetOfValue[number] = facets.indexOf(facet);
  });
  return { facets, facetOfValue };
}

/**
 * How many of the chosen facets a page fails, and the last it fails (a page fails a facet when it
 * has none of its chosen values). `passed` is scratch space, one slot per chosen facet.
 */
function failedFacets(index: FacetIndex, position: number, chosen: Chosen, passed: Uint8Array): { count: number; last: number } {
  passed.fill(0);
  for (let i = index.valueStart[position]!; i < index.valueStart[position + 1]!; i++) {
    const facet = chosen.facetOfValue[index.valueList[i]!]!;
    if (facet >= 0) passed[facet] = 1;
  }
  let count = 0;
  let last = -1;
  passed.forEach((pass, facet) => {
    if (!pass) {
      count++;
      last = facet;
    }
  });
  return { count, last };
}

/**
 * The results (positions) that pass every facet, in their order: within a facet the chosen
 * values are alternatives (OR: "Event" or "Judgment"), across facets they all apply (AND).
 */
export function withFilters(index: FacetIndex, results: readonly number[], filters: Filters): number[] {
  const chosen = chosenValues(index, filters);
  if (!chosen.facets.length) return [...results];
  const passed = new Uint8Array(chosen.facets.length);
  return results.filter((position) => position < index.pageCount && failedFacets(index, position, chosen, passed).count === 0);
}

/**
 * How many results (positions) each value would leave if chosen as well: a value of a facet
 * counts the results that pass the other facets' choices (so choosing it adds its count within
 * its own facet, and narrows across facets). Values that none has are left out.
 */
export function facetCounts(index: FacetIndex, results: Iterable<number>, filters: Filters = {}): FacetCounts {
  const chosen = chosenValues(index, filters);
  const passed = new Uint8Array(chosen.facets.length);
  const perValue = new Uint32Array(index.values.length);
  for (const position of results) {
    if (position >= index.pageCount) continue;
    const failed = chosen.facets.length ? failedFacets(index, position, chosen, passed) : { count: 0, last: -1 };
    if (failed.count > 1) continue;
    const onlyFacet = failed.count === 1 ? chosen.facets[failed.last] : undefined;
    for (let i = index.valueStart[position]!; i < index.valueStart[position + 1]!; i++) {
      const number = index.valueList[i]!;
      if (onlyFacet === undefined || index.values[number]!.facet === onlyFacet) perValue[number]!++;
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
    Array.from({ length: index.pageCount }, (_, position) => position),
  );
}
