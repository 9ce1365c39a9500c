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

/** The same, for data derived per knowledge base and key (a collection): built once for each. */
export function perKnowledgeBaseAnd<K, T>(build: (kb: KnowledgeBase, key: K) => T): (kb: KnowledgeBase, key: K) => T {
  const caches = perKnowledgeBase(() => new Map<K, T>());
  return (kb, key) => {
    const cache = caches(kb);
    if (!cache.has(key)) cache.set(key, build(kb, key));
    return cache.get(key)!;
  };
}
