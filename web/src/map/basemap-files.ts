import type { MultiLineString, MultiPolygon, Topology } from 'topojson-specification';

// The basemap's files as `scripts/build-basemap.ts` writes them at install and the map reads
// them: one definition for both sides.

/** [west, south, east, north] in degrees. */
export type Extent = readonly [number, number, number, number];

/** An admin-1 area's name and where it is written: name, longitude, latitude. */
export type BasemapArea = readonly [string, number, number];

/** A populated place: name, longitude, latitude, population. */
export type BasemapPlace = readonly [string, number, number, number];

/** What one piece paints: its land, and the borders and coast meshed at install. */
export type PieceTopology = Topology<{
  land: MultiPolygon;
  countryBorders: MultiLineString;
  areaBorders: MultiLineString;
  coast: MultiLineString;
}>;

/**
 * A region of the basemap, or the coarse world: its land and lines, the names of its areas
 * (admin-1 areas in a region, countries in the world) and its places, largest first.
 */
export interface BasemapPiece {
  readonly topology: PieceTopology;
  readonly areas: readonly BasemapArea[];
  readonly places: readonly BasemapPlace[];
}

/** The regional pieces by name, with the extents each covers (one, or more across ±180°). */
export interface BasemapIndex {
  readonly pieces: readonly { readonly name: string; readonly extents: readonly Extent[] }[];
}
