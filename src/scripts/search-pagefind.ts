/**
 * The part of Pagefind's browser API (pagefind.js, written by the build) this site uses, loaded
 * from the site itself. We use the JS API with our own rendering rather than Pagefind's UI so
 * that queries go through our spelling normalization, state lives in the URL, highlighting
 * uses the same keys as the index, and the markup follows the site's styles and CSP.
 */
import { ALIAS_SEPARATOR } from '../lib/search/fields.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch | null>;
}

/**
 * Ranking: the weighted name keys and the `names` metadata of actors and places (see
 * src/lib/search/record.ts) carry the names. Other metadata is for display and is not ranked
 * again: Pagefind matches it as written, not by search keys.
 */
const RANKING = {
  metaWeights: { names: 10, title: 0, summary: 0, aliases: 0, type: 0, date: 0 },
  // Entries differ in length for reasons unrelated to relevance (an actor's page grows with
  // its history), so length weighs little: short source pages would otherwise outrank them.
  pageLength: 0.1,
};

export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ baseUrl: base, ranking: RANKING });
  await pagefind.init();
  // Filter counts come back with each search only once the filter index is loaded.
  await pagefind.filters();
  return pagefind;
}

export function aliasesOf(data: PagefindResultData): string[] {
  return data.meta.aliases ? data.meta.aliases.split(ALIAS_SEPARATOR) : [];
}
