import { describe, expect, it } from 'vitest';
import type { Entry } from '../schema/index.ts';
import { confidenceLevel, estimativeTerms, lintEstimativeLanguage } from './estimative.ts';
import { proseSentences } from './prose.ts';

function judgment(body: string, summary = 'A summary.', title = 'A judgment'): Entry {
  return {
    collection: 'judgments',
    slug: 'j',
    file: 'content/judgments/j.mdx',
    body,
    bodyLine: 10,
    data: { title, summary } as Entry['data'],
  } as Entry;
}
const sentencesOf = (entry: Entry) => proseSentences(entry, (field) => ({ title: 2, summary: 3 })[field]);
const lint = (body: string, likelihood?: Parameters<typeof lintEstimativeLanguage>[1], summary?: string) =>
  lintEstimativeLanguage(sentencesOf(judgment(body, summary)), likelihood).map(({ rule, line }) => `${rule}@${line}`);

describe('estimativeTerms', () => {
  it.each([
    ['It will likely hold.', [{ words: 'likely', level: 'likely', row: 'likelihood' }]],
    [
      'It is very unlikely, not unlikely.',
      [
        { words: 'very unlikely', level: 'very-unlikely', row: 'likelihood' },
        { words: 'unlikely', level: 'unlikely', row: 'likelihood' },
      ],
    ],
    ['Almost certainly so.', [{ words: 'Almost certainly', level: 'almost-certain', row: 'likelihood' }]],
    ['A highly probable outcome.', [{ words: 'highly probable', level: 'very-likely', row: 'probability' }]],
    ['It was probably a joint operation.', [{ words: 'probably', level: 'likely', row: 'probability' }]],
    ['Perhaps; highly likely.', [{ words: 'Perhaps' }, { words: 'highly likely' }]],
    ['She calls the evidence "likely" and links [[bardo-attack-likely-joint-operation]].', []],
    ['The likelihood field and a remote area.', []],
  ] as const)('%s', (sentence, expected) => {
    expect(estimativeTerms(sentence)).toEqual(expected);
  });
});

describe('confidenceLevel', () => {
  it.each([
    ['We judge this with moderate confidence.', 'moderate confidence'],
    ['Confidence is low.', 'Confidence is low'],
    ['A high-confidence call.', 'high-confidence'],
    ['Confidence matters.', undefined],
  ])('%s', (sentence, expected) => {
    expect(confidenceLevel(sentence)).toBe(expected);
  });
});

describe('lintEstimativeLanguage', () => {
  it('reports a likelihood and a confidence level in one sentence, with its line', () => {
    expect(lint('First line.\nThe truce will likely hold; we judge this with moderate confidence.')).toEqual(['estimative-confidence@11']);
  });

  it('accepts them in separate sentences, and in a quotation', () => {
    expect(lint('The truce will likely hold. We have moderate confidence in this.')).toEqual([]);
    expect(lint('She wrote that it is "likely, with moderate confidence".')).toEqual([]);
  });

  it('reports words outside the seven terms', () => {
    expect(lint('It is\n\npossibly a joint operation.')).toEqual(['estimative-term@12']);
  });

  it("reports terms of both rows of the table in one entry, at the second row's term", () => {
    expect(lint('It is likely.\n\nIt is probable.')).toEqual(['estimative-rows@12']);
  });

  it('reports a judgment whose words say another likelihood than its field', () => {
    expect(lint('It will almost certainly hold.', 'likely')).toEqual(['estimative-likelihood@10']);
    expect(lint('It will likely hold.', 'likely')).toEqual([]);
    expect(lint('Body.', 'likely', 'It is very likely.')).toEqual(['estimative-likelihood@3']);
  });

  it('leaves a <Quote> and component tags alone', () => {
    expect(lint('<Quote source="s">"perhaps likely"</Quote>\n\n<Aside title="Probably">Text.</Aside>')).toEqual([]);
  });
});
