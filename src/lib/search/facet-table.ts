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

/** As stored: the page ids (Pagefind's result ids), and for each value the pages that have it. */
export interface FacetTable {
  /** Pagefind's page ids, separated by spaces. */
  pages: string;
  /**
   * Per facet, its values with the positions (in `pages`) of the pages that have each, as the
   * gaps between positions: in entry order most gaps are small, which compresses well.
   */
  values: Record<FacetName, [value: string, gaps: number[]][]>;
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

/** The table, read for searching: every value by number, and each page's value numbers. */
export interface FacetIndex {
  values: readonly { facet: FacetName; value: string }[];
  pageValues: ReadonlyMap<string, readonly number[]>;
}

export function facetTable(pages: readonly { id: string; facets: SearchFacets }[]): FacetTable {
  const values = Object.fromEntries(FACETS.map((facet) => {
    const positions = new Map<string, number[]>();
    pages.forEach((page, position) => {
      for (const value of page.facets[facet]) {
        if (!positions.has(value)) positions.set(value, []);
        positions.get(value)!.push(position);
      }
    });
    return [facet, [...positions].map(([value, list]) => [value, toGaps(list)])];
  })) as FacetTable['values'];
  return { pages: pages.map((page) => page.id).join(' '), values };
}

export function facetIndex(table: FacetTable): FacetIndex {
  const ids = table.pages.split(' ');
  const pageValues = new Map<string, number[]>(ids.map((id) => [id, []]));
  const values: { facet: FacetName; value: string }[] = [];
  for (const facet of FACETS) {
    for (const [value, gaps] of table.values[facet] ?? []) {
      for (const position of fromGaps(gaps)) pageValues.get(ids[position]!)?.push(values.length);
      values.push({ facet, value });
    }
  }
  return { values, pageValues };
}

/** The results that have every chosen value (AND, within a facet too), in their order. */
export function withFilters<T extends { id: string }>(index: FacetIndex, results: readonly T[], filters: Partial<Record<FacetName, string[]>>): T[] {
  const chosen = Object.entries(filters).flatMap(([facet, list]) =>
    list.map((value) => index.values.findIndex((v) => v.facet === facet && v.value === value)));
  if (!chosen.length) return [...results];
  return results.filter((result) => {
    const has = index.pageValues.get(result.id);
    return has !== undefined && chosen.every((number) => has.includes(number));
  });
}

/** How many of the results have each value (values that none has are left out). */
export function facetCounts(index: FacetIndex, results: Iterable<{ id: string }>): FacetCounts {
  const perValue = new Array<number>(index.values.length).fill(0);
  for (const result of results) for (const number of index.pageValues.get(result.id) ?? []) perValue[number]!++;
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts;
  perValue.forEach((count, number) => {
    const { facet, value } = index.values[number]!;
    if (count > 0) counts[facet][value] = count;
  });
  return counts;
}

/** How many pages have each value. */
export function facetTotals(index: FacetIndex): FacetCounts {
  return facetCounts(index, [...index.pageValues.keys()].map((id) => ({ id })));
}
