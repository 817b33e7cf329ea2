import type { Place } from '../core/evidence/place.js';

/**
 * A place named without coordinates ("Khan Younis", as an analyst or a claims file gives it)
 * gets them from the gazetteer, keeping the name as written; an unknown name, or one the
 * gazetteer knows only in another country than the place's, is left as is.
 */
export async function resolvePlace(where: Place | null | undefined): Promise<Place | null> {
  if (!placeNeedsLookup(where)) return where ?? null;
  // The gazetteer's place table loads only here: commands that only read claims skip it.
  const { lookupPlace } = await import('../ingest/gazetteer.js');
  const found = lookupPlace(where.name);
  // A village the report places in one country keeps no coordinates of a namesake in another.
  const elsewhere =
    where.country !== undefined && found?.country !== undefined && found.country !== where.country;
  if (found === null || found.lat === null || elsewhere) return where;
  const precision = where.precision === 'unknown' ? found.precision : where.precision;
  return { ...where, lat: found.lat, lon: found.lon, precision };
}

/** Whether `resolvePlace` would look the place up: a place named without coordinates. */
export const placeNeedsLookup = (where: Place | null | undefined): where is Place =>
  where !== null && where !== undefined && where.lat === null;
