import { describe, expect, it } from 'vitest';
import type { PhraseToConfirm } from './match.ts';
import { CONFIRM_IN_TEXT, confirmPhrase, fieldPlaces, firstHolding, holdsPhrase, textPlaces } from './phrase.ts';
import { parseQuery } from './query.ts';

/** The keys of a query's quoted part, as the browser has them. */
const phraseKeys = (phrase: string) => parseQuery(`"${phrase}"`).phrases[0]!.keys;

describe('fieldPlaces', () => {
  it("puts the index's extra keys at their word's place", () => {
    expect(fieldPlaces('Truce in al-Qalamoun')).toEqual([['truce'], ['in'], ['alkalamun', 'kalamun']]);
  });
});

describe('textPlaces', () => {
  it('leaves an empty place after each field', () => {
    expect(textPlaces(['Jund al-Khilafah', '', 'Qalamoun'])).toEqual([['jund'], ['alkhilafa', 'khilafa'], [], [], ['kalamun'], []]);
  });
});

describe('holdsPhrase', () => {
  it.each([
    [['Truce in Qalamoun'], 'truce in Kalamoun', true],
    [['A body that says the truce in al-Qalamoun held.'], 'truce in Qalamoun', true],
    [['The truces in Qalamoun'], 'truce in Qalamoun', true],
    [['Truce in Hama', 'A truce agreed in Qalamoun'], 'truce in Qalamoun', false],
    [['Jund al-Khilafah', 'Qalamoun'], 'Jund al-Khilafah Qalamoun', false],
    [['Jund al-Khilafah in Qalamoun'], 'Jund al-Khilafah in', true],
    [['in Qalamoun truce'], 'truce in Qalamoun', false],
    [['truce in'], 'truce in Qalamoun', false],
    [[], 'truce in Qalamoun', false],
  ])('%j holds "%s": %s (in order, at consecutive places of one field, plurals too)', (fields, phrase, held) => {
    expect(holdsPhrase(textPlaces(fields), phraseKeys(phrase))).toBe(held);
  });

  it('holds no phrase of no keys', () => {
    expect(holdsPhrase(textPlaces(['Truce']), [])).toBe(false);
  });
});

describe('confirmPhrase', () => {
  const phrase = (candidates: number[]): PhraseToConfirm => ({
    part: parseQuery('"truce in Qalamoun"').phrases[0]!,
    candidates: new Set(candidates),
  });
  const texts = (position: number) => (position % 2 ? ['The truce in Qalamoun'] : ['Truce in Hama', 'in Qalamoun']);

  it(`reads the text of up to ${CONFIRM_IN_TEXT} candidates, without the index`, async () => {
    const read: number[] = [];
    const candidates = Array.from({ length: CONFIRM_IN_TEXT }, (_, i) => i);
    const found = await confirmPhrase(phrase(candidates), {
      text: async (position) => (read.push(position), texts(position)),
      search: () => Promise.reject(new Error('the index is not loaded')),
    });
    expect([...found]).toEqual(candidates.filter((position) => position % 2));
    expect(read.toSorted((a, b) => a - b)).toEqual(candidates);
  });

  it('asks the index for more candidates, and keeps the candidates it finds', async () => {
    const candidates = Array.from({ length: CONFIRM_IN_TEXT + 1 }, (_, i) => i);
    const searched: (readonly string[])[] = [];
    const found = await confirmPhrase(phrase(candidates), {
      text: () => Promise.reject(new Error('no text is read')),
      search: async (keys) => (searched.push(keys), new Set([1, 3, 500])),
    });
    expect([...found]).toEqual([1, 3]);
    expect(searched).toEqual([['truce', 'in', 'kalamun']]);
  });
});

describe('firstHolding', () => {
  const truce = phraseKeys('truce in Qalamoun');
  /** Entries at odd positions hold the phrase; the rest hold its words apart. */
  const text = (position: number) => Promise.resolve(position % 2 ? ['The truce in Qalamoun'] : ['Truce in Hama', 'in Qalamoun']);

  it.each([
    ['the first that hold it, in the order given', [9, 4, 7, 2, 5, 3, 1], 3, [9, 7, 5]],
    ['all that hold it when fewer than asked', [4, 7, 2], 3, [7]],
    ['none when none holds it', [2, 4, 6], 3, []],
  ])('%s', async (_, ordered, count, expected) => {
    expect(await firstHolding(ordered, [truce], count, text)).toEqual(expected);
  });

  it('holds every phrase given', async () => {
    const both = (position: number) =>
      Promise.resolve(position === 3 ? ['truce in Qalamoun, then a siege of Yabroud'] : ['truce in Qalamoun']);
    expect(await firstHolding([1, 2, 3], [truce, phraseKeys('siege of Yabroud')], 2, both)).toEqual([3]);
  });

  it(`reads at most ${CONFIRM_IN_TEXT} entries, and stops at the batch where it has found enough`, async () => {
    const read: number[] = [];
    const reading = (position: number) => (read.push(position), text(position));
    const ordered = Array.from({ length: 100 }, (_, i) => i * 2);
    expect(await firstHolding(ordered, [truce], 10, reading)).toEqual([]);
    expect(read).toEqual(ordered.slice(0, CONFIRM_IN_TEXT));
    read.length = 0;
    expect(await firstHolding([2, 1, 3, 5, 7, 9], [truce], 2, reading)).toEqual([1, 3]);
    expect(read).toEqual([2, 1, 3, 5]);
  });
});
