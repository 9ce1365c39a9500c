/**
 * The search as the search page and the header box run it: parses the query, fetches the
 * lexicon shards it needs, lets the core decide which entries match and in what order
 * (src/lib/search/match.ts), and asks Pagefind only for scores, phrases and each result's text.
 */
import { closestNames } from '../lib/search/did-you-mean.ts';
import { facetCounts, withFilters, type FacetCounts, type FacetIndex } from '../lib/search/facet-table.ts';
import type { FacetName } from '../lib/search/facet-names.ts';
import { LEXICON_FOLDER, SHARD_LIST_FILE, shardFile, type LexiconShard, type PairShard } from '../lib/search/lexicon-format.ts';
import { matchQuery, rankResults, type EntityMatch, type IdMatch } from '../lib/search/match.ts';
import { parseQuery, queryKeys, queryPairShards, queryShards, type ParsedQuery } from '../lib/search/query.ts';
import { fetchJson, loadSearch, type PagefindResult } from './search-pagefind.ts';

export interface SearchAnswer {
  query: ParsedQuery;
  /** The matching entries in order, filters applied. */
  results: PagefindResult[];
  /** How many entries the query matches before filters (0: "No entries match"). */
  matched: number;
  /** Values' counts (each as if chosen too). */
  counts: FacetCounts;
  entities: EntityMatch[];
  id?: IdMatch;
  /** When nothing matches: known names close to the query. */
  suggestions: string[];
  /** Keys to highlight in results. */
  keys: string[];
}

export interface SearchEngine {
  facets: FacetIndex;
  /** Undefined when there is nothing to search: no words, no ID, no filter. */
  search(text: string, filters: Filters): Promise<SearchAnswer | undefined>;
}

type Filters = Partial<Record<FacetName, string[]>>;

export async function createSearchEngine(base: string): Promise<SearchEngine> {
  const folder = `${base.replace(/\/?$/, '/')}${LEXICON_FOLDER}`;
  const [{ pagefind, facets, pages }, shardList] = await Promise.all([
    loadSearch(base),
    fetchJson<string[]>(`${folder}${SHARD_LIST_FILE}.json.gz`),
  ]);
  const existing = new Set(shardList);
  const shardCache = new Map<string, Promise<unknown>>();
  const positionOf = new Map(facets.ids.map((id, position) => [id, position]));

  /** A shard, fetched once; one that does not exist holds none of the query's words. */
  const shard = <T>(name: string) => {
    if (!existing.has(name)) return Promise.resolve(undefined);
    if (!shardCache.has(name)) shardCache.set(name, fetchJson<T>(`${folder}${shardFile(name)}.json.gz`));
    return shardCache.get(name) as Promise<T>;
  };
  /** The shards of these names that exist, by name. */
  const shardsNamed = async <T>(names: readonly string[]) => {
    const fetched = await Promise.all(names.map(async (name) => [name, await shard<T>(name)] as const));
    return new Map(fetched.flatMap(([name, data]) => (data ? [[name, data] as const] : [])));
  };

  /** Pagefind's results for a query, by position: score, and where in the page it matched. */
  const pagefindHits = async (query: string): Promise<Map<number, PagefindResult>> => {
    const found = (await pagefind.search(query))?.results ?? [];
    return new Map(
      found.flatMap((result) => {
        const position = positionOf.get(result.id);
        return position === undefined ? [] : [[position, result] as [number, PagefindResult]];
      }),
    );
  };
  /** The entries Pagefind finds holding a quoted part as written (its exact-phrase search). */
  const phraseHits = async (text: string) => new Set((await pagefindHits(`"${text.replace(/"/g, '')}"`)).keys());

  /** The answer for an ordered list of matching entries. */
  const answer = (query: ParsedQuery, ordered: PagefindResult[], filters: Filters, found: Partial<SearchAnswer> = {}): SearchAnswer => ({
    query,
    results: withFilters(facets, ordered, filters),
    matched: ordered.length,
    counts: facetCounts(facets, ordered, filters),
    entities: [],
    suggestions: [],
    keys: queryKeys(query),
    ...found,
  });

  async function search(text: string, filters: Filters): Promise<SearchAnswer | undefined> {
    const query = parseQuery(text);
    const keys = queryKeys(query);
    // A single letter is no search yet: nearly every entry has a word that is one letter long.
    if (keys.join('').length < 2 && !query.id) return Object.keys(filters).length ? answer(query, [...pages], filters) : undefined;
    const [shards, pairs] = await Promise.all([
      shardsNamed<LexiconShard>(queryShards(query)),
      shardsNamed<PairShard>(queryPairShards(query)),
    ]);
    const phrases = new Map(await Promise.all(query.phrases.map(async (phrase) => [phrase.text, await phraseHits(phrase.text)] as const)));
    const match = matchQuery(query, shards, phrases, pairs);
    if (!match.pages.size) {
      const near = [...shards.values()].flatMap((data) => data.near);
      return answer(query, [], filters, { suggestions: closestNames(near, keys.join(' ')) });
    }
    // Typed words held together are found from the lexicon's pair shards (matchQuery), not by
    // Pagefind's phrase search, which at 10,000 entries loads the index of every word between.
    const hits = await pagefindHits(keys.join(' '));
    const scores = new Map([...hits].map(([position, hit]) => [position, hit.score]));
    const ordered = rankResults(match, scores).flatMap((position) => pages[position] ?? []);
    return answer(query, ordered, filters, { entities: match.entities, ...(match.id ? { id: match.id } : {}) });
  }

  return { facets, search };
}
