/**
 * One descriptor per collection, beside its schema: which field dates an entry and how its
 * period reads, which field is its kind, what dates a revision. References are declared in the
 * schema itself (`ref()`); labels and meanings in vocabulary.ts. Lists, headers, previews,
 * citations, feeds and search read these instead of switching on the collection.
 */
import { formatDateRange, formatPartialDate } from './dates.ts';
import { collectionSchemas, type CollectionData, type CollectionName, type Entry } from './schema/index.ts';

type Field<C extends CollectionName> = keyof CollectionData[C] & string;

interface CollectionDescriptor<C extends CollectionName> {
  schema: (typeof collectionSchemas)[C];
  /**
   * The date an entry is listed and sorted by. A `point` happened at `start` (up to `end` if
   * given: "13–14 Nov 2014"); a `period` runs from `start` to `end`, either open ("since 2014").
   */
  date?: { start: Field<C>; end?: Field<C>; shape: 'point' | 'period'; approximate?: Field<C> };
  /** The field shown as the entry's kind ("Event · Attack"). */
  kind?: Field<C>;
  /** The date of the last substantive revision when the entry gives no `updated`. */
  revised?: Field<C>;
}

const COLLECTION_DESCRIPTORS: { [C in CollectionName]: CollectionDescriptor<C> } = {
  actors: { schema: collectionSchemas.actors, date: { start: 'from', end: 'to', shape: 'period' }, kind: 'kind' },
  events: {
    schema: collectionSchemas.events,
    date: { start: 'date', end: 'endDate', shape: 'point', approximate: 'approximate' },
    kind: 'kind',
  },
  relationships: { schema: collectionSchemas.relationships, date: { start: 'start', end: 'end', shape: 'period' }, kind: 'kind' },
  judgments: { schema: collectionSchemas.judgments, date: { start: 'issued', shape: 'point' }, kind: 'status', revised: 'issued' },
  sources: { schema: collectionSchemas.sources, date: { start: 'published', shape: 'point' }, kind: 'kind' },
  places: { schema: collectionSchemas.places, kind: 'kind' },
  briefings: { schema: collectionSchemas.briefings, date: { start: 'date', shape: 'point' }, revised: 'date' },
};

function descriptorOf(entry: Entry): CollectionDescriptor<CollectionName> {
  return COLLECTION_DESCRIPTORS[entry.collection] as CollectionDescriptor<CollectionName>;
}

function field(entry: Entry, name: string | undefined): unknown {
  return name === undefined ? undefined : (entry.data as Record<string, unknown>)[name];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The partial date an entry sorts by in lists (start, issue or publication date). */
export function entrySortDate(entry: Entry): string | undefined {
  return text(field(entry, descriptorOf(entry).date?.start));
}

/** The date shown for an entry in lists and headers, if it has one. */
export function entryDateLabel(entry: Entry): string | undefined {
  const date = descriptorOf(entry).date;
  if (!date) return undefined;
  const start = text(field(entry, date.start));
  const end = text(field(entry, date.end));
  const when = date.shape === 'period' || end ? formatDateRange(start, end) : start && formatPartialDate(start);
  return when && field(entry, date.approximate) === true ? `c. ${when}` : when;
}

/** The kind shown for an entry (its `kind` field, or a judgment's status). */
export function entryKind(entry: Entry): string | undefined {
  return text(field(entry, descriptorOf(entry).kind));
}

/**
 * When the entry's content last changed, as far as the entry says: its `updated` field, else the
 * date a judgment was issued or a briefing dated. Other entries without `updated` have none.
 */
export function lastUpdated(entry: Entry): string | undefined {
  return entry.data.updated ?? text(field(entry, descriptorOf(entry).revised));
}
