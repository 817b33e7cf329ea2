// Setting superseded claims aside when one origin files many reports of a type each day: the
// claim index built and placed on a 60-day calendar (which finds the superseded claims), at
// 10k, 100k and 300k claims. The baseline, run on the same claims in the same process, only
// puts each claim in an (origin, type, period) bucket: the least any sweep over those buckets
// must do. The time per claim should stay flat as the claims grow; a sweep comparing every
// pair of a bucket grows with the square of the claims per origin and day.
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import type { Claim } from '../src/core/evidence/claim.js';
import { ClaimIndex } from '../src/core/evaluation/claim-index.js';
import { PeriodCalendar } from '../src/core/evaluation/period-calendar.js';
import type { PartyId } from '../src/core/ids.js';
import { instantMs } from '../src/core/time/instant-ms.js';
import type { EventType } from '../src/core/vocabulary/event-types.js';
import type { Bench, BenchReport } from './bench-report.js';
import { random, syntheticClaim } from './synthetic-claim.js';

const SIZES = [10_000, 100_000, 300_000];
const ROUNDS = 3;
const ORIGINS = 4;
const DAYS = 60;
const START = Date.parse('2024-03-01T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AS_OF = Date.parse('2024-06-01T00:00:00Z');

const AGREEMENT = `
id: bench-supersede
title: Sixty days of exchanges
ref: synthetic
timezone: UTC
day_boundary: "00:00"
parties: [{id: north}, {id: south}]
term: {start: 2024-03-01T00:00, duration: {days: ${DAYS}}, ref: synthetic}
norms:
  - {id: north-releases, kind: achievement, per: day, bearer: north, ref: s, act: {event: release, categories: [women, children]}, quantity: {min: 10, unit: people}}
  - {id: aid, kind: achievement, per: day, bearer: south, ref: s, act: {event: aid_delivery}, quantity: {min: 200, unit: trucks}}
  - {id: no-fire, kind: prohibition, bearer: [north, south], ref: s, act: {event: rocket_fire}}
`;

const TYPES: readonly EventType[] = ['release', 'aid_delivery', 'rocket_fire'];

/**
 * `count` claims from four origins over sixty days: about `count / 720` per origin, type and
 * day. Most are dated to the hour, a fifth to the whole day (so they overlap every other
 * report of that day); each is known an hour to two days after it happened.
 */
function syntheticClaims(count: number): Claim[] {
  const rand = random(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chains = Array.from({ length: ORIGINS }, (_, i) => [
    { name: `Origin ${i}`, kind: 'news_agency' as const, source: null },
  ]);
  const actors = [
    [{ name: 'North', role: 'agent' as const, party: 'north' as PartyId }],
    [{ name: 'South', role: 'agent' as const, party: 'south' as PartyId }],
    [],
  ];
  const categories = [['women'], ['children'], ['women', 'children'], ['men'], []];
  const figures = [1, 2, 3, 5, 10, 13, 30, 200].map((n) => [
    { unit: n >= 200 ? 'trucks' : 'people', min: n, max: n, qualifier: 'exact' as const },
  ]);
  const iso = (ms: number): string => new Date(ms).toISOString();
  const claims: Claim[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const day = Math.floor(rand() * DAYS);
    const wholeDay = rand() < 0.2;
    const earliest = START + day * DAY + (wholeDay ? 0 : Math.floor(rand() * 23) * HOUR);
    const latest = wholeDay ? earliest + DAY - 1 : earliest + HOUR;
    const known = iso(latest + HOUR + Math.floor(rand() * 48) * HOUR);
    claims[i] = syntheticClaim(
      i,
      {
        type: pick(TYPES),
        when: { earliest: iso(earliest), latest: iso(latest), label: '', precision: 'hour' },
        where: null,
        actors: pick(actors),
        quantities: pick(figures),
        categories: pick(categories),
        modality: 'asserted',
        attribution: pick(chains),
        span: null,
        text: '',
      },
      'accepted',
      known,
    );
  }
  return claims;
}

/** The baseline: each claim into its (origin, type, period) bucket, nothing else. */
function bucketByOriginTypeAndPeriod(claims: readonly Claim[], calendar: PeriodCalendar): number {
  const origins = new Map<string, number>();
  const buckets = new Map<number, number[]>();
  const slots = calendar.length + 2;
  for (let i = 0; i < claims.length; i++) {
    const c = (claims[i] as Claim).content;
    const name = c.attribution[0]?.name ?? '';
    let origin = origins.get(name);
    if (origin === undefined) origins.set(name, (origin = origins.size));
    const lo = c.when.earliest === null ? -Infinity : instantMs(c.when.earliest);
    const key = (origin * TYPES.length + TYPES.indexOf(c.type)) * slots + calendar.periodOf(lo) + 1;
    let bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, (bucket = []));
    bucket.push(i);
  }
  return buckets.size;
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const bench: Bench = async () => {
  const agreement = parseAgreement(AGREEMENT, 'bench');
  const calendar = PeriodCalendar.build(
    START,
    START + DAYS * DAY,
    agreement.timezone,
    agreement.dayBoundary,
  );
  const reports: BenchReport[] = [];
  let previousPerClaim = NaN;
  for (const size of SIZES) {
    const claims = syntheticClaims(size);
    const baseline: number[] = [];
    const sweep: number[] = [];
    const placing: number[] = [];
    let superseded = 0;
    // The first round warms the code up and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      let t = performance.now();
      bucketByOriginTypeAndPeriod(claims, calendar);
      if (round > 0) baseline.push(performance.now() - t);
      t = performance.now();
      const index = new ClaimIndex(agreement, claims, AS_OF, []);
      const built = performance.now();
      index.place(calendar);
      if (round > 0) {
        sweep.push(performance.now() - t);
        placing.push(performance.now() - built);
      }
      superseded = index.supersededBy.reduce((n, by) => (by === -1 ? n : n + 1), 0);
    }
    const sweepMs = median(sweep);
    const baselineMs = median(baseline);
    const perClaim = (sweepMs * 1000) / size;
    reports.push({
      name: `supersede (${size / 1000}k claims)`,
      figures: [
        { label: 'claims per origin, type and day', value: size / (ORIGINS * 3 * DAYS), unit: '' },
        { label: 'claims superseded', value: superseded, unit: 'claims' },
        { label: 'index built and placed', value: sweepMs, unit: 'ms (median)' },
        { label: 'of which placed (superseded claims found)', value: median(placing), unit: 'ms' },
        { label: 'per claim', value: perClaim, unit: 'µs' },
        ...(Number.isNaN(previousPerClaim)
          ? []
          : [
              {
                label: 'per claim, over the size before',
                value: perClaim / previousPerClaim,
                unit: '×',
              },
            ]),
        {
          label: 'baseline: bucket by origin, type and period',
          value: baselineMs,
          unit: 'ms (median)',
        },
      ],
      ratio: {
        value: sweepMs / baselineMs,
        baseline: 'bucketing by origin, type and period',
        aim: 3,
      },
    });
    previousPerClaim = perClaim;
  }
  return reports;
};

export default bench;
