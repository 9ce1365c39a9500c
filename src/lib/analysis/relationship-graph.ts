/**
 * The relationship graph of a release: actors as nodes, ties as edges, laid out once per build.
 * Only the most connected actors are drawn, so the page stays readable and small however large
 * the knowledge base grows; every actor's full list of ties is on its own page.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { ActorData } from '../schema/actors.ts';
import { edgeGeometry, layoutGraph, parallelBends, type Point } from './graph-layout.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import { placeKeysByTie, tieIndex, type Tie } from './ties.ts';

/** Average width of a character of a node label (12.5 px bold sans-serif), to size the drawing. */
const LABEL_CHAR_WIDTH = 7.4;

/** Most actors the graph draws. */
const MAX_GRAPH_NODES = 60;

export interface GraphNode extends Point {
  slug: string;
  title: string;
  kind: ActorData['kind'];
  /** How many ties the actor has in the release. */
  degree: number;
  radius: number;
  /** Estimated width of the name under the node, so a view can be fitted around it. */
  labelWidth: number;
}

export interface GraphEdge extends Tie {
  /** SVG path between the two nodes. */
  path: string;
  /** Where a marker or label for the edge can sit. */
  middle: Point;
  /** Where the "since unknown" mark of a tie with no start date sits. */
  nearStart: Point;
  /** Place slugs the edge shows under in the scope control (see `placeKeysByTie`). */
  places: string[];
}

export interface RelationshipGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
  /** Actors with ties that were left out of the drawing (beyond MAX_GRAPH_NODES). */
  omittedActors: number;
  /** Ties left out because an actor of theirs is not drawn. */
  omittedTies: number;
}

const nodeRadius = (kind: ActorData['kind'], degree: number) => (kind === 'person' ? 7 : 9) + Math.min(degree, 12) * 0.9;

/** The `limit` actors with most ties (ties broken by slug, so the choice is stable). */
export function mostConnected(byActor: ReadonlyMap<string, readonly unknown[]>, limit: number): string[] {
  return [...byActor]
    .sort(([slugA, a], [slugB, b]) => b.length - a.length || slugA.localeCompare(slugB))
    .slice(0, limit)
    .map(([slug]) => slug);
}

export function buildRelationshipGraph(kb: KnowledgeBase, limit = MAX_GRAPH_NODES): RelationshipGraph {
  const { ties, byActor, places } = tieIndex(kb);
  const drawn = new Set(mostConnected(byActor, limit));
  const shownTies = ties.filter((tie) => drawn.has(tie.from) && drawn.has(tie.to));
  const layoutNodes = [...drawn].sort().map((slug) => {
    const actor = kb.bySlug.get(slug)!;
    const kind = actor.collection === 'actors' ? actor.data.kind : 'other';
    const degree = byActor.get(slug)!.length;
    return {
      slug,
      title: actor.data.title,
      kind,
      degree,
      radius: nodeRadius(kind, degree),
      labelWidth: Math.round(actor.data.title.length * LABEL_CHAR_WIDTH),
    };
  });
  const layout = layoutGraph(
    layoutNodes.map(({ slug, radius, labelWidth }) => ({ id: slug, radius, labelWidth })),
    shownTies.map((tie) => ({ source: tie.from, target: tie.to })),
  );
  const nodes = layoutNodes.map((node) => ({ ...node, ...layout.positions.get(node.slug)! }));
  const nodeBySlug = new Map(nodes.map((node) => [node.slug, node]));

  const byPair = new Map<string, Tie[]>();
  for (const tie of shownTies) {
    const pair = [tie.from, tie.to].sort().join(' ');
    byPair.set(pair, [...(byPair.get(pair) ?? []), tie]);
  }
  const placeKeys = placeKeysByTie(shownTies, places);
  const edges = [...byPair.values()].flatMap((pairTies) => {
    const bends = parallelBends(pairTies.length);
    return pairTies.map((tie, index): GraphEdge => {
      const flip = tie.from > tie.to;
      const { d, middle, nearStart } = edgeGeometry(nodeBySlug.get(tie.from)!, nodeBySlug.get(tie.to)!, bends[index]!, flip);
      return { ...tie, path: d, middle, nearStart, places: placeKeys.get(tie.slug)! };
    });
  });
  const timeOrder = new Map(shownTies.map((tie, index) => [tie.slug, index]));
  return {
    nodes,
    edges: edges.sort((a, b) => timeOrder.get(a.slug)! - timeOrder.get(b.slug)!),
    width: layout.width,
    height: layout.height,
    omittedActors: byActor.size - drawn.size,
    omittedTies: ties.length - shownTies.length,
  };
}

/** The graph of this build, laid out once however many pages ask. */
export const relationshipGraph = perKnowledgeBase((kb) => buildRelationshipGraph(kb));
