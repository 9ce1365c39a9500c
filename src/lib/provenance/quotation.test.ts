import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locatorParagraphs, readArchive } from './archive.ts';
import { findQuotation, quotationProblem, quotationSegments } from './quotation.ts';

const habeck = readArchive(
  'habeck-2015-convergences',
  'content/sources/habeck-2015-convergences.txt',
  readFileSync(new URL('../../../content/sources/habeck-2015-convergences.txt', import.meta.url), 'utf8'),
);
const small = readArchive(
  's',
  's.txt',
  'First paragraph: the “aggressor enemy,” i.e. Hezbollah.\n\nSecond—with a dash—and a sect of infidels and apostates.\r\n\r\nThird it is.',
);

describe('readArchive', () => {
  it('numbers paragraphs separated by blank lines, whatever the line ends', () => {
    expect(small.paragraphs).toHaveLength(3);
    expect(habeck.paragraphs).toHaveLength(9);
    expect(habeck.paragraphs[0]).toMatch(/^For several months/);
  });
});

describe('locatorParagraphs', () => {
  it.each([
    ['para. 3', [3]],
    ['paras. 3–5', [3, 4, 5]],
    ['para 2, 7', [2, 7]],
    ['paragraphs 2 and 7', [2, 7]],
    ['¶ 4', [4]],
    ['p. 12', undefined],
    [undefined, undefined],
  ] as const)('%s → %j', (locator, expected) => {
    expect(locatorParagraphs(locator)).toEqual(expected);
  });
});

describe('quotationSegments', () => {
  it("drops the outer quotation marks and the quoting sentence's end punctuation, and cuts at omissions and insertions", () => {
    expect(quotationSegments('“cooperate … on [some] actions.”')).toEqual([
      { text: 'cooperate' },
      { text: 'on', after: 'omission' },
      { text: 'actions', after: 'insertion' },
    ]);
    expect(quotationSegments('"a [...] b"')).toEqual([{ text: 'a' }, { text: 'b', after: 'omission' }]);
  });
});

describe('findQuotation', () => {
  it.each([
    ['a faithful phrase', '"a sect of infidels and apostates"', [3]],
    ['curly quotes and an apostrophe', '“Amir of al-Qa’ida in the Land of Sham”', [4]],
    ['straight quotes for curly ones, and a capital first letter', '"Amir of al-Qa\'ida in the Land of Sham"', [4]],
    ['a lower-case first letter for a capital', '"growing evidence of localized convergences"', [1]],
    ['a quotation across a line break', '"growing evidence\n  of localized convergences"', [1]],
    ['an omission', '"the area where they most agree … external enemies"', [9]],
    ['an omission written with three dots', '"signs of cooperation ... between al-Qaeda (AQ) groups"', [1]],
    ['a dash spaced or not, en or em', '"a substantial portion of – or even the entirety of – the AQ and IS networks"', [7]],
    ['an insertion', '"the [Nusra Front] saw its duty as not getting involved in any infighting"', undefined],
  ] as const)('finds %s', (_, quotation, paragraphs) => {
    const search = findQuotation(habeck, quotation);
    if (paragraphs) expect(search).toEqual({ found: true, paragraphs });
    else expect(search.found).toBe(true);
  });

  it.each([
    ['a changed word', '"a sect of infidels and heretics"'],
    ['a changed ending', '"nullified"'],
    ['a singular made plural', '"aggressor enemies"'],
    ['a plural made singular', '"common enemy"'],
    ['words from two paragraphs', '"unclear. Cooperation between IS"'],
    ['an insertion far from the words it joins', '"For several months, [she said,] between al-Qaeda (AQ) groups"'],
  ])('rejects %s', (_, quotation) => {
    expect(findQuotation(habeck, quotation).found).toBe(false);
  });

  it('a bracketed insertion may stand only for a few words', () => {
    expect(findQuotation(habeck, '"For several months, [she has] been writing about signs"').found).toBe(true);
    expect(findQuotation(habeck, '"For several months, [she] writes about signs"').found).toBe(false);
  });
});

describe('quotationProblem', () => {
  it('names the quotation, the source and the closest passage with its paragraph', () => {
    expect(quotationProblem(habeck, '"a sect of infidels and heretics"', 'para. 3')).toEqual({
      rule: 'quote-mismatch',
      message:
        '"a sect of infidels and heretics" is not in habeck-2015-convergences (closest, para. 3: "a sect of infidels and apostates")',
    });
  });

  it('reports a locator that points at another paragraph than the one holding the quotation', () => {
    expect(quotationProblem(habeck, '"aggressor enemy"', 'para. 4')).toEqual({
      rule: 'quote-locator',
      message:
        '"aggressor enemy" is in para. 3 of habeck-2015-convergences, not at "para. 4": the locator must point at the paragraph that holds it',
    });
  });

  it('accepts a faithful quotation at its paragraph, one without a locator, and one whose locator is no paragraph', () => {
    expect(quotationProblem(habeck, '"cooperate on some actions"', 'para. 6')).toBeUndefined();
    expect(quotationProblem(habeck, '"cooperate on some actions"')).toBeUndefined();
    expect(quotationProblem(habeck, '"cooperate on some actions"', 'p. 2')).toBeUndefined();
  });

  it('normalises dashes and whitespace in a small archive too', () => {
    expect(quotationProblem(small, '"Second – with a dash – and"', 'para. 2')).toBeUndefined();
    expect(quotationProblem(small, '"aggressor enemy"', 'para. 1')).toBeUndefined();
  });
});
