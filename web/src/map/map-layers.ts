import type { GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { BasemapView } from './basemap';

/**
 * How far from its point a place may be, by the precision claims give it, in kilometres: the
 * radius of the circle drawn around it. A table, so a team can set its own.
 */
export const PRECISION_RADIUS_KM: Readonly<Record<string, number | null>> = {
  point: 0.5,
  city: 5,
  region: 40,
  country: 150,
  unknown: null,
};

/** Kilometres in a degree of latitude. */
const KM_PER_DEGREE = 111.32;

/** A radius in kilometres around [lon, lat] as pixels of the projection there. */
export function radiusInPixels(
  projection: GeoProjection,
  lon: number,
  lat: number,
  km: number,
): number {
  const a = projection([lon, lat]);
  const b = projection([lon, Math.min(89.9, lat + km / KM_PER_DEGREE)]);
  return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0;
}

/** Paints land, admin-1 borders, country borders and coast onto a canvas. */
export function paintBasemap(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  view: BasemapView,
  width: number,
  height: number,
): void {
  context.fillStyle = '#dbeafe';
  context.fillRect(0, 0, width, height);
  context.beginPath();
  // Each piece's land is its areas merged at install: their shared borders are not filled twice.
  for (const land of view.land) path(land);
  context.fillStyle = '#f5f5f4';
  context.fill();
  const stroke = (
    lines: readonly GeoJSON.Feature<GeoJSON.MultiLineString>[],
    style: string,
    lineWidth: number,
    dash: number[],
  ) => {
    context.beginPath();
    for (const line of lines) path(line);
    context.setLineDash(dash);
    context.strokeStyle = style;
    context.lineWidth = lineWidth;
    context.stroke();
  };
  stroke(view.areaBorders, '#a8a29e', 0.7, [3, 3]);
  stroke(view.coast, '#60a5fa', 0.9, []);
  stroke(view.countryBorders, '#57534e', 1.4, []);
  context.setLineDash([]);
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A name written on the map, where it does not collide with another. */
export interface MapLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly kind: 'area' | 'place';
}

/**
 * The names the map writes: the largest places in view, then the areas' names, skipping any
 * that would overlap one already written. A rough width per character is enough to space them.
 */
export function chooseLabels(
  project: (lonLat: [number, number]) => [number, number] | null,
  basemap: BasemapView,
  width: number,
  height: number,
  limits = { places: 28, areas: 24 },
): MapLabel[] {
  const taken: Box[] = [];
  const labels: MapLabel[] = [];
  const tryLabel = (text: string, at: [number, number] | null, kind: MapLabel['kind']) => {
    if (at === null) return false;
    const [x, y] = at;
    if (!(x > 0 && x < width && y > 0 && y < height)) return false;
    const box = { x: x - 2, y: y - 12, w: text.length * 7 + 10, h: 16 };
    if (taken.some((t) => overlaps(t, box))) return false;
    taken.push(box);
    labels.push({ text, x, y, kind });
    return true;
  };
  let places = 0;
  for (const [name, lon, lat] of basemap.places) {
    if (places >= limits.places) break;
    if (tryLabel(name, project([lon, lat]), 'place')) places++;
  }
  let areas = 0;
  for (const [name, lon, lat] of basemap.areas) {
    if (areas >= limits.areas) break;
    if (tryLabel(name, project([lon, lat]), 'area')) areas++;
  }
  return labels;
}
