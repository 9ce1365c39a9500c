/** Rows of a collection's index page: what each entry shows and the keys it sorts and filters by. */
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { partialDateSortKey } from '../dates.ts';
import type { CollectionName, Entry } from '../schema/index.ts';
import { entryDateLabel, entryKind, entrySortDate } from '../collections.ts';
import { humanize } from '../vocabulary.ts';

export interface IndexRow {
  slug: string;
  title: string;
  href: string;
  summary: string;
  kind?: string;
  kindLabel?: string;
  dateLabel?: string;
  /** "YYYY-MM-DD" of the first day, for sorting; empty when undated. */
  dateKey: string;
  /** Aliases and tags, which the filter box also matches. */
  keywords: string;
}

// Every page of a long index asks for the same rows: computed once per knowledge base and collection.
const rowsByCollection = perKnowledgeBase(() => new Map<CollectionName, IndexRow[]>());

export function indexRows(kb: KnowledgeBase, collection: CollectionName): IndexRow[] {
  const cache = rowsByCollection(kb);
  let rows = cache.get(collection);
  if (!rows) cache.set(collection, (rows = computeRows(kb, collection)));
  return rows;
}

function computeRows(kb: KnowledgeBase, collection: CollectionName): IndexRow[] {
  return kb.byCollection[collection].map((entry: Entry) => {
    const kind = entryKind(entry);
    const sortDate = entrySortDate(entry);
    const dateLabel = entryDateLabel(entry);
    return {
      slug: entry.slug,
      title: entry.data.title,
      href: entryPath(kb.base, entry.collection, entry.slug),
      summary: entry.data.summary,
      ...(kind ? { kind, kindLabel: humanize(kind) } : {}),
      ...(dateLabel ? { dateLabel } : {}),
      dateKey: sortDate ? partialDateSortKey(sortDate) : '',
      keywords: [...entry.data.aliases, ...entry.data.tags].join(' '),
    };
  });
}

/** The kinds present in a collection, for the filter menu. */
export function indexKinds(rows: readonly IndexRow[]): { kind: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.kind) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => ({ kind, label: humanize(kind), count }));
}

/** Rows per page of a collection index: a page stays small (well under 200 KB) at any size of collection. */
export const INDEX_PAGE_SIZE = 200;

export function indexPageCount(rows: readonly IndexRow[]): number {
  return Math.max(1, Math.ceil(rows.length / INDEX_PAGE_SIZE));
}

/** The rows of one page (1-based), in title order. */
export function indexPageRows(rows: readonly IndexRow[], page: number): IndexRow[] {
  return rows.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE);
}
