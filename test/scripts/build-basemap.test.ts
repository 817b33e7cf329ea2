// The basemap's pieces as built at install: each region's borders meshed over the whole world,
// every area and place inside its piece's extent, and the whole under its budget.
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import {
  basemapBytes,
  pieceHoldingArea,
  readBasemapIndex,
  readBasemapPiece,
} from '../support/basemap-files.js';

const index = readBasemapIndex();
const pieces = new Map(index.pieces.map(({ name }) => [name, readBasemapPiece(name)]));
const linesOf = (kind: 'countryBorders' | 'areaBorders' | 'coast') =>
  [...pieces.values()].map(
    ({ topology }) => feature(topology, topology.objects[kind]) as Feature<MultiLineString>,
  );
/** The lines' segments that run along 22°N across 28°E: the Egypt–Sudan border, straight there. */
const along22North = (lines: readonly Feature<MultiLineString>[]) =>
  lines.flatMap((line) =>
    line.geometry.coordinates.flatMap((points) =>
      points.slice(1).filter((b, i) => {
        const a = points[i]!;
        const acrossLon = (a[0]! - 28) * (b[0]! - 28) <= 0;
        return acrossLon && Math.abs(a[1]! - 22) < 0.01 && Math.abs(b[1]! - 22) < 0.01;
      }),
    ),
  );

describe('the basemap built at install', () => {
  test('the whole basemap, pieces, index and world, stays under 5 MB', () => {
    expect(basemapBytes()).toBeLessThan(5e6);
  });

  test('a border between areas in two pieces is a country border, drawn once, not a coast', () => {
    // Egypt's and Sudan's areas fall in different pieces: the line between them crosses a seam.
    expect(pieceHoldingArea('Aswan')).not.toBe(pieceHoldingArea('Khartoum'));
    expect(along22North(linesOf('countryBorders'))).toHaveLength(1);
    expect(along22North(linesOf('coast'))).toEqual([]);
    expect(along22North(linesOf('areaBorders'))).toEqual([]);
    const piecesWithIt = linesOf('countryBorders').filter(
      (line) => along22North([line]).length > 0,
    );
    expect(piecesWithIt).toHaveLength(1);
  });

  test("the Gaza Strip is land in its piece, and Sudan's states have borders between them", () => {
    const gaza = pieces.get(pieceHoldingArea('Gaza Strip'))!;
    expect(geoContains(feature(gaza.topology, gaza.topology.objects.land), [34.4, 31.45])).toBe(
      true,
    );
    const sudan = pieces.get(pieceHoldingArea('Khartoum'))!;
    const borders = feature(sudan.topology, sudan.topology.objects.areaBorders);
    expect(borders.geometry.coordinates.length).toBeGreaterThan(5);
  });

  test("every area's label and every place lies in an extent of its piece", () => {
    const inside = (extents: readonly (readonly number[])[], lon: number, lat: number) =>
      extents.some(([w, s, e, n]) => lon >= w! && lon <= e! && lat >= s! && lat <= n!);
    const outside = index.pieces.flatMap(({ name, extents }) => {
      const { areas, places } = pieces.get(name)!;
      return [...areas, ...places]
        .filter(([, lon, lat]) => !inside(extents, lon, lat))
        .map(([n]) => `${n} (${name})`);
    });
    expect(outside).toEqual([]);
  });

  test('no line crosses ±180° but along a pole, so the map may project its pieces on the plane', () => {
    const crossing = ['world', ...pieces.keys()].flatMap((name) => {
      const { topology } = name === 'world' ? readBasemapPiece('world') : pieces.get(name)!;
      return Object.values(topology.objects).flatMap((object) => {
        const { geometry } = feature(topology, object) as Feature<MultiLineString | MultiPolygon>;
        const lines =
          geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.coordinates;
        return lines.flatMap((points) =>
          points.slice(1).flatMap((b, i) => {
            const a = points[i]!;
            const acrossPole = Math.abs(a[1]!) === 90 && a[1] === b[1];
            return Math.abs(b[0]! - a[0]!) > 180 && !acrossPole ? [`${name}: ${a} to ${b}`] : [];
          }),
        );
      });
    });
    expect(crossing).toEqual([]);
  });
});
