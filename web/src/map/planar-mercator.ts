import { geoTransform } from 'd3-geo';
import type { GeoProjection, GeoStreamWrapper } from 'd3-geo';

/** Latitudes beyond this are written at it: Mercator sends the poles to infinity. */
const MAX_LATITUDE = 89;
const RADIANS = Math.PI / 180;

/**
 * An unrotated Mercator projection as a transform of the plane: each point lands on the same
 * pixel as through `projection`, without d3's cut at ±180° and clipping on the sphere, which
 * took most of a draw. The canvas clips what falls outside it. Only for lines that never cross
 * ±180°, which the cut would have broken in two: the basemap is built so (Natural Earth's areas
 * are split there; only Antarctica's ring runs along the pole from one side to the other).
 */
export function planarMercator(projection: GeoProjection): GeoStreamWrapper {
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  return geoTransform({
    point(lon: number, lat: number) {
      const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS;
      this.stream.point(tx + k * lon * RADIANS, ty - k * Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    },
  });
}
