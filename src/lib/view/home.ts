/** What the home page shows: counts, where to start, the judgments and a timeline. */
import { comparePartialDates } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { COLLECTIONS, type CollectionName, type EntryOf } from '../schema/index.ts';

export function collectionCounts(kb: KnowledgeBase): { collection: CollectionName; count: number }[] {
  return COLLECTIONS.map((collection) => ({ collection, count: kb.byCollection[collection].length }));
}

/** Events in date order; the timeline of the knowledge base. */
export function timeline(kb: KnowledgeBase): EntryOf<'events'>[] {
  return [...kb.byCollection.events].sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title));
}

/** Briefings, newest first: where a reader starts. */
export function briefingsNewestFirst(kb: KnowledgeBase): EntryOf<'briefings'>[] {
  return [...kb.byCollection.briefings].sort((a, b) => comparePartialDates(b.data.date, a.data.date));
}
