/** What a page shows for a link target: a link, or plain text for a withheld entry. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { linkText, type LinkResolution } from '../links.ts';
import type { CollectionName } from '../schema/index.ts';

export interface LinkView {
  text: string;
  /** Absent when the target is withheld from this release. */
  href?: string;
  collection?: CollectionName;
  summary?: string;
}

export function linkView(kb: KnowledgeBase, target: string, label?: string): LinkView {
  return linkViewOf(kb.resolve(target), target, label);
}

/** The same, for a target already resolved. */
export function linkViewOf(resolution: LinkResolution, target: string, label?: string): LinkView {
  const text = linkText(resolution, label, target);
  if (resolution.status !== 'entry') return { text };
  const { entry, href } = resolution;
  return { text, href, collection: entry.collection, summary: entry.data.summary };
}
