/**
 * A query as the search reads it: its words (as search keys), its quoted phrases, and the entry
 * ID it may be (a slug, a former slug, or a short address `/e/<slug>/`).
 */
import type { Highlight } from './excerpt.ts';
import { searchKeys } from './normalize.ts';
import { phraseSequences, sequenceShardOf, shardOf, type SequenceLength } from './lexicon-format.ts';

export interface QueryPart {
  /** As typed, without the quotes. */
  text: string;
  keys: string[];
}

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  text: string;
  /** The words outside quotes, as one part (its keys may be empty). */
  words: QueryPart;
  /** Each quoted part. */
  phrases: QueryPart[];
  /**
   * The slug the query may name: a short address (in any case), or typed as a slug is written,
   * in lower case with a hyphen or digit ("bardo-museum-attack"); a single word ("Hezbollah")
   * is read as a name.
   */
  id?: string;
}

const QUOTED = /"([^"]*)"/g;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A short address, alone or as the end of a URL: "/e/bardo-museum-attack/", "https://…/e/x". */
const SHORT_ADDRESS = /(?:^|\/)e\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

function part(text: string): QueryPart {
  return { text: text.trim(), keys: searchKeys(text) };
}

export function parseQuery(query: string): ParsedQuery {
  const text = query.trim();
  const phrases = [...text.matchAll(QUOTED)].map((match) => part(match[1]!)).filter((phrase) => phrase.keys.length > 0);
  const lower = text.toLowerCase();
  const address = SHORT_ADDRESS.exec(lower)?.[1];
  // A short address is an ID, not words; an unclosed quote while typing is not a phrase yet.
  const words = part(address ? '' : text.replace(QUOTED, ' ').replace(/"/g, ' '));
  const id = address ?? (text === lower && SLUG.test(text) && /[-0-9]/.test(text) ? text : undefined);
  return { text, words, phrases, ...(id ? { id } : {}) };
}

/** Every key the query searches for, words and phrases. */
export function queryKeys(query: ParsedQuery): string[] {
  return [...new Set([...query.words.keys, ...query.phrases.flatMap((phrase) => phrase.keys)])];
}

/**
 * What a result of the query marks (excerpt.ts): its typed words and quoted single words wherever
 * they are, each quoted part of two words or more only where it stands as a phrase.
 */
export function queryHighlight(query: ParsedQuery): Highlight {
  const phrases = query.phrases.filter((part) => part.keys.length > 1);
  return {
    words: [...new Set([...query.words.keys, ...query.phrases.filter((part) => part.keys.length === 1).flatMap((part) => part.keys)])],
    phrases: phrases.map((part) => part.keys),
  };
}

/**
 * The lexicon shards a query needs: the shard of each key (its words, and the plural forms
 * that share its first letters), of each part as a name, and of the ID.
 */
export function queryShards(query: ParsedQuery): string[] {
  const names = [query.words, ...query.phrases].filter((p) => p.keys.length).map((p) => shardOf(p.keys.join(' ')));
  return [...new Set([...queryKeys(query).map(shardOf), ...names, ...(query.id ? [shardOf(query.id)] : [])])];
}

/**
 * The sequence shards a query needs (match.ts, `pagesWithPhrase`): for a part of two words, the
 * pair shard of the first; of three, the triple shard of the first; of four or more, the quad
 * shards of each but the last three.
 */
export function querySequenceShards(query: ParsedQuery): string[] {
  return [
    ...new Set(
      [query.words, ...query.phrases].flatMap(({ keys }) =>
        phraseSequences(keys).map((sequence) => sequenceShardOf(sequence[0]!, sequence.length as SequenceLength)),
      ),
    ),
  ];
}
