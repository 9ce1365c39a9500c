/**
 * The search as the search page and the header box run it: parses the query, fetches the
 * lexicon shards it needs, lets the core decide which entries match and in what order
 * (src/lib/search/match.ts, word-score.ts), fetches the files of the results shown
 * (src/lib/search/result-data.ts), and loads Pagefind only for a quoted phrase of five words
 * or more that more entries hold four words by four than are worth reading one by one
 * (`phrasesToConfirm`; src/lib/search/phrase.ts, `confirmPhrase`). While Pagefind decides such
 * a phrase, the first results found holding it in their own text are given to the page early.
 */
import { closestNames } from '../lib/search/did-you-mean.ts';
import {
  FACET_TABLE_FILE,
  FACETS_FOLDER,
  facetCounts,
  facetFile,
  facetIndex,
  facetsToLoad,
  withFacet,
  withFilters,
  type FacetCounts,
  type FacetIndex,
  type FacetTable,
  type FacetValues,
} from '../lib/search/facet-table.ts';
import type { FacetName } from '../lib/search/facet-names.ts';
import { LEXICON_FOLDER, SHARD_LIST_FILE, shardFile, type LexiconShard, type SequenceShard } from '../lib/search/lexicon-format.ts';
import { matchQuery, phrasesToConfirm, rankResults, type EntityMatch, type IdMatch, type PhraseToConfirm } from '../lib/search/match.ts';
import { confirmPhrase, firstHolding, needsPagefind, type PhraseReaders } from '../lib/search/phrase.ts';
import { wordScores } from '../lib/search/word-score.ts';
import { parseQuery, queryHighlight, queryKeys, querySequenceShards, queryShards, type ParsedQuery } from '../lib/search/query.ts';
import type { Highlight } from '../lib/search/excerpt.ts';
import { phraseFields, RESULTS_FOLDER, resultFile, type ResultData } from '../lib/search/result-data.ts';
import { once, oncePerKey } from '../lib/search/retried-once.ts';
import { unstamped, type Stamped } from '../lib/search/stamped.ts';
import { withBase } from '../lib/paths.ts';
import { fetchJson } from './fetch-json.ts';
import { loadPhraseSearch, type PhraseSearch } from './search-pagefind.ts';

export interface SearchAnswer {
  query: ParsedQuery;
  /** The matching entries' positions in order, filters applied (their data: `SearchEngine.resultData`). */
  results: readonly number[];
  /** How many entries the query matches before filters (0: "No entries match"). */
  matched: number;
  /** Values' counts (each as if chosen too). */
  counts: FacetCounts;
  entities: EntityMatch[];
  id?: IdMatch;
  /** When nothing matches: known names close to the query. */
  suggestions: string[];
  /** What the results mark. */
  highlight: Highlight;
}

/** The first results of a search that waits for Pagefind, shown meanwhile (search-page.ts). */
export interface EarlyResults {
  query: ParsedQuery;
  /** The first entries in order, filters applied, whose own text holds the quoted phrases Pagefind has yet to decide. */
  results: readonly number[];
  highlight: Highlight;
}

/**
 * How many early results a search should find (at most), and what to do with them: `show` settles
 * once they are on screen, and only then does Pagefind search (for seconds at 100,000 entries).
 */
export interface EarlyShow {
  count: number;
  show: (results: EarlyResults) => Promise<void>;
}

export interface SearchEngine {
  /** The facets loaded so far (those kept apart come with `loadFacet`). */
  readonly facets: FacetIndex;
  /** Fetches a facet kept apart (FacetTable.apart), once; then its values are counted and shown. */
  loadFacet(facet: FacetName): Promise<void>;
  /** What the result of the entry at a position shows, fetched once. */
  resultData(position: number): Promise<ResultData>;
  /**
   * Undefined when there is nothing to search: no words, no ID, no filter. When a quoted phrase
   * must wait for Pagefind, `early` is first given the first results found in their own text.
   */
  search(text: string, filters: Filters, early?: EarlyShow): Promise<SearchAnswer | undefined>;
}

type Filters = Partial<Record<FacetName, string[]>>;

/** A ranking made before Pagefind has decided the phrases it must: each of their candidates is taken to hold them. */
interface Provisional {
  query: ParsedQuery;
  ordered: readonly number[];
  /** The keys of each phrase Pagefind has yet to decide. */
  phrases: (readonly string[])[];
}

/** The matching entries of a text in order, before filters, with what the answer says besides. */
interface Ranked {
  query: ParsedQuery;
  ordered: readonly number[];
  found: Partial<SearchAnswer>;
}

export async function createSearchEngine(base: string): Promise<SearchEngine> {
  const [lexiconFolder, facetsFolder, resultsFolder] = [LEXICON_FOLDER, FACETS_FOLDER, RESULTS_FOLDER].map((folder) =>
    withBase(base, folder),
  );
  const [tableUrl, shardListUrl] = [`${facetsFolder}${FACET_TABLE_FILE}`, `${lexiconFolder}${SHARD_LIST_FILE}.json.gz`];
  const [tableFile, shardListFile] = await Promise.all([
    fetchJson<Stamped<FacetTable>>(tableUrl),
    fetchJson<Stamped<string[]>>(shardListUrl),
  ]);
  /** Every later file must be of the facet table's build (src/lib/search/stamped.ts). */
  const { order, data: facetTable } = tableFile;
  const fetchData = async <T>(url: string) => unstamped(await fetchJson<Stamped<T>>(url), order, url);
  const shardList = unstamped(shardListFile, order, shardListUrl);
  const existing = new Set(shardList);
  let table = facetTable;
  let facets = facetIndex(table);
  /** Fetches a facet kept apart, once, and counts it from then on. */
  const fetchFacet = oncePerKey(async (facet: FacetName) => {
    const values = await fetchData<FacetValues>(`${facetsFolder}${facetFile(facet)}`);
    table = withFacet(table, facet, values);
    facets = facetIndex(table);
  });
  const loadFacet = (facet: FacetName) => (table.apart[facet] === undefined ? Promise.resolve() : fetchFacet(facet));
  const everyPage = Array.from({ length: table.pageCount }, (_, position) => position);
  const resultData = oncePerKey((position: number) => fetchData<ResultData>(`${resultsFolder}${resultFile(position)}`));

  const fetchShard = oncePerKey((name: string) => fetchData<unknown>(`${lexiconFolder}${shardFile(name)}.json.gz`));
  /** A shard; one that does not exist holds none of the query's words. */
  const shard = <T>(name: string) => (existing.has(name) ? (fetchShard(name) as Promise<T>) : Promise.resolve(undefined));
  /** The shards of these names that exist, by name. */
  const shardsNamed = async <T>(names: readonly string[]) => {
    const fetched = await Promise.all(names.map(async (name) => [name, await shard<T>(name)] as const));
    return new Map(fetched.flatMap(([name, data]) => (data ? [[name, data] as const] : [])));
  };

  /** Pagefind, loaded for the first quoted phrase too common to look for in its candidates' text. */
  const phraseSearch = once((): Promise<PhraseSearch> => loadPhraseSearch(base, table.pageCount));
  const readers: PhraseReaders = {
    text: async (position) => phraseFields(await resultData(position)),
    search: async (keys) => (await phraseSearch())(keys),
  };
  /** For each quoted part the lexicon cannot decide alone (by its text), the entries holding it. */
  const confirmPhrases = async (phrases: readonly PhraseToConfirm[]) =>
    new Map(await Promise.all(phrases.map(async (phrase) => [phrase.part.text, await confirmPhrase(phrase, readers)] as const)));

  /** The answer for the matching entries (positions) in order. */
  const answer = (query: ParsedQuery, ordered: readonly number[], filters: Filters, found: Partial<SearchAnswer> = {}): SearchAnswer => ({
    query,
    results: withFilters(facets, ordered, filters),
    matched: ordered.length,
    counts: facetCounts(facets, ordered, filters),
    entities: [],
    suggestions: [],
    highlight: queryHighlight(query),
    ...found,
  });

  async function rank(text: string, early?: (provisional: Provisional) => Promise<void>): Promise<Ranked | undefined> {
    const query = parseQuery(text);
    const keys = queryKeys(query);
    // A single letter is no search yet: nearly every entry has a word that is one letter long.
    if (keys.join('').length < 2 && !query.id) return undefined;
    const [shards, sequences] = await Promise.all([
      shardsNamed<LexiconShard>(queryShards(query)),
      shardsNamed<SequenceShard>(querySequenceShards(query)),
    ]);
    const toConfirm = phrasesToConfirm(query, shards, sequences);
    const slow = toConfirm.filter(needsPagefind);
    const confirmed = await confirmPhrases(toConfirm.filter((phrase) => !needsPagefind(phrase)));
    const scores = wordScores(shards, keys, table.pageCount);
    if (slow.length && early) {
      const assumed = new Map([...confirmed, ...slow.map(({ part, candidates }) => [part.text, candidates] as const)]);
      await early({
        query,
        ordered: rankResults(matchQuery(query, shards, sequences, assumed), scores),
        phrases: slow.map(({ part }) => part.keys),
      });
    }
    for (const [phrase, holding] of await confirmPhrases(slow)) confirmed.set(phrase, holding);
    const match = matchQuery(query, shards, sequences, confirmed);
    if (!match.pages.size) {
      const near = [...shards.values()].flatMap((data) => data.near);
      return { query, ordered: [], found: { suggestions: closestNames(near, keys.join(' ')) } };
    }
    // Typed words held together are found from the lexicon's sequence shards (matchQuery), not by
    // Pagefind's phrase search, which at 10,000 entries loads the index of every word between;
    // and scored from the lexicon too, not by Pagefind's search, which at 100,000 entries took
    // most of a second for a common word and fetched its index in every part.
    const ordered = rankResults(match, scores);
    return { query, ordered, found: { entities: match.entities, ...(match.id ? { id: match.id } : {}) } };
  }

  /**
   * The last text searched and its ranking: choosing a filter searches the same text again, and
   * at 10,000 entries Pagefind's search of a common word is most of 100 ms. Any other text
   * (an emptied field included) replaces it, so a text entered again is searched again.
   */
  let last: { text: string; ranked: Promise<Ranked | undefined> } | undefined;

  /** The first of a provisional ranking found holding its phrases in their own text, given to `show`; none, if none is. */
  const showEarly = async ({ query, ordered, phrases }: Provisional, filters: Filters, { count, show }: EarlyShow) => {
    const results = await firstHolding(withFilters(facets, ordered, filters), phrases, count, readers.text);
    if (results.length) await show({ query, results, highlight: queryHighlight(query) });
  };

  async function search(text: string, filters: Filters, early?: EarlyShow): Promise<SearchAnswer | undefined> {
    await Promise.all(facetsToLoad(facets, filters).map(loadFacet));
    if (last?.text !== text) {
      // Early results that could not be read are not shown: the search's own answer says what failed.
      const showFirst = early && ((provisional: Provisional) => showEarly(provisional, filters, early).catch(() => undefined));
      const ranking = rank(text, showFirst);
      last = { text, ranked: ranking };
      // A search that failed (a shard not fetched) is tried again the next time.
      ranking.catch(() => {
        if (last?.ranked === ranking) last = undefined;
      });
    }
    const ranked = await last.ranked;
    if (!ranked) return Object.keys(filters).length ? answer(parseQuery(text), everyPage, filters) : undefined;
    return answer(ranked.query, ranked.ordered, filters, ranked.found);
  }

  return {
    get facets() {
      return facets;
    },
    loadFacet,
    resultData,
    search,
  };
}
