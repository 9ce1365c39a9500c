/**
 * Derived data built once per knowledge base: pages call the returned function as often as they
 * like, and the work (tie index, graph layout, timeline) runs once per build.
 */
import type { KnowledgeBase } from './knowledge-base.ts';

export function perKnowledgeBase<T>(build: (kb: KnowledgeBase) => T): (kb: KnowledgeBase) => T {
  const cache = new WeakMap<KnowledgeBase, T>();
  return (kb) => {
    if (!cache.has(kb)) cache.set(kb, build(kb));
    return cache.get(kb)!;
  };
}
