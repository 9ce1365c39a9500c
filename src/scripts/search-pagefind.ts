/**
 * The part of Pagefind's browser API (pagefind.js, written by the build) this site uses, loaded
 * from the site itself, and only for a quoted phrase of five words or more that many entries hold
 * four words by four (src/lib/search/phrase.ts): Pagefind's exact-phrase search. Which entries match and in what order is the lexicon's (search-engine.ts), and what a
 * result shows is its own file (src/lib/search/result-data.ts), so that a first search fetches
 * neither Pagefind's script and WebAssembly nor its metadata of every page.
 */
import {
  checkPosition,
  INDEX_PARTS_FILE,
  listedPositions,
  partFolder,
  positionsById,
  resultPositions,
  sharedIdPosition,
  type IndexParts,
} from '../lib/search/index-parts.ts';
import { withBase } from '../lib/paths.ts';
import { fetchJson } from './fetch-json.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (a part of this one) to every search. */
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  /** A null query finds every page, in the order they were added to the index. */
  search(query: string | null): Promise<{ results: PagefindResult[] } | null>;
}

/** The folder of Pagefind's index. */
const PAGEFIND_FOLDER = 'pagefind/';

async function loadPagefind(folder: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as Pagefind;
  // In Pagefind's web worker: a phrase of common words held the page's thread for 6 s in one task at
  // 100,000 entries, the early results on screen but the page frozen; in the worker the same search
  // takes as long (6.1 s warm, 8.3 s against 7.0 s cold, its script fetched) and the page's longest
  // task is 0.2 s (docs/benchmarks.md). Pagefind now searches only such phrases, not every query.
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  return pagefind;
}

/**
 * Merges the other parts of the index (src/lib/search/index-parts.ts) into the first part's
 * Pagefind, which they share the WebAssembly of. Pagefind lists merged pages in the order its
 * `mergeIndex` was called, which is synchronous up to that point, so the parts load together.
 */
async function mergeParts(pagefind: Pagefind, folder: string, base: string, parts: number): Promise<void> {
  const others = Array.from({ length: parts - 1 }, (_, i) => `${folder}${partFolder(i + 1)}`);
  await Promise.all(others.map((path) => pagefind.mergeIndex(path, { baseUrl: base })));
}

/** Finds the positions of the entries holding a phrase's search keys one after another (Pagefind's exact-phrase search; src/lib/search/document.ts). */
export type PhraseSearch = (keys: readonly string[]) => Promise<Set<number>>;

/**
 * Loads Pagefind and its index parts, and reads its list of every page as positions, checked
 * against this build's search data (`pageCount` pages; `listedPositions`).
 */
export async function loadPhraseSearch(base: string, pageCount: number): Promise<PhraseSearch> {
  const folder = withBase(base, PAGEFIND_FOLDER);
  const [pagefind, { parts }] = await Promise.all([loadPagefind(folder, base), fetchJson<IndexParts>(`${folder}${INDEX_PARTS_FILE}`)]);
  await mergeParts(pagefind, folder, base, parts);
  // Every page, part by part, each in the order the indexing step added them. A sort key would
  // say the same at the cost of a list of every page in Pagefind's metadata (26 KB at 10,000 entries).
  const listed = (await pagefind.search(null))?.results ?? [];
  const { order, checks } = listedPositions(listed.length, parts, pageCount);
  await Promise.all(checks.map(async (index) => checkPosition((await listed[index]!.data()).meta, order[index]!)));
  const byId = positionsById(
    listed.map((page) => page.id),
    order,
  );
  return async (keys) => {
    const found = await pagefind.search(`"${keys.join(' ')}"`);
    const { positions, shared } = resultPositions(found?.results ?? [], byId);
    // A page whose id a page of another part shares says which it is: its metadata is fetched
    // from its own part (a few such pages at 100,000 entries, none in one part).
    const sharedPositions = await Promise.all(
      shared.map(async (result) => sharedIdPosition((await result.data()).meta, byId.get(result.id)!)),
    );
    return new Set([...positions, ...sharedPositions]);
  };
}
