/**
 * The descriptors of all collections (one file each, beside this one), and what they say of any
 * entry: its sort date, the date and kind shown for it, when it last changed.
 */
import { formatDateRange, formatPartialDate } from '../dates.ts';
import type { CollectionName, Entry } from '../schema/index.ts';
import { actors } from './actors.ts';
import { briefings } from './briefings.ts';
import type { CollectionDescriptor } from './descriptor.ts';
import { events } from './events.ts';
import { judgments } from './judgments.ts';
import { places } from './places.ts';
import { relationships } from './relationships.ts';
import { sources } from './sources.ts';

export const COLLECTION_DESCRIPTORS: { [C in CollectionName]: CollectionDescriptor<C> } = {
  actors,
  events,
  relationships,
  judgments,
  sources,
  places,
  briefings,
};

export function descriptorOf(entry: Entry): CollectionDescriptor<CollectionName> {
  return COLLECTION_DESCRIPTORS[entry.collection] as CollectionDescriptor<CollectionName>;
}

function field(entry: Entry, name: string | undefined): unknown {
  return name === undefined ? undefined : (entry.data as Record<string, unknown>)[name];
}

/** The value of a field a descriptor names, when it is text. */
export function fieldText(entry: Entry, name: string | undefined): string | undefined {
  const value = field(entry, name);
  return typeof value === 'string' ? value : undefined;
}

/** The partial date an entry sorts by in lists (start, issue or publication date). */
export function entrySortDate(entry: Entry): string | undefined {
  return fieldText(entry, descriptorOf(entry).date?.start);
}

/** The date shown for an entry in lists and headers, if it has one. */
export function entryDateLabel(entry: Entry): string | undefined {
  const date = descriptorOf(entry).date;
  if (!date) return undefined;
  const start = fieldText(entry, date.start);
  const end = fieldText(entry, date.end);
  const when = date.shape === 'period' || end ? formatDateRange(start, end) : start && formatPartialDate(start);
  return when && field(entry, date.approximate) === true ? `c. ${when}` : when;
}

/** The kind shown for an entry (its `kind` field, or a judgment's status). */
export function entryKind(entry: Entry): string | undefined {
  return fieldText(entry, descriptorOf(entry).kind);
}

/**
 * When the entry's content last changed, as far as the entry says: its `updated` field, else the
 * date a judgment was issued or a briefing dated. Other entries without `updated` have none.
 */
export function lastUpdated(entry: Entry): string | undefined {
  return entry.data.updated ?? fieldText(entry, descriptorOf(entry).revised);
}
