/**
 * An entry's prose as sentences with their file lines: the title, the summary and the body, with
 * what is not the entry's own running text blanked out (component tags and `<Quote>` elements,
 * comments, link addresses). Blanking keeps every other character where it was, so an offset
 * still maps to its line.
 */
import type { Entry } from '../schema/index.ts';

export interface ProseSentence {
  /** The sentence, blanked parts as spaces; wiki-links and quotation marks kept. */
  text: string;
  /** 1-based line of the file where the sentence starts. */
  line: number;
  /** The whole paragraph the sentence is in, for what follows it (a locator after a quotation). */
  paragraph: string;
  /** Where the sentence starts in `paragraph`. */
  offset: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Replaces every character of each match but line breaks with a space. */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
}

/** Abbreviations whose full stop ends no sentence: hidden from the sentence splitter only. */
const ABBREVIATIONS = /\b(?:paras?|pp?|i\.e|e\.g|cf|ca|c|vs|no|St|Dr|Mr|Mrs|Ms|Adm|Gen|Lt|Col)\.(?=\s)/g;

function bodyProse(body: string): string {
  let text = blank(body, /<Quote\b[\s\S]*?<\/Quote>/g);
  text = blank(text, /\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g);
  text = blank(text, /<\/?[A-Za-z][^>]*>/g);
  text = blank(text, /\]\([^)\s]*\)/g);
  return blank(text, /^#{1,6}\s|^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/gm);
}

function sentencesOf(text: string, firstLine: number): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  let line = firstLine;
  let lineCounted = 0;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', lineCounted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineCounted = i + 1;
    }
    return line;
  };
  for (const match of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) {
    const paragraph = match[0];
    const splitter = paragraph.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, '\u2024'));
    for (const { index, segment } of segmenter.segment(splitter)) {
      if (!segment.trim()) continue;
      const lead = segment.length - segment.trimStart().length;
      sentences.push({
        text: paragraph.slice(index + lead, index + segment.length).trimEnd(),
        line: lineAt(match.index + index + lead),
        paragraph,
        offset: index + lead,
      });
    }
  }
  return sentences;
}

/**
 * The sentences of an entry's title, summary and body. `lineOf` gives the file line of a
 * frontmatter field.
 */
export function proseSentences(entry: Entry, lineOf: (field: string) => number | undefined): ProseSentence[] {
  return [
    ...sentencesOf(entry.data.title, lineOf('title') ?? 1),
    ...sentencesOf(entry.data.summary, lineOf('summary') ?? 1),
    ...sentencesOf(bodyProse(entry.body), entry.bodyLine),
  ];
}

/** Quoted spans of a sentence, “curly” or "straight", with where each ends in the sentence. */
export function quotedSpans(sentence: string): { text: string; start: number; end: number }[] {
  return Array.from(sentence.matchAll(/“[^”]+”|"[^"]+"/g), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
