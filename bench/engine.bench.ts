// The evaluation engine at scale: 60 periods, 10 norms, at 10k, 100k and 1M claims. The
// baseline, run on the same claims in the same process, only puts each claim in a (period, type)
// bucket: the least any evaluation must do. The ratio is the grid's path (verdicts, summaries,
// tallies, breaches; no cell explained), the aim 3×; the full evaluation, every cell
// explained, is reported beside it.
//
//   TRUCE_BENCH_ENGINE_CLAIMS=100000 npm run bench -- engine    # one size
//
// With several sizes, each is measured in a process of its own (bench/run-one.ts), so the peak
// RSS of its row is that size's alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import type { AttributionLink, Claim } from '../src/core/evidence/claim.js';
import { originKey, originOf } from '../src/core/evidence/claim.js';
import { evaluate, evaluateVerdicts } from '../src/core/evaluation/evaluate.js';
import { gridOfVerdicts } from '../src/core/evaluation/verdict-grid.js';
import { PeriodCalendar } from '../src/core/evaluation/period-calendar.js';
import type { PartyId } from '../src/core/ids.js';
import { instantMs } from '../src/core/time/instant-ms.js';
import type { EventType } from '../src/core/vocabulary/event-types.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import type { Bench, BenchReport } from './bench-report.js';
import { random, syntheticClaim } from './synthetic-claim.js';

const SIZES = (process.env.TRUCE_BENCH_ENGINE_CLAIMS ?? '10000,100000,1000000')
  .split(',')
  .map(Number);
/** Rounds per size, of which the median is reported: fewer at a million, where one takes seconds. */
const roundsFor = (claims: number) => (claims >= 1_000_000 ? 3 : 5);
const ORIGINS = 400;
const START = Date.parse('2024-03-01T05:00:00Z');
const DAY = 86_400_000;
export const AS_OF = '2024-05-15T00:00:00Z';

export const AGREEMENT = `
id: bench-sixty-days
title: Sixty days, ten norms
ref: synthetic
timezone: Asia/Jerusalem
day_boundary: "07:00"
parties: [{id: north}, {id: south}]
mediators: [{id: broker}]
areas: [{id: strip, places: [Strip], within: [Region]}]
term:
  start: 2024-03-01T07:00
  duration: {days: 60}
  ref: synthetic
  extensions:
    - {id: more, ref: synthetic, counts: north-releases, beyond: 600, step: 10, adds: {days: 1}, max_length: {days: 70}}
  reported_extensions: {event: truce_extended}
  reported_end: {event: truce_end}
norms:
  - {id: north-releases, kind: achievement, per: day, bearer: north, ref: s, act: {event: release, categories: [women, children]}, quantity: {min: 10, unit: people}}
  - {id: south-releases, kind: achievement, per: day, bearer: south, ref: s, act: {event: release, categories: [women, minors]}, quantity: {min: "3 * count(north-releases)", unit: people}}
  - {id: lists, kind: achievement, per: day, bearer: north, ref: s, act: {event: list_delivered}, deadline: {local_time: "22:00"}}
  - {id: aid, kind: achievement, per: day, bearer: south, ref: s, act: {event: aid_delivery, by: any}, quantity: {min: 200, unit: trucks}}
  - {id: no-hostilities, kind: prohibition, bearer: [north, south], ref: s, act: {event: [rocket_fire, airstrike, shelling, armed_attack, ground_operation, clash]}}
  - {id: no-overflight, kind: prohibition, bearer: south, ref: s, act: {event: overflight, area: strip, daily_window: {from: "10:00", to: "16:00"}}}
  - {id: no-arrests, kind: prohibition, bearer: south, ref: s, act: {event: arrest}}
  - {id: talks, kind: achievement, per: once, bearer: [north, south], ref: s, act: {event: talks}, deadline: {day: 16}}
  - {id: no-evacuation-orders, kind: maintenance, per: day, bearer: south, ref: s, broken_by: {event: evacuation_order}}
  - {id: weekly, kind: punctual, on: {every: 7, first: 7}, bearer: north, ref: s, act: {event: release}, quantity: {min: 3}}
`;

const TYPES: readonly EventType[] = [
  'release',
  'release',
  'release',
  'list_delivered',
  'aid_delivery',
  'rocket_fire',
  'airstrike',
  'shelling',
  'clash',
  'overflight',
  'arrest',
  'talks',
  'evacuation_order',
  'accusation',
  'denial',
];

/** One million claims, cheaply: shared chains, actors and figures; one object per claim. */
export function syntheticClaims(count: number): Claim[] {
  const rand = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chains = Array.from({ length: ORIGINS }, (_, i) => [
    { name: `Outlet ${i % 40}`, kind: 'outlet' as const, source: null },
    {
      name: `Origin ${i}`,
      kind: i % 7 === 0 ? ('official_body' as const) : ('news_agency' as const),
      source: null,
    },
  ]);
  const actors = [
    [{ name: 'North', role: 'agent' as const, party: 'north' as PartyId }],
    [{ name: 'South', role: 'agent' as const, party: 'south' as PartyId }],
    [],
  ];
  const categories = [['women'], ['children'], ['minors'], ['men'], []];
  const figures = [1, 2, 3, 5, 10, 13, 30, 200].map((n) => [
    { unit: n >= 200 ? 'trucks' : 'people', min: n, max: n, qualifier: 'exact' as const },
  ]);
  const places = [null, { name: 'Strip', lat: null, lon: null, precision: 'region' as const }];
  const times: string[] = [];
  for (let h = 0; h < 62 * 24; h++) times.push(new Date(START + h * 3_600_000).toISOString());
  const claims: Claim[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const hour = Math.floor(rand() * (times.length - 3));
    const span = rand() < 0.9 ? 1 : 30;
    const known = rand() < 0.97 ? (times[hour + 1] as string) : '2024-06-01T00:00:00.000Z';
    const r = rand();
    claims[i] = syntheticClaim(
      i,
      {
        type: pick(TYPES),
        when: {
          earliest: times[hour] as string,
          latest: times[Math.min(hour + span, times.length - 1)] as string,
          label: '',
          precision: 'hour',
        },
        where: pick(places),
        actors: pick(actors),
        quantities: pick(figures),
        categories: pick(categories),
        modality: r < 0.02 ? 'denied' : 'asserted',
        attribution: pick(chains),
        span: null,
        text: '',
      },
      r < 0.95 ? 'accepted' : r < 0.98 ? 'rejected' : 'suggested',
      known,
    );
  }
  return claims;
}

/** The baseline: each claim into its (period, type) bucket, nothing else. */
export function bucketByPeriodAndType(claims: readonly Claim[], calendar: PeriodCalendar): number {
  const buckets = new Map<EventType, number[][]>(
    EVENT_TYPES.map((t) => [t, Array.from({ length: calendar.length }, () => [])]),
  );
  let placed = 0;
  for (let i = 0; i < claims.length; i++) {
    const when = (claims[i] as Claim).content.when;
    const lo = when.earliest === null ? -Infinity : instantMs(when.earliest);
    const hi = when.latest === null ? Infinity : instantMs(when.latest);
    const p = calendar.periodOf(lo);
    if (p >= 0 && p < calendar.length && calendar.periodOf(hi) === p) {
      buckets.get((claims[i] as Claim).content.type)?.[p]?.push(i);
      placed++;
    }
  }
  return placed;
}

/**
 * The verdicts' floor: what every verdict needs of each claim and nothing more. Its time read
 * and resolved to a period, its origin's key (resolved once per attribution chain, as any
 * reader of a document's claims may), its type and its categories as ids, and the claim put in
 * its (type, period) bucket with them. No rule is applied: no status, modality, supersession,
 * party or figure.
 */
function bucketWithVerdictFields(claims: readonly Claim[], calendar: PeriodCalendar): number {
  const periods = calendar.length;
  const types = new Map<EventType, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const buckets: number[][] = Array.from({ length: EVENT_TYPES.length * periods }, () => []);
  const originIds = new Map<string, number>();
  const byChain = new WeakMap<readonly AttributionLink[], number>();
  const categoryIds = new Map<string, number>();
  let placed = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = (claims[i] as Claim).content;
    const lo = c.when.earliest === null ? -Infinity : instantMs(c.when.earliest);
    const hi = c.when.latest === null ? Infinity : instantMs(c.when.latest);
    let origin = byChain.get(c.attribution);
    if (origin === undefined) {
      const key = originKey(originOf(c));
      origin = originIds.get(key);
      if (origin === undefined) originIds.set(key, (origin = originIds.size));
      byChain.set(c.attribution, origin);
    }
    let category = 0;
    for (const name of c.categories) {
      let id = categoryIds.get(name);
      if (id === undefined) categoryIds.set(name, (id = categoryIds.size));
      category |= 1 << id;
    }
    const p = calendar.periodOf(lo);
    if (p >= 0 && p < periods && calendar.periodOf(hi) === p) {
      (buckets[(types.get(c.type) as number) * periods + p] as number[]).push(i, origin, category);
      placed++;
    }
  }
  return placed;
}

const cpuMs = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1000;

// The collector, called between runs so that one run's garbage is not charged to the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** One size, measured in this process: the grid's path against each floor, a row for each. */
function measure(count: number): BenchReport[] {
  const agreement = parseAgreement(AGREEMENT, 'bench');
  const claims = syntheticClaims(count);
  const calendar = PeriodCalendar.build(
    START,
    START + 60 * DAY,
    agreement.timezone,
    agreement.dayBoundary,
  );
  const wall = {
    baseline: [] as number[],
    floor: [] as number[],
    grid: [] as number[],
    full: [] as number[],
  };
  const cpu = {
    baseline: [] as number[],
    floor: [] as number[],
    grid: [] as number[],
    full: [] as number[],
  };
  let periods = 0;
  /** Wall and CPU time of one run, after the collector has taken what the last one left. */
  const timed = (run: () => unknown, what: keyof typeof wall): void => {
    collectGarbage();
    const t = performance.now();
    const used = process.cpuUsage();
    run();
    wall[what].push(performance.now() - t);
    cpu[what].push(cpuMs(process.cpuUsage(used)));
  };
  for (let round = 0; round < roundsFor(count); round++) {
    timed(() => bucketByPeriodAndType(claims, calendar), 'baseline');
    timed(() => bucketWithVerdictFields(claims, calendar), 'floor');
    timed(
      () => (periods = gridOfVerdicts(evaluateVerdicts(agreement, claims, AS_OF)).periods.length),
      'grid',
    );
    timed(() => evaluate(agreement, claims, AS_OF), 'full');
  }
  const ms = (what: keyof typeof wall) => median(wall[what]);
  const cpuOf = (what: keyof typeof wall) => median(cpu[what]);
  const figures = [
    { label: 'claims', value: claims.length, unit: 'claims' },
    { label: 'periods evaluated', value: periods, unit: 'periods' },
    { label: 'grid (verdicts, no cell explained)', value: ms('grid'), unit: 'ms (median)' },
    { label: 'full evaluation', value: ms('full'), unit: 'ms (median)' },
    { label: 'throughput, grid', value: claims.length / (ms('grid') / 1000), unit: 'claims/s' },
    { label: 'baseline: bucket by period and type', value: ms('baseline'), unit: 'ms (median)' },
    { label: 'floor: bucket with what verdicts read', value: ms('floor'), unit: 'ms (median)' },
    // CPU time, the collector's threads included: steadier than wall time on a loaded machine.
    { label: 'grid, CPU', value: cpuOf('grid'), unit: 'ms (median)' },
    { label: 'full evaluation, CPU', value: cpuOf('full'), unit: 'ms (median)' },
    { label: 'baseline, CPU', value: cpuOf('baseline'), unit: 'ms (median)' },
    { label: 'verdicts floor, CPU', value: cpuOf('floor'), unit: 'ms (median)' },
    { label: 'grid over baseline, CPU', value: cpuOf('grid') / cpuOf('baseline'), unit: '×' },
    { label: 'grid over verdicts floor, CPU', value: cpuOf('grid') / cpuOf('floor'), unit: '×' },
    { label: 'full over baseline, CPU', value: cpuOf('full') / cpuOf('baseline'), unit: '×' },
  ];
  const size = `${count.toLocaleString('en')} claims, 60 days`;
  return [
    {
      name: `engine (${size})`,
      figures,
      ratio: {
        value: ms('grid') / ms('baseline'),
        baseline: 'bucketing by period and type',
        aim: 3,
      },
    },
    {
      name: `engine over its verdicts' floor (${size})`,
      figures: [],
      ratio: {
        value: ms('grid') / ms('floor'),
        baseline: 'bucketing with time, origin, type, categories',
        aim: 3,
      },
    },
  ];
}

/** One size in a process of its own, for its own peak RSS. */
function measureApart(count: number): BenchReport[] {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('run-one.ts', import.meta.url)),
      fileURLToPath(import.meta.url),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, TRUCE_BENCH_ENGINE_CLAIMS: String(count) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`the engine bench at ${count} claims failed`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as BenchReport[];
}

const bench: Bench = async () => {
  const [only] = SIZES;
  if (SIZES.length === 1 && only !== undefined) return measure(only);
  return SIZES.flatMap(measureApart);
};

export default bench;
