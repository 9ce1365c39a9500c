/**
 * Search keys: the one normalization applied both to what is indexed and to what an analyst
 * types, so that spellings of a name that differ only in ways a rule can tell apart still meet.
 * The rules, and why each is there, are in docs/search.md; keep the two in step.
 *
 * Pure and dependency-free: the build's indexing step and the browser's search script both
 * import this file.
 */

/**
 * Spellings that the rules make meet, one family per row: the tests hold the rules to them, and
 * the methodology page shows them to readers.
 */
export const SPELLING_FAMILIES: readonly (readonly string[])[] = [
  ['al-Qaeda', "al-Qa'ida", 'al Qaida', 'al-Qaʿida', 'Al Qaeda', 'el-Qaida'],
  ['Jabhat al-Nusra', 'Jabhat an-Nusrah', 'jabhat al nusra'],
  ['ad-Dawlah al-Islamiyah', 'al-Dawla al-Islamiyya', 'ad-Dawla al-Islāmiyya'],
  ['Uqba bin Nafi', "Uqba ibn Nafi'", 'ʿUqba bn Nafi'],
  ['Abu Bakr', 'Abou Bakr', 'Abū Bakr'],
  ['Shaykh', 'Sheikh', 'Shaikh'],
  ['Daesh', "Da'ish", 'Daʿish'],
  ['Ifriqiyya', 'Ifriqiya', 'Ifriqiyah'],
];

/** Marks that stand for ayn and hamza, and the apostrophes used in their place: dropped. */
const AYN_HAMZA_MARKS = /[ʿʾʼʻˀˁ'’‘`´′ʹ]/g;

/** Letters that Unicode decomposition does not fold to ASCII. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};

/** Arabic script: alef with hamza or madda → alef, ta marbuta → ha, alef maqsura → ya; tatweel dropped. */
const ARABIC_FOLDS: readonly [RegExp, string][] = [
  [/[أإآٱ]/g, 'ا'],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/ـ/g, ''],
];

/** The Arabic article written as a word of its own: "al-Qaeda", "el Sisi", "wa-l-Jihad". */
const ARTICLES = new Set(['al', 'el', 'l']);
/**
 * The article assimilated to a "sun letter" and hyphenated: "ash-Sham", "ad-Dawla", "an-Nusra"
 * are read as "al-". Only with the hyphen: "as soon" and "at the" are English.
 */
const SUN_LETTER_ARTICLE = /\ba(t|th|d|dh|r|z|s|sh|n)-(?=\1)/g;
const ARABIC_ARTICLE = /^ال(?=..)/;

/** Whole words with one spelling family: "son of", and "servant of" written as one word. */
const WORD_EQUIVALENTS: Readonly<Record<string, string>> = {
  ibn: 'bin',
  ben: 'bin',
  bn: 'bin',
  abdul: 'abd',
  abdel: 'abd',
  abdal: 'abd',
  abdoul: 'abd',
  abdu: 'abd',
};

/**
 * Shadda written or not: Hassan/Hasan, Islamiyya/Islamiya. Only consonants (doubled vowels
 * are long vowels, and "good" is not "god"); words under four letters keep theirs, as
 * "all", "off" and "add" are not spellings of "al", "of" and "ad".
 */
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1+/g;

/**
 * Transliteration variants of one Arabic sound, folded to one spelling (order matters).
 * Each rule was kept only where it rarely merges two different English words (docs/search.md).
 */
const LETTER_EQUIVALENTS: readonly [RegExp, string][] = [
  [/dj/g, 'j'], // French "dj" for jim: Djamel, Djihad
  [/ou/g, 'u'], // French "ou" for damma: Abou, Qalamoun, Oussama
  [/a[ey]|e[iy]/g, 'ai'], // diphthong and ayn-plus-i: Qaeda/Qaida, Sheikh/Shaykh, Husayn/Hussein
  [/q/g, 'k'], // qaf as q or k: Iraq/Irak, Qalamoun/Kalamoun
  [/(?<=[a-z])ah$/, 'a'], // final ta marbuta: Nusrah/Nusra, Khilafah/Khilafa
];

/** Diacritics, case, ayn/hamza marks and non-ASCII letters folded; the words split apart. */
export function foldWords(text: string): string[] {
  let folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(AYN_HAMZA_MARKS, '');
  folded = folded.replace(/[øłđðþßæœıħ]/g, (letter) => LETTER_FOLDS[letter] ?? letter);
  for (const [pattern, replacement] of ARABIC_FOLDS) folded = folded.replace(pattern, replacement);
  folded = folded.replace(SUN_LETTER_ARTICLE, 'al-');
  // A full stop inside a word is an abbreviation ("U.S."), so it joins like an apostrophe.
  return folded
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a written word is an article alone ("al", "el"): followed by another word it takes no
 * place of its own (`placedKeys`), as in "Jabhat al Nusra".
 */
export function isLoneArticle(word: string): boolean {
  const words = foldWords(word);
  return words.length === 1 && ARTICLES.has(words[0]!);
}

/** Keys already made: a corpus repeats its words, and indexing keys every word of every entry twice. */
const keysByWord = new Map<string, string>();

/** One word's search key: its spelling family, with the transliteration table applied. */
export function wordKey(word: string): string {
  let key = keysByWord.get(word);
  if (key === undefined) {
    key = spellingKey(word);
    keysByWord.set(word, key);
  }
  return key;
}

function spellingKey(word: string): string {
  const equivalent = WORD_EQUIVALENTS[word];
  if (equivalent) return equivalent;
  if (!/^[a-z]+$/.test(word)) return word;
  let key = word.length >= 4 ? word.replace(DOUBLED_CONSONANT, '$1') : word;
  for (const [pattern, replacement] of LETTER_EQUIVALENTS) key = key.replace(pattern, replacement);
  return key || word;
}

/**
 * The search keys of a text, word by word (repeated words give repeated keys). A query gets
 * the bare keys ("al-Qa'ida" → ["kaida"]). The index also gets each word glued to its article
 * ("alkaida"), because a glued "al" in a query ("alqaeda") cannot be told from a word that
 * starts with "al" (Algeria).
 */
export function searchKeys(text: string, mode: 'query' | 'index' = 'query'): string[] {
  return placedKeys(text, mode).map(([key]) => key);
}

/**
 * `searchKeys` with the place of each key among the query keys of the text: the index's extra
 * keys (a word glued to its article, an Arabic word with its article) stand at their word's
 * place, so the words of a phrase typed in a query ("Jabhat al-Nusra": "jabhat nusra") are at
 * consecutive places in the text that holds it.
 */
export function placedKeys(text: string, mode: 'query' | 'index' = 'query'): [key: string, place: number][] {
  const words = foldWords(text);
  let place = 0;
  return words.flatMap((word, i): [string, number][] => {
    const next = words[i + 1];
    if (next !== undefined && ARTICLES.has(word)) return mode === 'index' ? [[wordKey(`al${next}`), place]] : [];
    const arabicBare = word.replace(ARABIC_ARTICLE, '');
    const here = place++;
    if (arabicBare !== word)
      return mode === 'index'
        ? [
            [arabicBare, here],
            [word, here],
          ]
        : [[arabicBare, here]];
    return [[wordKey(word), here]];
  });
}

/** The query string to hand to Pagefind: the keys joined by spaces. */
export function normalizeQuery(query: string): string {
  return searchKeys(query).join(' ');
}
