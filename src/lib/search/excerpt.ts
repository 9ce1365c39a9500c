/**
 * Highlighting in the browser, by the same search keys the index uses, so "al Qaida" marks
 * "al-Qaʿida" in a result. Returns parts to render as text and <mark>, never HTML strings.
 */
import { wordForms } from './match.ts';
import { searchKeys } from './normalize.ts';

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

/** The text split into words (keeping the spaces with them), each marked if it is a hit. */
export function markHits(text: string, queryKeys: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  for (const token of text.split(/(\s+)/)) {
    const match = token.trim() !== '' && queryKeys.length > 0 && isHit(token, queryKeys);
    const last = parts.at(-1);
    if (last && last.match === match && !match) last.text += token;
    else if (token) parts.push({ text: token, match });
  }
  return parts;
}

/**
 * The window of `length` words of the content with the most hits (the earliest if tied), or
 * undefined when no word is a hit.
 */
export function buildExcerpt(content: string, queryKeys: readonly string[], length = 28): Excerpt | undefined {
  const words = content.split(/\s+/).filter(Boolean);
  const hits = words.map((word) => queryKeys.length > 0 && isHit(word, queryKeys));
  let best = -1;
  let bestCount = 0;
  let count = 0;
  for (let end = 0; end < words.length; end++) {
    count += hits[end] ? 1 : 0;
    if (end >= length) count -= hits[end - length] ? 1 : 0;
    if (count > bestCount) [best, bestCount] = [Math.max(0, end - length + 1), count];
  }
  if (best < 0) return undefined;
  // Start a little before the first hit of the window, so the hit has some context.
  const firstHit = hits.indexOf(true, best);
  const start = Math.max(0, Math.min(best, firstHit - 6));
  const end = Math.min(words.length, start + length);
  return {
    parts: markHits(words.slice(start, end).join(' '), queryKeys),
    cutStart: start > 0,
    cutEnd: end < words.length,
  };
}
