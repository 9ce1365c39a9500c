import { describe, expect, it } from 'vitest';
import {
  FACET_APART_BYTES,
  facetCounts,
  facetIndex,
  facetsToLoad,
  facetTable,
  facetTotals,
  splitFacetTable,
  withFacet,
  withFilters,
} from './facet-table.ts';
import type { SearchFacets } from './facets.ts';

const facets = (type: string, place: string[], year: string[]): SearchFacets => ({
  type: [type],
  place,
  actor: [],
  year,
  confidence: [],
  status: [],
});
// Pages by position: a (0), b (1), c (2).
const pages = [
  facets('Event', ['Town', 'Country'], ['2015', '2016']),
  facets('Actor', ['Country'], ['2015']),
  facets('Event', ['Country'], ['2016']),
];
const index = facetIndex(JSON.parse(JSON.stringify(facetTable(pages))));
const [a, b, c] = [0, 1, 2];

describe('the facet table', () => {
  it('stores each value once, with the gaps between the positions of its pages', () => {
    const table = facetTable(pages);
    expect(table.pageCount).toBe(3);
    expect(table.values.place).toEqual([
      ['Town', [0]],
      ['Country', [0, 1, 1]],
    ]);
    expect(table.values.year).toEqual([
      ['2015', [0, 1]],
      ['2016', [0, 2]],
    ]);
  });

  it('counts the values of the results, leaving out those none has', () => {
    expect(facetCounts(index, [a, c])).toEqual({
      type: { Event: 2 },
      place: { Town: 1, Country: 2 },
      actor: {},
      year: { 2015: 1, 2016: 2 },
      confidence: {},
      status: {},
    });
    expect(facetTotals(index).type).toEqual({ Event: 2, Actor: 1 });
  });

  it('keeps the results that pass every facet (values of one facet are alternatives), in their order', () => {
    const unknown = 3;
    const all = [c, b, a, unknown];
    expect(withFilters(index, all, {})).toEqual(all);
    expect(withFilters(index, all, { place: ['Country'], year: ['2016'] })).toEqual([c, a]);
    expect(withFilters(index, all, { year: ['2015', '2016'] })).toEqual([c, b, a]);
    expect(withFilters(index, all, { type: ['Event', 'Actor'], place: ['Town'] })).toEqual([a]);
    expect(withFilters(index, all, { place: ['Nowhere'] })).toEqual([]);
    expect(withFilters(index, all, { place: ['Nowhere', 'Town'] })).toEqual([a]);
  });

  it('counts a value by the results the other facets leave, so a second value of a chosen facet shows what it adds', () => {
    const counts = facetCounts(index, [a, b, c], { type: ['Event'] });
    expect(counts.type).toEqual({ Event: 2, Actor: 1 });
    expect(counts.place).toEqual({ Town: 1, Country: 2 });
    const both = facetCounts(index, [a, b, c], { type: ['Event'], year: ['2015'] });
    expect(both.type).toEqual({ Event: 1, Actor: 1 });
    expect(both.year).toEqual({ 2015: 1, 2016: 2 });
    expect(both.place).toEqual({ Town: 1, Country: 1 });
  });

  it('counts values named like Object members (__proto__, constructor) as any other, and invents none', () => {
    const odd = facetIndex(JSON.parse(JSON.stringify(facetTable([facets('Event', ['__proto__', 'constructor'], [])]))));
    const counts = facetCounts(odd, [0]);
    expect(Object.keys(counts.place)).toEqual(['__proto__', 'constructor']);
    expect(counts.place['constructor']).toBe(1);
    expect(counts.place['__proto__']).toBe(1);
    expect(counts.actor['constructor']).toBeUndefined();
    expect('toString' in counts.actor).toBe(false);
  });

  describe('a facet too large to fetch with every first search', () => {
    // Sizes as the build measures them (compressed): the place facet is over the limit here.
    const size = (values: readonly [string, number[]][]) => (values.some(([value]) => value === 'Town') ? FACET_APART_BYTES + 1 : 10);
    const { table, apart } = splitFacetTable(facetTable(pages), size);
    const split = facetIndex(table);

    it('is kept apart, with how many values it has, and every other facet stays in the table', () => {
      expect(apart).toEqual([['place', facetTable(pages).values.place]]);
      expect(table.apart).toEqual({ place: 2 });
      expect(Object.keys(table.values)).toEqual(['type', 'actor', 'year', 'confidence', 'status']);
      expect(split.apart).toEqual({ place: 2 });
      expect(splitFacetTable(facetTable(pages), () => FACET_APART_BYTES).apart).toEqual([]);
    });

    it('is not counted until loaded, and the other facets count as before', () => {
      expect(facetCounts(split, [a, b, c]).place).toEqual({});
      expect(facetCounts(split, [a, b, c]).type).toEqual({ Event: 2, Actor: 1 });
    });

    it('must be loaded when the filters choose one of its values', () => {
      expect(facetsToLoad(split, { place: ['Town'], type: ['Event'] })).toEqual(['place']);
      expect(facetsToLoad(split, { type: ['Event'] })).toEqual([]);
      expect(facetsToLoad(index, { place: ['Town'] })).toEqual([]);
    });

    it('once loaded, filters and counts as if it had been in the table', () => {
      const loaded = facetIndex(withFacet(table, 'place', apart[0]![1]));
      expect(loaded.apart).toEqual({});
      expect(facetCounts(loaded, [a, b, c], { type: ['Event'] })).toEqual(facetCounts(index, [a, b, c], { type: ['Event'] }));
      expect(withFilters(loaded, [c, b, a], { place: ['Town'] })).toEqual([a]);
    });
  });
});
