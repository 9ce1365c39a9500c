import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase } from '../knowledge-base.ts';
import { buildRelationshipGraph, mostConnected, relationshipGraph } from './relationship-graph.ts';
import { tieIndex } from './ties.ts';

const kb = loadKnowledgeBase(knowledgeBaseOptions()).knowledgeBase!;

describe('the relationship graph', () => {
  it('draws only the most connected actors, and only the ties between them', () => {
    const graph = buildRelationshipGraph(kb, 5);
    const drawn = new Set(graph.nodes.map((node) => node.slug));
    expect(drawn.size).toBe(5);
    expect(drawn.has('islamic-state')).toBe(true);
    expect(graph.edges.every((edge) => drawn.has(edge.from) && drawn.has(edge.to))).toBe(true);
    expect(graph.omittedActors).toBe(tieIndex(kb).byActor.size - 5);
    expect(graph.edges.length + graph.omittedTies).toBe(tieIndex(kb).ties.length);
  });

  it('is laid out once per knowledge base, the same on every build', () => {
    expect(relationshipGraph(kb)).toBe(relationshipGraph(kb));
    expect(buildRelationshipGraph(kb).edges.map((edge) => edge.path)).toEqual(relationshipGraph(kb).edges.map((edge) => edge.path));
  });

  it('fans out the ties between the same two actors', () => {
    const between = relationshipGraph(kb).edges.filter((edge) => [edge.from, edge.to].sort().join() === 'al-nusra-front,islamic-state');
    expect(between.length).toBeGreaterThanOrEqual(4);
    expect(new Set(between.map((edge) => edge.path)).size).toBe(between.length);
  });

  it('breaks ties in connectedness by slug, so the choice is stable', () => {
    const byActor = new Map([
      ['b', [1, 2]],
      ['a', [1, 2]],
      ['c', [1]],
    ]);
    expect(mostConnected(byActor, 2)).toEqual(['a', 'b']);
  });
});
