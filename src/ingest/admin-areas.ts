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
}

export const ADMIN_AREAS_URL = new URL('./tables/admin-areas.json', import.meta.url);

let areas: Map<string, Place> | undefined;
let geoNamesCodes: AdminAreasFile['geonames'] | undefined;

/**
 * Countries and admin-1 areas by folded name. Read on first use: only extraction needs them.
 * Each name belongs to one area in the file already (the build settles clashes).
 */
export function adminAreasByName(): ReadonlyMap<string, Place> {
  if (areas !== undefined) return areas;
  const file = JSON.parse(readFileSync(ADMIN_AREAS_URL, 'utf8')) as AdminAreasFile;
  areas = new Map();
  for (const [name, country, lat, lon, kind, ...aliases] of file.areas) {
    const place: Place = { name, lat, lon, precision: kind, country };
    for (const n of [name, ...aliases]) {
      const key = foldName(n);
      if (!areas.has(key)) areas.set(key, place);
    }
  }
  // Kept as read: only the listing of place misses asks a code's area, so no index is built.
  geoNamesCodes = file.geonames;
  return areas;
}

/**
 * The admin-1 area of a GeoNames admin-1 code, as a GeoNames town carries it (country "SD",
 * code "55": North Darfur); undefined where the table has no single area for it.
 */
export function adminAreaOfCode(country: string, code: string): Place | undefined {
  const byName = adminAreasByName();
  const name = geoNamesCodes?.[`${country}.${code}`];
  return name === undefined ? undefined : byName.get(foldName(name));
}
