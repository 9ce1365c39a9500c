/** What a place's page shows beyond its facts: events, ties and actors there, its child places, a small map. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { countryCornersAt } from '../analysis/basemap.ts';
import { drawPlaceMap, type MapPoint, type PlaceMap } from '../analysis/place-map.ts';
import { placeIndex } from '../analysis/place-index.ts';
import { placeAndAncestors, placeDescendants, placeTree } from '../analysis/place-tree.ts';
import { entryDateLabel } from '../collections/index.ts';
import { linkView, type LinkView } from './references-view.ts';
import { tieView, type TieView } from './ties-view.ts';
import { humanize } from '../vocabulary.ts';
import { withBase } from '../paths.ts';

const PLACE_MAP_SIZE = { width: 360, height: 240, padding: 36 };
/** The map of every place on the places index. */
const PLACES_MAP_SIZE = { width: 720, height: 420, padding: 40 };
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
  /** The place with its ancestors and descendants that have coordinates; absent when none has. */
  map?: PlaceMapView;
}

/** A map with each point's link (none for the page's own place) and whether it is the page's place. */
export interface PlaceMapView extends Omit<PlaceMap, 'points'> {
  points: (PlaceMap['points'][number] & { href?: string; current: boolean })[];
}

function placeMapView(
  kb: KnowledgeBase,
  points: MapPoint[],
  box: typeof PLACE_MAP_SIZE,
  current?: string,
  alsoShow: [number, number][] = [],
): PlaceMapView | undefined {
  const map = drawPlaceMap(points, box, alsoShow);
  return (
    map && { ...map, points: map.points.map((point) => ({ ...point, ...linkViewHref(kb, point.slug), current: point.slug === current })) }
  );
}

const mapPoint = (place: { slug: string; data: { title: string; coordinates?: [number, number] | undefined } }): MapPoint[] =>
  place.data.coordinates ? [{ slug: place.slug, label: place.data.title, coordinates: place.data.coordinates }] : [];

/** Every place with coordinates, for the map on the places index; absent when none has. */
export function placesMap(kb: KnowledgeBase): PlaceMapView | undefined {
  return placeMapView(kb, kb.byCollection.places.flatMap(mapPoint), PLACES_MAP_SIZE);
}

export function placeOverview(kb: KnowledgeBase, slug: string): PlaceOverview {
  const tree = placeTree(kb);
  const index = placeIndex(kb);
  const located = [...placeAndAncestors(tree, slug).reverse(), ...placeDescendants(tree, slug)].flatMap((place) =>
    mapPoint(tree.places.get(place)!),
  );
  const place = tree.places.get(slug)!;
  // A country's map shows the whole country, not only the places recorded in it.
  const outline = place.data.kind === 'country' && place.data.coordinates ? countryCornersAt(place.data.coordinates) : [];
  const map = placeMapView(kb, located, PLACE_MAP_SIZE, slug, outline);
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
    ties: capList(
      (index.ties.get(slug) ?? []).map((tie) => tieView(kb, tie)),
      `${withBase(kb.base, 'graph/')}?place=${slug}`,
    ),
    actors: capList(
      [...(index.actors.get(slug) ?? [])].map((actor) => linkView(kb, actor)).sort((a, b) => a.text.localeCompare(b.text, 'en')),
      `${withBase(kb.base, 'graph/')}?place=${slug}`,
    ),
    ...(map ? { map } : {}),
  };
}

function linkViewHref(kb: KnowledgeBase, slug: string): { href?: string } {
  const { href } = linkView(kb, slug);
  return href ? { href } : {};
}
