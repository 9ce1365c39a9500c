/**
 * A small locator map from the places' own coordinates over an offline basemap (country outlines
 * and coasts, `basemap.ts`): a Mercator view of the points' region, north up. Only the points come
 * from the knowledge base; the outlines are context.
 */
import { drawBasemap, mapExtent, type Basemap, type MapBox } from './basemap.ts';

export interface MapPoint {
  slug: string;
  label: string;
  /** [latitude, longitude] in decimal degrees. */
  coordinates: readonly [number, number];
}

interface PlottedPoint extends MapPoint {
  x: number;
  y: number;
  /** Where the label's baseline sits, moved down when it would overprint another label. */
  labelY: number;
}

export interface PlaceMap extends MapBox, Omit<Basemap, 'project'> {
  points: PlottedPoint[];
}

/** The points on a map of their region (and of `alsoShow`, [latitude, longitude] pairs), or undefined for no points. */
export function drawPlaceMap(
  points: readonly MapPoint[],
  box: MapBox,
  alsoShow: readonly (readonly [number, number])[] = [],
): PlaceMap | undefined {
  if (points.length === 0) return undefined;
  const extent = mapExtent([...points.map((point) => point.coordinates), ...alsoShow]);
  if (!extent) return undefined;
  const { project, ...outlines } = drawBasemap(extent, box);
  const plotted = points.map((point) => {
    const { x, y } = project(point.coordinates);
    return { ...point, x, y, labelY: y + 4 };
  });
  return { ...box, ...outlines, points: spreadLabels(plotted) };
}

const LINE_HEIGHT = 14;
const LABEL_REACH = 90;

/** Points close together (Damascus and a camp inside it) get their labels stacked instead of overprinted. */
function spreadLabels(points: PlottedPoint[]): PlottedPoint[] {
  const placed: PlottedPoint[] = [];
  for (const point of [...points].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let labelY = point.labelY;
    while (placed.some((other) => Math.abs(other.labelY - labelY) < LINE_HEIGHT && Math.abs(other.x - point.x) < LABEL_REACH))
      labelY += LINE_HEIGHT;
    placed.push({ ...point, labelY });
  }
  return points.map((point) => placed.find((other) => other.slug === point.slug)!);
}
