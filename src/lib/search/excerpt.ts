/**
 * Highlighting in the browser, by the same search keys the index uses, so "al Qaida" marks
 * "al-Qaʿida" in a result; a quoted phrase is marked only where its words stand together, as it
 * matched. Returns parts to render as text and <mark>, never HTML strings.
 */
import { wordForms } from './match.ts';
import { isLoneArticle, searchKeys } from './normalize.ts';
import { fieldPlaces, phraseStarts } from './phrase.ts';

/** What a result marks: the query's words wherever they are, each quoted phrase only where its words stand together. */
export interface Highlight {
  words: readonly string[];
  /** The keys of each quoted part of two words or more. */
  phrases: readonly (readonly string[])[];
}

/** Every key a highlight names, phrases' included. */
export function highlightKeys({ words, phrases }: Highlight): string[] {
  return [...new Set([...words, ...phrases.flat()])];
}

export interface TextPart {
  text: string;
  match: boolean;
}

export interface Excerpt {
  parts: TextPart[];
  /** Text was cut before the first part / after the last. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The search keys of written words, kept: an excerpt tests every word of a result's text, and
 * the same words recur across results and searches. Folding each anew took most of a warm
 * search's time on the real site (30 ms of 40). The site's vocabulary bounds its size.
 */
const wordKeys = new Map<string, string[]>();

function keysOfWord(word: string): string[] {
  let keys = wordKeys.get(word);
  if (!keys) wordKeys.set(word, (keys = searchKeys(word, 'index')));
  return keys;
}

/** The forms of a query's keys, made once per list of keys: every word of every result shown is tested against them. */
const formsOfKeys = new WeakMap<readonly string[], Set<string>>();

function queryForms(queryKeys: readonly string[]): Set<string> {
  let forms = formsOfKeys.get(queryKeys);
  if (!forms) formsOfKeys.set(queryKeys, (forms = new Set(queryKeys.flatMap(wordForms))));
  return forms;
}

/** Whether a written word is a hit for the query keys: by the rule that decides a match (match.ts), whole words only. */
export function isHit(word: string, queryKeys: readonly string[]): boolean {
  const forms = queryForms(queryKeys);
  return keysOfWord(word).some((key) => forms.has(key));
}

/** The places of a written word, each with its keys (phrase.ts, `fieldPlaces`): one for most words, several for "U.S.-led". */
const wordPlaces = new Map<string, string[][]>();

function placesOfWord(word: string): string[][] {
  let places = wordPlaces.get(word);
  if (!places) wordPlaces.set(word, (places = fieldPlaces(word)));
  return places;
}

/** Which of the written words are hits: a word of the query, or a word of a quoted phrase where the phrase stands. */
function hitsOf(words: readonly string[], { words: keys, phrases }: Highlight): boolean[] {
  const hits = words.map((word) => keys.length > 0 && isHit(word, keys));
  if (!phrases.length) return hits;
  // The words' places in order, as the lexicon numbers them (an article before a word takes none).
  const places: string[][] = [];
  const wordAt: number[] = [];
  words.forEach((word, i) => {
    if (i + 1 < words.length && isLoneArticle(word)) return;
    for (const keysHere of placesOfWord(word)) {
      places.push(keysHere);
      wordAt.push(i);
    }
  });
  for (const phrase of phrases) {
    for (const start of phraseStarts(places, phrase)) for (let i = start; i < start + phrase.length; i++) hits[wordAt[i]!] = true;
  }
  return hits;
}

/** Text split at its spaces (kept), as parts: each word whose hit is set marked, the text between joined. */
function markedParts(tokens: readonly string[], hits: readonly boolean[]): TextPart[] {
  const parts: TextPart[] = [];
  let word = 0;
  for (const token of tokens) {
    if (!token) continue;
    const match = token.trim() !== '' && hits[word++] === true;
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += token;
    else parts.push({ text: token, match });
  }
  return parts;
}

/** The text split into words (keeping the spaces with them), each marked if it is a hit (`hitsOf`). */
export function markHits(text: string, highlight: Highlight): TextPart[] {
  const tokens = text.split(/(\s+)/);
  return markedParts(
    tokens,
    hitsOf(
      tokens.filter((token) => token.trim() !== ''),
      highlight,
    ),
  );
}

/** Words shown before an excerpt's first hit. */
const CONTEXT_BEFORE = 6;

/**
 * The window of `length` words of the content with the most hits (the earliest if tied), or
 * undefined when no word is a hit.
 */
export function buildExcerpt(content: string, highlight: Highlight, length = 28): Excerpt | undefined {
  const words = content.split(/\s+/).filter(Boolean);
  const hits = hitsOf(words, highlight);
  let best = -1;
  let bestCount = 0;
  let count = 0;
  for (let end = 0; end < words.length; end++) {
    count += hits[end] ? 1 : 0;
    if (end >= length) count -= hits[end - length] ? 1 : 0;
    if (count > bestCount) [best, bestCount] = [Math.max(0, end - length + 1), count];
  }
  if (best < 0) return undefined;
  // Start a little before the first hit of the window, so the hit has some context, unless that
  // would cut off the window's last hit; the window's own start left the hits at its end.
  const firstHit = hits.indexOf(true, best);
  const lastHit = hits.lastIndexOf(true, best + length - 1);
  const start = Math.max(0, firstHit - CONTEXT_BEFORE, lastHit - length + 1);
  const end = Math.min(words.length, start + length);
  return {
    parts: markedParts(words.slice(start, end).join(' ').split(/(\s+)/), hits.slice(start, end)),
    cutStart: start > 0,
    cutEnd: end < words.length,
  };
}
