/**
 * Zoom and pan on the relationship graph by changing its SVG view box: buttons (+, −, Fit), keys
 * on the focused graph (arrows, + and −, 0), a drag, and a two-finger pinch. The view starts at
 * its "home", the part of the drawing the tie filters frame (`frameGraph`); the arithmetic is in
 * the core (`graph-viewport.ts`).
 */
import { panViewBox, viewBoxAttribute, zoomViewBox, type ViewBox } from '../lib/analysis/graph-viewport.ts';

const ZOOM_STEP = 1.5;
/** Arrow keys move the view by this share of its size. */
const PAN_STEP = 0.15;
/** A pointer that moves less than this (px) before release is a click, not a drag. */
const DRAG_THRESHOLD = 4;

const parseViewBox = (value: string): ViewBox => {
  const [x, y, width, height] = value.split(/[\s,]+/).map(Number) as [number, number, number, number];
  return { x, y, width, height };
};

/** Tells the graph's zoom what to fit (called by the tie filters when the place or actor changes). */
export function frameGraph(svg: SVGSVGElement, home: ViewBox): void {
  svg.dataset.home = viewBoxAttribute(home);
  svg.dispatchEvent(new CustomEvent('graph-frame'));
}

export function enhanceGraphZoom(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg')!;
  const viewport = figure.querySelector<HTMLElement>('.viewport')!;
  const home = () => parseViewBox(svg.dataset.home ?? svg.dataset.full!);
  let view = home();

  const show = (next: ViewBox) => {
    view = next;
    svg.setAttribute('viewBox', viewBoxAttribute(view));
    svg.toggleAttribute('data-zoomed', view.width < home().width);
  };
  /** Drawing units per screen pixel. */
  const unitsPerPixel = () => view.width / svg.getBoundingClientRect().width;
  const toDrawing = (clientX: number, clientY: number) => {
    const box = svg.getBoundingClientRect();
    return { x: view.x + (clientX - box.left) * unitsPerPixel(), y: view.y + (clientY - box.top) * unitsPerPixel() };
  };

  svg.addEventListener('graph-frame', () => show(home()));

  figure.querySelector('[data-zoom-controls]')!.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (action === 'in') show(zoomViewBox(view, ZOOM_STEP, home()));
    if (action === 'out') show(zoomViewBox(view, 1 / ZOOM_STEP, home()));
    if (action === 'fit') show(home());
  });

  const KEYS: Record<string, () => ViewBox> = {
    ArrowLeft: () => panViewBox(view, -view.width * PAN_STEP, 0, home()),
    ArrowRight: () => panViewBox(view, view.width * PAN_STEP, 0, home()),
    ArrowUp: () => panViewBox(view, 0, -view.height * PAN_STEP, home()),
    ArrowDown: () => panViewBox(view, 0, view.height * PAN_STEP, home()),
    '+': () => zoomViewBox(view, ZOOM_STEP, home()),
    '=': () => zoomViewBox(view, ZOOM_STEP, home()),
    '-': () => zoomViewBox(view, 1 / ZOOM_STEP, home()),
    '0': () => home(),
  };
  viewport.addEventListener('keydown', (event) => {
    const next = KEYS[event.key];
    if (!next || event.altKey || event.ctrlKey || event.metaKey) return;
    // Arrows scroll the page as usual when the whole drawing is in view.
    if (event.key.startsWith('Arrow') && view.width >= home().width) return;
    event.preventDefault();
    show(next());
  });

  // A node reached by Tab while zoomed in is brought into view.
  svg.addEventListener('focusin', (event) => {
    const node = (event.target as Element).closest<SVGElement>('[data-actor]');
    if (!node) return;
    const x = Number(node.dataset.x);
    const y = Number(node.dataset.y);
    if (x < view.x || x > view.x + view.width || y < view.y || y > view.y + view.height) {
      show(panViewBox(view, x - (view.x + view.width / 2), y - (view.y + view.height / 2), home()));
    }
  });

  // Drag to pan, pinch to zoom: pointer events cover mouse, pen and touch alike.
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  svg.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved = 0;
  });
  svg.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const current = { x: event.clientX, y: event.clientY };
    if (pointers.size === 2) {
      const other = [...pointers].find(([id]) => id !== event.pointerId)![1];
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(current.x - other.x, current.y - other.y);
      if (before > 0) show(zoomViewBox(view, after / before, home(), toDrawing((current.x + other.x) / 2, (current.y + other.y) / 2)));
      moved += DRAG_THRESHOLD;
    } else {
      moved += Math.hypot(current.x - previous.x, current.y - previous.y);
      if (moved >= DRAG_THRESHOLD && view.width < home().width) {
        if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
        show(panViewBox(view, (previous.x - current.x) * unitsPerPixel(), (previous.y - current.y) * unitsPerPixel(), home()));
      }
    }
    pointers.set(event.pointerId, current);
  });
  for (const type of ['pointerup', 'pointercancel'] as const) svg.addEventListener(type, (event) => pointers.delete(event.pointerId));
  // The end of a drag over an actor's name is not a click on its link.
  svg.addEventListener(
    'click',
    (event) => {
      if (moved >= DRAG_THRESHOLD) event.preventDefault();
    },
    true,
  );

  figure.querySelector<HTMLElement>('[data-zoom-controls]')!.hidden = false;
  show(home());
}
