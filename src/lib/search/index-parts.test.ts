import { describe, expect, it } from 'vitest';
import {
  checkPosition,
  listedPositions,
  mergedOrder,
  partCount,
  partFolder,
  partPositions,
  positionsById,
  resultPositions,
  sharedIdPosition,
} from './index-parts.ts';

describe('partCount', () => {
  it.each([
    [0, 25_000, 1],
    [1, 25_000, 1],
    [25_000, 25_000, 1],
    [25_001, 25_000, 2],
    [100_000, 25_000, 4],
    [7, 3, 3],
  ])('%i pages, at most %i per part: %i part(s)', (pages, partSize, parts) => {
    expect(partCount(pages, partSize)).toBe(parts);
  });
});

describe('partFolder', () => {
  it("is Pagefind's folder for the first part and a sub-folder for the others", () => {
    expect([0, 1, 12].map(partFolder)).toEqual(['', 'part-1/', 'part-12/']);
  });
});

describe('partPositions', () => {
  it.each([
    [7, 3, 0, [0, 3, 6]],
    [7, 3, 1, [1, 4]],
    [7, 3, 2, [2, 5]],
    [2, 3, 2, []],
    [5, 1, 0, [0, 1, 2, 3, 4]],
  ])('%i pages in %i parts: part %i holds %j', (pages, parts, part, positions) => {
    expect(partPositions(pages, parts, part)).toEqual(positions);
  });

  it('deals every position to exactly one part', () => {
    const dealt = [0, 1, 2, 3].flatMap((part) => partPositions(10, 4, part));
    expect(dealt.toSorted((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });
});

describe('mergedOrder', () => {
  it.each([
    [7, 3, [0, 3, 6, 1, 4, 2, 5]],
    [4, 1, [0, 1, 2, 3]],
    [2, 3, [0, 1]],
    [0, 2, []],
  ])('%i pages in %i parts are listed as %j', (pages, parts, order) => {
    expect(mergedOrder(pages, parts)).toEqual(order);
  });
});

describe('checkPosition', () => {
  it.each([
    [{ position: '7' }, 7, undefined],
    [{ position: '0' }, 0, undefined],
    [{ position: '8' }, 7, /lists page 8 at position 7/],
    [{ position: '07' }, 7, /lists page 07 at position 7/],
    [{}, 7, /lists page \(no position\) at position 7/],
  ])('checks that a listed page, with metadata %o, is the page at position %i', (meta, position, error) => {
    if (error) expect(() => checkPosition(meta, position)).toThrow(error);
    else expect(() => checkPosition(meta, position)).not.toThrow();
  });
});

describe('listedPositions', () => {
  it.each([
    [7, 3, [0, 3, 6, 1, 4, 2, 5], [2, 4, 6]],
    [4, 1, [0, 1, 2, 3], [3]],
    [2, 3, [0, 1], [0, 1]],
    [0, 2, [], []],
  ])(
    '%i pages in %i parts: listed as positions %j, checked at list indexes %j (the last page of each part)',
    (pages, parts, order, checks) => {
      expect(listedPositions(pages, parts, pages)).toEqual({ order, checks });
    },
  );

  it('refuses a list of another number of pages than the search data (an index and data of different builds)', () => {
    expect(() => listedPositions(2, 1, 3)).toThrow(/index has 2 pages, this build's search data 3/);
  });
});

describe('positionsById', () => {
  it('maps each listed id to its position, and an id pages of two parts share to both', () => {
    // 7 pages in 3 parts, listed as [0, 3, 6, 1, 4, 2, 5]: position 3 (part 0) and 4 (part 1) share an id.
    const ids = ['en_a', 'en_b', 'en_c', 'en_d', 'en_b', 'en_e', 'en_f'];
    expect(positionsById(ids, mergedOrder(7, 3))).toEqual(
      new Map([
        ['en_a', [0]],
        ['en_b', [3, 4]],
        ['en_c', [6]],
        ['en_d', [1]],
        ['en_e', [2]],
        ['en_f', [5]],
      ]),
    );
  });
});

describe('resultPositions', () => {
  const byId = new Map([
    ['en_a', [0]],
    ['en_b', [3, 4]],
    ['en_c', [6]],
  ]);

  it.each([
    [[], [], []],
    [['en_c', 'en_a'], [6, 0], []],
    [
      ['en_a', 'en_b', 'en_c', 'en_b'],
      [0, 6],
      ['en_b', 'en_b'],
    ],
  ])('results %j: positions %j, set apart %j', (ids, positions, shared) => {
    const results = ids.map((id) => ({ id }));
    expect(resultPositions(results, byId)).toEqual({ positions, shared: shared.map((id) => ({ id })) });
  });

  it('refuses a result the list does not hold (an index of another build)', () => {
    expect(() => resultPositions([{ id: 'en_z' }], byId)).toThrow(/found page en_z, which it does not list/);
  });
});

describe('sharedIdPosition', () => {
  it.each([
    [{ position: '3' }, [3, 4], 3],
    [{ position: '4' }, [3, 4], 4],
  ])('reads the position of a page with metadata %o among %j: %i', (meta, candidates, position) => {
    expect(sharedIdPosition(meta, candidates)).toBe(position);
  });

  it.each([
    [{ position: '5' }, /lists page 5 under an id of positions 3, 4/],
    [{ position: '03' }, /lists page 03 under an id of positions 3, 4/],
    [{}, /lists page \(no position\) under an id of positions 3, 4/],
  ])("refuses metadata %o that is none of the id's positions", (meta, error) => {
    expect(() => sharedIdPosition(meta, [3, 4])).toThrow(error);
  });
});
