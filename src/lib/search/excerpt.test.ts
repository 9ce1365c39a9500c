import { describe, expect, it } from 'vitest';
import { buildExcerpt, isHit, markHits, type Highlight } from './excerpt.ts';
import { searchKeys } from './normalize.ts';
import { parseQuery, queryHighlight } from './query.ts';

const keys = (query: string) => searchKeys(query);
/** The query's words, as a result of it marks them. */
const words = (query: string): Highlight => ({ words: keys(query), phrases: [] });
/** The marked words of a text. */
const marked = (text: string, query: string) =>
  markHits(text, queryHighlight(parseQuery(query)))
    .filter((part) => part.match)
    .map((part) => part.text);

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
    expect(markHits('The al-Qaʿida branch', words('qaida'))).toEqual([
      { text: 'The ', match: false },
      { text: 'al-Qaʿida', match: true },
      { text: ' branch', match: false },
    ]);
  });

  it.each([
    ['In the truce, the Islamic State in Qalamoun and the Nusra Front', '"the Islamic State in"', ['the', 'Islamic', 'State', 'in']],
    ['In the truce, the Islamic State in Qalamoun', 'the Islamic State in', ['In', 'the', 'the', 'Islamic', 'State', 'in']],
    ['Jabhat al Nusra and Jabhat al-Nusra, not Jabhat Fateh', '"Jabhat al-Nusra"', ['Jabhat', 'Nusra', 'Jabhat', 'al-Nusra,']],
    ['the U.S.-led air campaign and U.S. aid', '"US-led air campaign"', ['U.S.-led', 'air', 'campaign']],
    ['truces in Qalamoun; truce talks', '"truce in Qalamoun" talks', ['truces', 'in', 'Qalamoun;', 'talks']],
    ['the Islamic State, in Iraq', '"State in Iraq"', ['State,', 'in', 'Iraq']],
    ['the Islamic State. In the end', '"Islamic State" "in the"', ['Islamic', 'State.', 'In', 'the']],
  ])('in %j, %s marks %j: a quoted phrase only where its words stand together', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });
});

describe('buildExcerpt', () => {
  const content = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} the Nusra Front and Nusrah fighters ${'x '.repeat(30)}`;

  it('picks the window with the most hits, and says where the text was cut', () => {
    const excerpt = buildExcerpt(content, words('Nusra'), 12)!;
    expect(excerpt.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Nusra', 'Nusrah']);
    expect(excerpt.cutStart).toBe(true);
    expect(excerpt.cutEnd).toBe(true);
  });

  it('starts a few words before the first hit, so the words after it show too', () => {
    const text = `${'w '.repeat(40)}the truce in Qalamoun held ${'x '.repeat(40)}`;
    const excerpt = buildExcerpt(text, words('truce'), 12)!;
    expect(excerpt.parts.map((p) => p.text).join('')).toBe('w w w w w the truce in Qalamoun held x x');
  });

  it('picks the window where a quoted phrase stands, not the one with most of its words apart', () => {
    const text = `the the in in the in the ${'w '.repeat(40)} the Islamic State in Qalamoun ${'x '.repeat(40)}`;
    const excerpt = buildExcerpt(text, queryHighlight(parseQuery('"the Islamic State in"')), 12)!;
    expect(excerpt.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['the', 'Islamic', 'State', 'in']);
  });

  it('gives nothing when no word of the text is a hit (an entry found by its title or as a mention)', () => {
    expect(buildExcerpt('a text about something else', words('al-Qaeda'))).toBeUndefined();
  });
});
