/**
 * Which entries a query matches, and in what order: the decisions of the search, made on the
 * lexicon shards the query needs (lexicon.ts). Within a tier, the words' scores (word-score.ts,
 * from the lexicon too) order what these rules let in.
 *
 * - Every word of the query must be a word of the entry, after the spelling rules; a plural or
 *   possessive ending may differ on words of five letters or more ("truce" finds "truces",
 *   "Nusra" finds "Nusra's"; "Hama" does not find "Hamas"). No fragment or prefix matches.
 * - A query (or a quoted part) that is a name or alias of an actor or place is that entity: it
 *   matches the entity, every entry that mentions it, and the entries holding the words.
 * - A quoted part that is not a name must be in the entry as a phrase: its words one after
 *   another. For two words the lexicon's pair shards decide, for three its triple shards, for
 *   four its quad shards; for five or more the quads narrow the entries to those holding each
 *   four words of the phrase, and the phrase is looked for among those (the quads cannot tell
 *   "raised funds and issued" and "funds and issued statements" in two places from "raised
 *   funds and issued statements"): in their own
 *   text when they are few, by Pagefind's exact-phrase search when they are many (phrase.ts,
 *   `confirmPhrase`).
 * - Entries holding the words as typed, one after another, rank before those holding them apart.
 * - A slug, former slug or short address names its entry, which comes first.
 */
import type { LexiconEntity, LexiconShard, SequenceShard } from './lexicon-format.ts';
import { LONGEST_SEQUENCE, phraseSequences, sequenceShardOf, shardOf, type SequenceLength } from './lexicon-format.ts';
import { positionsOf } from './positions.ts';
import type { ParsedQuery, QueryPart } from './query.ts';

export type Shards = ReadonlyMap<string, LexiconShard>;
/** Sequence shards by name (`sequenceShardOf`): those a query needs (query.ts, `querySequenceShards`). */
export type Sequences = ReadonlyMap<string, SequenceShard>;

export interface EntityMatch {
  entity: LexiconEntity;
  /** The name or alias that matched, as written in the entry. */
  name: string;
}

export interface IdMatch {
  slug: string;
  position: number;
  url: string;
}

export interface QueryMatch {
  /** Positions of the matching entries. */
  pages: Set<number>;
  /** Those that hold the words themselves (not only a mention of a named entity): their words' scores rank these. */
  withWords: Set<number>;
  /** Those that hold each part of two words or more as a phrase (the typed words in their order, each quoted part): they rank first. */
  together: Set<number>;
  /** The entities the query (or a quoted part) names. */
  entities: EntityMatch[];
  id?: IdMatch;
}

const ENDINGS = ['s', 'es'];
const MIN_INFLECTED = 5;

/** The forms of a key a word may take: itself, and with or without a plural ending. */
export function wordForms(key: string): string[] {
  if (key.length < MIN_INFLECTED || !/^[a-z]+$/.test(key)) return [key];
  const forms = [key, ...ENDINGS.map((ending) => key + ending)];
  for (const ending of ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_INFLECTED) forms.push(key.slice(0, -ending.length));
  }
  return forms;
}

/** The entries holding the key as a word. */
export function pagesWithKey(shards: Shards, key: string): Set<number> {
  const words = shards.get(shardOf(key))?.words ?? {};
  const forms = wordForms(key).flatMap((form) => (words[form] ? [positionsOf(words[form])] : []));
  return new Set(forms.length === 1 ? forms[0] : forms.flat());
}

/** The entries holding `first` followed by the keys of `next` (one: a pair; two: a triple; three: a quad), each in any of its forms. */
function pagesWithSequence(sequences: Sequences, first: string, next: readonly string[]): Set<number> {
  const shard = sequences.get(sequenceShardOf(first, (next.length + 1) as SequenceLength));
  const followers = next.reduce(
    (heads, key) => heads.flatMap((head) => wordForms(key).map((form) => (head ? `${head} ${form}` : form))),
    [''],
  );
  return new Set(wordForms(first).flatMap((a) => followers.flatMap((b) => positionsOf(shard?.[a]?.[b] ?? []))));
}

/**
 * The entries of `pages` holding the keys together, as typed: two keys one after the other (a
 * pair), three (a triple), or each four keys of four or more (quads). For up to four keys that
 * is the phrase itself; for more, unless an entry holds each quad in another place ("Jund
 * al-Khilafah in Qalamoun" here, "al-Khilafah in Qalamoun mountains" there), which the lexicon
 * does not tell.
 */
export function pagesWithPhrase(sequences: Sequences, keys: readonly string[], pages: ReadonlySet<number>): Set<number> {
  const held = phraseSequences(keys).map(([first, ...next]) => pagesWithSequence(sequences, first!, next));
  return intersect([pages, ...held]);
}

function intersect(sets: readonly ReadonlySet<number>[]): Set<number> {
  if (!sets.length) return new Set();
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!rest.length) return new Set(smallest);
  // A loop, not a filtered copy: the sets of a common word hold thousands of pages.
  const common = new Set<number>();
  for (const page of smallest!) if (rest.every((set) => set.has(page))) common.add(page);
  return common;
}

/** The entities one of whose names has exactly these keys (two groups may share a name). */
export function namedEntities(shards: Shards, part: QueryPart): EntityMatch[] {
  const keys = part.keys.join(' ');
  if (!keys) return [];
  const shard = shards.get(shardOf(keys));
  const matches = new Map<string, EntityMatch>();
  for (const [nameKeys, name, index] of shard?.names ?? []) {
    const entity = shard!.entities[index]!;
    if (nameKeys === keys && !matches.has(entity.slug)) matches.set(entity.slug, { entity, name });
  }
  return [...matches.values()];
}

/** The entity, and the entries that mention it. */
function entityPages(entity: LexiconEntity): number[] {
  return [entity.position, ...entity.mentions];
}

/** The longest quoted part the lexicon's sequences (pairs, triples, quads) decide alone. */
const LEXICON_DECIDES = LONGEST_SEQUENCE;

/** The entries holding all a part's words, and for a quoted part, holding them together (`pagesWithPhrase`). */
function entriesWithWords(shards: Shards, sequences: Sequences, part: QueryPart, quoted: boolean): Set<number> {
  const all = intersect(part.keys.map((key) => pagesWithKey(shards, key)));
  return quoted ? pagesWithPhrase(sequences, part.keys, all) : all;
}

/**
 * A quoted part of five words or more that is not a name, with the entries holding each four of
 * its words together: those among them that hold it as a phrase match it (phrase.ts, `confirmPhrase`).
 */
export interface PhraseToConfirm {
  part: QueryPart;
  candidates: Set<number>;
}

/**
 * The quoted parts the lexicon cannot decide alone (each text once): those of five words or
 * more that are not a name and that some entry holds four words by four. Any other part is
 * decided by the lexicon, so a query without such a part needs nothing else.
 */
export function phrasesToConfirm(query: ParsedQuery, shards: Shards, sequences: Sequences): PhraseToConfirm[] {
  const confirm = new Map<string, PhraseToConfirm>();
  for (const part of query.phrases) {
    if (part.keys.length <= LEXICON_DECIDES || confirm.has(part.text) || namedEntities(shards, part).length) continue;
    const candidates = entriesWithWords(shards, sequences, part, true);
    if (candidates.size) confirm.set(part.text, { part, candidates });
  }
  return [...confirm.values()];
}

/**
 * The entries a part matches: those holding all its words (for a quoted part, as a phrase:
 * `confirmed` holds the entries found holding a long one), and, if it names entities,
 * those and the entries mentioning them; for a part of two words or more, those of its entries
 * holding them together.
 */
function partPages(
  shards: Shards,
  sequences: Sequences,
  { part, quoted, entities }: { part: QueryPart; quoted: boolean; entities: readonly EntityMatch[] },
  confirmed: ReadonlyMap<string, ReadonlySet<number>>,
): { pages: Set<number>; withWords: Set<number>; together?: Set<number> } {
  const asPhrase = quoted && !entities.length;
  const held = entriesWithWords(shards, sequences, part, asPhrase);
  const withWords = asPhrase && part.keys.length > LEXICON_DECIDES ? intersect([held, confirmed.get(part.text) ?? new Set()]) : held;
  const pages = new Set(withWords);
  for (const { entity } of entities) for (const page of entityPages(entity)) pages.add(page);
  if (part.keys.length < 2) return { pages, withWords };
  // A quoted part's entries already hold it as a phrase, unless it names an entity.
  return { pages, withWords, together: asPhrase ? withWords : pagesWithPhrase(sequences, part.keys, withWords) };
}

function idMatch(shards: Shards, id: string | undefined): IdMatch | undefined {
  const found = id === undefined ? undefined : shards.get(shardOf(id))?.ids[id];
  return found && id !== undefined ? { slug: id, position: found[0], url: found[1] } : undefined;
}

/**
 * The entries a query matches. `sequences` holds the sequence shards of its typed words
 * and quoted parts (`querySequenceShards`); `confirmed`, for each part `phrasesToConfirm` names (by its text),
 * the entries found holding it as a phrase (phrase.ts, `confirmPhrase`).
 */
export function matchQuery(
  query: ParsedQuery,
  shards: Shards,
  sequences: Sequences = new Map(),
  confirmed: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): QueryMatch {
  const parts = [
    ...(query.words.keys.length ? [{ part: query.words, quoted: false }] : []),
    ...query.phrases.map((part) => ({ part, quoted: true })),
  ].map(({ part, quoted }) => ({ part, quoted, entities: namedEntities(shards, part) }));
  const matched = parts.map((part) => partPages(shards, sequences, part, confirmed));
  const pages = intersect(matched.map((m) => m.pages));
  const withWords = intersect(matched.map((m) => m.withWords));
  const phrased = matched.flatMap(({ together }) => (together ? [together] : []));
  const together = phrased.length ? intersect([withWords, ...phrased]) : new Set<number>();
  const entities = parts.flatMap(({ entities }) => entities);
  const id = idMatch(shards, query.id);
  if (id) pages.add(id.position);
  return { pages, withWords, together, entities, ...(id ? { id } : {}) };
}

/**
 * The matching entries in the order shown: the entry named by ID, the named entities, the
 * entries holding the words as a phrase, then by the words' scores (word-score.ts), then those
 * linking most to a named entity, then in index order.
 */
export function rankResults(match: QueryMatch, scores: ArrayLike<number>): number[] {
  const first = [...new Set([...(match.id ? [match.id.position] : []), ...match.entities.map(({ entity }) => entity.position)])];
  const mentionRank = new Map<number, number>();
  for (const { entity } of match.entities)
    entity.mentions.forEach((page, rank) => mentionRank.set(page, Math.min(rank, mentionRank.get(page) ?? rank)));
  const isFirst = new Set(first);
  const rest: number[] = [];
  for (const page of match.pages) if (!isFirst.has(page)) rest.push(page);
  // Each page's sort keys are looked up once, into typed arrays (by index in `rest`), not at
  // every comparison and not as an object per page: a query can match thousands.
  const together = new Uint8Array(rest.length);
  const score = new Float64Array(rest.length);
  const mention = new Float64Array(rest.length);
  rest.forEach((page, i) => {
    together[i] = Number(match.together.has(page));
    // An entry only mentioning a named entity has no words to score: it comes after those that do.
    score[i] = match.withWords.has(page) ? (scores[page] ?? 0) : -1;
    mention[i] = mentionRank.get(page) ?? Infinity;
  });
  const order = Array.from(rest.keys());
  order.sort((a, b) => together[b]! - together[a]! || score[b]! - score[a]! || mention[a]! - mention[b]! || rest[a]! - rest[b]!);
  return [...first.filter((page) => match.pages.has(page)), ...order.map((i) => rest[i]!)];
}
