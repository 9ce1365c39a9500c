import { describe, expect, it } from 'vitest';
import { buildExcerpt, isHit, markHits } from './excerpt.ts';
import { searchKeys } from './normalize.ts';

const keys = (query: string) => searchKeys(query);

describe('isHit', () => {
  it('matches written words by their search keys, whole or with a plural ending, never a fragment', () => {
    expect(isHit('al-Qaʿida', keys('al Qaeda'))).toBe(true);
    expect(isHit('Qaeda,', keys('qa'))).toBe(false);
    expect(isHit('attack', keys('attacks'))).toBe(true);
    expect(isHit('Algeria', keys('al Qaeda'))).toBe(false);
    expect(isHit('Golan);', keys('Golani'))).toBe(false);
  });
});

describe('markHits', () => {
  it('marks the hits and keeps the rest of the text as written', () => {
    expect(markHits('The al-Qaʿida branch', keys('qaida'))).toEqual([
      { text: 'The ', match: false },
      { text: 'al-Qaʿida', match: true },
      { text: ' branch', match: false },
    ]);
  });
});

describe('buildExcerpt', () => {
  const content = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} the Nusra Front and Nusrah fighters ${'x '.repeat(30)}`;

  it('picks the window with the most hits, and says where the text was cut', () => {
    const excerpt = buildExcerpt(content, keys('Nusra'), 12)!;
    expect(excerpt.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Nusra', 'Nusrah']);
    expect(excerpt.cutStart).toBe(true);
    expect(excerpt.cutEnd).toBe(true);
  });

  it('gives nothing when no word of the text is a hit (an entry found by its title or as a mention)', () => {
    expect(buildExcerpt('a text about something else', keys('al-Qaeda'))).toBeUndefined();
  });
});
