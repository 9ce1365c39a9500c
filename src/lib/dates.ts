/**
 * Partial dates: "2014", "2014-11" or "2014-11-13". The precision an author gave is kept
 * and shown as given; sorting treats a partial date as its first day.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a partial date, or undefined when it is one. */
export function partialDateError(value: string): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
  const [, , month, day] = match.map(Number);
  if (match[2] && (month! < 1 || month! > 12)) return `month ${match[2]} does not exist`;
  if (match[3] && (day! < 1 || day! > daysInMonth(Number(match[1]), month!))) {
    return `day ${match[3]} does not exist in ${match[1]}-${match[2]}`;
  }
  return undefined;
}

/** Parses a valid partial date string; throws on an invalid one (validate first). */
export function parsePartialDate(value: string): PartialDate {
  const error = partialDateError(value);
  if (error) throw new Error(`Invalid partial date "${value}": ${error}`);
  const [year, month, day] = value.split('-').map(Number);
  if (day !== undefined) return { year: year!, month, day, precision: 'day' };
  if (month !== undefined) return { year: year!, month, precision: 'month' };
  return { year: year!, precision: 'year' };
}

/** YAML turns an unquoted 2015-03-18 into a Date: bring it back to the string the author wrote. */
export function dateToPartialDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2014", "Nov 2014" or "13 Nov 2014": the precision the author gave. */
export function formatPartialDate(value: string, style: 'short' | 'long' = 'short'): string {
  const { year, month, day } = parsePartialDate(value);
  if (month === undefined) return String(year);
  const name = (style === 'long' ? MONTHS_LONG : MONTHS)[month - 1];
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A range such as "Aug – Oct 2014"; open ends read "since" or "until". */
export function formatDateRange(start?: string, end?: string): string | undefined {
  if (start && end) return start === end ? formatPartialDate(start) : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return `since ${formatPartialDate(start)}`;
  if (end) return `until ${formatPartialDate(end)}`;
  return undefined;
}

/** Sort key: a partial date counts as its first day. */
export function partialDateSortKey(value: string): string {
  const { year, month = 1, day = 1 } = parsePartialDate(value);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day a partial date can mean ("2014" → 2014-12-31), for "not before" checks. */
export function partialDateLastDayKey(value: string): string {
  const { year, month, day } = parsePartialDate(value);
  const lastMonth = month ?? 12;
  const lastDay = day ?? daysInMonth(year, lastMonth);
  return `${String(year).padStart(4, '0')}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** True when `end` cannot be on or after `start` at the precision each was given. */
export function isEndBeforeStart(start: string, end: string): boolean {
  return partialDateLastDayKey(end) < partialDateSortKey(start);
}

export function comparePartialDates(a: string, b: string): number {
  const ka = partialDateSortKey(a);
  const kb = partialDateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The days a dated span may cover, as "YYYY-MM-DD" keys. A partial start counts from its first
 * day and a partial end to its last day ("2015" → 2015-01-01 … 2015-12-31), so a span is never
 * narrowed beyond what its author wrote. An open bound (no date given) is undefined: unknown,
 * not "forever".
 */
export interface DayInterval {
  first?: string;
  last?: string;
}

export function dateRangeInterval(start?: string, end?: string): DayInterval {
  return {
    ...(start ? { first: partialDateSortKey(start) } : {}),
    ...(end ? { last: partialDateLastDayKey(end) } : {}),
  };
}

/** True when the day ("YYYY-MM-DD") falls within the interval; an open bound does not exclude it. */
export function intervalContains(interval: DayInterval, day: string): boolean {
  return (interval.first === undefined || interval.first <= day) && (interval.last === undefined || day <= interval.last);
}
