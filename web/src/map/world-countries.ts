import { useEffect, useState } from 'react';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:10m borders, bundled as a file: the map needs no tile server and no network.
import atlasUrl from 'world-atlas/countries-10m.json?url';

export type Countries = FeatureCollection<Geometry, { name: string }>;

let loading: Promise<Countries> | null = null;

/**
 * Drops polygons that cover more than a hemisphere: at 1:10m a few specks of islands collapse
 * when quantised, wind the wrong way and would paint the whole map as land.
 */
function withoutInverted(country: Feature<Geometry, { name: string }>) {
  const geometry = country.geometry;
  if (geometry.type !== 'MultiPolygon') return country;
  const coordinates = geometry.coordinates.filter(
    (polygon) => geoArea({ type: 'Polygon', coordinates: polygon }) <= 2 * Math.PI,
  );
  return { ...country, geometry: { ...geometry, coordinates } };
}

/** The world's countries, fetched from the dashboard's own files once per page. */
function loadCountries(): Promise<Countries> {
  loading ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok)
        throw new Error(`the map's borders could not be loaded (${response.status})`);
      return response.json() as Promise<
        Topology<{ countries: GeometryCollection<{ name: string }> }>
      >;
    })
    .then((atlas) => {
      const countries = feature(atlas, atlas.objects.countries) as Countries;
      return { ...countries, features: countries.features.map(withoutInverted) };
    });
  return loading;
}

export function useCountries(): Countries | Error | null {
  const [countries, setCountries] = useState<Countries | Error | null>(null);
  useEffect(() => {
    let live = true;
    loadCountries().then(
      (c) => live && setCountries(c),
      (e: Error) => live && setCountries(e),
    );
    return () => {
      live = false;
    };
  }, []);
  return countries;
}
