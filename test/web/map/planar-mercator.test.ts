import { geoMercator } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planarMercator } from '../../../web/src/map/planar-mercator.js';

/** Where the transform writes one point. */
function planarPoint(transform: ReturnType<typeof planarMercator>, lon: number, lat: number) {
  let written: [number, number] = [NaN, NaN];
  const sink = {
    point: (x: number, y: number) => (written = [x, y]),
    lineStart: () => undefined,
    lineEnd: () => undefined,
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  transform.stream(sink).point(lon, lat);
  return written;
}

const degrees = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('the planar Mercator transform', () => {
  test('writes every point of a regional view on the pixel the fitted projection gives it', () => {
    fc.assert(
      fc.property(
        degrees(-170, 110),
        degrees(-70, 60),
        degrees(0.2, 60),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (west, south, width, u, v) => {
          const view: GeoJSON.MultiPoint = {
            type: 'MultiPoint',
            coordinates: [
              [west, south],
              [west + width, Math.min(80, south + width)],
            ],
          };
          const projection = geoMercator()
            .precision(0)
            .fitExtent(
              [
                [24, 24],
                [876, 616],
              ],
              view,
            );
          const lon = west + u * width;
          const lat = south + v * (Math.min(80, south + width) - south);
          const [x, y] = planarPoint(planarMercator(projection), lon, lat);
          const [px, py] = projection([lon, lat])!;
          expect(x).toBeCloseTo(px, 6);
          expect(y).toBeCloseTo(py, 6);
        },
      ),
    );
  });

  test('writes the poles at a finite place', () => {
    const transform = planarMercator(geoMercator());
    for (const lat of [-90, 90]) {
      const [x, y] = planarPoint(transform, 10, lat);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    expect(planarPoint(transform, 10, -90)[1]).toBeGreaterThan(planarPoint(transform, 10, 90)[1]);
  });
});
