/**
 * The analysis views as JSON (/data/graph.json, /data/timeline.json): the same data the pages
 * draw, for other tools. Built from the release-filtered knowledge base like everything else.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { relationshipGraph } from './relationship-graph.ts';
import { DATING_RULE, isOrganizationWide } from './ties.ts';
import { timeline } from './timeline.ts';

export function graphJson(kb: KnowledgeBase) {
  const graph = relationshipGraph(kb);
  return {
    release: kb.release,
    datingRule: DATING_RULE,
    layout: { width: graph.width, height: graph.height, omittedActors: graph.omittedActors, omittedTies: graph.omittedTies },
    nodes: graph.nodes.map(({ slug, title, kind, degree, x, y }) => ({
      id: slug,
      title,
      kind,
      degree,
      x,
      y,
      url: entryPath(kb.base, 'actors', slug),
    })),
    edges: graph.edges.map((edge) => ({
      id: edge.slug,
      source: edge.from,
      target: edge.to,
      kind: edge.kind,
      directed: edge.directed,
      start: edge.start ?? null,
      end: edge.end ?? null,
      firstDay: edge.interval.first ?? null,
      lastDay: edge.interval.last ?? null,
      scope: edge.scope,
      organizationWide: isOrganizationWide(edge),
      confidence: edge.confidence,
      evidence: edge.evidence,
      url: entryPath(kb.base, 'relationships', edge.slug),
    })),
  };
}

export function timelineJson(kb: KnowledgeBase) {
  return {
    release: kb.release,
    events: timeline(kb).map(({ placeKeys: _placeKeys, ...event }) => ({ ...event, url: entryPath(kb.base, 'events', event.slug) })),
  };
}
