/** The dates an entry's record carries, for citations, feeds and STIX timestamps. */
import type { Entry } from './schema/index.ts';

/**
 * When the entry's content last changed, as far as the entry says: its `updated` field, else the
 * date a judgment was issued or a briefing dated. Other entries without `updated` have none.
 */
export function lastUpdated(entry: Entry): string | undefined {
  if (entry.data.updated) return entry.data.updated;
  if (entry.collection === 'judgments') return entry.data.issued;
  if (entry.collection === 'briefings') return entry.data.date;
  return undefined;
}
