/**
 * The part of Pagefind's browser API (pagefind.js, written by the build) this site uses, loaded
 * from the site itself. We use the JS API with our own rendering rather than Pagefind's UI so
 * that queries go through our spelling normalization, state lives in the URL, highlighting
 * uses the same keys as the index, and the markup follows the site's styles and CSP.
 */
import { checkPosition, FACET_TABLE_FILE, type FacetTable } from '../lib/search/facet-table.ts';
import { ALIAS_SEPARATOR } from '../lib/search/fields.ts';
import { INDEX_PARTS_FILE, mergedOrder, partFolder, type IndexParts } from '../lib/search/index-parts.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (a part of this one) to every search. */
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  /** A null query finds every page, in the order they were added to the index. */
  search(query: string | null): Promise<PagefindSearch | null>;
}

async function loadPagefind(folder: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as Pagefind;
  // On the page's own thread, not in Pagefind's web worker: handing a search's results back from
  // the worker cost more main-thread time than the search itself (at 10,000 entries, 114 ms
  // against 74 ms for a 6,200-result query), and the worker's script is 43 KB more to fetch.
  await pagefind.options({ baseUrl: base, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** Merges the other parts of the index (src/lib/search/index-parts.ts) into the first part's Pagefind: they share its WebAssembly. */
async function mergeParts(pagefind: Pagefind, folder: string, base: string, parts: number): Promise<void> {
  const others = Array.from({ length: parts - 1 }, (_, i) => `${folder}${partFolder(i + 1)}`);
  await Promise.all(others.map((path) => pagefind.mergeIndex(path, { baseUrl: base })));
}

/**
 * A JSON file gzipped on disk (the facet table, the lexicon), decompressed here as Pagefind does
 * its files, unless the server already sent it decoded. Revalidated on each load: it changes
 * with every build.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  const bytes = await response.blob();
  const head = new Uint8Array(await bytes.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const text = gzipped ? await new Response(bytes.stream().pipeThrough(new DecompressionStream('gzip'))).text() : await bytes.text();
  return JSON.parse(text) as T;
}

export interface LoadedSearch {
  pagefind: Pagefind;
  /** The facet table as fetched: the facets kept apart are fetched when needed (search-engine.ts). */
  facetTable: FacetTable;
  /** Every indexed page, by position (the lexicon's and the facet table's order). */
  pages: readonly PagefindResult[];
}

/** A page whose data, when loaded to be shown, is checked to be the page at `position`. */
function checkedPage(page: PagefindResult, position: number): PagefindResult {
  return {
    id: page.id,
    data: async () => {
      const data = await page.data();
      checkPosition(data.meta, position);
      return data;
    },
  };
}

/** The folder of Pagefind's index and the facet table. */
export const pagefindFolder = (base: string) => `${base.replace(/\/?$/, '/')}pagefind/`;

export async function loadSearch(base: string): Promise<LoadedSearch> {
  const folder = pagefindFolder(base);
  const [pagefind, { parts }, facetTable] = await Promise.all([
    loadPagefind(folder, base),
    fetchJson<IndexParts>(`${folder}${INDEX_PARTS_FILE}`),
    fetchJson<FacetTable>(`${folder}${FACET_TABLE_FILE}`),
  ]);
  await mergeParts(pagefind, folder, base, parts);
  // Every page, part by part, each in the order the indexing step added them (mergedOrder tells
  // their positions). A sort key would say the same at the cost of a list of every page in
  // Pagefind's metadata (26 KB at 10,000 entries).
  const listed = (await pagefind.search(null))?.results ?? [];
  const order = mergedOrder(listed.length, parts);
  const pages: PagefindResult[] = [];
  listed.forEach((page, i) => (pages[order[i]!] = checkedPage(page, order[i]!)));
  return { pagefind, facetTable, pages };
}

export function aliasesOf(data: PagefindResultData): string[] {
  return data.meta.aliases ? data.meta.aliases.split(ALIAS_SEPARATOR) : [];
}
