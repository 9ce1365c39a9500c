/**
 * All events in time order, each placed over the days it may cover: an event dated "2014-11"
 * spans November 2014, one dated "2015" spans the year, one with an end date runs to the last
 * day of that end. Events sort by their first day, then the shorter span first, then title.
 */
import { dateRangeInterval, type DatePrecision, parsePartialDate } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { EntryOf } from '../schema/index.ts';
import type { EventData } from '../schema/events.ts';
import { includedSlug } from './included.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import { placeAndAncestors, placeTree, type PlaceTree } from './place-tree.ts';

export interface TimelineEvent {
  slug: string;
  title: string;
  kind: EventData['kind'];
  date: string;
  endDate?: string;
  approximate: boolean;
  /** How precise the start date is. */
  precision: DatePrecision;
  /** The days the event may cover ("YYYY-MM-DD"). */
  first: string;
  last: string;
  /** Included places where it happened. */
  places: string[];
  /** Those places and every place containing them, for the place filter. */
  placeKeys: string[];
  /** Included actors taking part, with their roles. */
  participants: { actor: string; role: EventData['participants'][number]['role'] }[];
  reporting: EventData['reporting'];
}

function timelineEvent(kb: KnowledgeBase, places: PlaceTree, { slug, data }: EntryOf<'events'>): TimelineEvent {
  const { first, last } = dateRangeInterval(data.date, data.endDate ?? data.date);
  const eventPlaces = data.places.map((place) => includedSlug(kb, place, 'places')).filter((place) => place !== undefined);
  return {
    slug,
    title: data.title,
    kind: data.kind,
    date: data.date,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    approximate: data.approximate,
    precision: parsePartialDate(data.date).precision,
    first: first!,
    last: last!,
    places: eventPlaces,
    placeKeys: [...new Set(eventPlaces.flatMap((place) => placeAndAncestors(places, place)))],
    participants: data.participants.flatMap(({ actor, role }) => {
      const live = includedSlug(kb, actor, 'actors');
      return live ? [{ actor: live, role }] : [];
    }),
    reporting: data.reporting,
  };
}

function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.title.localeCompare(b.title, 'en');
}

export const timeline = perKnowledgeBase((kb): TimelineEvent[] => {
  const places = placeTree(kb);
  return kb.byCollection.events.map((event) => timelineEvent(kb, places, event)).sort(compareTimelineEvents);
});

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

export interface TimeAxis {
  first: string;
  last: string;
  /** 1 January of each year on the axis, with its offset in percent. */
  years: { year: number; offset: number }[];
}

/** An axis from the first of January of the earliest year to the last day of the latest. */
export function timeAxis(events: readonly { first: string; last: string }[]): TimeAxis | undefined {
  if (events.length === 0) return undefined;
  const firstYear = Number(events.reduce((min, event) => (event.first < min ? event.first : min), events[0]!.first).slice(0, 4));
  const lastYear = Number(events.reduce((max, event) => (event.last > max ? event.last : max), events[0]!.last).slice(0, 4));
  const axis = { first: `${firstYear}-01-01`, last: `${lastYear}-12-31` };
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  return { ...axis, years: years.map((year) => ({ year, offset: spanOnAxis(axis, `${year}-01-01`, `${year}-01-01`).left })) };
}

/** Where a span of days sits on the axis, in percent (a single day still gets a sliver of width). */
export function spanOnAxis(axis: { first: string; last: string }, first: string, last: string): { left: number; width: number } {
  const start = dayNumber(axis.first);
  const days = dayNumber(axis.last) + 1 - start;
  const percent = (value: number) => Math.round((value / days) * 10_000) / 100;
  return { left: percent(dayNumber(first) - start), width: percent(dayNumber(last) + 1 - dayNumber(first)) };
}
