import { describe, expect, it } from 'vitest';
import { closestNames, editDistance, nameEnds } from './did-you-mean.ts';
import type { NameList } from './lexicon-format.ts';
import { searchKeys } from './normalize.ts';

const NAMES: NameList = [
  'Jolani',
  'Golani',
  'Islamic State',
  'Qalamoun',
  'Hezbollah',
  'Jund al-Khilafah',
  'Ansar Bayt al-Maqdis',
  'Abū Ḥamza al-Qaḥṭānī',
].flatMap((name) => nameEnds(searchKeys(name).join(' ')).map((end): [string, string] => [end, name]));
const suggest = (query: string) => closestNames(NAMES, searchKeys(query).join(' '));

describe('editDistance', () => {
  it.each([
    ['golani', 'golani', 0],
    ['golany', 'golani', 1],
    ['goalni', 'golani', 1],
    ['jolani', 'golani', 1],
    ['abc', 'xyzzy', 4],
  ])('%s → %s: %d', (a, b, distance) => expect(editDistance(a, b, 3)).toBe(distance));
  it('stops past the limit', () => expect(editDistance('kalamun', 'hezbolah', 2)).toBe(3));
});

describe('closestNames', () => {
  it.each([
    ['Jolany', ['Jolani']],
    ['Hezbolla', ['Hezbollah']],
    ['Qalam', ['Qalamoun']],
    ['Kahtany', ['Abū Ḥamza al-Qaḥṭānī']],
    ['Khilafa', ['Jund al-Khilafah']],
    ['Islamic Stat', ['Islamic State']],
    ['Ansar al-Sharia', []],
    ['Boko Haram', []],
    ['Jaysh al-Islam', []],
    ['', []],
  ])('%s → %j', (query, names) => expect(suggest(query)).toEqual(names));
});
