/** Which slug belongs to which collection, and which old slugs now stand for which entry. */
import type { CollectionName, Entry } from './schema/index.ts';

export interface EntryIndex {
  collectionOf: ReadonlyMap<string, CollectionName>;
  /** Former slug → live slug. */
  formerSlugs: ReadonlyMap<string, string>;
}

export function buildEntryIndex(slugs: readonly { slug: string; collection: CollectionName }[], entries: readonly Entry[]): EntryIndex {
  const collectionOf = new Map<string, CollectionName>();
  for (const { slug, collection } of slugs) if (!collectionOf.has(slug)) collectionOf.set(slug, collection);
  const formerSlugs = new Map<string, string>();
  for (const entry of entries) {
    for (const former of entry.data.formerSlugs) {
      if (!collectionOf.has(former) && !formerSlugs.has(former)) formerSlugs.set(former, entry.slug);
    }
  }
  return { collectionOf, formerSlugs };
}

/** The live slug a reference means: itself, or the entry that took it over as a former slug. */
export function liveSlug(index: EntryIndex, target: string): string | undefined {
  if (index.collectionOf.has(target)) return target;
  return index.formerSlugs.get(target);
}
