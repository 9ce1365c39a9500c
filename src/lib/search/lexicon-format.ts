/**
 * The search lexicon's files as the browser reads them (written by lexicon.ts): kept apart from
 * the code that builds them, so the browser's scripts import only this.
 */

/** The lexicon's folder under the site's base path; shards are `<shardFile>.json.gz`. */
export const LEXICON_FOLDER = 'search/lexicon/';

/** An actor or place as a search result's card shows it. */
export interface LexiconEntity {
  slug: string;
  url: string;
  title: string;
  /** "Actor · Group", "Place · City". */
  type: string;
  /** Where it is: an actor's regions, a place's parent; tells apart two entities of one name. */
  place: string;
  summary: string;
  position: number;
  /** Positions of the entries that mention it (frontmatter references and wiki-links), most links first. */
  mentions: number[];
}

export interface LexiconShard {
  /** Search key → positions (as gaps) of the entries holding it as a word. */
  words: Record<string, number[]>;
  /** Search key → the word's score in each of those entries, in the same order (src/lib/search/word-score.ts). */
  scores: Record<string, number[]>;
  /** Search key → positions (as gaps) of the actors and places one of whose names holds it: they rank higher (word-score.ts). */
  named: Record<string, number[]>;
  /** Names whose first key falls in this shard: their keys joined by spaces, the name as written, and the entity (index in `entities`). */
  names: [keys: string, name: string, entity: number][];
  entities: LexiconEntity[];
  /** For "did you mean": each name whose keys, or whose last words' keys, begin in this shard ("kahtani" for Abū Ḥamza al-Qaḥṭānī). */
  near: NameList;
  /** Slug or former slug → the entry's position and address. */
  ids: Record<string, [position: number, url: string]>;
}

/**
 * Words one after the other in an entry, for ranking the entries that hold a query's words
 * together first and for deciding a quoted phrase: in a pair shard, key → the key that follows
 * it → the entries (as gaps) where it does; in a triple shard, key → the two keys that follow it,
 * joined by a space → the entries; in a quad shard, the three keys that follow it. Kept apart
 * from the word shards (a shard's pairs are several times its words) and fetched only for a
 * query of two words (pairs), three (triples) or more (quads).
 */
export type SequenceShard = Record<string, Record<string, number[]>>;

/** Names for "did you mean": keys joined by spaces, and the name as written. */
export type NameList = [keys: string, name: string][];

const SHARD_PREFIX = 3;

/** The list of shards that exist, so the browser never asks for one that does not (nothing holds its words). */
export const SHARD_LIST_FILE = 'shards';

/** The shard of a key, a slug or a name's keys: its first three characters. */
export function shardOf(key: string): string {
  return [...key].slice(0, SHARD_PREFIX).join('');
}

/** How many words a sequence shard's sequences have, and the most: pairs, triples and quads. */
export type SequenceLength = 2 | 3 | 4;
export const LONGEST_SEQUENCE = 4;

/** A sequence shard's file suffix, by the length of its sequences. */
const SEQUENCE_FILES: Record<SequenceLength, string> = { 2: 'pairs', 3: 'triples', 4: 'quads' };

/**
 * The shard holding the sequences of `length` words that begin with a key: its word shard's name
 * and a "+" for each word after the key ("kal++" for the triples of "kalamun"); no word, name or
 * slug holds a "+", so no word shard's name ends in one.
 */
export function sequenceShardOf(key: string, length: SequenceLength): string {
  return `${shardOf(key)}${'+'.repeat(length - 1)}`;
}

/**
 * The sequences of consecutive keys that decide whether an entry holds `keys` together (match.ts,
 * `pagesWithPhrase`), and so the shards a query needs (query.ts): none for one key; the keys
 * themselves for up to `LONGEST_SEQUENCE`; each run of that many for more.
 */
export function phraseSequences(keys: readonly string[]): (readonly string[])[] {
  if (keys.length < 2) return [];
  const length = Math.min(keys.length, LONGEST_SEQUENCE);
  return keys.slice(0, keys.length - length + 1).map((_, start) => keys.slice(start, start + length));
}

/** The pair shard holding the words that follow a key: "kal+" for "kalamun". */
export const pairShardOf = (key: string) => sequenceShardOf(key, 2);

/** The triple shard holding the two words that follow a key: "kal++" for "kalamun". */
export const tripleShardOf = (key: string) => sequenceShardOf(key, 3);

/** The quad shard holding the three words that follow a key: "kal+++" for "kalamun". */
export const quadShardOf = (key: string) => sequenceShardOf(key, 4);

/**
 * A shard's file name, without the extension: the prefix itself when it is plain letters and
 * digits ("kal"), else "u" and its code points in base 36, so any script gives a safe name; a
 * sequence shard's is its word shard's with ".pairs" ("kal.pairs"), ".triples" or ".quads".
 */
export function shardFile(shard: string): string {
  const marks = /\++$/.exec(shard)?.[0].length ?? 0;
  if (marks) return `${shardFile(shard.slice(0, -marks))}.${SEQUENCE_FILES[(marks + 1) as SequenceLength]}`;
  return /^[a-z0-9]+$/.test(shard) ? shard : `u${[...shard].map((char) => char.codePointAt(0)!.toString(36)).join('-')}`;
}
