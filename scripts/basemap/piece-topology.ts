import { bbox, quantize } from 'topojson-client';
import type { Arc, MultiLineString, MultiPolygon, Topology } from 'topojson-specification';
import type { PieceTopology } from '../../web/src/map/basemap-files.js';

/** A piece's land and lines as arc indexes into the whole world's (unquantised) topology. */
export interface PieceObjects {
  readonly land: MultiPolygon;
  readonly countryBorders: MultiLineString;
  readonly areaBorders: MultiLineString;
  readonly coast: MultiLineString;
}

/**
 * A topology of the piece's own: only the arcs its objects use, renumbered, and quantised on a
 * grid of `step` degrees over the piece's extent, so a small region's file stays small.
 */
export function pieceTopology(world: Topology, objects: PieceObjects, step: number): PieceTopology {
  const renumbered = new Map<number, number>();
  const arcs: Arc[] = [];
  const arcOf = (i: number) => {
    const j = i < 0 ? ~i : i;
    let k = renumbered.get(j);
    if (k === undefined) {
      k = arcs.length;
      renumbered.set(j, k);
      // Only longitude and latitude: simplifying left a weight on each point.
      arcs.push(world.arcs[j]!.map(([lon, lat]) => [lon!, lat!]));
    }
    return i < 0 ? ~k : k;
  };
  const lines = (o: MultiLineString): MultiLineString => ({
    type: 'MultiLineString',
    arcs: o.arcs.map((line) => line.map(arcOf)),
  });
  const piece: PieceTopology = {
    type: 'Topology',
    objects: {
      land: {
        type: 'MultiPolygon',
        arcs: objects.land.arcs.map((polygon) => polygon.map((ring) => ring.map(arcOf))),
      },
      countryBorders: lines(objects.countryBorders),
      areaBorders: lines(objects.areaBorders),
      coast: lines(objects.coast),
    },
    arcs,
  };
  if (arcs.length === 0) return piece;
  const [west, south, east, north] = bbox(piece);
  const steps = Math.max(2, Math.ceil(Math.max(east - west, north - south) / step) + 1);
  return quantize(piece, steps);
}
