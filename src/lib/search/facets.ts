/**
 * What an entry can be filtered by in search: its type, the places and actors it involves, the
 * years it covers and, for judgments and relationships, confidence and status. Derived from
 * the entry's typed fields; references are resolved through the knowledge base, so an entry
 * left out of the release never appears as a value (and a withheld place ends a parent chain).
 */
import { parsePartialDate } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry, EntryOf } from '../schema/index.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import type { FacetName } from './facet-names.ts';

export type SearchFacets = Record<FacetName, string[]>;

/** A range wider than this many years is filed under its first and last years only. */
const MAX_EXPANDED_YEARS = 30;

function includedEntry(kb: KnowledgeBase, slug: string): Entry | undefined {
  const resolution = kb.resolve(slug);
  return resolution.status === 'entry' ? resolution.entry : undefined;
}

/** Titles of the included actors among `slugs`. */
function actorTitles(kb: KnowledgeBase, slugs: readonly string[]): string[] {
  return slugs.flatMap((slug) => {
    const entry = includedEntry(kb, slug);
    return entry?.collection === 'actors' ? [entry.data.title] : [];
  });
}

/** Titles of the included places among `slugs`, each with the places that contain it. */
function placeTitles(kb: KnowledgeBase, slugs: readonly string[]): string[] {
  const titles: string[] = [];
  for (const slug of slugs) {
    const seen = new Set<string>();
    for (let place = includedEntry(kb, slug); place?.collection === 'places' && !seen.has(place.slug);) {
      seen.add(place.slug);
      titles.push(place.data.title);
      place = place.data.parent ? includedEntry(kb, place.data.parent) : undefined;
    }
  }
  return titles;
}

/** Every year from `start` to `end` (partial dates); one end alone gives its year. */
function years(start: string | undefined, end: string | undefined): string[] {
  const first = start ? parsePartialDate(start).year : undefined;
  const last = end ? parsePartialDate(end).year : undefined;
  if (first === undefined || last === undefined) return [first ?? last].filter((y) => y !== undefined).map(String);
  if (last - first > MAX_EXPANDED_YEARS) return [String(first), String(last)];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** The events and relationships a judgment's evidence ledger points to. */
function evidenceEntries(kb: KnowledgeBase, judgment: EntryOf<'judgments'>): Entry[] {
  return judgment.data.evidence.flatMap(({ entry }) => includedEntry(kb, entry) ?? []);
}

/** Where an entry's subject happened or holds: events' places, relationships' scope. */
function entryPlaces(kb: KnowledgeBase, entry: Entry): string[] {
  switch (entry.collection) {
    case 'actors':
      return placeTitles(kb, entry.data.regions);
    case 'events':
      return placeTitles(kb, entry.data.places);
    case 'relationships':
      return placeTitles(kb, entry.data.scope);
    case 'places':
      return placeTitles(kb, [entry.slug]);
    case 'judgments':
      return evidenceEntries(kb, entry).flatMap((evidence) => entryPlaces(kb, evidence));
    case 'briefings':
      return keyJudgments(kb, entry).flatMap((judgment) => entryPlaces(kb, judgment));
    case 'sources':
      return [];
  }
}

function keyJudgments(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): Entry[] {
  return briefing.data.keyJudgments.flatMap((slug) => includedEntry(kb, slug) ?? []);
}

function entryActors(kb: KnowledgeBase, entry: Entry): string[] {
  switch (entry.collection) {
    case 'actors':
      return [entry.data.title];
    case 'events':
      return actorTitles(
        kb,
        entry.data.participants.map((p) => p.actor),
      );
    case 'relationships':
      return actorTitles(kb, [entry.data.from, entry.data.to]);
    case 'judgments':
      return actorTitles(kb, entry.data.about);
    case 'briefings':
      return keyJudgments(kb, entry).flatMap((judgment) => entryActors(kb, judgment));
    case 'places':
    case 'sources':
      return [];
  }
}

function entryYears(entry: Entry): string[] {
  switch (entry.collection) {
    case 'events':
      return years(entry.data.date, entry.data.endDate ?? entry.data.date);
    case 'relationships':
      return years(entry.data.start, entry.data.end);
    // A person's or group's lifetime is not what the entry is about: its two ends only.
    case 'actors':
      return [...years(entry.data.from, undefined), ...years(undefined, entry.data.to)];
    case 'judgments':
      return years(entry.data.issued, undefined);
    case 'sources':
      return years(entry.data.published, undefined);
    case 'briefings':
      return years(entry.data.date, undefined);
    case 'places':
      return [];
  }
}

const unique = (values: string[]) => [...new Set(values)];

export function searchFacets(entry: Entry, kb: KnowledgeBase): SearchFacets {
  const confidence = entry.collection === 'judgments' || entry.collection === 'relationships' ? [humanize(entry.data.confidence)] : [];
  return {
    type: [COLLECTION_LABELS[entry.collection].singular],
    place: unique(entryPlaces(kb, entry)),
    actor: unique(entryActors(kb, entry)),
    year: unique(entryYears(entry)),
    confidence,
    status: entry.collection === 'judgments' ? [humanize(entry.data.status)] : [],
  };
}
