/**
 * Country outlines and coastlines under a map, drawn to SVG paths at build time from Natural
 * Earth's countries (public domain), packaged as TopoJSON by `world-atlas`: nothing is fetched,
 * no tile server. A regional map uses the 1:50m outlines, a map of a wider area the 1:110m ones.
 * Only what falls inside the map's box is drawn, rounded to a tenth of a pixel and thinned to a
 * point every `MIN_STEP` pixels, so a map stays a few kilobytes.
 */
import { geoBounds, geoContains, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

/** A longitude/latitude box, in degrees. */
export interface GeoExtent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapBox {
  width: number;
  height: number;
  /** Room kept free inside the box around the extent, for markers and labels. */
  padding: number;
}

export interface Basemap {
  /** Every country's area, one path to fill. */
  land: string;
  /** Lines between two countries. */
  borders: string;
  /** Lines between land and sea. */
  coasts: string;
  /** Where a place ([latitude, longitude]) falls on the map. */
  project: (coordinates: readonly [number, number]) => { x: number; y: number };
}

/** Points closer than this (px) to the last one drawn are dropped: finer than the eye can see at this size. */
const MIN_STEP = 1.5;
/** Wider than this (degrees of longitude), a map uses the coarser outlines: the finer ones would only add bytes. */
const REGIONAL_SPAN = 20;

/**
 * The box a map shows around points ([latitude, longitude]): theirs, widened on each side by
 * `margin` of its span and to at least `minSpan` degrees each way, so a lone place or a city and
 * a site inside it still show the country around them.
 */
export function mapExtent(points: readonly (readonly [number, number])[], { margin = 0.2, minSpan = 3 } = {}): GeoExtent | undefined {
  if (points.length === 0) return undefined;
  const lats = points.map(([lat]) => lat);
  const lons = points.map(([, lon]) => lon);
  const widen = (low: number, high: number, limit: number) => {
    const span = Math.max((high - low) * (1 + 2 * margin), minSpan);
    const middle = (low + high) / 2;
    return [Math.max(middle - span / 2, -limit), Math.min(middle + span / 2, limit)] as const;
  };
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  return { west, south, east, north };
}

let countries: ReturnType<typeof feature> | undefined;

/**
 * The corners ([latitude, longitude]) of the outline of the country a point lies in, so a map of a
 * country can show all of it; none when the point is at sea or the outline crosses the date line.
 */
export function countryCornersAt([lat, lon]: readonly [number, number]): [number, number][] {
  countries ??= feature(TOPOLOGIES.regional, TOPOLOGIES.regional.objects.countries);
  const country = 'features' in countries ? countries.features.find((shape) => geoContains(shape, [lon, lat])) : undefined;
  if (!country) return [];
  const [[west, south], [east, north]] = geoBounds(country);
  return west <= east ? [[south, west], [north, east]] : [];
}

/** A box's bounds in longitude/latitude, for picking the shapes that may cross it. */
type Bounds = [west: number, south: number, east: number, north: number];

function boundsOf(positions: readonly Position[]): Bounds {
  const lons = positions.map(([lon]) => lon!);
  const lats = positions.map(([, lat]) => lat!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

interface Shapes {
  /** Land as separate polygons (islands, continents), so only those in view are drawn. */
  land: { polygon: Position[][]; bounds: Bounds }[];
  borders: { line: Position[]; bounds: Bounds }[];
  coasts: { line: Position[]; bounds: Bounds }[];
}

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const TOPOLOGIES = { regional: countries50m as unknown as WorldTopology, wide: countries110m as unknown as WorldTopology };
const shapes = new Map<keyof typeof TOPOLOGIES, Shapes>();

/** The outlines decoded once per process and scale, each with its bounds. */
function worldShapes(scale: keyof typeof TOPOLOGIES): Shapes {
  const known = shapes.get(scale);
  if (known) return known;
  const topology = TOPOLOGIES[scale];
  const lines = (filter: (a: unknown, b: unknown) => boolean) =>
    (mesh(topology, topology.objects.countries, filter) as MultiLineString).coordinates.map((line) => ({ line, bounds: boundsOf(line) }));
  const polygons = feature(topology, topology.objects.land).features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon' ? [(geometry as Polygon).coordinates] : geometry.type === 'MultiPolygon' ? (geometry as MultiPolygon).coordinates : []);
  const decoded = {
    land: polygons.map((polygon) => ({ polygon, bounds: boundsOf(polygon.flat()) })),
    borders: lines((a, b) => a !== b),
    coasts: lines((a, b) => a === b),
  };
  shapes.set(scale, decoded);
  return decoded;
}

/** A stream that drops points within `minStep` px of the last one drawn (keeping each line's last point). */
function thinned(output: GeoStream, minStep: number): GeoStream {
  let last: [number, number] | undefined;
  let skipped: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < minStep) {
        skipped = [x, y];
        return;
      }
      output.point(x, y);
      last = [x, y];
      skipped = undefined;
    },
    lineStart() {
      last = undefined;
      skipped = undefined;
      output.lineStart();
    },
    lineEnd() {
      if (skipped) output.point(...skipped);
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A Mercator map of the extent fitted inside the box (north up), its outlines clipped to the box. */
export function drawBasemap(extent: GeoExtent, { width, height, padding }: MapBox): Basemap {
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [[extent.west, extent.south], [extent.east, extent.north], [extent.west, extent.north], [extent.east, extent.south]],
  };
  const projection: GeoProjection = geoMercator()
    .fitExtent([[padding, padding], [width - padding, height - padding]], corners)
    .clipExtent([[0, 0], [width, height]]);
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const visible: Bounds = [west, south, east, north];
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(thinned(output, MIN_STEP)) }).digits(1);
  const world = worldShapes(east - west > REGIONAL_SPAN ? 'wide' : 'regional');
  const lines = (items: Shapes['borders']) =>
    path({ type: 'MultiLineString', coordinates: items.filter(({ bounds }) => overlaps(bounds, visible)).map(({ line }) => line) }) ?? '';
  return {
    land: path({ type: 'MultiPolygon', coordinates: world.land.filter(({ bounds }) => overlaps(bounds, visible)).map(({ polygon }) => polygon) }) ?? '',
    borders: lines(world.borders),
    coasts: lines(world.coasts),
    project: ([lat, lon]) => {
      const [x, y] = projection([lon, lat])!;
      return { x: round(x), y: round(y) };
    },
  };
}
