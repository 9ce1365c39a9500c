/** Backlinks of a page: who links here, grouped by collection, saying how and in what sentence. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { COLLECTIONS, type CollectionName, type Entry } from '../schema/index.ts';
import { splitWikiLinks } from '../wikilinks.ts';
import { entryPath } from '../paths.ts';
import { linkViewOf, type LinkView } from './references-view.ts';

export interface Backlink {
  entry: Entry;
  href: string;
  /** How this page relates to the linking entry: "participant in", "cited by". */
  relations: string[];
  /** Sentences of the linking entry's body that mention this page. */
  contexts: ContextPiece[][];
}

export interface BacklinkGroup {
  collection: CollectionName;
  backlinks: Backlink[];
}

/** A piece of a context sentence: text, or a link (`current` when it points at this page). */
export type ContextPiece = { text: string; link?: LinkView; current?: boolean };

export function contextPieces(kb: KnowledgeBase, context: string, currentSlug: string): ContextPiece[] {
  return splitWikiLinks(context).map((piece) => {
    if ('text' in piece) return { text: piece.text };
    const resolution = kb.resolve(piece.link.target);
    const link = linkViewOf(resolution, piece.link.target, piece.link.label);
    const current = resolution.status === 'entry' && resolution.entry.slug === currentSlug;
    return { text: link.text, link, current };
  });
}

export function backlinkGroups(kb: KnowledgeBase, slug: string): BacklinkGroup[] {
  const bySource = new Map<string, Backlink>();
  for (const edge of kb.graph.incoming.get(slug) ?? []) {
    const entry = kb.bySlug.get(edge.source);
    if (!entry) continue;
    let backlink = bySource.get(edge.source);
    if (!backlink) {
      backlink = { entry, href: entryPath(kb.base, entry.collection, entry.slug), relations: [], contexts: [] };
      bySource.set(edge.source, backlink);
    }
    if (!backlink.relations.includes(edge.relation)) backlink.relations.push(edge.relation);
    if (edge.context) backlink.contexts.push(contextPieces(kb, edge.context, slug));
  }
  return COLLECTIONS.map((collection) => ({
    collection,
    backlinks: [...bySource.values()]
      .filter((b) => b.entry.collection === collection)
      .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, 'en')),
  })).filter((group) => group.backlinks.length > 0);
}
