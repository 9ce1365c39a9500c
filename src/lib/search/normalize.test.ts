import { describe, expect, it } from 'vitest';
import { foldWords, normalizeQuery, placedKeys, searchKeys, SPELLING_FAMILIES, wordKey } from './normalize.ts';

/** Every spelling in a family must give one query, and find its name's index keys. */
function expectSameFamily(spellings: readonly string[]) {
  const queries = new Set(spellings.map(normalizeQuery));
  expect([...queries], spellings.join(' / ')).toHaveLength(1);
}

describe('foldWords', () => {
  it('folds diacritics, case and the ayn and hamza marks', () => {
    expect(foldWords('Abū Muḥammad al-Jawlānī')).toEqual(['abu', 'muhammad', 'al', 'jawlani']);
    expect(foldWords('al-Qaʿida, al-Qa’ida, Daʾish')).toEqual(['al', 'qaida', 'al', 'qaida', 'daish']);
    expect(foldWords('Amédy Coulibaly')).toEqual(['amedy', 'coulibaly']);
  });

  it('joins abbreviations and splits on hyphens, spaces and punctuation', () => {
    expect(foldWords('U.S. strikes (2014)')).toEqual(['us', 'strikes', '2014']);
    expect(foldWords('wa-l-Jihad')).toEqual(['wa', 'l', 'jihad']);
    expect(foldWords('ash-Sham, as soon')).toEqual(['al', 'sham', 'as', 'soon']);
  });

  it('normalizes Arabic script letter forms', () => {
    expect(foldWords('الدولة الإسلامية')).toEqual(['الدوله', 'الاسلاميه']);
  });
});

describe('wordKey', () => {
  it.each([
    ['qaeda', 'kaida'],
    ['qaida', 'kaida'],
    ['daesh', 'daish'],
    ['sheikh', 'shaikh'],
    ['shaykh', 'shaikh'],
    ['qalamoun', 'kalamun'],
    ['abou', 'abu'],
    ['nusrah', 'nusra'],
    ['islamiyya', 'islamiya'],
    ['hassan', 'hasan'],
    ['djamel', 'jamel'],
    ['ibn', 'bin'],
    ['abdul', 'abd'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });

  it('keeps short words, long vowels and numbers as they are', () => {
    expect(['all', 'off', 'good', 'saad', '2014'].map(wordKey)).toEqual(['all', 'off', 'good', 'saad', '2014']);
  });
});

describe('searchKeys', () => {
  it('drops the article from a query, also in its assimilated forms', () => {
    expect(searchKeys("al-Qa'ida")).toEqual(['kaida']);
    expect(searchKeys('ash-Sham ad-Dawla an-Nusra')).toEqual(['sham', 'dawla', 'nusra']);
    expect(searchKeys('Tawhid wa-l-Jihad')).toEqual(['tawhid', 'wa', 'jihad']);
  });

  it('keeps words that only look like an article', () => {
    expect(searchKeys('as soon as possible')).toEqual(['as', 'soon', 'as', 'posible']);
    expect(searchKeys('Al')).toEqual(['al']);
  });

  it('indexes each word also glued to its article, so a glued query finds it', () => {
    expect(searchKeys('al-Qaeda', 'index')).toEqual(['alkaida', 'kaida']);
    expect(searchKeys('alqaeda')).toEqual(['alkaida']);
    expect(searchKeys('القاعدة', 'index')).toEqual(['قاعده', 'القاعده']);
    expect(searchKeys('al-Qaeda and al-Qaeda', 'index')).toEqual(['alkaida', 'kaida', 'and', 'alkaida', 'kaida']);
    expect(searchKeys('القاعدة')).toEqual(['قاعده']);
  });
});

describe('placedKeys', () => {
  it('numbers the words a query keeps; keys glued to an article take the place of their word', () => {
    expect(placedKeys('Jabhat al-Nusra', 'index')).toEqual([
      ['jabhat', 0],
      ['alnusra', 1],
      ['nusra', 1],
    ]);
    expect(placedKeys('Jabhat al-Nusra')).toEqual([
      ['jabhat', 0],
      ['nusra', 1],
    ]);
    expect(placedKeys('القاعدة في', 'index')).toEqual([
      ['قاعده', 0],
      ['القاعده', 0],
      ['في', 1],
    ]);
    expect(placedKeys('as soon as al')).toEqual([
      ['as', 0],
      ['soon', 1],
      ['as', 2],
      ['al', 3],
    ]);
  });
});

describe('spelling families that meet', () => {
  it.each(SPELLING_FAMILIES.map((family) => [family]))('%j', (spellings) => expectSameFamily(spellings));

  it('does not fold vowel quality, which would merge English words (not/nut, bet/bit)', () => {
    expect(normalizeQuery('Julani')).not.toBe(normalizeQuery('Jolani'));
    expect(normalizeQuery('not')).not.toBe(normalizeQuery('nut'));
  });
});
