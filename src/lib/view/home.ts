/** What the home page shows: counts, where to start, the judgments and a timeline. */
import { comparePartialDates } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { collectionPath, entryPath } from '../paths.ts';
import { COLLECTIONS, type CollectionName, type EntryOf } from '../schema/index.ts';
import { countOf, humanize, LIKELIHOOD_TERMS } from '../vocabulary.ts';

/** A line of a home-page list: a link and a short note under it. */
export interface ListItem {
  href: string;
  title: string;
  note?: string;
}

export function collectionCounts(kb: KnowledgeBase): { collection: CollectionName; count: number }[] {
  return COLLECTIONS.map((collection) => ({ collection, count: kb.byCollection[collection].length }));
}

/**
 * How much each home-page list shows: a large knowledge base has thousands of events and
 * hundreds of judgments and organizations, which belong on their collections' pages; the home
 * page shows the most relevant and links there.
 */
export const HOME_LIMITS = { briefings: 6, judgments: 25, organizations: 25, events: 30 } as const;

/** A link to a whole collection, for a home-page list that shows `shown` of its `total` items. */
export function moreLink(
  kb: KnowledgeBase,
  collection: CollectionName,
  shown: number,
  total = kb.byCollection[collection].length,
): { href: string; text: string } | undefined {
  if (shown >= total) return undefined;
  return { href: collectionPath(kb.base, collection), text: `All ${countOf(kb.byCollection[collection].length, collection)} →` };
}

/** The first `limit` items by `rank`, kept in their own order; all of them if they fit. */
function topInOrder<T>(items: readonly T[], limit: number, rank: (a: T, b: T) => number): readonly T[] {
  if (items.length <= limit) return items;
  const top = new Set([...items].sort(rank).slice(0, limit));
  return items.filter((item) => top.has(item));
}

/** Events in date order; the timeline of the knowledge base. */
export function timeline(kb: KnowledgeBase): EntryOf<'events'>[] {
  return [...kb.byCollection.events].sort(
    (a, b) => comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title),
  );
}

/** The latest events of the timeline, still in date order. */
export function recentEvents(kb: KnowledgeBase, limit: number = HOME_LIMITS.events): EntryOf<'events'>[] {
  return timeline(kb).slice(-limit);
}

/** Briefings, newest first: where a reader starts. */
export function briefingsNewestFirst(kb: KnowledgeBase, limit = Infinity): EntryOf<'briefings'>[] {
  return [...kb.byCollection.briefings].sort((a, b) => comparePartialDates(b.data.date, a.data.date)).slice(0, limit);
}

/** The judgments, each with its confidence and likelihood; of a long list, the current ones issued last. */
export function judgmentItems(kb: KnowledgeBase, limit: number = HOME_LIMITS.judgments): ListItem[] {
  const current = (judgment: EntryOf<'judgments'>) => Number(judgment.data.status === 'current');
  const shown = topInOrder(
    kb.byCollection.judgments,
    limit,
    (a, b) => current(b) - current(a) || comparePartialDates(b.data.issued, a.data.issued),
  );
  return shown.map(({ slug, data }) => ({
    href: entryPath(kb.base, 'judgments', slug),
    title: data.title,
    note: `${humanize(data.confidence)} confidence${data.likelihood ? ` · ${LIKELIHOOD_TERMS[data.likelihood].term.toLowerCase()}` : ''}`,
  }));
}

const isOrganization = (actor: EntryOf<'actors'>) => actor.data.kind !== 'person' && actor.data.kind !== 'state';

export function organizationCount(kb: KnowledgeBase): number {
  return kb.byCollection.actors.filter(isOrganization).length;
}

/** Organizations and media outlets (not people or states), each with a few of its other names; of a long list, the most linked. */
export function organizationItems(kb: KnowledgeBase, limit: number = HOME_LIMITS.organizations): ListItem[] {
  const organizations = kb.byCollection.actors.filter(isOrganization);
  const links = (slug: string) => kb.graph.incoming.get(slug)?.length ?? 0;
  return topInOrder(organizations, limit, (a, b) => links(b.slug) - links(a.slug)).map(({ slug, data }) => ({
    href: entryPath(kb.base, 'actors', slug),
    title: data.title,
    ...(data.aliases.length ? { note: data.aliases.slice(0, 3).join(', ') } : {}),
  }));
}
