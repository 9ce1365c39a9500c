import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dateRangeInterval,
  formatDateRange,
  intervalContains,
  formatPartialDate,
  isEndBeforeStart,
  parsePartialDate,
  partialDateError,
} from './dates.ts';

describe('partial dates', () => {
  it.each([
    ['2014', 'year', '2014'],
    ['2014-11', 'month', 'Nov 2014'],
    ['2014-11-13', 'day', '13 Nov 2014'],
  ])('%s keeps its precision (%s) and displays as %s', (value, precision, shown) => {
    expect(parsePartialDate(value).precision).toBe(precision);
    expect(formatPartialDate(value)).toBe(shown);
  });

  it.each([
    ['14', 'expected "YYYY"'],
    ['2014-13', 'month 13 does not exist'],
    ['2015-02-29', 'day 29 does not exist'],
    ['2014-11-13T10:00', 'expected "YYYY"'],
  ])('rejects %s', (value, message) => {
    expect(partialDateError(value)).toContain(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(partialDateError('2016-02-29')).toBeUndefined();
  });

  it('sorts a partial date as its first day', () => {
    expect(['2014-11-13', '2014', '2014-11'].sort(comparePartialDates)).toEqual(['2014', '2014-11', '2014-11-13']);
  });

  it('treats an end as before its start only when no day of it can be on or after the start', () => {
    expect(isEndBeforeStart('2014-11', '2014')).toBe(false);
    expect(isEndBeforeStart('2014-11-13', '2014-11')).toBe(false);
    expect(isEndBeforeStart('2014-11-13', '2014-11-12')).toBe(true);
    expect(isEndBeforeStart('2015', '2014-12')).toBe(true);
  });

  it('formats ranges and open ends', () => {
    expect(formatDateRange('2014-08', '2014-10')).toBe('Aug 2014 – Oct 2014');
    expect(formatDateRange('2014', undefined)).toBe('since 2014');
    expect(formatDateRange(undefined, '2015-04')).toBe('until Apr 2015');
    expect(formatDateRange()).toBeUndefined();
  });
});

describe('day intervals of partial dates', () => {
  it('count a partial start from its first day and a partial end to its last day', () => {
    expect(dateRangeInterval('2015', '2015-02')).toEqual({ first: '2015-01-01', last: '2015-02-28' });
    expect(dateRangeInterval('2016-02', '2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(dateRangeInterval(undefined, '2014')).toEqual({ last: '2014-12-31' });
    expect(dateRangeInterval()).toEqual({});
  });

  it('contain a day within their bounds; an open bound excludes nothing', () => {
    const since2015 = dateRangeInterval('2015');
    expect(intervalContains(since2015, '2014-12-31')).toBe(false);
    expect(intervalContains(since2015, '2015-01-01')).toBe(true);
    expect(intervalContains(dateRangeInterval('2014-09', '2014-10'), '2014-10-31')).toBe(true);
    expect(intervalContains(dateRangeInterval('2014-09', '2014-10'), '2014-11-01')).toBe(false);
    expect(intervalContains({}, '1900-01-01')).toBe(true);
  });
});
