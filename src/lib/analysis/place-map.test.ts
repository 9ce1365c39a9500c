import { describe, expect, it } from 'vitest';
import { plotPoints } from './place-map.ts';

const box = { width: 300, height: 200, padding: 20 };

describe('plotPoints', () => {
  it('puts north up and east right, inside the padding', () => {
    const [damascus, beirut, aleppo] = plotPoints([
      { slug: 'damascus', label: 'Damascus', coordinates: [33.51, 36.29] },
      { slug: 'beirut', label: 'Beirut', coordinates: [33.89, 35.5] },
      { slug: 'aleppo', label: 'Aleppo', coordinates: [36.2, 37.16] },
    ], box);
    expect(aleppo!.y).toBeLessThan(damascus!.y);
    expect(beirut!.x).toBeLessThan(damascus!.x);
    for (const point of [damascus!, beirut!, aleppo!]) {
      expect(point.x).toBeGreaterThanOrEqual(20);
      expect(point.x).toBeLessThanOrEqual(280);
      expect(point.y).toBeGreaterThanOrEqual(20);
      expect(point.y).toBeLessThanOrEqual(180);
    }
  });

  it('keeps one scale for both axes', () => {
    const [west, east, north] = plotPoints([
      { slug: 'w', label: 'W', coordinates: [0, 0] },
      { slug: 'e', label: 'E', coordinates: [0, 1] },
      { slug: 'n', label: 'N', coordinates: [1, 0] },
    ], box);
    expect(east!.x - west!.x).toBeCloseTo(west!.y - north!.y, 0);
  });

  it('centres a single point', () => {
    expect(plotPoints([{ slug: 'a', label: 'A', coordinates: [10, 10] }], box)[0]).toMatchObject({ x: 150, y: 100, labelY: 104 });
  });

  it('stacks the labels of points close together', () => {
    const [city, camp] = plotPoints([
      { slug: 'city', label: 'City', coordinates: [33.51, 36.29] },
      { slug: 'camp', label: 'Camp', coordinates: [33.47, 36.3] },
      { slug: 'far', label: 'Far', coordinates: [36, 40] },
    ], box);
    expect(Math.abs(city!.labelY - camp!.labelY)).toBeGreaterThanOrEqual(14);
  });
});
