/** What the relationship graph page shows: the drawing, its legend, the controls and the table. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { relationshipGraph, type GraphEdge, type GraphNode } from '../analysis/relationship-graph.ts';
import { placeTree, placeWithParent } from '../analysis/place-tree.ts';
import { monthsBetween, monthTicks, type MonthTick } from '../analysis/tie-choice.ts';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../schema/relationships.ts';
import { TIE_KIND_STYLES, tieView, type TieView } from './ties-view.ts';

interface GraphNodeView extends GraphNode {
  href: string;
  /** Where the name sits: under the node. */
  labelY: number;
}

interface GraphEdgeView extends GraphEdge {
  view: TieView;
  /** The tooltip: the tie as a sentence with its period and scope. */
  description: string;
  /** Place names written beside a local tie. */
  placeLabel?: string;
}

interface ScopeOption {
  value: string;
  label: string;
}

export interface GraphPage {
  width: number;
  height: number;
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  kinds: { kind: RelationshipKind; label: string; dash?: string; double?: boolean; directed: boolean }[];
  scopes: ScopeOption[];
  /** The drawn actors, by name, for the focus control. */
  actors: ScopeOption[];
  /** The whole years any tie is dated in, for the date control's range, with the month slider's labels. */
  dateRange?: { min: string; max: string; ticks: MonthTick[] };
  omittedActors: number;
  omittedTies: number;
}

function describeEdge(view: TieView): string {
  const where = view.organizationWide ? 'organization-wide' : `in ${view.scope.map((place) => place.text).join(', ')}`;
  return `${view.from.text} ${view.verb} ${view.to.text}: ${view.period}, ${where}; ${view.confidence.toLowerCase()} confidence`;
}

function yearsRange(firstDay: string, lastDay: string): NonNullable<GraphPage['dateRange']> {
  const range = { min: `${firstDay.slice(0, 4)}-01-01`, max: `${lastDay.slice(0, 4)}-12-31` };
  return { ...range, ticks: monthTicks(monthsBetween(range.min, range.max)) };
}

export function graphPage(kb: KnowledgeBase): GraphPage {
  const graph = relationshipGraph(kb);
  const tree = placeTree(kb);
  const edges = graph.edges.map((edge): GraphEdgeView => {
    const view = tieView(kb, edge);
    return {
      ...edge,
      view,
      description: describeEdge(view),
      ...(view.organizationWide ? {} : { placeLabel: view.scope.map((place) => place.text).join(', ') }),
    };
  });
  const scopeSlugs = [...new Set(graph.edges.flatMap((edge) => edge.places))];
  const scopes = scopeSlugs
    .map((slug) => ({ value: slug, label: placeWithParent(tree, slug) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const days = graph.edges
    .flatMap((edge) => [edge.interval.first, edge.interval.last])
    .filter((day) => day !== undefined)
    .sort();
  const present = new Set(graph.edges.map((edge) => edge.kind));
  return {
    width: graph.width,
    height: graph.height,
    nodes: graph.nodes.map((node) => ({ ...node, href: entryPath(kb.base, 'actors', node.slug), labelY: node.y + node.radius + 14 })),
    edges,
    kinds: RELATIONSHIP_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
      kind,
      ...TIE_KIND_STYLES[kind],
      directed: edges.find((edge) => edge.kind === kind)!.directed,
    })),
    scopes,
    actors: graph.nodes.map((node) => ({ value: node.slug, label: node.title })).sort((a, b) => a.label.localeCompare(b.label, 'en')),
    // Whole years, so the slider reaches before the first tie and past the last one.
    ...(days.length ? { dateRange: yearsRange(days[0]!, days.at(-1)!) } : {}),
    omittedActors: graph.omittedActors,
    omittedTies: graph.omittedTies,
  };
}
