/**
 * How well an entry matches a query's words, computed from the lexicon alone (BM25): each word
 * counts by how often and where the entry holds it (a name weighs more than the header, the
 * header more than the body), less in a long entry, and more the rarer the word is in the site.
 * The build stores each word's part per entry (`termScore`, in the word shards beside the
 * entries holding it); the browser adds the words' rarity (`wordScores`). So the order within a
 * tier is the same whether Pagefind's index is one or in parts, and a query matching tens of
 * thousands of entries is ranked without Pagefind's search.
 */
import { shardOf } from './lexicon-format.ts';
import { wordForms, type Shards } from './match.ts';
import { positionsOf } from './positions.ts';

/** Weights of an entry's fields (on Pagefind's scale, whose ranking the site's replaced: an h1 is 7, body text 1). */
export const FIELD_WEIGHTS = {
  /** An actor's or place's title, aliases and native name: its names. */
  name: 10,
  /** Any other entry's title and aliases: descriptions, weighted like a heading. */
  description: 6,
  /** Type, date and summary, and the title again. */
  header: 2,
  body: 1,
};

/** How soon more occurrences stop counting (BM25's k1; Pagefind's default). */
const SATURATION = 1.4;
/**
 * How much a long entry's words count less (BM25's b, 0–1): little, as entries differ in length
 * for reasons unrelated to relevance (an actor's page grows with its history).
 */
const LENGTH_WEIGHT = 0.1;
/** What an actor's or place's names weigh beside its words, so that the entry a name belongs to comes before entries that mention it. */
const NAME_BOOST = 10;
/** Steps of a stored score per unit: small whole numbers compress well. */
const STEPS = 20;

/** A word's part in an entry's score, as stored: `weighted` (occurrences times field weights) in an entry of `length` words. */
export function termScore(weighted: number, length: number, averageLength: number): number {
  const lengthFactor = 1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * length) / averageLength;
  const saturated = (weighted * (SATURATION + 1)) / (weighted + SATURATION * lengthFactor);
  return Math.max(1, Math.round(saturated * STEPS));
}

/** How much a word found in `holding` of `pageCount` entries tells (BM25's inverse document frequency). */
export function rarity(holding: number, pageCount: number): number {
  return Math.log(1 + (pageCount - holding + 0.5) / (holding + 0.5));
}

/** A word's stored scores by entry position (0 where it is not; a plural and its singular count as the better of the two), how many entries hold it, and the actors and places whose names hold it. */
function keyScores(shards: Shards, key: string, pageCount: number): { scores: Uint8Array; holding: number; named: Set<number> } {
  const [scores, named] = [new Uint8Array(pageCount), new Set<number>()];
  let holding = 0;
  const shard = shards.get(shardOf(key));
  for (const form of wordForms(key)) {
    const [positions, values] = [positionsOf(shard?.words[form] ?? []), shard?.scores[form] ?? []];
    for (let i = 0; i < positions.length; i++) {
      const [position, score] = [positions[i]!, Math.max(1, values[i] ?? 0)];
      if (!scores[position]) holding++;
      if (score > scores[position]!) scores[position] = score;
    }
    for (const position of positionsOf(shard?.named[form] ?? [])) named.add(position);
  }
  return { scores, holding, named };
}

/**
 * Every entry's score for the query's words, by position (0 for an entry holding none): each
 * word's stored score times its rarity, summed; and an actor or place whose names hold some of
 * the words gains as Pagefind would rank a match in weighted metadata: the weight times the
 * rarity of the words its names hold, times the share of the query's rarity that is, squared (a
 * name matching one word of three gains little). Typed arrays by position, not maps: a common
 * word is held by most of the site.
 */
export function wordScores(shards: Shards, keys: readonly string[], pageCount: number): Float64Array {
  const words = [...new Set(keys)].map((key) => keyScores(shards, key, pageCount));
  const rarities = words.map(({ holding }) => rarity(holding, pageCount));
  const queryRarity = rarities.reduce((sum, value) => sum + value, 0);
  const [total, namedRarity] = [new Float64Array(pageCount), new Map<number, number>()];
  words.forEach(({ scores, named }, i) => {
    const weight = rarities[i]! / STEPS;
    for (let position = 0; position < pageCount; position++) if (scores[position]) total[position]! += scores[position]! * weight;
    for (const position of named) namedRarity.set(position, (namedRarity.get(position) ?? 0) + rarities[i]!);
  });
  for (const [position, matched] of namedRarity) total[position]! += NAME_BOOST * matched * (matched / queryRarity) ** 2;
  return total;
}
