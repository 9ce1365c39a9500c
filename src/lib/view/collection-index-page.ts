/**
 * The pages of a collection's index, each with everything it shows, so that the page renders from
 * it alone (and its cache key is a digest of it): one page of the table, the kinds to filter by,
 * and on the first page the places map or, for briefings, the whole list.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { perKnowledgeBaseAnd } from '../per-knowledge-base.ts';
import type { CollectionName } from '../schema/index.ts';
import { briefingList, type BriefingListItem } from './briefing.ts';
import { indexKinds, indexPageCount, indexPageRows, indexRows, type IndexRow } from './collection-index.ts';
import { placesMap, type PlaceMapView } from './place-view.ts';

export interface CollectionIndexPage {
  collection: CollectionName;
  /** 1-based. */
  page: number;
  pageCount: number;
  /** This page's rows. */
  rows: IndexRow[];
  /** Rows in the whole collection. */
  total: number;
  /** Whether the collection's entries have dates (a date column). */
  dated: boolean;
  kinds: { kind: string; label: string; count: number }[];
  /** Briefings are listed whole, newest first, with their bottom lines: no table pages. */
  briefings?: BriefingListItem[];
  map?: PlaceMapView | undefined;
}

// Both routes of an index (its first page, and the others) ask for the same pages: made once per knowledge base and collection.
export const collectionIndexPages = perKnowledgeBaseAnd((kb: KnowledgeBase, collection: CollectionName): CollectionIndexPage[] => {
  const rows = indexRows(kb, collection);
  const common = { collection, total: rows.length, dated: rows.some((row) => row.dateKey), kinds: indexKinds(rows) };
  if (collection === 'briefings') return [{ ...common, page: 1, pageCount: 1, rows, briefings: briefingList(kb) }];
  const pageCount = indexPageCount(rows);
  return Array.from({ length: pageCount }, (_, i) => ({
    ...common,
    page: i + 1,
    pageCount,
    rows: indexPageRows(rows, i + 1),
    ...(collection === 'places' && i === 0 ? { map: placesMap(kb) } : {}),
  }));
});
