import { describe, expect, it } from 'vitest';
import { edgeGeometry, layoutGraph, parallelBends } from './graph-layout.ts';

const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, radius: 10, labelWidth: 120 }));
const links = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'a', target: 'c' },
];

describe('layoutGraph', () => {
  it('is deterministic, so builds are reproducible', () => {
    const first = layoutGraph(nodes, links);
    expect([...layoutGraph(nodes, links).positions]).toEqual([...first.positions]);
  });

  it('fits every node inside the box with room for its label', () => {
    const { positions, width, height } = layoutGraph(nodes, links);
    for (const { x, y } of positions.values()) {
      expect(x).toBeGreaterThanOrEqual(60);
      expect(x).toBeLessThanOrEqual(width - 60);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });

  it('draws nothing for no nodes', () => {
    expect(layoutGraph([], [])).toEqual({ positions: new Map(), width: 0, height: 0 });
  });
});

describe('edges', () => {
  it('fan out when several join the same two nodes', () => {
    expect(parallelBends(1)).toEqual([0]);
    expect(parallelBends(3)).toEqual([-30, 0, 30]);
  });

  it('run from rim to rim, straight or curved', () => {
    const a = { x: 0, y: 0, radius: 10 };
    const b = { x: 100, y: 0, radius: 10 };
    expect(edgeGeometry(a, b, 0).d).toBe('M12 0L87 0');
    const curved = edgeGeometry(a, b, 20);
    expect(curved.d).toMatch(/^M[\d.]+ [\d.]+Q50 40 /);
    expect(curved.middle.y).toBeGreaterThan(15);
    // The same bend on the reverse edge, flipped, lands on the same side.
    expect(edgeGeometry(b, a, 20, true).middle.y).toBeCloseTo(curved.middle.y, 0);
  });

  it('offer a point near their start, on the drawn line, for the mark of an unknown start', () => {
    const a = { x: 0, y: 0, radius: 10 };
    const b = { x: 100, y: 0, radius: 10 };
    expect(edgeGeometry(a, b, 0).nearStart).toEqual({ x: 34.7, y: 0 });
    expect(edgeGeometry(b, a, 0).nearStart).toEqual({ x: 65.3, y: 0 });
    const curved = edgeGeometry(a, b, 20).nearStart;
    expect(curved.x).toBeLessThan(50);
    expect(curved.y).toBeGreaterThan(0);
  });
});
