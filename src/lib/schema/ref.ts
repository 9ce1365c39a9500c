/**
 * References between entries, declared once in the schema: `ref('actors', 'participant in')` is
 * a slug field that points at an actor, and says how the actor relates to the entry that points
 * at it (shown on the actor's page). The reference table (src/lib/references.ts) is read off the
 * schemas, so a new reference field is one line in its collection's schema.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from '../slugs.ts';
import type { CollectionName } from './primitives.ts';

/** How the target relates to the entry pointing at it: fixed, or by the value of a sibling field. */
export type Relation = string | { readonly by: string; readonly relations: Readonly<Record<string, string>> };

export interface Reference {
  /** Collections the target may belong to. */
  collections: readonly CollectionName[];
  relation: Relation;
  /** The field of an object value that holds the slug (a citation's `source`); the value itself if absent. */
  key?: string;
}

/** Which schemas are references, and to what. */
export const references = z.registry<Reference>();

/** An entry ID: lowercase ASCII letters, digits and single hyphens. */
export function slugString() {
  return z.string().regex(SLUG_PATTERN, 'expected a slug: lowercase letters, digits and single hyphens, like "al-nusra-front"');
}

/** A slug field that points at an entry of `collections`. */
export function ref(collections: CollectionName | readonly CollectionName[], relation: Relation) {
  return slugString().register(references, { collections: [collections].flat(), relation });
}
