import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from './knowledge-base.ts';
import { perKnowledgeBaseAnd } from './per-knowledge-base.ts';

describe('perKnowledgeBaseAnd', () => {
  it('builds once per knowledge base and key', () => {
    const calls: string[] = [];
    const derived = perKnowledgeBaseAnd((_kb: KnowledgeBase, key: string) => {
      calls.push(key);
      return [key];
    });
    const one = {} as KnowledgeBase;
    const other = {} as KnowledgeBase;
    expect(derived(one, 'actors')).toBe(derived(one, 'actors'));
    derived(one, 'events');
    derived(other, 'actors');
    expect(calls).toEqual(['actors', 'events', 'actors']);
  });
});
