import { useEffect, useState } from 'react';
import type { Feature, FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
// Built at install from npm packages (scripts/build-basemap.ts): Natural Earth 1:10m admin-1
// areas and GeoNames places. Files of the dashboard's own, fetched when the map first opens.
import admin1Url from './generated/admin1.json?url';
import placesUrl from './generated/places.json?url';

export interface AreaProperties {
  readonly name: string;
  readonly country: string;
  /** The country's code: a border between two codes is a country border. */
  readonly a3: string;
  /** Where the area's name is written, [lon, lat]. */
  readonly at: readonly [number, number];
  /** Its extent [west, south, east, north] (west > east across the antimeridian). */
  readonly box: readonly [number, number, number, number];
}

export type Area = Feature<Polygon | MultiPolygon, AreaProperties>;

/** A populated place: name, longitude, latitude, population. */
export type BasemapPlace = readonly [string, number, number, number];

type AreaObject = GeometryObject<AreaProperties> & { readonly properties: AreaProperties };
type AreaTopology = Topology<{ areas: GeometryCollection<AreaProperties> }>;

/** The basemap as fetched: the world's areas still encoded, their names and extents at hand. */
export interface Basemap {
  readonly topology: AreaTopology;
  readonly areas: readonly AreaObject[];
  /** Largest first. */
  readonly places: readonly BasemapPlace[];
}

/** What one view paints: its areas, and the borders between them, decoded. */
export interface BasemapView {
  readonly areas: readonly Area[];
  readonly countryBorders: MultiLineString;
  readonly areaBorders: MultiLineString;
  readonly coast: MultiLineString;
}

let loading: Promise<Basemap> | null = null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the map's basemap could not be loaded (${response.status})`);
  return (await response.json()) as T;
}

/** The basemap, read once per page. Nothing is decoded until a view asks for it. */
function loadBasemap(): Promise<Basemap> {
  loading ??= Promise.all([
    fetchJson<AreaTopology>(admin1Url),
    fetchJson<BasemapPlace[]>(placesUrl),
  ]).then(([topology, places]) => ({
    topology,
    areas: topology.objects.areas.geometries as AreaObject[],
    places,
  }));
  return loading;
}

/**
 * The areas whose extent meets the view [west, south, east, north], and the borders among
 * them. Decoding only these keeps a conflict area's draw from paying for the world's arcs: an
 * area out of view has every point out of view, so a line it shares with one in view (which
 * the mesh below takes for coast) is out of view too and clipped away.
 */
export function basemapIn(
  basemap: Basemap,
  [west, south, east, north]: readonly [number, number, number, number],
): BasemapView {
  const geometries = basemap.areas.filter(({ properties: { box } }) => {
    const [w, s, e, n] = box;
    // An area across the antimeridian (west > east) is never a conflict area's neighbour.
    return w <= e && w <= east && e >= west && s <= north && n >= south;
  });
  const { topology } = basemap;
  const inView: GeometryCollection<AreaProperties> = { type: 'GeometryCollection', geometries };
  const codeOf = (g: { properties?: unknown }) => (g.properties as AreaProperties).a3;
  return {
    areas: (feature(topology, inView) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>)
      .features,
    countryBorders: mesh(topology, inView, (a, b) => codeOf(a) !== codeOf(b)),
    areaBorders: mesh(topology, inView, (a, b) => a !== b && codeOf(a) === codeOf(b)),
    coast: mesh(topology, inView, (a, b) => a === b),
  };
}

export function useBasemap(): Basemap | Error | null {
  const [basemap, setBasemap] = useState<Basemap | Error | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (b) => live && setBasemap(b),
      (e: Error) => live && setBasemap(e),
    );
    return () => {
      live = false;
    };
  }, []);
  return basemap;
}
