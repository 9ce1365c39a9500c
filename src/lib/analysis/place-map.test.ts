import { describe, expect, it } from 'vitest';
import { countryCornersAt, mapExtent } from './basemap.ts';
import { drawPlaceMap } from './place-map.ts';

const box = { width: 300, height: 200, padding: 20 };

describe('the region a map shows', () => {
  it.each([
    // points, expected [west, south, east, north]
    [
      [
        [33.5, 36.3],
        [36.2, 37.2],
      ],
      [35.25, 32.96, 38.25, 36.74],
    ],
    // A lone point gets the minimum span around it.
    [[[36.8, 10.2]], [8.7, 35.3, 11.7, 38.3]],
    // A wide spread gets a fifth of its span on each side.
    [
      [
        [48.9, 2.4],
        [15.4, 44.2],
      ],
      [-5.96, 8.7, 52.56, 55.6],
    ],
    // Never past the poles or the date line.
    [[[80, 179]], [177.5, 78.5, 180, 81.5]],
  ] as const)('around %j', (points, [west, south, east, north]) => {
    const extent = mapExtent(points)!;
    expect(extent.west).toBeCloseTo(west, 1);
    expect(extent.south).toBeCloseTo(south, 1);
    expect(extent.east).toBeCloseTo(east, 1);
    expect(extent.north).toBeCloseTo(north, 1);
  });

  it('is undefined with nothing to show', () => {
    expect(mapExtent([])).toBeUndefined();
  });
});

describe('a place map', () => {
  const map = drawPlaceMap(
    [
      { slug: 'damascus', label: 'Damascus', coordinates: [33.51, 36.29] },
      { slug: 'beirut', label: 'Beirut', coordinates: [33.89, 35.5] },
      { slug: 'aleppo', label: 'Aleppo', coordinates: [36.2, 37.16] },
    ],
    box,
  )!;
  const [damascus, beirut, aleppo] = map.points;

  it('puts north up and east right, inside the padding', () => {
    expect(aleppo!.y).toBeLessThan(damascus!.y);
    expect(beirut!.x).toBeLessThan(damascus!.x);
    for (const point of map.points) {
      expect(point.x).toBeGreaterThanOrEqual(20);
      expect(point.x).toBeLessThanOrEqual(280);
      expect(point.y).toBeGreaterThanOrEqual(20);
      expect(point.y).toBeLessThanOrEqual(180);
    }
  });

  it('draws the coast and the borders of the region, clipped to the box and small', () => {
    // The Levant: a Mediterranean coast, borders between Syria, Lebanon, Turkey, Jordan …
    for (const path of [map.land, map.borders, map.coasts]) expect(path).toMatch(/^M[\d.]+,[\d.]+L/);
    const numbers = `${map.land} ${map.borders} ${map.coasts}`.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(300);
    expect(map.land.length + map.borders.length + map.coasts.length).toBeLessThan(40_000);
  });

  it('fills the land under a map inside a continent, far from any coast', () => {
    const chad = drawPlaceMap([{ slug: 'chad', label: 'Chad', coordinates: [15, 19] }], box)!;
    expect(chad.coasts).toBe('');
    // The continent cut to the map: a ring around the whole box.
    expect(chad.land).toMatch(/^M[\d.]+,[\d.]+L.*Z$/);
    expect(chad.land.length).toBeLessThan(200);
  });

  it('keeps one scale for both axes near the equator', () => {
    const [west, east, north] = drawPlaceMap(
      [
        { slug: 'w', label: 'W', coordinates: [0, 0] },
        { slug: 'e', label: 'E', coordinates: [0, 1] },
        { slug: 'n', label: 'N', coordinates: [1, 0] },
      ],
      box,
    )!.points;
    expect(east!.x - west!.x).toBeCloseTo(west!.y - north!.y, 0);
  });

  it('centres a single point', () => {
    const point = drawPlaceMap([{ slug: 'a', label: 'A', coordinates: [10, 10] }], box)!.points[0]!;
    expect(point.x).toBeCloseTo(150, 0);
    // Mercator stretches northwards, so the middle latitude sits a hair below the middle.
    expect(Math.abs(point.y - 100)).toBeLessThan(1);
  });

  it('stacks the labels of points close together', () => {
    const [city, camp] = drawPlaceMap(
      [
        { slug: 'city', label: 'City', coordinates: [33.51, 36.29] },
        { slug: 'camp', label: 'Camp', coordinates: [33.47, 36.3] },
        { slug: 'far', label: 'Far', coordinates: [36, 40] },
      ],
      box,
    )!.points;
    expect(Math.abs(city!.labelY - camp!.labelY)).toBeGreaterThanOrEqual(14);
  });
});

describe('a country’s outline', () => {
  it('is found from a point inside it, so its map can show all of it', () => {
    // A point in central Syria: the outline reaches the Euphrates valley in the east and the coast in the west.
    const [[south, west], [north, east]] = countryCornersAt([35, 38.5]) as [[number, number], [number, number]];
    expect(west).toBeGreaterThan(35);
    expect(west).toBeLessThan(36.5);
    expect(east).toBeGreaterThan(41.5);
    expect(south).toBeLessThan(33);
    expect(north).toBeGreaterThan(37);
  });

  it('is the part of the country the point is on, not its overseas territories', () => {
    const [[south, west], [north, east]] = countryCornersAt([46.6, 2.4]) as [[number, number], [number, number]];
    expect([south, west, north, east].map(Math.round)).toEqual([42, -5, 51, 8]);
  });

  it('is none at sea', () => {
    expect(countryCornersAt([35, 18])).toEqual([]);
  });
});
