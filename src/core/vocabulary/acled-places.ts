import type { AcledInter, AcledSourceScale } from './acled.js';
import type { SourceKind } from '../evidence/source.js';

/**
 * Countries as ACLED names them, with the numeric ISO 3166-1 code of its `iso` column, its
 * region, the zone of its local dates, and rough boxes [south, west, north, east] that place a
 * point in it (smaller territories first). Add a row for a country of your own.
 */
export interface AcledCountry {
  readonly country: string;
  readonly iso: number;
  readonly alpha3: string;
  readonly region: string;
  readonly zone: string;
  readonly boxes: readonly (readonly [number, number, number, number])[];
}

export const ACLED_COUNTRIES: readonly AcledCountry[] = [
  {
    country: 'Palestine',
    iso: 275,
    alpha3: 'PSE',
    region: 'Middle East',
    zone: 'Asia/Gaza',
    boxes: [
      [31.22, 34.21, 31.6, 34.57],
      [31.34, 34.88, 32.56, 35.58],
    ],
  },
  {
    country: 'Lebanon',
    iso: 422,
    alpha3: 'LBN',
    region: 'Middle East',
    zone: 'Asia/Beirut',
    boxes: [[33.06, 35.1, 34.7, 36.65]],
  },
  {
    country: 'Israel',
    iso: 376,
    alpha3: 'ISR',
    region: 'Middle East',
    zone: 'Asia/Jerusalem',
    boxes: [[29.45, 34.2, 33.35, 35.9]],
  },
  {
    country: 'Qatar',
    iso: 634,
    alpha3: 'QAT',
    region: 'Middle East',
    zone: 'Asia/Qatar',
    boxes: [[24.4, 50.7, 26.2, 51.7]],
  },
  {
    country: 'Egypt',
    iso: 818,
    alpha3: 'EGY',
    region: 'Northern Africa',
    zone: 'Africa/Cairo',
    boxes: [[22, 24.7, 31.7, 36.9]],
  },
  {
    country: 'Sudan',
    iso: 729,
    alpha3: 'SDN',
    region: 'Northern Africa',
    zone: 'Africa/Khartoum',
    boxes: [[8.6, 21.8, 22.3, 38.7]],
  },
];

export function acledCountryAt(lat: number, lon: number): AcledCountry | null {
  return (
    ACLED_COUNTRIES.find((c) =>
      c.boxes.some(([s, w, n, e]) => lat >= s && lat <= n && lon >= w && lon <= e),
    ) ?? null
  );
}

export const acledCountryNamed = (name: string): AcledCountry | null =>
  ACLED_COUNTRIES.find((c) => c.country.toLowerCase() === name.trim().toLowerCase()) ?? null;

/**
 * ACLED actor types of the example agreements' parties, by party id, and of the persons
 * categories that make an actor civilian. How an armed group is typed is a judgement: review
 * these rows for your own agreement; a party with none is typed 8, external/other.
 */
export const ACLED_PARTY_INTER: Readonly<Record<string, AcledInter>> = {
  israel: 1,
  saf: 1,
  hamas: 2,
  rsf: 2,
};
export const CIVILIAN_CATEGORIES: readonly string[] = [
  'civilians',
  'women',
  'children',
  'minors',
  'elderly',
  'hostages',
  'prisoners',
  'detainees',
];

/** The scale a source reports at, by its kind. */
export const ACLED_SCALE_OF_KIND: Readonly<Record<SourceKind, AcledSourceScale>> = {
  news_agency: 'International',
  outlet: 'National',
  official_body: 'National',
  party: 'Other',
  mediator: 'Other',
  monitor: 'Other',
  ngo: 'Other',
  person: 'Local',
  anonymous: 'Other',
};
