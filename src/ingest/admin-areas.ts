import { readFileSync } from 'node:fs';
import type { Place } from '../core/evidence/place.js';
import { foldName } from '../core/text/fold-name.js';

/**
 * One country or first-level administrative area (state, province, governorate, region):
 * name, ISO 3166-1 alpha-2 code, approximate centre, kind, then the other names it goes by.
 */
export type AdminAreaRow = readonly [
  name: string,
  country: string,
  lat: number,
  lon: number,
  kind: 'country' | 'region',
  ...aliases: string[],
];

/** The shipped table, as `npm run build:places` writes it. */
export interface AdminAreasFile {
  readonly source: string;
  readonly areas: readonly AdminAreaRow[];
  /** GeoNames' admin-1 code ("SD.55") → the name of its area in `areas`, where one area has it. */
  readonly geonames: Readonly<Record<string, string>>;
  /** A short form a dateline gives after its town ("Ga.", "Ont.") → its area's name and country. */
  readonly shortForms: Readonly<Record<string, readonly [name: string, country: string]>>;
}

export const ADMIN_AREAS_URL = new URL('./tables/admin-areas.json', import.meta.url);

let areas: Map<string, Place> | undefined;
let geoNamesCodes: AdminAreasFile['geonames'] | undefined;
/** Every area by its country and folded name: the state of Georgia, whose name is a country's. */
let inCountry: Map<string, Place> | undefined;
let shortForms: Map<string, Place> | undefined;

/**
 * Countries and admin-1 areas by folded name. Read on first use: only extraction needs them.
 * Each name belongs to one area in the file already (the build settles clashes).
 */
export function adminAreasByName(): ReadonlyMap<string, Place> {
  if (areas !== undefined) return areas;
  const file = JSON.parse(readFileSync(ADMIN_AREAS_URL, 'utf8')) as AdminAreasFile;
  areas = new Map();
  inCountry = new Map();
  for (const [name, country, lat, lon, kind, ...aliases] of file.areas) {
    const place: Place = { name, lat, lon, precision: kind, country };
    for (const n of [name, ...aliases]) {
      const key = foldName(n);
      if (!areas.has(key)) areas.set(key, place);
    }
    inCountry.set(`${country} ${foldName(name)}`, place);
  }
  geoNamesCodes = file.geonames;
  shortForms = new Map(
    Object.entries(file.shortForms).flatMap(([form, [name, country]]) => {
      const place = inCountry?.get(`${country} ${foldName(name)}`);
      return place === undefined ? [] : [[foldName(form), place] as const];
    }),
  );
  return areas;
}

const areaIn = (country: string, name: string): Place | undefined => {
  adminAreasByName();
  return inCountry?.get(`${country} ${foldName(name)}`);
};

/**
 * The state or province a dateline's short form names after its town ("Ga." in "ATHENS, Ga.":
 * Georgia, in the United States); undefined for any other word.
 */
export function adminAreaOfShortForm(form: string): Place | undefined {
  adminAreasByName();
  return shortForms?.get(foldName(form));
}

/**
 * The admin-1 area of a GeoNames admin-1 code, as a GeoNames town carries it (country "SD",
 * code "55": North Darfur); undefined where the table has no single area for it.
 */
export function adminAreaOfCode(country: string, code: string): Place | undefined {
  adminAreasByName();
  const name = geoNamesCodes?.[`${country}.${code}`];
  return name === undefined ? undefined : areaIn(country, name);
}
