import { useEffect, useMemo, useState } from 'react';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type {
  BasemapArea,
  BasemapIndex,
  BasemapPiece,
  BasemapPlace,
  Extent,
} from './basemap-files';
// Built at install from npm packages (scripts/build-basemap.ts): Natural Earth 1:10m admin-1
// areas and GeoNames places, cut into regional pieces, and a coarse world. The index comes
// with the map's code; a piece is fetched only when a view meets it.
import builtIndex from './generated/basemap/index.json';
import worldUrl from './generated/basemap/world.json?url';

const INDEX = builtIndex as unknown as BasemapIndex;
const PIECE_URLS = import.meta.glob<string>('./generated/basemap/pieces/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

function urlOf(name: string): string {
  if (name === 'world') return worldUrl;
  const url = PIECE_URLS[`./generated/basemap/pieces/${name}.json`];
  if (url === undefined)
    throw new Error(`the map's basemap has no piece ${name}: rebuild it with npm run build`);
  return url;
}

/** A view wider than this, in degrees of longitude, shows the coarse world: admin-1 is noise. */
const WORLD_WIDTH = 60;

/** One piece, decoded: what it paints and what it names. */
interface DecodedPiece {
  readonly land: Feature<MultiPolygon>;
  readonly countryBorders: Feature<MultiLineString>;
  readonly areaBorders: Feature<MultiLineString>;
  readonly coast: Feature<MultiLineString>;
  readonly areas: readonly BasemapArea[];
  readonly places: readonly BasemapPlace[];
}

/** What one view paints and names, from the pieces it meets. */
export interface BasemapView {
  /** The pieces drawn, by name (`world` for the coarse world). */
  readonly pieces: readonly string[];
  readonly land: readonly Feature<MultiPolygon>[];
  readonly countryBorders: readonly Feature<MultiLineString>[];
  readonly areaBorders: readonly Feature<MultiLineString>[];
  readonly coast: readonly Feature<MultiLineString>[];
  /** Admin-1 areas (countries in the world), larger first. */
  readonly areas: readonly BasemapArea[];
  /** Largest first. */
  readonly places: readonly BasemapPlace[];
}

const meets = ([w, s, e, n]: Extent, [west, south, east, north]: Extent) =>
  w <= east && e >= west && s <= north && n >= south;

/** The regional pieces whose extent meets the view [west, south, east, north]. */
export function piecesMeeting(view: Extent): string[] {
  return INDEX.pieces
    .filter(({ extents }) => extents.some((extent) => meets(extent, view)))
    .map(({ name }) => name);
}

const decoded = new Map<string, Promise<DecodedPiece>>();

/** A piece fetched and decoded once per page. */
function pieceAt(url: string): Promise<DecodedPiece> {
  let piece = decoded.get(url);
  if (piece === undefined) {
    piece = fetch(url).then(async (response) => {
      if (!response.ok)
        throw new Error(`the map's basemap could not be loaded (${response.status})`);
      const { topology, areas, places } = (await response.json()) as BasemapPiece;
      const { land, countryBorders, areaBorders, coast } = topology.objects;
      return {
        land: feature(topology, land),
        countryBorders: feature(topology, countryBorders),
        areaBorders: feature(topology, areaBorders),
        coast: feature(topology, coast),
        areas,
        places,
      };
    });
    // A failed fetch is tried again by the next view.
    piece.catch(() => decoded.delete(url));
    decoded.set(url, piece);
  }
  return piece;
}

/**
 * The basemap for a view: the regional pieces it meets, or the coarse world when there is no
 * view (no located events) or it is wider than a region.
 */
export async function basemapFor(view: Extent | null): Promise<BasemapView> {
  const regional = view !== null && view[2] - view[0] <= WORLD_WIDTH;
  const names = regional ? piecesMeeting(view) : ['world'];
  const pieces = await Promise.all(names.map((name) => pieceAt(urlOf(name))));
  const all = <K extends keyof DecodedPiece>(key: K) => pieces.map((piece) => piece[key]);
  return {
    pieces: names,
    land: all('land'),
    countryBorders: all('countryBorders'),
    areaBorders: all('areaBorders'),
    coast: all('coast'),
    areas: pieces.flatMap((piece) => piece.areas),
    places: pieces.flatMap((piece) => piece.places).sort((a, b) => b[3] - a[3]),
  };
}

/** The basemap of `view` once it is loaded; `undefined` holds it back (the view is not known). */
export function useBasemap(view: Extent | null | undefined): BasemapView | Error | null {
  const [basemap, setBasemap] = useState<BasemapView | Error | null>(null);
  const key = view === undefined ? undefined : JSON.stringify(view);
  // Asked for while the view renders, not after it commits: the pieces download while the page
  // lays out the events. Each piece is fetched once per page, so asking again costs nothing.
  const loading = useMemo(
    () => (key === undefined ? undefined : basemapFor(JSON.parse(key) as Extent | null)),
    [key],
  );
  useEffect(() => {
    if (loading === undefined) return;
    let live = true;
    loading.then(
      (b) => live && setBasemap(b),
      (e: Error) => live && setBasemap(e),
    );
    return () => {
      live = false;
    };
  }, [loading]);
  return basemap;
}
