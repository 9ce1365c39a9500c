import { describe, expect, it } from 'vitest';
import { shardOf, type LexiconShard } from './lexicon-format.ts';
import { toGaps } from './positions.ts';
import { FIELD_WEIGHTS, rarity, termScore, wordScores } from './word-score.ts';

describe('termScore', () => {
  const { name, header, body } = FIELD_WEIGHTS;
  it.each([
    { name: 'a word in the name over the same word in the body', higher: [name, 100], lower: [body, 100] },
    { name: 'in the header over the body', higher: [header, 100], lower: [body, 100] },
    { name: 'twice in the body over once', higher: [2 * body, 100], lower: [body, 100] },
    { name: 'in a short entry over a long one', higher: [body, 50], lower: [body, 400] },
  ])('ranks $name', ({ higher, lower }) => {
    expect(termScore(higher[0]!, higher[1]!, 100)).toBeGreaterThan(termScore(lower[0]!, lower[1]!, 100));
  });

  it('counts more occurrences less and less, and stores small whole numbers, never 0', () => {
    const scores = [1, 2, 4, 8, 16, 32].map((weighted) => termScore(weighted, 100, 100));
    const gains = scores.slice(1).map((score, i) => score - scores[i]!);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(scores.every((score) => Number.isInteger(score) && score >= 1 && score < 50)).toBe(true);
    expect(termScore(1, 1_000_000, 1)).toBe(1);
  });
});

describe('rarity', () => {
  it('weighs a rare word above a common one, and a word every entry holds above nothing', () => {
    expect(rarity(3, 10_000)).toBeGreaterThan(rarity(3_000, 10_000));
    expect(rarity(10_000, 10_000)).toBeGreaterThan(0);
  });
});

/** Shards holding each word's entries and their stored scores, by position, and the entities whose names hold it. */
function shards(words: Record<string, Record<number, number>>, named: Record<string, number[]> = {}): Map<string, LexiconShard> {
  const all = new Map<string, LexiconShard>();
  const shard = (key: string) =>
    all.get(shardOf(key)) ??
    all.set(shardOf(key), { words: {}, scores: {}, named: {}, names: [], entities: [], near: [], ids: {} }).get(shardOf(key))!;
  for (const [key, byPosition] of Object.entries(words)) {
    const positions = Object.keys(byPosition).map(Number);
    shard(key).words[key] = toGaps(positions);
    shard(key).scores[key] = positions.map((position) => byPosition[position]!);
  }
  for (const [key, positions] of Object.entries(named)) shard(key).named[key] = toGaps(positions);
  return all;
}

describe('wordScores', () => {
  const lexicon = shards({ clash: { 0: 20, 1: 20, 2: 40, 3: 20, 4: 20 }, clashes: { 1: 30 }, kalamun: { 3: 20, 4: 20 } }, { kalamun: [4] });

  it('orders by the stored score, a plural and its singular counting as the better of the two', () => {
    const scores = wordScores(lexicon, ['clash'], 5);
    expect(scores[2]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[0]).toBe(scores[3]);
  });

  it('adds up the words, the rarer weighing more', () => {
    const scores = wordScores(lexicon, ['clash', 'kalamun'], 5);
    expect(scores[3]).toBeGreaterThan(scores[2]!);
  });

  it('ranks an actor or place whose names hold the words above entries holding them as often, less so for part of the query', () => {
    const alone = wordScores(lexicon, ['kalamun'], 5);
    const withOther = wordScores(lexicon, ['kalamun', 'clash'], 5);
    expect(alone[4]).toBeGreaterThan(alone[3]!);
    expect(withOther[4]! - withOther[3]!).toBeLessThan(alone[4]! - alone[3]!);
  });

  it('scores 0 an entry holding none of the words, and every entry for a word no shard holds', () => {
    expect(wordScores(lexicon, ['kalamun'], 5)[0]).toBe(0);
    expect([...wordScores(lexicon, ['truce'], 5)]).toEqual([0, 0, 0, 0, 0]);
  });
});
