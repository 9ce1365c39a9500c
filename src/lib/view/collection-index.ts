/** Rows of a collection's index page: what each entry shows and the keys it sorts and filters by. */
import { perKnowledgeBaseAnd } from '../per-knowledge-base.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { partialDateSortKey } from '../dates.ts';
import { CONFIDENCE_LEVELS, LIKELIHOODS, type CollectionName, type Entry } from '../schema/index.ts';
import { RELIABILITY_GRADES } from '../schema/sources.ts';
import { entryDateLabel, entryKind, entrySortDate } from '../collections/index.ts';
import { humanize, LIKELIHOOD_TERMS, RELIABILITY_MEANINGS } from '../vocabulary.ts';

/**
 * What a collection's index shows beside the title: the heading of its kind column (a judgment's
 * kind is its status) and of the further columns its rows' `details` fill, in order.
 */
export const INDEX_COLUMNS: Record<CollectionName, { kind: string; details: readonly string[] }> = {
  actors: { kind: 'Kind', details: [] },
  events: { kind: 'Kind', details: [] },
  relationships: { kind: 'Kind', details: [] },
  judgments: { kind: 'Status', details: ['Likelihood', 'Confidence'] },
  sources: { kind: 'Kind', details: ['Reliability'] },
  places: { kind: 'Kind', details: [] },
  briefings: { kind: 'Kind', details: [] },
};

/** A further column's value, and a key that sorts it by meaning (likelihood by probability, not by name). */
interface IndexDetail {
  text: string;
  /** Empty when the entry has no value: it sorts first. */
  sortKey: string;
}

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
  /** The collection's further columns (INDEX_COLUMNS), in order. */
  details: IndexDetail[];
}

const NONE: IndexDetail = { text: '', sortKey: '' };
const ranked = (values: readonly string[], value: string, text: string): IndexDetail => ({
  text,
  sortKey: String(values.indexOf(value)).padStart(2, '0'),
});

function indexDetails(entry: Entry): IndexDetail[] {
  if (entry.collection === 'judgments') {
    const { likelihood, confidence } = entry.data;
    return [
      likelihood
        ? ranked(LIKELIHOODS, likelihood, `${LIKELIHOOD_TERMS[likelihood].term} (${LIKELIHOOD_TERMS[likelihood].range})`)
        : { text: 'Not estimated', sortKey: '' },
      ranked(CONFIDENCE_LEVELS, confidence, humanize(confidence)),
    ];
  }
  if (entry.collection === 'sources') {
    const { reliability } = entry.data;
    // A is the best grade: it sorts first, ungraded sources last.
    return [
      reliability
        ? ranked(RELIABILITY_GRADES, reliability, `${reliability}: ${RELIABILITY_MEANINGS[reliability]}`)
        : { text: 'Not graded', sortKey: '99' },
    ];
  }
  return INDEX_COLUMNS[entry.collection].details.map(() => NONE);
}

// Every page of a long index asks for the same rows: computed once per knowledge base and collection.
export const indexRows = perKnowledgeBaseAnd((kb: KnowledgeBase, collection: CollectionName): IndexRow[] =>
  kb.byCollection[collection].map((entry: Entry) => {
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
      details: indexDetails(entry),
    };
  }),
);

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
