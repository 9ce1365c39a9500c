import { describe, expect, it } from 'vitest';
import {
  isInFrame,
  isInTime,
  isTieShown,
  monthsBetween,
  monthTicks,
  tieChoiceFromParams,
  tieChoiceParams,
  type TieChoice,
  type TieKeys,
} from './tie-choice.ts';

const keys = (overrides: Partial<TieKeys> = {}): TieKeys => ({
  first: '',
  last: '',
  places: [],
  organizationWide: true,
  actors: ['a', 'b'],
  ...overrides,
});
const choice = (overrides: Partial<TieChoice> = {}): TieChoice => ({ asOf: '', undated: 'include', place: '', actor: '', ...overrides });

describe('which ties count as of a day', () => {
  it.each([
    // first, last, asOf, undated, counts
    ['2014-02-01', '', '2014-03-01', 'include', true],
    ['2015-01-01', '', '2014-03-01', 'include', false],
    ['2014-09-01', '2014-10-31', '2014-10-31', 'include', true],
    ['2014-09-01', '2014-10-31', '2014-11-01', 'include', false],
    // Since unknown: counts up to its end unless the reader leaves undated ties out.
    ['', '', '2014-03-01', 'include', true],
    ['', '', '2014-03-01', 'exclude', false],
    ['', '2013-12-31', '2014-03-01', 'include', false],
    // A dated tie is not affected by the undated choice.
    ['2014-02-01', '', '2014-03-01', 'exclude', true],
    // Without a date every tie counts, undated ones too.
    ['', '', '', 'exclude', true],
  ] as const)('from %s to %s as of %s, undated %s: %s', (first, last, asOf, undated, counts) => {
    expect(isInTime({ first, last }, { asOf, undated })).toBe(counts);
  });
});

describe('which ties a place or actor keeps', () => {
  it.each([
    [keys(), choice(), true],
    [keys({ organizationWide: false, places: ['qalamoun', 'syria'] }), choice({ place: 'syria' }), true],
    [keys({ organizationWide: false, places: ['qalamoun', 'syria'] }), choice({ place: 'lebanon' }), false],
    [keys({ organizationWide: false, places: ['qalamoun'] }), choice({ place: 'organization-wide' }), false],
    [keys(), choice({ place: 'organization-wide' }), true],
    [keys(), choice({ actor: 'b' }), true],
    [keys(), choice({ actor: 'c' }), false],
  ] as const)('%o under %o: %s', (tie, chosen, kept) => {
    expect(isInFrame(tie, chosen)).toBe(kept);
  });

  it('shows a tie only when both place and date keep it', () => {
    const local = keys({ first: '2014-09-01', organizationWide: false, places: ['qalamoun'] });
    expect(isTieShown(local, choice({ place: 'qalamoun', asOf: '2015-04-15' }))).toBe(true);
    expect(isTieShown(local, choice({ place: 'qalamoun', asOf: '2014-03-01' }))).toBe(false);
    expect(isTieShown(local, choice({ place: 'lebanon', asOf: '2015-04-15' }))).toBe(false);
  });
});

describe('the choice in the URL', () => {
  const known = { places: new Set(['qalamoun']), actors: new Set(['hezbollah']) };

  it.each([
    ['', choice()],
    ['asof=2014-03-01&undated=exclude', choice({ asOf: '2014-03-01', undated: 'exclude' })],
    ['asof=2014-3-1&place=nowhere&actor=hezbollah', choice({ actor: 'hezbollah' })],
    ['place=organization-wide&undated=yes', choice({ place: 'organization-wide' })],
    ['place=qalamoun', choice({ place: 'qalamoun' })],
  ])('reads "%s"', (search, expected) => {
    expect(tieChoiceFromParams(new URLSearchParams(search), known)).toEqual(expected);
  });

  it('writes only what differs from the defaults, and "undated" only with a date', () => {
    expect(tieChoiceParams(choice({ asOf: '2014-03-01', undated: 'exclude' })).filter(([, value]) => value)).toEqual([
      ['asof', '2014-03-01'],
      ['undated', 'exclude'],
    ]);
    expect(tieChoiceParams(choice({ undated: 'exclude' })).filter(([, value]) => value)).toEqual([]);
  });
});

describe('the month slider', () => {
  const months = monthsBetween('2013-01-01', '2015-12-31');

  it('steps through every month of the range', () => {
    expect(months).toHaveLength(36);
    expect([months[0], months[13], months.at(-1)]).toEqual(['2013-01-01', '2014-02-01', '2015-12-01']);
  });

  it('labels each January by its year and each other quarter by its month, placed along the slider', () => {
    const ticks = monthTicks(months);
    expect(ticks.filter((tick) => tick.major).map((tick) => [tick.label, tick.offset])).toEqual([
      ['2013', 0],
      ['2014', 34.29],
      ['2015', 68.57],
    ]);
    expect(
      ticks
        .filter((tick) => !tick.major)
        .map((tick) => tick.label)
        .slice(0, 3),
    ).toEqual(['Apr', 'Jul', 'Oct']);
    expect(ticks).toHaveLength(12);
  });
});
