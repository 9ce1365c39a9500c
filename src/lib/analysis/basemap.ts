/**
 * Country outlines and coastlines under a map, drawn to SVG paths at build time from Natural
 * Earth's countries (public domain), packaged as TopoJSON by `world-atlas`: nothing is fetched,
 * no tile server. A regional map uses the 1:50m outlines, a map of a wider area the 1:110m ones.
 * Only what falls inside the map's box is drawn, rounded to a tenth of a pixel and thinned to a
 * point every `MIN_STEP` pixels, so a map stays a few kilobytes.
 *
 * The outlines are projected to Mercator once per process; each map then only scales and clips
 * them on the plane, which keeps a map to a few milliseconds (spherical clipping of the large
 * continents on every map cost about 60 ms).
 */
import { geoBounds, geoContains, geoIdentity, geoPath, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Polygon, Position } from 'geojson';
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

let countries: { shape: Feature; bounds: Bounds }[] | undefined;

/**
 * The corners ([latitude, longitude]) of the outline of the country a point lies in, so a map of a
 * country can show all of it: the part of the country the point is on (metropolitan France, not
 * its overseas departments); none when the point is at sea or the outline crosses the date line.
 */
export function countryCornersAt([lat, lon]: readonly [number, number]): [number, number][] {
  countries ??= feature(TOPOLOGIES.regional, TOPOLOGIES.regional.objects.countries).features.map((shape) => {
    const [[west, south], [east, north]] = geoBounds(shape);
    return { shape, bounds: [west, south, east, north] as Bounds };
  });
  // The bounds rule out almost every country cheaply; the spherical test decides among the rest.
  const country = countries.find(
    ({ shape, bounds: [west, south, east, north] }) =>
      west <= lon && lon <= east && south <= lat && lat <= north && geoContains(shape, [lon, lat]),
  )?.shape;
  if (!country) return [];
  const parts: Polygon[] =
    country.geometry.type === 'MultiPolygon'
      ? country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
      : [country.geometry as Polygon];
  const part = parts.find((polygon) => geoContains(polygon, [lon, lat]))!;
  const [[west, south], [east, north]] = geoBounds(part);
  return west <= east
    ? [
        [south, west],
        [north, east],
      ]
    : [];
}

/** Mercator stops short of the poles. */
const MAX_LATITUDE = 85;

/** Mercator on the plane, in degrees: x is the longitude, y grows northwards (and faster towards the poles). */
function mercator([lon, lat]: readonly number[]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat!)) * Math.PI) / 180;
  return [lon!, (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
}

/** A box's bounds on the Mercator plane, for picking the shapes that may cross it. */
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
  const planar = (positions: Position[]) => positions.map(mercator);
  const lines = (filter: (a: unknown, b: unknown) => boolean) =>
    mesh(topology, topology.objects.countries, filter)
      .coordinates.flatMap((line) => pieces(planar(line)))
      .map((line) => ({ line, bounds: boundsOf(line) }));
  const polygons = feature(topology, topology.objects.land).features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [],
  );
  const decoded = {
    land: polygons.map((polygon) => polygon.map(planar)).map((polygon) => ({ polygon, bounds: boundsOf(polygon.flat()) })),
    borders: lines((a, b) => a !== b),
    coasts: lines((a, b) => a === b),
  };
  shapes.set(scale, decoded);
  return decoded;
}

/** A long line (a continent's coast) cut into short pieces sharing their ends, so a map draws only the pieces in view. */
const PIECE_LENGTH = 64;
function pieces(line: Position[]): Position[][] {
  const cut: Position[][] = [];
  for (let start = 0; start < line.length - 1; start += PIECE_LENGTH) cut.push(line.slice(start, start + PIECE_LENGTH + 1));
  return cut;
}

/**
 * A ring cut to a rectangle on the plane (Sutherland–Hodgman), so a continent costs only its
 * part near the map. The cut runs outside the map's box, where its straight edges never show.
 */
function clipRing(ring: readonly Position[], [west, south, east, north]: Bounds): Position[] {
  const across = (a: Position, b: Position, axis: 0 | 1, value: number): Position => {
    const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
    return axis === 0 ? [value, a[1]! + t * (b[1]! - a[1]!)] : [a[0]! + t * (b[0]! - a[0]!), value];
  };
  const sides: [axis: 0 | 1, value: number, keep: (p: Position) => boolean][] = [
    [0, west, (p) => p[0]! >= west],
    [0, east, (p) => p[0]! <= east],
    [1, south, (p) => p[1]! >= south],
    [1, north, (p) => p[1]! <= north],
  ];
  let points = ring.slice(0, -1);
  for (const [axis, value, keep] of sides) {
    const input = points;
    points = [];
    input.forEach((current, index) => {
      const previous = input[(index + input.length - 1) % input.length]!;
      if (keep(current) !== keep(previous)) points.push(across(previous, current, axis, value));
      if (keep(current)) points.push(current);
    });
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

function clipPolygon(polygon: readonly Position[][], bounds: Bounds): Position[][] {
  const [outer, ...holes] = polygon.map((ring) => clipRing(ring, bounds));
  return outer?.length ? [outer, ...holes.filter((hole) => hole.length)] : [];
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
    coordinates: [mercator([extent.west, extent.south]), mercator([extent.east, extent.north])],
  };
  const toBox = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const [west, north] = toBox.invert([0, 0])!;
  const [east, south] = toBox.invert([width, height])!;
  const visible: Bounds = [west, south, east, north];
  const margin = (east - west) / 10;
  const around: Bounds = [west - margin, south - margin, east + margin, north + margin];
  const path = geoPath({ stream: (output: GeoStream) => toBox.stream(thinned(output, MIN_STEP)) }).digits(1);
  const world = worldShapes(east - west > REGIONAL_SPAN ? 'wide' : 'regional');
  const lines = (items: Shapes['borders']) =>
    path({ type: 'MultiLineString', coordinates: items.filter(({ bounds }) => overlaps(bounds, visible)).map(({ line }) => line) }) ?? '';
  return {
    land:
      path({
        type: 'MultiPolygon',
        coordinates: world.land
          .filter(({ bounds }) => overlaps(bounds, visible))
          .map(({ polygon }) => clipPolygon(polygon, around))
          .filter((polygon) => polygon.length),
      }) ?? '',
    borders: lines(world.borders),
    coasts: lines(world.coasts),
    project: ([lat, lon]) => {
      const [x, y] = toBox(mercator([lon, lat]))!;
      return { x: round(x), y: round(y) };
    },
  };
}
