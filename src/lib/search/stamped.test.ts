import { describe, expect, it } from 'vitest';
import { stamped, unstamped } from './stamped.ts';

describe('unstamped', () => {
  it("gives a file's data when it was made for the same search order", () => {
    expect(unstamped(stamped('abc', [1, 2]), 'abc', '/search/results/1.json.gz')).toEqual([1, 2]);
  });

  it('refuses a file made for another order (a build since the page was loaded), naming it', () => {
    expect(() => unstamped(stamped('new', {}), 'old', '/search/results/1.json.gz')).toThrow(
      /changed since this page was loaded \(\/search\/results\/1\.json\.gz is for entries in another order\): reload the page/,
    );
  });
});
