import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../knowledge-base.ts';
import { buildLexicon, searchLexicon, searchOrder, searchOrderStamp } from './lexicon.ts';
import { pairShardOf, quadShardOf, shardFile, shardOf, tripleShardOf } from './lexicon-format.ts';
import { bodyText, searchFields } from './fields.ts';
import { matchQuery, pagesWithKey, pagesWithPhrase } from './match.ts';
import { holdsPhrase, textPlaces } from './phrase.ts';
import { fromGaps } from './positions.ts';
import { parseQuery } from './query.ts';

function fixture(): LoadedKnowledgeBase {
  const { knowledgeBase, problems } = loadKnowledgeBase(
    knowledgeBaseOptions({ contentDir: 'tests/fixtures/search', release: 'TLP:CLEAR', base: '/kb/' }),
  );
  if (!knowledgeBase) throw new Error(problems.map((p) => p.message).join('\n'));
  return knowledgeBase;
}

const kb = fixture();
const { shards, pairs, triples, quads } = await buildLexicon(kb);
const sequences = new Map([...pairs, ...triples, ...quads]);
/** The pages of `all` in every set. */
const intersect = (sets: ReadonlySet<number>[], all: ReadonlySet<number>) =>
  new Set([...all].filter((page) => sets.every((set) => set.has(page))));
const slugsAt = (positions: Iterable<number>) => [...positions].map((position) => searchOrder(kb)[position]!.slug).sort();

describe('shards', () => {
  it('are named by the first three letters, with a file name safe in any script', () => {
    expect(shardOf('kalamun')).toBe('kal');
    expect(shardOf('ka')).toBe('ka');
    expect(shardFile('kal')).toBe('kal');
    expect(shardFile(shardOf('القاعده'))).toMatch(/^u[0-9a-z-]+$/);
    expect(shardFile('us ')).toMatch(/^u[0-9a-z-]+$/);
    expect(shardFile(pairShardOf('kalamun'))).toBe('kal.pairs');
    expect(shardFile(pairShardOf('القاعده'))).toMatch(/^u[0-9a-z-]+\.pairs$/);
    expect(shardFile(tripleShardOf('kalamun'))).toBe('kal.triples');
    expect(shardFile(tripleShardOf('in'))).toBe('in.triples');
    expect(shardFile(quadShardOf('kalamun'))).toBe('kal.quads');
    expect(shardFile(quadShardOf('القاعده'))).toMatch(/^u[0-9a-z-]+\.quads$/);
  });

  it('are written as one set of files, word shards, pair, triple and quad shards', async () => {
    const files = await searchLexicon(kb);
    expect(files.size).toBe(shards.size + pairs.size + triples.size + quads.size);
    expect(files.get(pairShardOf('group'))).toBe(pairs.get(pairShardOf('group')));
    expect(files.get(tripleShardOf('group'))).toBe(triples.get(tripleShardOf('group')));
    expect(files.get(quadShardOf('group'))).toBe(quads.get(quadShardOf('group')));
  });
});

describe('searchLexicon', () => {
  it('holds each word of an entry under its search key, pointing at the entries that have it', () => {
    expect(slugsAt(fromGaps(shards.get(shardOf('sharkiya'))!.words.sharkiya!))).toContain('jabhat-ansar-al-sharqiyya');
  });

  it('scores a word in each entry holding it, a name above a word of the body', () => {
    const scoreIn = (key: string, slug: string) => {
      const shard = shards.get(shardOf(key))!;
      const positions = fromGaps(shard.words[key]!);
      expect(shard.scores[key]).toHaveLength(positions.length);
      return shard.scores[key]![positions.indexOf(searchOrder(kb).findIndex((entry) => entry.slug === slug))]!;
    };
    expect(scoreIn('town', 'example-town')).toBeGreaterThan(scoreIn('town', 'group-a'));
  });

  it('holds the words that follow each word, so that words typed together are found together, never across two fields', () => {
    const together = (query: string) => slugsAt(matchQuery(parseQuery(query), shards, sequences).together);
    expect(together('armed group fixture')).not.toContain('group-a');
    expect(together('fixture armed group')).toContain('group-a');
    expect(together('Group Alpha')).toContain('group-a');
    // The title "Group A" ends where the alias "GA" begins: not one phrase.
    expect(together('A GA')).not.toContain('group-a');
    expect(together('Qahtani')).toEqual([]);
  });

  it('holds the two words that follow each word, so that a quoted phrase of three words is decided without reading the entries', () => {
    const matching = (query: string) => slugsAt(matchQuery(parseQuery(query), shards, sequences).pages);
    expect(matching('"fixture armed group"')).toContain('group-a');
    expect(matching('"armed group fixture"')).toEqual([]);
    const [first, ...next] = parseQuery('"fixture armed group"').phrases[0]!.keys;
    const held = triples.get(tripleShardOf(first!))?.[first!]?.[next.join(' ')];
    expect(slugsAt(fromGaps(held!))).toEqual(['group-a', 'group-b']);
  });

  it("decides a phrase of two, three or four words as the entries' own text does (phrase.ts), for every such phrase of every entry", () => {
    const order = searchOrder(kb);
    const texts = order.map((entry) => textPlaces(searchFields(entry, bodyText(kb, entry)).map(({ text }) => text)));
    const all = new Set(order.keys());
    let phrases = 0;
    for (const entry of order) {
      const words = searchFields(entry, bodyText(kb, entry)).flatMap(({ text }) => text.split(/\s+/).filter(Boolean));
      for (let start = 0; start + 1 < words.length; start++) {
        for (const length of [2, 3, 4]) {
          const keys = parseQuery(`"${words.slice(start, start + length).join(' ')}"`).phrases[0]?.keys ?? [];
          if (keys.length !== length) continue;
          phrases++;
          const fromLexicon = pagesWithPhrase(
            sequences,
            keys,
            intersect(
              keys.map((key) => pagesWithKey(shards, key)),
              all,
            ),
          );
          const inText = [...all].filter((position) => holdsPhrase(texts[position]!, keys));
          expect(slugsAt(fromLexicon), keys.join(' ')).toEqual(slugsAt(inText));
        }
      }
    }
    expect(phrases).toBeGreaterThan(500);
  });

  it('names each actor and place by its title, aliases and native name, with the entries that mention it', () => {
    const match = matchQuery(parseQuery('Group Alpha'), shards);
    expect(match.entities).toMatchObject([
      { name: 'Group Alpha', entity: { slug: 'group-a', url: '/kb/actors/group-a/', type: expect.stringMatching(/^Actor/) } },
    ]);
    expect(slugsAt(match.entities[0]!.entity.mentions)).toContain('group-a-group-b-rivalry');
    expect(shards.get('ga')!.near).toContainEqual(['ga', 'GA']);
    expect(shards.get('kah')!.near).toContainEqual(['kahtani', 'Abū Ḥamza al-Qaḥṭānī']);
  });

  it('finds an entry by its slug, with its address', () => {
    expect(matchQuery(parseQuery('raid-on-example-town'), shards).id).toMatchObject({ url: '/kb/events/raid-on-example-town/' });
  });

  it('holds nothing of an entry left out of the release', async () => {
    const text = JSON.stringify([...(await searchLexicon(kb)).values()]);
    expect(text).not.toMatch(/secret|hidden/i);
  });
});

describe('searchOrderStamp', () => {
  it('is the same for the same entries in the same order, and differs when one is added or the order changes', () => {
    const order = searchOrder(kb);
    expect(searchOrderStamp(order)).toBe(searchOrderStamp([...order]));
    expect(searchOrderStamp(order)).toMatch(/^[\w-]{16}$/);
    expect(searchOrderStamp(order.slice(1))).not.toBe(searchOrderStamp(order));
    expect(searchOrderStamp([order[1]!, order[0]!, ...order.slice(2)])).not.toBe(searchOrderStamp(order));
  });
});
