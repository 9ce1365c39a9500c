/**
 * Whether a quotation occurs in a source's archived text, word for word. Typography is not
 * wording: whitespace, typographic quotes and apostrophes, dashes and the case of a segment's
 * first letter are normalised. "…" (or "...") stands for an omission anywhere further on in the
 * same paragraph; "[…]" in square brackets marks words the quoting author inserted or changed.
 */
import { locatorParagraphs, type ArchivedText } from './archive.ts';

/** How far apart, in characters, the words on either side of a bracketed insertion may be in the source. */
const MAX_INSERTION_GAP = 40;

function normalizeQuotationText(text: string): string {
  return (
    text
      .normalize('NFC')
      // A quotation inside a quotation changes double marks to single ones: all marks are one mark.
      .replace(/[‘’‚‛′`´ʼ“”„‟″«»"]/g, "'")
      .replace(/\s*[‐‑‒–—―−-]\s*/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

interface Segment {
  text: string;
  /** How the segment follows the previous one: right after an omission or after an insertion. */
  after?: 'omission' | 'insertion';
}

/** The quotation's own words, between its outer quotation marks, cut at omissions and insertions. */
export function quotationSegments(quotation: string): Segment[] {
  const inner = normalizeQuotationText(quotation)
    .replace(/^'+|'+$/g, '')
    .trim();
  const segments: Segment[] = [];
  let after: Segment['after'];
  for (const part of inner.split(/(\[[^\]]*\]|…|\.\.\.)/)) {
    if (/^(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])$/.test(part)) after = 'omission';
    else if (/^\[.*\]$/.test(part)) after ??= 'insertion';
    else if (part.trim()) {
      segments.push({ text: part.trim(), ...(after ? { after } : {}) });
      after = undefined;
    }
  }
  // Punctuation at either end is the quoting sentence's, not necessarily the source's.
  const first = segments[0];
  const last = segments.at(-1);
  if (first) first.text = first.text.replace(/^[.,;:!?]+\s*/, '');
  if (last) last.text = last.text.replace(/\s*[.,;:!?]+$/, '');
  return segments.filter((segment) => segment.text);
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Both spellings of the segment's first letter, since a quotation may start a sentence or not. */
function variants(text: string): string[] {
  const upper = text.charAt(0).toUpperCase() + text.slice(1);
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  return upper === lower ? [text] : [text, upper, lower];
}

/** Where `segment` occurs in `text` from `from` on, on word boundaries (unless next to an insertion), or -1. */
function indexOfSegment(text: string, segment: Segment, from: number, insertionFollows: boolean): number {
  let best = -1;
  for (const variant of variants(segment.text)) {
    for (let at = text.indexOf(variant, from); at !== -1 && (best === -1 || at < best); at = text.indexOf(variant, at + 1)) {
      const startsWord = segment.after === 'insertion' || !isWordCharacter(text[at - 1]) || !isWordCharacter(variant[0]);
      const end = at + variant.length;
      const endsWord = insertionFollows || !isWordCharacter(text[end]) || !isWordCharacter(variant.at(-1));
      if (startsWord && endsWord) {
        best = at;
        break;
      }
    }
  }
  return best;
}

/** Whether all segments occur in order in one paragraph, within the gaps their markers allow. */
function occursIn(paragraph: string, segments: readonly Segment[]): boolean {
  const [first, ...rest] = segments;
  if (!first) return false;
  const insertionAfter = (i: number) => segments[i + 1]?.after === 'insertion';
  for (
    let start = indexOfSegment(paragraph, first, 0, insertionAfter(0));
    start !== -1;
    start = indexOfSegment(paragraph, first, start + 1, insertionAfter(0))
  ) {
    let position = start + variants(first.text)[0]!.length;
    const matched = rest.every((segment, i) => {
      const at = indexOfSegment(paragraph, segment, position, insertionAfter(i + 1));
      if (at === -1 || (segment.after !== 'omission' && at - position > MAX_INSERTION_GAP)) return false;
      position = at + segment.text.length;
      return true;
    });
    if (matched) return true;
  }
  return false;
}

interface Passage {
  /** The paragraph's number, from 1. */
  paragraph: number;
  /** The passage as the source has it. */
  text: string;
}

export type QuotationSearch =
  { found: true; /** Every paragraph that holds it. */ paragraphs: number[] } | { found: false; closest?: Passage };

const wordKey = (word: string) =>
  normalizeQuotationText(word)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The run of the source's words most like the quotation: as many words as it has, sharing the
 * most of them (the paragraphs in `preferred` first on a tie, then the earliest).
 */
function closestPassage(archive: ArchivedText, quotation: string, preferred: readonly number[] = []): Passage | undefined {
  const wanted = new Map<string, number>();
  const words = quotationSegments(quotation)
    .flatMap((segment) => segment.text.split(' '))
    .map(wordKey)
    .filter(Boolean);
  for (const word of words) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const size = Math.max(1, words.length);
  let best: (Passage & { score: number; aligned: number; preferred: boolean }) | undefined;
  archive.paragraphs.forEach((paragraph, index) => {
    const tokens = paragraph.split(' ');
    const keys = tokens.map(wordKey);
    const window = new Map<string, number>();
    let score = 0;
    const add = (key: string, delta: 1 | -1) => {
      const count = (window.get(key) ?? 0) + delta;
      window.set(key, count);
      const limit = wanted.get(key) ?? 0;
      if (delta === 1 ? count <= limit : count < limit) score += delta;
    };
    for (let end = 0; end < tokens.length; end++) {
      add(keys[end]!, 1);
      if (end >= size) add(keys[end - size]!, -1);
      const start = Math.max(0, end - size + 1);
      if (best && score < best.score) continue;
      // On equal overlap, the run whose words stand where the quotation has them wins.
      const aligned = keys.slice(start, end + 1).filter((key, i) => key === words[i]).length;
      const isPreferred = preferred.includes(index + 1);
      const better = !best || score > best.score || aligned > best.aligned || (aligned === best.aligned && isPreferred && !best.preferred);
      if (better) {
        const text = tokens
          .slice(start, end + 1)
          .join(' ')
          .replace(/^[“"‘']+|[”"’'.,;:]+$/g, '');
        best = { paragraph: index + 1, text, score, aligned, preferred: isPreferred };
      }
    }
  });
  return best && best.score > 0 ? { paragraph: best.paragraph, text: best.text } : undefined;
}

/** Each archive's paragraphs normalised once, however many quotations are looked up in it. */
const normalized = new WeakMap<ArchivedText, readonly string[]>();

function normalizedParagraphs(archive: ArchivedText): readonly string[] {
  let paragraphs = normalized.get(archive);
  if (!paragraphs) normalized.set(archive, (paragraphs = archive.paragraphs.map(normalizeQuotationText)));
  return paragraphs;
}

export function findQuotation(archive: ArchivedText, quotation: string): QuotationSearch {
  const segments = quotationSegments(quotation);
  const paragraphs = normalizedParagraphs(archive).flatMap((paragraph, index) => (occursIn(paragraph, segments) ? [index + 1] : []));
  return paragraphs.length ? { found: true, paragraphs } : { found: false, ...withClosest(closestPassage(archive, quotation)) };
}

const withClosest = (closest: Passage | undefined) => (closest ? { closest } : {});

/** The quotation as an author wrote it, cut for a message. */
function shownQuotation(quotation: string): string {
  const inner = quotation
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');
  return `"${inner.length > 120 ? `${inner.slice(0, 117)}…` : inner}"`;
}

export interface QuotationProblem {
  rule: 'quote-mismatch' | 'quote-locator';
  message: string;
}

/**
 * What is wrong with quoting `quotation` from `archive` at `locator`, or undefined when the
 * source has those words (at that paragraph, if the locator names paragraphs).
 */
export function quotationProblem(archive: ArchivedText, quotation: string, locator?: string): QuotationProblem | undefined {
  const named = locatorParagraphs(locator);
  const search = findQuotation(archive, quotation);
  if (!search.found) {
    const closest = closestPassage(archive, quotation, named);
    const hint = closest ? ` (closest, para. ${closest.paragraph}: "${closest.text}")` : '';
    return { rule: 'quote-mismatch', message: `${shownQuotation(quotation)} is not in ${archive.slug}${hint}` };
  }
  if (named && !search.paragraphs.some((n) => named.includes(n))) {
    const where = search.paragraphs.map((n) => `para. ${n}`).join(', ');
    return {
      rule: 'quote-locator',
      message: `${shownQuotation(quotation)} is in ${where} of ${archive.slug}, not at "${locator}": the locator must point at the paragraph that holds it`,
    };
  }
  return undefined;
}
