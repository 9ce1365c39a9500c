import { describe, expect, it } from 'vitest';
import { admiraltyGrade } from './grade.ts';
import { CREDIBILITY_SCALE, RELIABILITY_SCALE } from './vocabulary.ts';

describe('admiraltyGrade', () => {
  it.each([
    ['B', 2, 'B2', 'Admiralty grade B2: source: usually reliable; information: probably true.'],
    ['F', 6, 'F6', 'Admiralty grade F6: source: reliability cannot be judged; information: truth cannot be judged.'],
    ['C', undefined, 'C', 'Admiralty grade C: source: fairly reliable; information: not graded.'],
    [undefined, 1, '1', 'Admiralty grade 1: source: not graded; information: confirmed by other sources.'],
  ] as const)('%s + %s → %s', (reliability, credibility, text, meaning) => {
    expect(admiraltyGrade(reliability, credibility)).toEqual({ text, meaning });
  });

  it('is absent when neither part is known', () => {
    expect(admiraltyGrade(undefined, undefined)).toBeUndefined();
  });
});

describe('Admiralty scales', () => {
  it('list every grade once, in order, each with a label and a meaning', () => {
    expect(RELIABILITY_SCALE.map((item) => item.value)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(CREDIBILITY_SCALE.map((item) => item.value)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const item of [...RELIABILITY_SCALE, ...CREDIBILITY_SCALE]) expect(item.label && item.meaning).toBeTruthy();
  });
});
