import { describe, expect, it } from 'vitest';
import { facetCounts, facetIndex, facetTable, facetTotals, sortValue, withFilters } from './facet-table.ts';
import type { SearchFacets } from './facets.ts';

const facets = (type: string, place: string[], year: string[]): SearchFacets => ({
  type: [type],
  place,
  actor: [],
  year,
  confidence: [],
  status: [],
});
const pages = [
  { id: 'en_a', facets: facets('Event', ['Town', 'Country'], ['2015', '2016']) },
  { id: 'en_b', facets: facets('Actor', ['Country'], ['2015']) },
  { id: 'en_c', facets: facets('Event', ['Country'], ['2016']) },
];
const index = facetIndex(
  JSON.parse(JSON.stringify(facetTable(pages.map((page) => page.facets)))),
  pages.map((page) => page.id),
);
const results = (...ids: string[]) => ids.map((id) => ({ id }));

describe('the facet table', () => {
  it('stores each value once, with the gaps between the positions of its pages', () => {
    const table = facetTable(pages.map((page) => page.facets));
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

  it("refuses Pagefind's ids when they are not one per page of the table (an index and a table of different builds)", () => {
    expect(() => facetIndex(facetTable(pages.map((page) => page.facets)), ['en_a', 'en_b'])).toThrow(/2 pages, the facet table 3/);
  });

  it('writes positions as sort values whose text order is their number order', () => {
    const values = [0, 7, 10, 99, 100, 123456].map(sortValue);
    expect([...values].sort()).toEqual(values);
  });

  it('counts the values of the results, leaving out those none has', () => {
    expect(facetCounts(index, results('en_a', 'en_c'))).toEqual({
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
    const all = results('en_c', 'en_b', 'en_a', 'en_unknown');
    expect(withFilters(index, all, {})).toEqual(all);
    expect(withFilters(index, all, { place: ['Country'], year: ['2016'] })).toEqual(results('en_c', 'en_a'));
    expect(withFilters(index, all, { year: ['2015', '2016'] })).toEqual(results('en_c', 'en_b', 'en_a'));
    expect(withFilters(index, all, { type: ['Event', 'Actor'], place: ['Town'] })).toEqual(results('en_a'));
    expect(withFilters(index, all, { place: ['Nowhere'] })).toEqual([]);
    expect(withFilters(index, all, { place: ['Nowhere', 'Town'] })).toEqual(results('en_a'));
  });

  it('counts a value by the results the other facets leave, so a second value of a chosen facet shows what it adds', () => {
    const counts = facetCounts(index, results('en_a', 'en_b', 'en_c'), { type: ['Event'] });
    expect(counts.type).toEqual({ Event: 2, Actor: 1 });
    expect(counts.place).toEqual({ Town: 1, Country: 2 });
    const both = facetCounts(index, results('en_a', 'en_b', 'en_c'), { type: ['Event'], year: ['2015'] });
    expect(both.type).toEqual({ Event: 1, Actor: 1 });
    expect(both.year).toEqual({ 2015: 1, 2016: 2 });
    expect(both.place).toEqual({ Town: 1, Country: 1 });
  });

  it('counts values named like Object members (__proto__, constructor) as any other, and invents none', () => {
    const odd = facetIndex(JSON.parse(JSON.stringify(facetTable([facets('Event', ['__proto__', 'constructor'], [])]))), ['en_x']);
    const counts = facetCounts(odd, results('en_x'));
    expect(Object.keys(counts.place)).toEqual(['__proto__', 'constructor']);
    expect(counts.place['constructor']).toBe(1);
    expect(counts.place['__proto__']).toBe(1);
    expect(counts.actor['constructor']).toBeUndefined();
    expect('toString' in counts.actor).toBe(false);
  });
});
