/**
 * The part of the laid-out graph a reader sees (an SVG view box): fitted to the actors shown,
 * zoomed and panned by buttons, keys, drag and pinch. The "home" view is the fitted one; the
 * reader can zoom in from it, never further out, and never pan the home box out of sight.
 */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn actor: its circle and the label centred under it. */
export interface NodeExtent {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
}

/** Room for the label line under a node, as in the layout. */
const LABEL_LINE = 22;
/** Furthest zoom in, as a multiple of the home view. */
export const MAX_ZOOM = 8;

const round = (value: number) => Math.round(value * 10) / 10;
const roundBox = ({ x, y, width, height }: ViewBox): ViewBox => ({ x: round(x), y: round(y), width: round(width), height: round(height) });

/**
 * The smallest box around the nodes and their labels, grown to the frame's aspect ratio
 * (width / height) so it fills the frame, and to at least `minWidth` so two actors alone are not
 * blown up to fill a desktop screen.
 */
export function fitViewBox(
  nodes: readonly NodeExtent[],
  { aspect, padding, minWidth }: { aspect: number; padding: number; minWidth: number },
): ViewBox | undefined {
  if (nodes.length === 0) return undefined;
  const halfWidth = (node: NodeExtent) => Math.max(node.radius, node.labelWidth / 2);
  const left = Math.min(...nodes.map((node) => node.x - halfWidth(node))) - padding;
  const right = Math.max(...nodes.map((node) => node.x + halfWidth(node))) + padding;
  const top = Math.min(...nodes.map((node) => node.y - node.radius)) - padding;
  const bottom = Math.max(...nodes.map((node) => node.y + node.radius + LABEL_LINE)) + padding;
  const width = Math.max(right - left, (bottom - top) * aspect, minWidth);
  const height = width / aspect;
  return roundBox({ x: (left + right - width) / 2, y: (top + bottom - height) / 2, width, height });
}

/** Keeps the view's centre inside the home box, so the drawing cannot be panned away. */
function keepInHome(view: ViewBox, home: ViewBox): ViewBox {
  const centreX = Math.min(Math.max(view.x + view.width / 2, home.x), home.x + home.width);
  const centreY = Math.min(Math.max(view.y + view.height / 2, home.y), home.y + home.height);
  return roundBox({ ...view, x: centreX - view.width / 2, y: centreY - view.height / 2 });
}

/**
 * Zooms by `factor` (above 1 zooms in) keeping `focus` (a point in drawing units, by default the
 * view's centre) where it is on screen, between the home view and MAX_ZOOM times closer.
 */
export function zoomViewBox(view: ViewBox, factor: number, home: ViewBox, focus?: { x: number; y: number }): ViewBox {
  const width = Math.min(Math.max(view.width / factor, home.width / MAX_ZOOM), home.width);
  if (width === home.width) return home;
  const scale = width / view.width;
  const { x: fx, y: fy } = focus ?? { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  return keepInHome({ x: fx - (fx - view.x) * scale, y: fy - (fy - view.y) * scale, width, height: view.height * scale }, home);
}

/** Moves the view by (dx, dy) drawing units; at the home view there is nothing to pan. */
export function panViewBox(view: ViewBox, dx: number, dy: number, home: ViewBox): ViewBox {
  if (view.width >= home.width) return home;
  return keepInHome({ ...view, x: view.x + dx, y: view.y + dy }, home);
}

export const viewBoxAttribute = ({ x, y, width, height }: ViewBox) => `${x} ${y} ${width} ${height}`;
