/**
 * Build-time layout of a node-link graph with d3-force, and the geometry of its edges.
 * Deterministic: d3-force seeds its own random source and places nodes by index, so the same
 * nodes in the same order with the same links give the same picture on every build.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode {
  id: string;
  radius: number;
  /** Width of the label drawn centred under the node, so the box leaves room for it. */
  labelWidth?: number;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  positions: ReadonlyMap<string, Point>;
  width: number;
  height: number;
}

/** A fixed number of steps, not "until it settles": builds must not depend on timing. */
const ITERATIONS = 400;
/** Room around the drawing; the label line sits under each node. */
const PADDING = 12;
const LABEL_LINE = 22;
/** Link length grows with the ties between the same two actors, to leave room for their fan of edges. */
const LINK_DISTANCE = 170;
const PER_PARALLEL_TIE = 45;
/** Sideways distance between parallel ties. */
const PARALLEL_SPACING = 30;

const round = (value: number) => Math.round(value * 10) / 10;

/** Positions in a box starting at (0, 0). Nodes are laid out in the order given: sort them first. */
export function layoutGraph(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): Layout {
  if (nodes.length === 0) return { positions: new Map(), width: 0, height: 0 };
  type SimNode = SimulationNodeDatum & LayoutNode;
  const simNodes: SimNode[] = nodes.map((node) => ({ ...node }));
  const pairs = new Map<string, { source: string; target: string; count: number }>();
  for (const link of links) {
    const key = [link.source, link.target].sort().join('\u0000');
    pairs.set(key, { source: link.source, target: link.target, count: (pairs.get(key)?.count ?? 0) + 1 });
  }
  type SimLink = { source: string; target: string; distance: number };
  const simLinks: SimLink[] = [];
  // A fan of parallel ties gets a hidden node at its middle that pushes other actors off the fan.
  const fanNodes: SimNode[] = [];
  for (const [key, { source, target, count }] of pairs) {
    const distance = LINK_DISTANCE + (count - 1) * PER_PARALLEL_TIE;
    simLinks.push({ source, target, distance });
    if (count < 3) continue;
    const fan = { id: `\u0000${key}`, radius: (count * PARALLEL_SPACING) / 2 };
    fanNodes.push(fan);
    simLinks.push({ source, target: fan.id, distance: distance / 2 }, { source: fan.id, target, distance: distance / 2 });
  }
  const simulation = forceSimulation<SimNode>([...simNodes, ...fanNodes])
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((node) => node.id)
        .distance((link) => link.distance),
    )
    .force('charge', forceManyBody<SimNode>().strength(-1400))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.radius + 48),
    )
    // Pull disconnected parts towards the middle without squashing connected ones.
    .force('x', forceX<SimNode>(0).strength(0.03))
    .force('y', forceY<SimNode>(0).strength(0.05))
    .stop();
  simulation.tick(ITERATIONS);
  const halfWidth = (node: SimNode) => Math.max(node.radius, (node.labelWidth ?? 0) / 2);
  const minX = Math.min(...simNodes.map((node) => node.x! - halfWidth(node))) - PADDING;
  const maxX = Math.max(...simNodes.map((node) => node.x! + halfWidth(node))) + PADDING;
  const minY = Math.min(...simNodes.map((node) => node.y! - node.radius)) - PADDING;
  const maxY = Math.max(...simNodes.map((node) => node.y! + node.radius + LABEL_LINE)) + PADDING;
  return {
    positions: new Map(simNodes.map((node) => [node.id, { x: round(node.x! - minX), y: round(node.y! - minY) }])),
    width: Math.ceil(maxX - minX),
    height: Math.ceil(maxY - minY),
  };
}

/** Sideways offsets for `count` edges between the same two nodes, so none hides another. */
export function parallelBends(count: number, spacing = PARALLEL_SPACING): number[] {
  return Array.from({ length: count }, (_, index) => round((index - (count - 1) / 2) * spacing));
}

export interface EdgeGeometry {
  /** An SVG path: a straight line, or a quadratic curve when bent. */
  d: string;
  /** The middle of the drawn edge. */
  middle: Point;
  /** Three tenths of the way from `a`: where a mark about the tie's start (an unknown start) sits. */
  nearStart: Point;
}

/**
 * The edge from `a` to `b`, starting and ending at the nodes' rims (an arrowhead then touches
 * the rim). `bend` pushes its middle sideways, measured against the pair's canonical direction
 * (`flip` says the edge runs the other way), so parallel edges of both directions fan out
 * instead of overlapping.
 */
export function edgeGeometry(a: Point & { radius: number }, b: Point & { radius: number }, bend: number, flip = false): EdgeGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const sign = flip ? -1 : 1;
  // Normal of the canonical direction; a quadratic curve peaks at half its control offset.
  const control = { x: (a.x + b.x) / 2 - (dy / length) * bend * 2 * sign, y: (a.y + b.y) / 2 + (dx / length) * bend * 2 * sign };
  const toward = (from: Point, to: Point, distance: number): Point => {
    const span = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: round(from.x + ((to.x - from.x) / span) * distance), y: round(from.y + ((to.y - from.y) / span) * distance) };
  };
  const start = toward(a, control, a.radius + 2);
  const end = toward(b, control, b.radius + 3);
  // A point on the quadratic curve at parameter t (a straight edge has its control at the middle).
  const along = (t: number): Point => ({
    x: round((1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x),
    y: round((1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y),
  });
  const middle = along(0.5);
  const d =
    bend === 0
      ? `M${start.x} ${start.y}L${end.x} ${end.y}`
      : `M${start.x} ${start.y}Q${round(control.x)} ${round(control.y)} ${end.x} ${end.y}`;
  return { d, middle, nearStart: along(0.3) };
}
