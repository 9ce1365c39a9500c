/** A reference as the live slug of an included entry of the expected collection, else undefined. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { CollectionName } from '../schema/index.ts';

export function includedSlug(kb: KnowledgeBase, target: string, collection: CollectionName): string | undefined {
  const resolution = kb.resolve(target);
  return resolution.status === 'entry' && resolution.entry.collection === collection ? resolution.entry.slug : undefined;
}
