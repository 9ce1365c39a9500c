/** What the home page shows: counts, where to start, the judgments and a timeline. */
import { comparePartialDates } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { COLLECTIONS, type CollectionName, type EntryOf } from '../schema/index.ts';
import { humanize, LIKELIHOOD_TERMS } from './vocabulary.ts';

/** A line of a home-page list: a link and a short note under it. */
export interface ListItem {
  href: string;
  title: string;
  note?: string;
}

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

/** The judgments, each with its confidence and likelihood. */
export function judgmentItems(kb: KnowledgeBase): ListItem[] {
  return kb.byCollection.judgments.map(({ slug, data }) => ({
    href: entryPath(kb.base, 'judgments', slug),
    title: data.title,
    note: `${humanize(data.confidence)} confidence${data.likelihood ? ` · ${LIKELIHOOD_TERMS[data.likelihood].term.toLowerCase()}` : ''}`,
  }));
}

/** Organizations and media outlets (not people or states), each with a few of its other names. */
export function organizationItems(kb: KnowledgeBase): ListItem[] {
  return kb.byCollection.actors
    .filter((actor) => actor.data.kind !== 'person' && actor.data.kind !== 'state')
    .map(({ slug, data }) => ({
      href: entryPath(kb.base, 'actors', slug),
      title: data.title,
      ...(data.aliases.length ? { note: data.aliases.slice(0, 3).join(', ') } : {}),
    }));
}
