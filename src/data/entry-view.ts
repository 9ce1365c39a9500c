/**
 * An entry page's view (src/lib/view/entry-page.ts), for the page and for its cache key. It is
 * made twice, when the route's paths are listed (the key covers it) and when the page renders,
 * rather than kept in the paths' props: Astro holds every route's paths until the build ends, and
 * the views of 100,000 entries would hold well over a gigabyte there (docs/benchmarks.md).
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { siteConfig } from '../config/build-options.ts';
import type { KnowledgeBase } from '../lib/knowledge-base.ts';
import { withBase } from '../lib/paths.ts';
import { entryPageView, type EntryPageView } from '../lib/view/entry-page.ts';
import { getSiteHistory } from './history.ts';
import { bodySections } from './knowledge-base.ts';

export function entryView(kb: KnowledgeBase, entry: CollectionEntry<CollectionKey>): EntryPageView {
  const base = import.meta.env.BASE_URL;
  const context = { kb, history: getSiteHistory(), base, changesHref: withBase(base, 'changes/'), editionPages: siteConfig().editionPages };
  return entryPageView(kb.bySlug.get(entry.id)!, bodySections(entry), context);
}
