/** What a place's page shows beyond its facts: events, ties and actors there, its child places, a small map. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { plotPoints, type PlottedPoint } from '../analysis/place-map.ts';
import { placeIndex } from '../analysis/place-index.ts';
import { placeAndAncestors, placeDescendants, placeTree } from '../analysis/place-tree.ts';
import { entryDateLabel } from '../collections.ts';
import { linkView, type LinkView } from './references-view.ts';
import { tieView, type TieView } from './ties-view.ts';
import { humanize } from '../vocabulary.ts';
import { withBase } from '../paths.ts';

export const PLACE_MAP_SIZE = { width: 360, height: 240, padding: 36 };
/**
 * A busy place (a country, at thousands of entries) is where a page would otherwise grow with the
 * corpus: it shows this many events (the latest), ties and actors, and links to the whole list.
 */
export const PLACE_LIST_LIMIT = 25;

/** A capped list: what the page shows, how many there are, and where to see them all. */
export interface Capped<T> {
  shown: T[];
  total: number;
  /** Where the whole list is, when the page shows only part of it. */
  allHref?: string;
}

export function capList<T>(items: readonly T[], allHref: string, from: 'start' | 'end' = 'start'): Capped<T> {
  if (items.length <= PLACE_LIST_LIMIT) return { shown: [...items], total: items.length };
  const shown = from === 'end' ? items.slice(-PLACE_LIST_LIMIT) : items.slice(0, PLACE_LIST_LIMIT);
  return { shown, total: items.length, allHref };
}

export interface PlaceOverview {
  title: string;
  children: LinkView[];
  /** The latest events, in time order. */
  events: Capped<{ link: LinkView; date: string; kind: string; datetime: string }>;
  ties: Capped<TieView>;
  actors: Capped<LinkView>;
  /** The place with its ancestors and descendants that have coordinates; absent with fewer than two. */
  map?: { points: (PlottedPoint & { href?: string; current: boolean })[] } & typeof PLACE_MAP_SIZE;
}

export function placeOverview(kb: KnowledgeBase, slug: string): PlaceOverview {
  const tree = placeTree(kb);
  const index = placeIndex(kb);
  const located = [...placeAndAncestors(tree, slug).reverse(), ...placeDescendants(tree, slug)]
    .map((place) => tree.places.get(place)!)
    .filter((place) => place.data.coordinates);
  const plotted = plotPoints(
    located.map((place) => ({ slug: place.slug, label: place.data.title, coordinates: place.data.coordinates! })),
    PLACE_MAP_SIZE,
  );
  return {
    title: tree.places.get(slug)!.data.title,
    children: (tree.childrenOf.get(slug) ?? []).map((child) => linkView(kb, child)),
    events: capList(
      (index.events.get(slug) ?? []).map((event) => ({
        link: linkView(kb, event.slug),
        date: entryDateLabel(kb.bySlug.get(event.slug)!)!,
        datetime: event.date,
        kind: humanize(event.kind),
      })),
      `${withBase(kb.base, 'timeline/')}?place=${slug}`,
      'end',
    ),
    ties: capList((index.ties.get(slug) ?? []).map((tie) => tieView(kb, tie)), `${withBase(kb.base, 'graph/')}?place=${slug}`),
    actors: capList(
      [...(index.actors.get(slug) ?? [])].map((actor) => linkView(kb, actor)).sort((a, b) => a.text.localeCompare(b.text, 'en')),
      `${withBase(kb.base, 'graph/')}?place=${slug}`,
    ),
    ...(plotted.length >= 2
      ? { map: { ...PLACE_MAP_SIZE, points: plotted.map((point) => ({ ...point, ...linkViewHref(kb, point.slug), current: point.slug === slug })) } }
      : {}),
  };
}

function linkViewHref(kb: KnowledgeBase, slug: string): { href?: string } {
  const { href } = linkView(kb, slug);
  return href ? { href } : {};
}
