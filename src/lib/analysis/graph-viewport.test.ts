import { describe, expect, it } from 'vitest';
import { fitViewBox, MAX_ZOOM, panViewBox, zoomViewBox, type ViewBox } from './graph-viewport.ts';

const home: ViewBox = { x: 0, y: 0, width: 800, height: 600 };

describe('fitting the view to the actors shown', () => {
  const node = (x: number, y: number) => ({ x, y, radius: 10, labelWidth: 100 });

  it('frames the nodes and their labels, grown to the frame’s aspect ratio', () => {
    const box = fitViewBox([node(100, 100), node(400, 150)], { aspect: 4 / 3, padding: 10, minWidth: 0 })!;
    // Labels reach 50 beyond the outer nodes, plus the padding.
    expect(box.width).toBe(300 + 2 * 50 + 2 * 10);
    expect(box.width / box.height).toBeCloseTo(4 / 3);
    expect(box.x).toBe(40);
    // Vertically centred on the nodes and the label line under them.
    expect(box.y + box.height / 2).toBeCloseTo((100 - 10 - 10 + 150 + 10 + 22 + 10) / 2);
  });

  it('keeps a minimum width, so a lone pair is not blown up', () => {
    expect(fitViewBox([node(100, 100), node(150, 100)], { aspect: 2, padding: 0, minWidth: 400 })).toMatchObject({
      width: 400,
      height: 200,
    });
  });

  it('grows a tall group sideways rather than cutting it', () => {
    const box = fitViewBox([node(100, 0), node(100, 900)], { aspect: 2, padding: 0, minWidth: 0 })!;
    expect(box.height).toBeCloseTo(900 + 10 + 10 + 22);
    expect(box.width).toBeCloseTo(box.height * 2);
  });

  it('has nothing to fit when nothing is shown', () => {
    expect(fitViewBox([], { aspect: 1, padding: 0, minWidth: 0 })).toBeUndefined();
  });
});

describe('zoom and pan', () => {
  it('zooms in about the centre and back out no further than home', () => {
    const closer = zoomViewBox(home, 2, home);
    expect(closer).toEqual({ x: 200, y: 150, width: 400, height: 300 });
    expect(zoomViewBox(closer, 0.25, home)).toEqual(home);
  });

  it('keeps a focus point in place (pinch or double tap)', () => {
    const closer = zoomViewBox(home, 2, home, { x: 0, y: 0 });
    expect(closer).toMatchObject({ x: 0, y: 0, width: 400 });
  });

  it('stops at the closest zoom', () => {
    let view = home;
    for (let step = 0; step < 20; step += 1) view = zoomViewBox(view, 2, home);
    expect(view.width).toBe(home.width / MAX_ZOOM);
  });

  it('pans only when zoomed in, and never takes the drawing out of sight', () => {
    expect(panViewBox(home, 100, 0, home)).toEqual(home);
    const closer = zoomViewBox(home, 2, home);
    expect(panViewBox(closer, 100, -50, home)).toEqual({ x: 300, y: 100, width: 400, height: 300 });
    // The view's centre stays inside the home box.
    expect(panViewBox(closer, 5000, 5000, home)).toEqual({ x: 600, y: 450, width: 400, height: 300 });
  });
});
