import { useEffect, useState } from 'react';
import type { Feature, FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
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

export interface Basemap {
  readonly areas: readonly Area[];
  readonly countryBorders: MultiLineString;
  readonly areaBorders: MultiLineString;
  readonly coast: MultiLineString;
  /** Largest first. */
  readonly places: readonly BasemapPlace[];
}

let loading: Promise<Basemap> | null = null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the map's basemap could not be loaded (${response.status})`);
  return (await response.json()) as T;
}

/** The basemap, read once per page: areas, the borders between them, and places. */
function loadBasemap(): Promise<Basemap> {
  loading ??= Promise.all([
    fetchJson<Topology<{ areas: GeometryCollection<AreaProperties> }>>(admin1Url),
    fetchJson<BasemapPlace[]>(placesUrl),
  ]).then(([topology, places]) => {
    const object = topology.objects.areas;
    const codeOf = (g: { properties?: unknown }) => (g.properties as AreaProperties).a3;
    const areas = (
      feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>
    ).features;
    return {
      areas,
      countryBorders: mesh(topology, object, (a, b) => codeOf(a) !== codeOf(b)),
      areaBorders: mesh(topology, object, (a, b) => a !== b && codeOf(a) === codeOf(b)),
      coast: mesh(topology, object, (a, b) => a === b),
      places,
    };
  });
  return loading;
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
