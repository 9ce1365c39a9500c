/**
 * Backlinks of a page: who links here, grouped by collection, saying how and in what sentence.
 * A much-linked entry (a central actor has hundreds) shows each group's first backlinks in full
 * and a summary of the rest (how many, and how they link); the full list is paged on pages of
 * its own (`linked-from/<n>/`), so an entry page stays small however linked the entry is.
 */
import { titleOrder, type KnowledgeBase } from '../knowledge-base.ts';
import type { LinkEdge } from '../graph.ts';
import { COLLECTIONS, type CollectionName, type Entry } from '../schema/index.ts';
import { splitWikiLinks } from '../wikilinks.ts';
import { entryPath } from '../paths.ts';
import { linkViewOf, type LinkView } from './references-view.ts';

/** A collection's backlinks are shown whole up to this many … */
const BACKLINKS_SHOWN_WHOLE = 25;
/** … and beyond it, the first this many, a summary of all, and the paged full list. */
export const BACKLINKS_SHOWN_PER_GROUP = 12;
/** Sentences shown per backlink in a summarized group; the full list shows them all. */
const CONTEXTS_SHOWN_IN_SUMMARY = 2;
/** Backlinks per page of the full list. */
export const BACKLINKS_PER_PAGE = 100;

export interface Backlink {
  entry: Entry;
  href: string;
  /** How this page relates to the linking entry: "participant in", "cited by". */
  relations: string[];
  /** Sentences of the linking entry's body that mention this page. */
  contexts: ContextPiece[][];
  /** Sentences not shown here (in a summarized group), shown on the full list. */
  moreContexts: number;
}

export interface BacklinkGroup {
  collection: CollectionName;
  /** The backlinks shown, in title order: all of them, or the first of a long list. */
  backlinks: Backlink[];
  /** How many entries of this collection link here. */
  total: number;
  /** How they link, with how many of each, most frequent first. */
  relations: { relation: string; count: number }[];
  /** 1-based page of the full list where this group starts, when some are not shown. */
  fullListPage?: number;
}

/** A piece of a context sentence: text, or a link (`current` when it points at this page). */
type ContextPiece = { text: string; link?: LinkView; current?: boolean };

function contextPieces(kb: KnowledgeBase, context: string, currentSlug: string): ContextPiece[] {
  return splitWikiLinks(context).map((piece) => {
    if ('text' in piece) return { text: piece.text };
    const resolution = kb.resolve(piece.link.target);
    const link = linkViewOf(resolution, piece.link.target, piece.link.label);
    const current = resolution.status === 'entry' && resolution.entry.slug === currentSlug;
    return { text: link.text, link, current };
  });
}

interface Source {
  entry: Entry;
  relations: string[];
  edges: LinkEdge[];
}

/** The entries linking to `slug`, by collection (in COLLECTIONS order), each in title order. */
function sourcesByCollection(kb: KnowledgeBase, slug: string): Map<CollectionName, Source[]> {
  const bySource = new Map<string, Source>();
  for (const edge of kb.graph.incoming.get(slug) ?? []) {
    const entry = kb.bySlug.get(edge.source);
    if (!entry) continue;
    let source = bySource.get(edge.source);
    if (!source) {
      source = { entry, relations: [], edges: [] };
      bySource.set(edge.source, source);
    }
    if (!source.relations.includes(edge.relation)) source.relations.push(edge.relation);
    source.edges.push(edge);
  }
  const groups = new Map<CollectionName, Source[]>(COLLECTIONS.map((collection) => [collection, []]));
  for (const source of bySource.values()) groups.get(source.entry.collection)!.push(source);
  for (const [collection, sources] of groups) {
    if (sources.length === 0) groups.delete(collection);
    else sources.sort((a, b) => titleOrder.compare(a.entry.data.title, b.entry.data.title));
  }
  return groups;
}

/** A backlink as shown, its context sentences resolved (only those shown: they cost). */
function backlinkOf(kb: KnowledgeBase, slug: string, { entry, relations, edges }: Source, contextLimit = Infinity): Backlink {
  const sentences = edges.flatMap((edge) => (edge.context ? [edge.context] : []));
  const contexts = sentences.slice(0, contextLimit).map((context) => contextPieces(kb, context, slug));
  return {
    entry,
    href: entryPath(kb.base, entry.collection, entry.slug),
    relations,
    contexts,
    moreContexts: sentences.length - contexts.length,
  };
}

function relationCounts(sources: readonly Source[]): BacklinkGroup['relations'] {
  const counts = new Map<string, number>();
  for (const source of sources) for (const relation of source.relations) counts.set(relation, (counts.get(relation) ?? 0) + 1);
  return [...counts].sort(([, a], [, b]) => b - a).map(([relation, count]) => ({ relation, count }));
}

/** The backlinks an entry page shows: each group whole, or if long its first few and a summary. */
export function backlinkGroups(kb: KnowledgeBase, slug: string): BacklinkGroup[] {
  const groups: BacklinkGroup[] = [];
  let before = 0; // backlinks of earlier groups, to find where a group starts in the full list
  for (const [collection, sources] of sourcesByCollection(kb, slug)) {
    const summarized = sources.length > BACKLINKS_SHOWN_WHOLE;
    const shown = summarized ? sources.slice(0, BACKLINKS_SHOWN_PER_GROUP) : sources;
    groups.push({
      collection,
      backlinks: shown.map((source) => backlinkOf(kb, slug, source, summarized ? CONTEXTS_SHOWN_IN_SUMMARY : Infinity)),
      total: sources.length,
      relations: relationCounts(sources),
      ...(summarized ? { fullListPage: Math.floor(before / BACKLINKS_PER_PAGE) + 1 } : {}),
    });
    before += sources.length;
  }
  return groups;
}

/** How many entries link to `slug`. */
export function backlinkCount(kb: KnowledgeBase, slug: string): number {
  return new Set((kb.graph.incoming.get(slug) ?? []).map((edge) => edge.source)).size;
}

/** Whether an entry's page summarizes its backlinks, and so has a paged full list. */
export function hasPagedBacklinks(kb: KnowledgeBase, slug: string): boolean {
  return (
    backlinkCount(kb, slug) > BACKLINKS_SHOWN_WHOLE &&
    [...sourcesByCollection(kb, slug).values()].some((sources) => sources.length > BACKLINKS_SHOWN_WHOLE)
  );
}

/** One page (1-based) of the full list of an entry's backlinks, in the entry page's order. */
export function backlinkPage(
  kb: KnowledgeBase,
  slug: string,
  page: number,
): { groups: BacklinkGroup[]; pageCount: number; first: number; last: number; total: number } {
  const all = [...sourcesByCollection(kb, slug)].flatMap(([collection, sources]) =>
    sources.map((source) => ({ collection, source, sources })),
  );
  const start = (page - 1) * BACKLINKS_PER_PAGE;
  const slice = all.slice(start, start + BACKLINKS_PER_PAGE);
  const groups: BacklinkGroup[] = [];
  for (const { collection, source, sources } of slice) {
    let group = groups.at(-1);
    if (group?.collection !== collection) {
      group = { collection, backlinks: [], total: sources.length, relations: relationCounts(sources) };
      groups.push(group);
    }
    group.backlinks.push(backlinkOf(kb, slug, source));
  }
  return {
    groups,
    pageCount: Math.max(1, Math.ceil(all.length / BACKLINKS_PER_PAGE)),
    first: start + 1,
    last: start + slice.length,
    total: all.length,
  };
}
