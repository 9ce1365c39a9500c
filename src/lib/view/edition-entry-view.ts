/**
 * An entry as it stood at an edition (`/editions/<name>/<collection>/<slug>/`), built from the
 * released snapshot of that edition: which pages to build (the latest editions only, so the cost
 * stays bounded) and the fields the page lists. References to entries the edition did not
 * release are left out, as in a diff.
 */
import type { Edition, SiteHistory } from '../history/editions.ts';
import { describeValue, releasedData } from '../history/field-diff.ts';
import { sameVersion, snapshotLinks } from '../history/history.ts';
import type { Entry } from '../schema/index.ts';
import { wording } from './changes-view.ts';

export interface EditionEntryPage {
  edition: Pick<Edition, 'name' | 'date' | 'commit'>;
  entry: Entry;
  /**
   * The entry reads the same now: its current page shows this version, so the address is a
   * redirect there (a full page per entry and edition would multiply the build's cost). It becomes
   * a full page in the first build after the entry changes.
   */
  unchanged: boolean;
  /** The entry's fields at that edition, as a reader sees them. */
  fields: { field: string; value: string }[];
}

/** Shown elsewhere on the page (title, summary) or not at all (former IDs). */
const OMITTED = new Set(['title', 'summary', 'formerSlugs', 'aliases', 'tags']);

function fieldsOf(entry: Entry, isReleased: (slug: string) => boolean): EditionEntryPage['fields'] {
  return Object.entries(releasedData(entry, isReleased))
    .filter(([field, value]) => !OMITTED.has(field) && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([field, value]) => ({ field, value: wording(field, describeValue(value)) ?? '' }));
}

const sameAsNow = (now: Entry | undefined, then: Entry) => now !== undefined && sameVersion(now, then);

/** Every entry of each of the latest `count` editions. */
export function editionEntryPages(history: SiteHistory, count: number, base: string): EditionEntryPage[] {
  if (!history.available) return [];
  return history.editions.slice(0, count).flatMap((edition) => {
    const snapshot = history.snapshots.get(edition.name);
    if (!snapshot) return [];
    const { isReleased } = snapshotLinks(snapshot.values(), base);
    return [...snapshot].map(([id, entry]) => {
      const unchanged = sameAsNow(history.head.get(id), entry);
      return {
        edition: { name: edition.name, date: edition.date, commit: edition.commit },
        entry,
        unchanged,
        // A redirect page shows no fields.
        fields: unchanged ? [] : fieldsOf(entry, isReleased),
      };
    });
  });
}

/** The names of the editions that have a page per entry: the latest `count`. */
export function editionsWithPages(history: SiteHistory, count: number): ReadonlySet<string> {
  return new Set(history.available ? history.editions.slice(0, count).map((edition) => edition.name) : []);
}
