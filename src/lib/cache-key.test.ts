import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key.ts';

const entry = { collection: 'actors', slug: 'a', data: { title: 'A' } };
const digests = new Map<object, string>([[entry, 'd1']]);
const digestOf = (value: object) => digests.get(value);

describe('cacheKey', () => {
  it('is the same for the same data, and differs when any of it changes', () => {
    expect(cacheKey({ title: 'A', n: [1, 2] }, digestOf)).toBe(cacheKey({ title: 'A', n: [1, 2] }, digestOf));
    expect(cacheKey({ title: 'A', n: [1, 2] }, digestOf)).not.toBe(cacheKey({ title: 'A', n: [1, 3] }, digestOf));
  });

  it('keys an entry by its digest, not by its data', () => {
    const before = cacheKey({ backlinks: [entry] }, digestOf);
    entry.data.title = 'Renamed without a new digest';
    expect(cacheKey({ backlinks: [entry] }, digestOf)).toBe(before);
    digests.set(entry, 'd2');
    expect(cacheKey({ backlinks: [entry] }, digestOf)).not.toBe(before);
  });

  it('sees into maps and sets, which JSON would write as {}', () => {
    expect(cacheKey(new Map([['a', 1]]), digestOf)).not.toBe(cacheKey(new Map([['a', 2]]), digestOf));
    expect(cacheKey(new Set(['a']), digestOf)).not.toBe(cacheKey(new Set(['b']), digestOf));
  });

  it('refuses functions, which a digest cannot see into', () => {
    expect(() => cacheKey({ hrefOf: (n: number) => `/page/${n}/` }, digestOf)).toThrow(/data as props/);
  });
});
