import { describe, expect, it } from 'vitest';
import {
  pairShardOf,
  quadShardOf,
  shardOf,
  tripleShardOf,
  type LexiconEntity,
  type LexiconShard,
  type SequenceShard,
} from './lexicon-format.ts';
import {
  matchQuery,
  namedEntities,
  pagesWithKey,
  pagesWithPhrase,
  phrasesToConfirm,
  rankResults,
  wordForms,
  type Sequences,
  type Shards,
} from './match.ts';
import { toGaps } from './positions.ts';
import { parseQuery } from './query.ts';

function entity(slug: string, position: number, mentions: number[], place = ''): LexiconEntity {
  return { slug, url: `/actors/${slug}/`, title: slug, type: 'Actor · Group', place, summary: '', position, mentions };
}

/**
 * Words followed by others, by entry: entry 3 has "Qalamoun truces", entry 1 both words apart;
 * entry 4 "Jund al-Khilafah Qalamoun an raid", entry 0 only "Jund al-Khilafah".
 */
const PAIRS: Record<string, Record<string, number[]>> = {
  kalamun: { truces: [3], an: [4] },
  jund: { khilafa: [0, 4] },
  khilafa: { kalamun: [4] },
  an: { raid: [4] },
};
const TRIPLES: Record<string, Record<string, number[]>> = {
  jund: { 'khilafa kalamun': [4] },
  khilafa: { 'kalamun an': [4] },
  kalamun: { 'an raid': [4] },
};
const QUADS: Record<string, Record<string, number[]>> = {
  jund: { 'khilafa kalamun an': [4] },
  khilafa: { 'kalamun an raid': [4] },
};

function sequences(): Sequences {
  const all = new Map<string, SequenceShard>();
  const add = (postings: Record<string, Record<string, number[]>>, nameOf: (key: string) => string) => {
    for (const [key, followers] of Object.entries(postings)) {
      const shard = all.get(nameOf(key)) ?? all.set(nameOf(key), {}).get(nameOf(key))!;
      shard[key] = Object.fromEntries(Object.entries(followers).map(([follower, list]) => [follower, toGaps(list)]));
    }
  };
  add(PAIRS, pairShardOf);
  add(TRIPLES, tripleShardOf);
  add(QUADS, quadShardOf);
  return all;
}

/** A lexicon of seven entries: words by position, two groups sharing the name "Jund al-Khilafah", one alias. */
function shards(): Shards {
  const words: Record<string, number[]> = {
    truce: [1, 2],
    truces: [3],
    kalamun: [1, 3, 4],
    hama: [5],
    hamas: [6],
    jund: [0, 4],
    khilafa: [0, 4],
    an: [0, 1, 2, 3, 4, 5, 6],
    golani: [2],
    raid: [4],
  };
  const all = new Map<string, LexiconShard>();
  const shard = (key: string) => {
    if (!all.has(shardOf(key))) all.set(shardOf(key), { words: {}, scores: {}, named: {}, names: [], entities: [], near: [], ids: {} });
    return all.get(shardOf(key))!;
  };
  for (const [key, list] of Object.entries(words)) shard(key).words[key] = toGaps(list);
  const jund = shard('jund khilafa');
  jund.entities.push(entity('jund-al-khilafah-algeria', 0, [5]), entity('jund-al-khilafah-tunisia', 4, [6]));
  jund.names.push(['jund khilafa', 'Jund al-Khilafah', 0], ['jund khilafa', 'Jund al-Khilafah', 1]);
  const golani = shard('golani');
  golani.entities.push(entity('abu-muhammad-al-jawlani', 2, [6, 1, 3]));
  golani.names.push(['golani', 'Golani', 0]);
  shard('bardo-museum-attack').ids['bardo-museum-attack'] = [6, '/events/bardo-museum-attack/'];
  shard('bardo-attack').ids['bardo-attack'] = [6, '/events/bardo-museum-attack/'];
  return all;
}

describe('wordForms', () => {
  it.each([
    ['truce', ['truce', 'truces', 'trucees']],
    ['truces', ['truces', 'trucess', 'truceses', 'truce']],
    ['hama', ['hama']],
    ['القاعده', ['القاعده']],
  ])('%s → %j', (key, forms) => expect(wordForms(key)).toEqual(forms));
});

describe('pagesWithKey', () => {
  it.each([
    ['truce', [1, 2, 3]],
    ['truces', [3, 1, 2]],
    ['hama', [5]],
    ['ha', []],
    ['ansar', []],
  ])('%s → %j (whole words and plurals, no fragments)', (key, pages) => expect([...pagesWithKey(shards(), key)]).toEqual(pages));
});

describe('namedEntities', () => {
  it('finds both entities that share a name', () => {
    expect(namedEntities(shards(), parseQuery('Jund al-Khilafa').words).map((m) => m.entity.slug)).toEqual([
      'jund-al-khilafah-algeria',
      'jund-al-khilafah-tunisia',
    ]);
  });
  it('finds an entity by an alias, and says which', () => {
    expect(namedEntities(shards(), parseQuery('Golani').words)).toMatchObject([
      { name: 'Golani', entity: { slug: 'abu-muhammad-al-jawlani' } },
    ]);
  });
  it('needs the whole name', () => {
    expect(namedEntities(shards(), parseQuery('Jund').words)).toEqual([]);
  });
});

describe('matchQuery', () => {
  const pages = (query: string, confirmed = new Map<string, Set<number>>()) =>
    [...matchQuery(parseQuery(query), shards(), sequences(), confirmed).pages].sort();
  it.each([
    ['truce Qalamoun', [1, 3]],
    ['truce', [1, 2, 3]],
    ['Ansar al-Sharia', []],
    ['an ansar', []],
    ['Golani', [1, 2, 3, 6]],
    ['Jund al-Khilafah', [0, 4, 5, 6]],
    ['Golani truce', [2]],
    ['bardo-museum-attack', [6]],
    ['/e/bardo-attack/', [6]],
  ])('%s → %j', (query, expected) => expect(pages(query)).toEqual(expected));

  it.each([
    ['"Qalamoun truce"', [3]],
    ['"Qalamoun truces"', [3]],
    ['"truce Qalamoun"', []],
    ['"truce"', [1, 2, 3]],
    ['"Golani" truce', [1, 2, 3]],
    ['"Jund al-Khilafah"', [0, 4, 5, 6]],
    ['"Qalamoun truce" Jund', []],
  ])('a quoted part of one or two words that is not a name, from the pairs; a quoted name as the entity: %s → %j', (query, expected) =>
    expect(pages(query)).toEqual(expected),
  );

  it.each([
    ['"Jund al-Khilafah Qalamoun"', [4]],
    ['"al-Khilafah Qalamoun an"', [4]],
    ['"Qalamoun Jund al-Khilafah"', []],
  ])('a quoted part of three words, from the triples: %s → %j', (query, expected) => expect(pages(query)).toEqual(expected));

  it.each([
    ['"Jund al-Khilafah Qalamoun an"', [4]],
    ['"al-Khilafah Qalamoun an raid"', [4]],
    ['"Qalamoun an Jund al-Khilafah"', []],
  ])('a quoted part of four words, from the quads: %s → %j', (query, expected) => expect(pages(query)).toEqual(expected));

  it('a quoted part of five words or more: the entries confirmed among those holding each four of its words together', () => {
    const text = 'Jund al-Khilafah Qalamoun an raid';
    expect(pages(`"${text}"`, new Map([[text, new Set([4])]]))).toEqual([4]);
    // A confirmation counts only where the quads are: entry 0 lacks "Khilafah Qalamoun an raid".
    expect(pages(`"${text}"`, new Map([[text, new Set([0, 4])]]))).toEqual([4]);
    expect(pages(`"${text}"`, new Map([[text, new Set()]]))).toEqual([]);
    expect(pages(`"${text}"`)).toEqual([]);
  });
});

describe('phrasesToConfirm', () => {
  it.each([
    ['"Jund al-Khilafah Qalamoun an raid"', ['Jund al-Khilafah Qalamoun an raid']],
    ['"Jund al-Khilafah Qalamoun an raid" "Jund al-Khilafah Qalamoun an raid" truce', ['Jund al-Khilafah Qalamoun an raid']],
    ['"Jund al-Khilafah Qalamoun an"', []],
    ['"raid Jund al-Khilafah Qalamoun an"', []],
    ['"Qalamoun truce"', []],
    ['"Jund al-Khilafah"', []],
    ['Jund al-Khilafah Qalamoun an raid', []],
  ])('%s → %j (five words or more, not a name, held four words by four somewhere)', (query, expected) =>
    expect(phrasesToConfirm(parseQuery(query), shards(), sequences()).map(({ part }) => part.text)).toEqual(expected),
  );

  it('gives the entries holding each four words of the phrase, of which those holding the phrase match', () => {
    const [phrase] = phrasesToConfirm(parseQuery('"Jund al-Khilafah Qalamoun an raid"'), shards(), sequences());
    expect([...phrase!.candidates]).toEqual([4]);
  });
});

describe('pagesWithPhrase', () => {
  it.each([
    [['kalamun', 'truce'], [3]],
    [['truce', 'kalamun'], []],
    [['kalamun', 'truces'], [3]],
    [
      ['jund', 'khilafa'],
      [0, 4],
    ],
    [['jund', 'khilafa', 'kalamun'], [4]],
    [['jund', 'khilafa', 'kalamun', 'an'], [4]],
    [['jund', 'khilafa', 'kalamun', 'an', 'raid'], [4]],
    [['khilafa', 'kalamun', 'an', 'jund'], []],
    [['khilafa', 'kalamun', 'jund'], []],
    [['khilafa', 'jund'], []],
  ])('%j → %j (in order, plurals too)', (keys, pages) =>
    expect([...pagesWithPhrase(sequences(), keys, new Set([0, 1, 2, 3, 4]))].sort()).toEqual(pages),
  );

  it('looks only at the pages it is given', () => {
    expect([...pagesWithPhrase(sequences(), ['jund', 'khilafa'], new Set([1, 4]))]).toEqual([4]);
  });
});

describe('matchQuery: words together', () => {
  const together = (query: string, confirmed = new Map<string, Set<number>>()) =>
    [...matchQuery(parseQuery(query), shards(), sequences(), confirmed).together].sort();
  it.each([
    ['Qalamoun truce', [3]],
    ['Qalamoun truces', [3]],
    ['truce Qalamoun', []],
    ['truce', []],
    ['Golani', []],
    ['Jund al-Khilafah', [0, 4]],
    ['Jund al-Khilafah Qalamoun', [4]],
    ['Jund al-Khilafah Qalamoun an', [4]],
    ['Qalamoun an Jund al-Khilafah', []],
  ])('%s → %j', (query, expected) => expect(together(query)).toEqual(expected));

  it('needs every part together, a long quoted part as confirmed', () => {
    expect(together('"Qalamoun truce"')).toEqual([3]);
    expect(together('Jund al-Khilafah "Jund al-Khilafah Qalamoun"')).toEqual([4]);
    expect(
      together('Jund al-Khilafah "Jund al-Khilafah Qalamoun an raid"', new Map([['Jund al-Khilafah Qalamoun an raid', new Set([4])]])),
    ).toEqual([4]);
    expect(together('Qalamoun truce "Jund al-Khilafah"')).toEqual([]);
  });
});

/** Scores by position, as `wordScores` gives them (none where not given). */
const byPosition = (scores: Partial<Record<number, number>>): number[] => Object.assign([], scores);

describe('rankResults', () => {
  it('puts the entry named by ID first, then the named entities, then phrases, then by score, then by links to the entity', () => {
    const match = matchQuery(parseQuery('Golani'), shards());
    // A score counts only where the words are: page 1 only mentions the entity.
    expect(rankResults(match, byPosition({ 1: 0.5 }))).toEqual([2, 6, 1, 3]);
    const scores = byPosition({ 1: 2, 3: 0.5 });
    expect(rankResults(matchQuery(parseQuery('truce Qalamoun'), shards()), scores)).toEqual([1, 3]);
    // Entry 3 holds "Qalamoun truces" as typed: it comes first whatever the scores.
    expect(rankResults(matchQuery(parseQuery('Qalamoun truce'), shards(), sequences()), scores)).toEqual([3, 1]);
    expect(rankResults(match, [])).toEqual([2, 6, 1, 3]);
    const byId = matchQuery(parseQuery('bardo-museum-attack'), shards());
    expect(rankResults(byId, [])).toEqual([6]);
  });

  it.each([
    { name: 'a higher score first', scores: { 1: 0.2, 3: 0.9 }, order: [3, 1] },
    { name: 'equal scores in index order', scores: { 3: 0.5, 1: 0.5 }, order: [1, 3] },
    { name: 'a page without a score after those with one', scores: { 3: 0.1 }, order: [3, 1] },
    { name: 'no scores: index order', scores: {}, order: [1, 3] },
  ])('orders the entries holding the words by their scores: $name', ({ scores, order }) => {
    const match = matchQuery(parseQuery('truce Qalamoun'), shards());
    expect(rankResults(match, byPosition(scores))).toEqual(order);
  });
});
