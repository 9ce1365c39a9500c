/**
 * A small locator map from the places' own coordinates: an equirectangular plot (longitude
 * scaled by the cosine of the middle latitude, so distances look right near the points),
 * bounded to the points. No tiles, no outlines: only what the knowledge base records.
 */
export interface MapPoint {
  slug: string;
  label: string;
  /** [latitude, longitude] in decimal degrees. */
  coordinates: readonly [number, number];
}

export interface PlottedPoint extends MapPoint {
  x: number;
  y: number;
  /** Where the label's baseline sits, moved down when it would overprint another label. */
  labelY: number;
}

export interface PlotOptions {
  width: number;
  height: number;
  /** Room kept free around the points, for markers and labels. */
  padding: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Points placed in a width × height box, north up, keeping the aspect ratio. */
export function plotPoints(points: readonly MapPoint[], { width, height, padding }: PlotOptions): PlottedPoint[] {
  if (points.length === 0) return [];
  const lats = points.map((point) => point.coordinates[0]);
  const lons = points.map((point) => point.coordinates[1]);
  const middleLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const xScale = Math.cos((middleLat * Math.PI) / 180);
  const xs = lons.map((lon) => lon * xScale);
  const [minX, maxX, minLat, maxLat] = [Math.min(...xs), Math.max(...xs), Math.min(...lats), Math.max(...lats)];
  // One scale for both axes; a single point (or points in a line) sits in the middle.
  const spanX = maxX - minX;
  const spanY = maxLat - minLat;
  const scale = Math.min(spanX ? (width - 2 * padding) / spanX : Infinity, spanY ? (height - 2 * padding) / spanY : Infinity);
  const unit = Number.isFinite(scale) ? scale : 0;
  const offsetX = (width - spanX * unit) / 2;
  const offsetY = (height - spanY * unit) / 2;
  const plotted = points.map((point, index) => {
    const y = round(offsetY + (maxLat - point.coordinates[0]) * unit);
    return { ...point, x: round(offsetX + (xs[index]! - minX) * unit), y, labelY: y + 4 };
  });
  return spreadLabels(plotted);
}

const LINE_HEIGHT = 14;
const LABEL_REACH = 90;

/** Points close together (Damascus and a camp inside it) get their labels stacked instead of overprinted. */
function spreadLabels(points: PlottedPoint[]): PlottedPoint[] {
  const placed: PlottedPoint[] = [];
  for (const point of [...points].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let labelY = point.labelY;
    while (placed.some((other) => Math.abs(other.labelY - labelY) < LINE_HEIGHT && Math.abs(other.x - point.x) < LABEL_REACH)) labelY += LINE_HEIGHT;
    placed.push({ ...point, labelY });
  }
  return points.map((point) => placed.find((other) => other.slug === point.slug)!);
}
