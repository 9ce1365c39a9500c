import { describe, expect, it } from 'vitest';
import { earlyResultsStatus, STILL_LOOKING } from './status-text.ts';

describe('earlyResultsStatus', () => {
  it.each([
    [10, '"raised funds and issued"', 'The first 10 results for “"raised funds and issued"”; still looking for the rest…'],
    [1, '"a b c d"', 'The first 1 result for “"a b c d"”; still looking for the rest…'],
  ])('%i for %s: %s', (count, typed, status) => {
    expect(earlyResultsStatus(count, typed)).toBe(status);
    expect(status.endsWith(STILL_LOOKING)).toBe(true);
  });

  it.each(['131 results for “"raised funds and issued"”.', 'Searching…', 'No entries match “"still looking for the rest"”.'])(
    'an answer is not early results: %s',
    (status) => expect(status.endsWith(STILL_LOOKING)).toBe(false),
  );
});
