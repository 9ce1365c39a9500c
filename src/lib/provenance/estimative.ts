/**
 * Estimative language (ICD 203): probability is said with the seven terms of one row of the
 * directive's table, never beside a confidence level in one sentence (how likely something is and
 * how sound the basis is are two statements), and a judgment's words agree with its `likelihood`.
 * Quoted words are the source's, not the knowledge base's, and are not linted.
 */
import type { Likelihood } from '../schema/index.ts';
import { blank, type ProseSentence } from './prose.ts';

type EstimativeRow = 'likelihood' | 'probability';

export interface EstimativeTerm {
  /** The words as written. */
  words: string;
  /** The ICD 203 level they express, for the directive's terms. */
  level?: Likelihood;
  /** Which row of the directive's table they come from; absent for words outside it. */
  row?: EstimativeRow;
}

/** Both rows of ICD 203's table, longest phrases first so "very unlikely" is not read as "unlikely". */
const ICD_TERMS: readonly [RegExp, Likelihood, EstimativeRow][] = [
  [/almost no chance/, 'almost-no-chance', 'likelihood'],
  [/very unlikely/, 'very-unlikely', 'likelihood'],
  [/roughly even chances?/, 'roughly-even-chance', 'likelihood'],
  [/very likely/, 'very-likely', 'likelihood'],
  [/almost certain(?:ly)?/, 'almost-certain', 'likelihood'],
  [/unlikely/, 'unlikely', 'likelihood'],
  [/likely/, 'likely', 'likelihood'],
  [/remote(?: chance| probability)/, 'almost-no-chance', 'probability'],
  [/highly improbabl[ey]/, 'very-unlikely', 'probability'],
  [/roughly even odds/, 'roughly-even-chance', 'probability'],
  [/highly probabl[ey]/, 'very-likely', 'probability'],
  [/nearly certain(?:ly)?/, 'almost-certain', 'probability'],
  [/improbabl[ey]/, 'unlikely', 'probability'],
  [/probabl[ey]/, 'likely', 'probability'],
];

/** Probability words outside the directive's table, which it asks analysts not to use as estimates. */
const OTHER_TERMS = [
  'highly likely',
  'most likely',
  'quite likely',
  'more likely than not',
  'in all likelihood',
  'in all probability',
  'possibly',
  'perhaps',
  'maybe',
  'conceivably',
  'presumably',
  'plausibly',
  'doubtful',
  'almost surely',
  'certainly',
  'chances are',
  'odds are',
  'it is possible',
];

const source = (pattern: RegExp | string) =>
  typeof pattern === 'string' ? pattern.replace(/ /g, '\\s+') : pattern.source.replace(/ /g, '\\s+');
const TERM_PATTERN = new RegExp(
  `\\b(?:${[...OTHER_TERMS.map((t) => `(${source(t)})`), ...ICD_TERMS.map(([pattern]) => `(${source(pattern)})`)].join('|')})\\b`,
  'gi',
);
const CONFIDENCE_PATTERN =
  /\b(?:high|moderate|medium|low)(?:[\s-]+|ly\s+)confiden(?:ce|t)\b|\bconfidence\s+(?:is|was|remains)\s+(?:high|moderate|medium|low)\b/i;

/**
 * Every word the lint looks for contains one of these stems: text without any of them needs no
 * sentence splitting at all, which keeps the check fast on large knowledge bases.
 */
const STEMS = /likel|probab|certain|chance|odds|remote|possib|perhaps|maybe|conceiv|presum|plausib|doubt|surely|confiden/i;

export function mayHoldEstimativeLanguage(text: string): boolean {
  return STEMS.test(text);
}

/** What the lint reads of a sentence: quotations (the source's words) and link targets blanked. */
function ownWords(sentence: string): string {
  return blank(sentence, /“[^”]*”|"[^"]*"|\[\[[^\]]*\]\]/g);
}

/** The estimative terms of a sentence, in order. */
export function estimativeTerms(sentence: string): EstimativeTerm[] {
  return Array.from(ownWords(sentence).matchAll(TERM_PATTERN), (match) => {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const icd = group >= OTHER_TERMS.length ? ICD_TERMS[group - OTHER_TERMS.length] : undefined;
    const words = match[0].replace(/\s+/g, ' ');
    return icd ? { words, level: icd[1], row: icd[2] } : { words };
  });
}

/** The confidence level a sentence states ("moderate confidence"), if any. */
export function confidenceLevel(sentence: string): string | undefined {
  return CONFIDENCE_PATTERN.exec(ownWords(sentence))?.[0].replace(/\s+/g, ' ');
}

export interface EstimativeFinding {
  rule: 'estimative-confidence' | 'estimative-term' | 'estimative-rows' | 'estimative-likelihood';
  line: number;
  message: string;
}

const ROW_NAMES: Record<EstimativeRow, string> = {
  likelihood: 'almost no chance … almost certain',
  probability: 'remote … nearly certain',
};

/**
 * What an entry's sentences do against ICD 203. `likelihood` is a judgment's own field: its
 * words must not say another level.
 */
export function lintEstimativeLanguage(sentences: readonly ProseSentence[], likelihood?: Likelihood): EstimativeFinding[] {
  const findings: EstimativeFinding[] = [];
  const firstOfRow = new Map<EstimativeRow, { words: string; line: number }>();
  for (const { text, line } of sentences) {
    const terms = estimativeTerms(text);
    const confidence = confidenceLevel(text);
    if (terms.length && confidence) {
      findings.push({
        rule: 'estimative-confidence',
        line,
        message: `"${terms[0]!.words}" and "${confidence}" in one sentence: state the likelihood and the confidence in separate sentences (ICD 203)`,
      });
    }
    for (const term of terms) {
      if (!term.row) {
        findings.push({
          rule: 'estimative-term',
          line,
          message: `"${term.words}" is not one of ICD 203's estimative terms: use one of them (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain), or quote the source's own word`,
        });
        continue;
      }
      if (!firstOfRow.has(term.row)) firstOfRow.set(term.row, { words: term.words, line });
      const other = firstOfRow.get(term.row === 'likelihood' ? 'probability' : 'likelihood');
      if (other) {
        findings.push({
          rule: 'estimative-rows',
          line,
          message: `"${term.words}" is from the row "${ROW_NAMES[term.row]}" of ICD 203's table, "${other.words}" (line ${other.line}) from the other row: keep to one row in an entry`,
        });
      }
      if (likelihood && term.level && term.level !== likelihood) {
        findings.push({
          rule: 'estimative-likelihood',
          line,
          message: `"${term.words}" says ${term.level}, but the judgment's likelihood is ${likelihood}: make the words and the field agree`,
        });
      }
    }
  }
  return findings;
}
