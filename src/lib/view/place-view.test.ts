import { describe, expect, it } from 'vitest';
import { capList, PLACE_LIST_LIMIT } from './place-view.ts';

describe('capList', () => {
  it('keeps a short list whole, with no link to more', () => {
    expect(capList([1, 2, 3], '/all/')).toEqual({ shown: [1, 2, 3], total: 3 });
  });

  it('shows the first or the latest PLACE_LIST_LIMIT of a long list, and where all of them are', () => {
    const items = Array.from({ length: PLACE_LIST_LIMIT + 10 }, (_, i) => i);
    expect(capList(items, '/all/')).toEqual({ shown: items.slice(0, PLACE_LIST_LIMIT), total: items.length, allHref: '/all/' });
    expect(capList(items, '/all/', 'end').shown).toEqual(items.slice(10));
  });
});
