/**
 * The places of a release as a tree (each place's parent and children), built once, so "what is
 * within Syria" and "where is Qalamoun" are look-ups.
 */
import { includedSlug } from './included.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { EntryOf } from '../schema/index.ts';

export interface PlaceTree {
  /** Included places by slug. */
  places: ReadonlyMap<string, EntryOf<'places'>>;
  /** Live slug of a place's parent, when that parent is in the release. */
  parentOf: ReadonlyMap<string, string>;
  /** Child places, sorted by title. */
  childrenOf: ReadonlyMap<string, readonly string[]>;
}

function buildPlaceTree(kb: KnowledgeBase): PlaceTree {
  const places = new Map(kb.byCollection.places.map((place) => [place.slug, place]));
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  // byCollection is sorted by title, so children come out sorted too.
  for (const place of kb.byCollection.places) {
    const parent = place.data.parent ? includedSlug(kb, place.data.parent, 'places') : undefined;
    if (!parent) continue;
    parentOf.set(place.slug, parent);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), place.slug]);
  }
  return { places, parentOf, childrenOf };
}

/** The place tree of this build, built once. */
export const placeTree = perKnowledgeBase(buildPlaceTree);

/** The place itself, then its parent, its parent's parent … (the integrity check rules out cycles). */
export function placeAndAncestors(tree: PlaceTree, slug: string): string[] {
  const chain = [slug];
  for (let parent = tree.parentOf.get(slug); parent !== undefined; parent = tree.parentOf.get(parent)) chain.push(parent);
  return chain;
}

/** Every place within the given one, at any depth, in tree order. */
export function placeDescendants(tree: PlaceTree, slug: string): string[] {
  return (tree.childrenOf.get(slug) ?? []).flatMap((child) => [child, ...placeDescendants(tree, child)]);
}

/** A place's name with its parent's, to tell places apart in a menu: "Qalamoun (Syria)". */
export function placeWithParent(tree: PlaceTree, slug: string): string {
  const name = tree.places.get(slug)!.data.title;
  const parent = tree.parentOf.get(slug);
  return parent ? `${name} (${tree.places.get(parent)!.data.title})` : name;
}

/** The nearest place of kind country, the place itself included, walking up `parent`. */
export function placeCountry(kb: KnowledgeBase, place: EntryOf<'places'>): string | undefined {
  const tree = placeTree(kb);
  const country = placeAndAncestors(tree, place.slug).find((slug) => tree.places.get(slug)?.data.kind === 'country');
  return country && tree.places.get(country)!.data.title;
}
