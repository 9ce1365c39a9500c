/**
 * What the reader chose on the relationship graph (a day, whether ties with no start date count
 * on it, a place, an actor), read from and written to the URL, and which ties that choice shows.
 * The browser script asks these functions; the build uses the same dating rule (`ties.ts`).
 */
import { intervalContains } from '../dates.ts';

export interface TieChoice {
  /** "YYYY-MM-DD", or empty for every date. */
  asOf: string;
  /** Whether a tie with no start ("since unknown") counts on the chosen day. */
  undated: 'include' | 'exclude';
  /** A place slug, "organization-wide", or empty for everywhere. */
  place: string;
  /** An actor slug, or empty for all actors. */
  actor: string;
}

/** What a drawn tie or table row carries for the filters (its `data-` attributes). */
export interface TieKeys {
  /** First and last day ("" when open). */
  first: string;
  last: string;
  places: readonly string[];
  organizationWide: boolean;
  actors: readonly string[];
}

const ORGANIZATION_WIDE = 'organization-wide';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The choice a URL names; anything unknown (a typo, a place no longer drawn) falls back to "all". */
export function tieChoiceFromParams(
  params: URLSearchParams,
  known: { places: ReadonlySet<string>; actors: ReadonlySet<string> },
): TieChoice {
  const asOf = params.get('asof') ?? '';
  const place = params.get('place') ?? '';
  const actor = params.get('actor') ?? '';
  return {
    asOf: DAY.test(asOf) ? asOf : '',
    undated: params.get('undated') === 'exclude' ? 'exclude' : 'include',
    place: place === ORGANIZATION_WIDE || known.places.has(place) ? place : '',
    actor: known.actors.has(actor) ? actor : '',
  };
}

/** The URL parameters of a choice, leaving out every default so plain views keep plain addresses. */
export function tieChoiceParams(choice: TieChoice): [string, string][] {
  return [
    ['asof', choice.asOf],
    // Leaving undated ties out means something only as of a date.
    ['undated', choice.asOf && choice.undated === 'exclude' ? 'exclude' : ''],
    ['place', choice.place],
    ['actor', choice.actor],
  ];
}

/** On the chosen day, by the dating rule; a tie with no start counts only when the reader keeps undated ties. */
export function isInTime(keys: Pick<TieKeys, 'first' | 'last'>, choice: Pick<TieChoice, 'asOf' | 'undated'>): boolean {
  if (!choice.asOf) return true;
  if (!keys.first && choice.undated === 'exclude') return false;
  return intervalContains({ ...(keys.first ? { first: keys.first } : {}), ...(keys.last ? { last: keys.last } : {}) }, choice.asOf);
}

/** Shown under the chosen place and actor, whatever the date: this decides what the view is fitted to. */
export function isInFrame(keys: TieKeys, choice: Pick<TieChoice, 'place' | 'actor'>): boolean {
  const inPlace = !choice.place || (choice.place === ORGANIZATION_WIDE ? keys.organizationWide : keys.places.includes(choice.place));
  return inPlace && (!choice.actor || keys.actors.includes(choice.actor));
}

export function isTieShown(keys: TieKeys, choice: TieChoice): boolean {
  return isInFrame(keys, choice) && isInTime(keys, choice);
}

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** First days of every month from the month of `min` to the month of `max`: the steps of the month slider. */
export function monthsBetween(min: string, max: string): string[] {
  const months: string[] = [];
  let [year, month] = min.split('-').map(Number) as [number, number];
  const last = max.slice(0, 7);
  while (monthStart(year, month).slice(0, 7) <= last) {
    months.push(monthStart(year, month));
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface MonthTick {
  /** The slider step. */
  index: number;
  /** Where the step sits along the slider, in percent. */
  offset: number;
  /** "2014" in January, the month's abbreviation at the start of each other quarter. */
  label: string;
  /** Years are always labelled; quarters only where the slider is wide enough. */
  major: boolean;
}

/** Labels under the month slider: every January by its year, every other quarter by its month. */
export function monthTicks(months: readonly string[]): MonthTick[] {
  const steps = Math.max(months.length - 1, 1);
  return months.flatMap((day, index) => {
    const month = Number(day.slice(5, 7));
    const major = month === 1 || index === 0;
    if (!major && (month - 1) % 3 !== 0) return [];
    return [
      {
        index,
        offset: Math.round((index / steps) * 10_000) / 100,
        label: major ? day.slice(0, 4) : MONTH_ABBREVIATIONS[month - 1]!,
        major,
      },
    ];
  });
}
