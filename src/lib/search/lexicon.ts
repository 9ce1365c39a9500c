/**
 * The search lexicon: what the browser needs to decide which entries a query matches, beside
 * Pagefind's index (which only ranks and gives excerpts). For each search key, the entries
 * holding it as a word; for each name or alias of an actor or place, the entity it names, with
 * the entries that mention it (frontmatter references and wiki-links, from the link graph); and
 * each slug and former slug, with its entry's address.
 *
 * It is split into shards by the first three letters of a key, so a query fetches only the
 * shards of its words (a few kilobytes, at 10,000 entries too), which also hold the names that
 * begin like them, for "did you mean". Entries are named by their
 * position in `searchOrder(kb)`, the order the indexing step gives the facet table's pages, so
 * the browser maps a position to Pagefind's page id through that table. Beside each shard, a
 * pair shard holds which word follows each of its words in which entries, a triple shard which
 * two words do, and a quad shard which three: for ranking the entries that hold a query's words
 * together first, and for deciding a quoted phrase (match.ts).
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase, LoadedKnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import type { Entry } from '../schema/index.ts';
import { entryKind } from '../collections/index.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import { searchKeys } from './normalize.ts';
import { fieldPlaces } from './phrase.ts';
import { nameEnds } from './did-you-mean.ts';
import {
  pairShardOf,
  quadShardOf,
  sequenceShardOf,
  shardOf,
  tripleShardOf,
  type LexiconEntity,
  type LexiconShard,
  type SequenceLength,
  type SequenceShard,
} from './lexicon-format.ts';
import { toGaps } from './positions.ts';
import { bodyText, searchFields, type SearchField } from './fields.ts';
import { entryNameKeys, entryNames } from './record.ts';
import { termScore } from './word-score.ts';

/** The order entries are given to the search index: positions in the lexicon and the facet table follow it. */
export function searchOrder(kb: KnowledgeBase): Entry[] {
  return [...kb.bySlug.values()];
}

/** The stamp of a search order (stamped.ts): a digest of the entries' slugs in that order. */
export function searchOrderStamp(order: readonly Entry[]): string {
  const digest = createHash('sha256');
  for (const entry of order) digest.update(`${entry.slug}\n`);
  return digest.digest('base64url').slice(0, 16);
}

/** An entry's search keys: at each place of its text, and each key's weight (its occurrences times their fields' weights). */
interface EntryKeys {
  /** With an empty place between fields, so that no pair of words runs from a title into an alias or the summary. */
  places: string[][];
  weights: Map<string, number>;
  /** How many words the entry has. */
  length: number;
}

function entryKeys(fields: readonly SearchField[]): EntryKeys {
  const places: string[][] = [];
  const weights = new Map<string, number>();
  let length = 0;
  for (const { text, weight } of fields) {
    const inField = fieldPlaces(text);
    for (const keys of inField) for (const key of keys) weights.set(key, (weights.get(key) ?? 0) + weight);
    length += inField.length;
    places.push(...inField, []);
  }
  return { places, weights, length };
}

/**
 * Key → the key after it → the key after that … → the entries where they stand so, in the order
 * added: one level for each word after the first. Nested rather than keyed by "next next": a
 * string for every triple of every entry was half the lexicon's time; one is made per distinct
 * sequence, when the shards are written.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a recursive type needs an interface
interface SequencePostings extends Map<string, SequencePostings | number[]> {}

/** Lists `position` in `lists` under `key`; entries come in order, so an entry already listed is its list's last. */
function listAt(lists: Map<string, number[]>, key: string, position: number): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [position]);
  else if (list.at(-1) !== position) list.push(position);
}

/** The map under `key`, made when missing. */
function mapAt<V>(maps: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let found = maps.get(key);
  if (!found) maps.set(key, (found = new Map<string, V>()));
  return found;
}

/**
 * Adds to `postings` each sequence of `length` keys at consecutive places of the entry at
 * `position` (each key of a place that holds several). None runs across an empty place, the end
 * of a field.
 */
function addSequences(postings: SequencePostings, places: readonly string[][], position: number, length: number): void {
  for (let place = 0; place + length <= places.length; place++) {
    let complete = true;
    for (let next = place + 1; next < place + length; next++) if (!places[next]!.length) complete = false;
    if (complete) addFrom(postings, places, place, length, position);
  }
}

/** Adds the keys of `place` and of the `length - 1` places after it, each way they combine, ending in `position`. */
function addFrom(postings: SequencePostings, places: readonly string[][], place: number, length: number, position: number): void {
  for (const key of places[place]!) {
    if (length === 1) listAt(postings as Map<string, number[]>, key, position);
    else addFrom(mapAt(postings as Map<string, SequencePostings>, key), places, place + 1, length - 1, position);
  }
}

/** What follows a key as the shards write it: the keys that follow, joined by spaces → the gaps between their entries. */
function followerGaps(followers: SequencePostings, gaps: Record<string, number[]> = {}, before = ''): Record<string, number[]> {
  for (const [key, value] of followers) {
    const sequence = before ? `${before} ${key}` : key;
    if (Array.isArray(value)) gaps[sequence] = toGaps(value);
    else followerGaps(value, gaps, sequence);
  }
  return gaps;
}

/** The postings of sequences of `length` keys as shards, by the name `sequenceShardOf` gives each first key. */
function sequenceShards(postings: SequencePostings, length: SequenceLength): Map<string, SequenceShard> {
  const shards = new Map<string, SequenceShard>();
  for (const [key, followers] of postings) {
    const name = sequenceShardOf(key, length);
    const shard = shards.get(name) ?? shards.set(name, {}).get(name)!;
    shard[key] = followerGaps(followers as SequencePostings);
  }
  return shards;
}

function entityPlace(entry: Entry, kb: KnowledgeBase): string {
  const slugs =
    entry.collection === 'actors' ? entry.data.regions : entry.collection === 'places' && entry.data.parent ? [entry.data.parent] : [];
  return slugs.flatMap((slug) => kb.bySlug.get(slug)?.data.title ?? []).join(', ');
}

/** The entries that link to an entity, most links first (an entry about it before one that names it once). */
function mentioningEntries(entry: Entry, kb: KnowledgeBase, positions: ReadonlyMap<string, number>): number[] {
  const links = new Map<number, number>();
  for (const edge of kb.graph.incoming.get(entry.slug) ?? []) {
    const position = positions.get(edge.source)!;
    links.set(position, (links.get(position) ?? 0) + 1);
  }
  links.delete(positions.get(entry.slug)!);
  return [...links].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([position]) => position);
}

function lexiconEntity(entry: Entry, kb: KnowledgeBase, positions: ReadonlyMap<string, number>): LexiconEntity {
  const kind = entryKind(entry);
  return {
    slug: entry.slug,
    url: entryPath(kb.base, entry.collection, entry.slug),
    title: entry.data.title,
    type: `${COLLECTION_LABELS[entry.collection].singular}${kind ? ` · ${humanize(kind)}` : ''}`,
    place: entityPlace(entry, kb),
    summary: entry.data.summary,
    position: positions.get(entry.slug)!,
    mentions: mentioningEntries(entry, kb, positions),
  };
}

export interface Lexicon {
  /** Word shards, by the prefix they hold (`shardOf`). */
  shards: Map<string, LexiconShard>;
  /** Pair shards, by their name (`pairShardOf`). */
  pairs: Map<string, SequenceShard>;
  /** Triple shards, by their name (`tripleShardOf`). */
  triples: Map<string, SequenceShard>;
  /** Quad shards, by their name (`quadShardOf`). */
  quads: Map<string, SequenceShard>;
}

/**
 * The lexicon's files, by shard name: each word shard followed by its pair and triple shards
 * (each has its word shard), so that the list of names compresses well.
 */
export async function searchLexicon(kb: LoadedKnowledgeBase): Promise<Map<string, LexiconShard | SequenceShard>> {
  const { shards, pairs, triples, quads } = await buildLexicon(kb);
  const besideEach = [
    [pairs, pairShardOf],
    [triples, tripleShardOf],
    [quads, quadShardOf],
  ] as const;
  return new Map<string, LexiconShard | SequenceShard>(
    [...shards].flatMap(([name, shard]) => [
      [name, shard] as const,
      ...besideEach.flatMap(([sequences, nameOf]) => {
        const found = sequences.get(nameOf(name));
        return found ? [[nameOf(name), found] as const] : [];
      }),
    ]),
  );
}

/**
 * Entries (or keys) read between two turns of the event loop. At 100,000 entries the lexicon
 * takes about a minute to build, during the build's content sync: work waiting on the event
 * loop that long fails (Vite's module loading gives up after 60 s).
 */
const ITEMS_PER_TURN = 1000;

/** The sequences the lexicon holds, by how many keys they have: pairs, triples, quads. */
const SEQUENCE_LENGTHS: readonly SequenceLength[] = [2, 3, 4];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildLexicon(kb: LoadedKnowledgeBase): Promise<Lexicon> {
  const order = searchOrder(kb);
  const positions = new Map(order.map((entry, i) => [entry.slug, i]));
  const shards = new Map<string, LexiconShard>();
  const shard = (key: string) => {
    const name = shardOf(key);
    let found = shards.get(name);
    if (!found) shards.set(name, (found = { words: {}, scores: {}, named: {}, names: [], entities: [], near: [], ids: {} }));
    return found;
  };

  // Each key's entries, and its weight in each; each entry's length, for the scores once the average is known.
  const postings = new Map<string, { positions: number[]; weights: number[] }>();
  // Pairs, triples and quads, by the length of their sequences.
  const sequencePostings = new Map(SEQUENCE_LENGTHS.map((length) => [length, new Map() as SequencePostings] as const));
  const lengths: number[] = [];
  for (const [position, entry] of order.entries()) {
    if (position % ITEMS_PER_TURN === ITEMS_PER_TURN - 1) await nextTurn();
    const { places, weights, length } = entryKeys(searchFields(entry, bodyText(kb, entry)));
    lengths.push(length);
    for (const [key, weight] of weights) {
      const posting = postings.get(key) ?? postings.set(key, { positions: [], weights: [] }).get(key)!;
      posting.positions.push(position);
      posting.weights.push(weight);
    }
    for (const [length, postings] of sequencePostings) addSequences(postings, places, position, length);
  }
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  let keysRead = 0;
  for (const [key, { positions, weights }] of postings) {
    if (++keysRead % ITEMS_PER_TURN === 0) await nextTurn();
    const target = shard(key);
    target.words[key] = toGaps(positions);
    target.scores[key] = weights.map((weight, i) => termScore(weight, lengths[positions[i]!]!, averageLength));
  }
  const shardsOf = (length: SequenceLength) => sequenceShards(sequencePostings.get(length)!, length);
  const [pairs, triples, quads] = [shardsOf(2), shardsOf(3), shardsOf(4)];

  const named = new Map<string, number[]>();
  for (const entry of order) {
    if (entry.collection !== 'actors' && entry.collection !== 'places') continue;
    const entity = lexiconEntity(entry, kb, positions);
    for (const key of entryNameKeys(entry)) (named.get(key) ?? named.set(key, []).get(key)!).push(entity.position);
    const seen = new Set<string>();
    for (const name of entryNames(entry)) {
      const keys = searchKeys(name).join(' ');
      if (!keys || seen.has(keys)) continue;
      seen.add(keys);
      for (const end of nameEnds(keys)) shard(end).near.push([end, name]);
      const target = shard(keys);
      let index = target.entities.findIndex((e) => e.slug === entity.slug);
      if (index < 0) index = target.entities.push(entity) - 1;
      target.names.push([keys, name, index]);
    }
  }
  for (const [key, list] of named) shard(key).named[key] = toGaps(list);

  const address = (entry: Entry): [number, string] => [positions.get(entry.slug)!, entryPath(kb.base, entry.collection, entry.slug)];
  for (const entry of order) shard(entry.slug).ids[entry.slug] = address(entry);
  for (const { from, to } of kb.redirects) shard(from).ids[from] = address(to);
  return { shards, pairs, triples, quads };
}
