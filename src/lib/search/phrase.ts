/**
 * Where the words of an entry's text stand, as a quoted phrase is looked for in it: each field's
 * search keys at their places (normalize.ts, `placedKeys`), field after field, with an empty place
 * between two fields so that no phrase runs from one into the next. The lexicon's pairs, triples
 * and quads are made from these places (lexicon.ts), and a phrase of five words or more is checked
 * against them in the browser, on the result files of the few entries the quads leave
 * (result-data.ts).
 */
import { wordForms, type PhraseToConfirm } from './match.ts';
import { placedKeys } from './normalize.ts';

/** The keys at each place of one field's text (the index's keys: several may share a place). */
export function fieldPlaces(text: string): string[][] {
  const places: string[][] = [];
  for (const [key, place] of placedKeys(text, 'index')) (places[place] ??= []).push(key);
  return places;
}

/** The keys at each place of an entry's text, field by field (`fieldPlaces`), an empty place after each field. */
export function textPlaces(fields: readonly string[]): string[][] {
  return fields.flatMap((text) => [...fieldPlaces(text), []]);
}

/**
 * The places where the query keys stand one after another, each in one of its forms (match.ts,
 * `wordForms`, as the lexicon's sequences match theirs): the first place of each occurrence.
 */
export function* phraseStarts(places: readonly (readonly string[] | undefined)[], keys: readonly string[]): Generator<number> {
  if (!keys.length) return;
  const forms = keys.map((key) => new Set(wordForms(key)));
  for (let start = 0; start + keys.length <= places.length; start++) {
    if (forms.every((keyForms, i) => places[start + i]?.some((key) => keyForms.has(key)))) yield start;
  }
}

/** Whether the text (`textPlaces`) holds the query keys at consecutive places (`phraseStarts`). */
export function holdsPhrase(places: readonly (readonly string[] | undefined)[], keys: readonly string[]): boolean {
  return !phraseStarts(places, keys).next().done;
}

/** Whether the text of the entry at `position`, as `text` reads it, holds every one of `phrases` (each one's keys). */
async function textHolds(text: PhraseReaders['text'], position: number, phrases: readonly (readonly string[])[]): Promise<boolean> {
  const places = textPlaces(await text(position));
  return phrases.every((keys) => holdsPhrase(places, keys));
}

/**
 * Candidates up to this many are confirmed in their own text, their result files (result-data.ts:
 * about 1 to 2 KB each, and the first ten are the results shown); more by Pagefind, whose script,
 * WebAssembly and index of each of the phrase's words in every part of the index weigh more.
 */
export const CONFIRM_IN_TEXT = 40;

/** Whether the candidate is confirmed in its own text or must wait for Pagefind (`confirmPhrase`). */
export function needsPagefind({ candidates }: PhraseToConfirm): boolean {
  return candidates.size > CONFIRM_IN_TEXT;
}

/** How a phrase's candidates are read: each one's text, field by field (result-data.ts, `phraseFields`), or Pagefind's exact-phrase search over the whole index. */
export interface PhraseReaders {
  text: (position: number) => Promise<readonly string[]>;
  search: (keys: readonly string[]) => Promise<ReadonlySet<number>>;
}

/**
 * The candidates of a quoted phrase (match.ts, `phrasesToConfirm`) that hold it: decided in their
 * own text when they are few (`CONFIRM_IN_TEXT`), by Pagefind when they are many.
 */
export async function confirmPhrase(phrase: PhraseToConfirm, read: PhraseReaders): Promise<Set<number>> {
  const { part, candidates } = phrase;
  if (needsPagefind(phrase)) {
    const found = await read.search(part.keys);
    return new Set([...candidates].filter((position) => found.has(position)));
  }
  const held = await Promise.all(
    [...candidates].map(async (position) => ((await textHolds(read.text, position, [part.keys])) ? [position] : [])),
  );
  return new Set(held.flat());
}

/**
 * The first `count` entries of `ordered` (in rank order, each taken to hold the phrases until read)
 * whose own text holds every phrase (`phrases`: each one's keys), read `count` at a time and at
 * most `CONFIRM_IN_TEXT` of them: the results a search can show before Pagefind has decided the
 * rest. Fewer when the entries read hold fewer.
 */
export async function firstHolding(
  ordered: readonly number[],
  phrases: readonly (readonly string[])[],
  count: number,
  text: PhraseReaders['text'],
): Promise<number[]> {
  const found: number[] = [];
  const readable = ordered.slice(0, CONFIRM_IN_TEXT);
  for (let start = 0; start < readable.length && found.length < count; start += count) {
    const batch = readable.slice(start, start + count);
    const held = await Promise.all(batch.map((position) => textHolds(text, position, phrases)));
    found.push(...batch.filter((_, i) => held[i]));
  }
  return found.slice(0, count);
}
