// The map view's first draw with 1,000 located events, in Debian's chromium against the real
// server and the built dashboard (`npm run build` first), as a ratio to the same view with no
// events, measured in the same run. The time is the map's own `map:first-draw` mark: from the
// page's navigation to the basemap painted under the events. Aim: under 1 s in absolute terms.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { createSignInLink, ensureFirstAdmin } from '../src/app/accounts.js';
import { addAgreement } from '../src/app/agreements.js';
import type { Store } from '../src/app/store-contract.js';
import { initWorkspace } from '../src/app/workspace.js';
import type { Claim } from '../src/core/evidence/claim.js';
import type { Document } from '../src/core/evidence/document.js';
import type { PlacePrecision } from '../src/core/evidence/place.js';
import { newId } from '../src/core/ids.js';
import type { AgreementId } from '../src/core/ids.js';
import type { LedgerChange } from '../src/core/ledger/ledger-entry.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import { buildServer } from '../src/server/build-server.js';
import { DEFAULT_WEB_ROOT } from '../src/server/dashboard.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/browser-support.js';
import type { Bench } from './bench-report.js';
import { random } from './synthetic-claim.js';

const EVENTS = 1_000;
const ROUNDS = 5;
const OURS = 'gaza-pause-2023-11';
const EMPTY = 'gaza-pause-2023-11-no-events';
const AGREEMENT_FILE = new URL(`../examples/agreements/${OURS}.yaml`, import.meta.url);
const USER = 'bench';
/** The pause's first morning; events follow every ten minutes, so no two are one occurrence. */
const T0 = Date.parse('2023-11-24T05:00:00Z');
const STEP_MS = 10 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The examples' areas, [west, south, east, north], and how many of the places fall in each. */
const AREAS = [
  { name: 'Gaza', box: [34.22, 31.22, 34.56, 31.59], places: 150 },
  { name: 'Khartoum', box: [32.3, 15.3, 32.8, 15.8], places: 60 },
  { name: 'Darfur', box: [22.5, 11.5, 26.5, 14.5], places: 60 },
  { name: 'Kordofan', box: [28.5, 11, 31.5, 13.5], places: 30 },
] as const;
/** Points and towns mostly, as extraction finds them; some regions, a few countries. */
const PRECISIONS: readonly PlacePrecision[] = [
  'point',
  'point',
  'city',
  'city',
  'city',
  'region',
  'region',
  'country',
];

interface BenchPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: PlacePrecision;
}

/** The same 300 places every run, spread over the areas' extents with varied precision. */
function placesOf(next: () => number): BenchPlace[] {
  return AREAS.flatMap(({ name, box: [west, south, east, north], places }) =>
    Array.from({ length: places }, (_, i) => ({
      name: `${name} site ${i + 1}`,
      lon: west + next() * (east - west),
      lat: south + next() * (north - south),
      precision: PRECISIONS[Math.floor(next() * PRECISIONS.length)]!,
    })),
  );
}

function documentOf(): Document {
  return {
    id: newId('doc'),
    kind: 'article',
    format: 'text',
    title: 'Monitoring notes',
    publisher: 'Bench Monitor',
    published: null,
    url: null,
    contentHash: 'f'.repeat(64),
    rawText: 'Monitoring notes.',
    cleanText: null,
    removed: [],
    recordedAt: iso(T0),
  };
}

/** Accepted, located, each at a time of its own: one claim, one event. */
function claimOf(document: Document, index: number, place: BenchPlace): Claim {
  const at = iso(T0 + index * STEP_MS);
  return {
    id: newId('clm'),
    document: document.id,
    content: {
      type: EVENT_TYPES[index % EVENT_TYPES.length]!,
      when: { earliest: at, latest: at, label: 'at the time', precision: 'minute' },
      where: place,
      actors: [],
      quantities: [],
      categories: [],
      modality: 'asserted',
      attribution: [{ name: 'Bench Monitor', kind: 'monitor', source: null }],
      span: null,
      text: '',
    },
    provenance: { kind: 'rule', rule: 'bench' },
    status: 'accepted',
    revision: 1,
    reviewNote: null,
    recordedAt: iso(T0),
    knownAt: at,
    updatedAt: iso(T0),
  };
}

/** Our agreement with the located events, and a copy of it with none: the empty map. */
async function fill(store: Store): Promise<void> {
  const text = await readFile(AGREEMENT_FILE, 'utf8');
  await addAgreement(store, text, USER);
  await addAgreement(store, text.replace(`id: ${OURS}`, `id: ${EMPTY}`), USER);
  const places = placesOf(random(2023));
  const document = documentOf();
  const changes: LedgerChange[] = [{ type: 'document.added', document }];
  for (let i = 0; i < EVENTS; i += 1) {
    const claim = claimOf(document, i, places[i % places.length]!);
    changes.push({ type: 'claim.added', claim, agreements: [OURS as AgreementId] });
  }
  await store.append(changes, USER);
}

/** Opens the map of `agreement` in a fresh page and returns its `map:first-draw` time, in ms. */
async function firstDrawMs(context: BrowserContext, base: string, agreement: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/#/map?agreement=${agreement}`);
    await page.locator('.map-stage[data-basemap="drawn"]').waitFor({ timeout: 120_000 });
    return await page.evaluate(
      () => performance.getEntriesByName('map:first-draw', 'mark')[0]?.startTime ?? NaN,
    );
  } finally {
    await page.close();
  }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const bench: Bench = async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium`);
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html')))
    throw new Error('the dashboard is not built into dist/web: run `npm run build` first');
  const dir = await mkdtemp(join(tmpdir(), 'truce-bench-map-'));
  const store = await initWorkspace({ data: join(dir, 'data') });
  const server = await buildServer(store, { author: USER });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await fill(store);
    const base = await server.listen({ port: 0, host: '127.0.0.1' });
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await ensureFirstAdmin(store, USER);
    const signIn = await context.newPage();
    await signIn.goto(`${base}/login?token=${await createSignInLink(store, USER)}`);
    await signIn.close();
    // One page each to warm the server, the store and the browser's cache of the basemap.
    await firstDrawMs(context, base, EMPTY);
    await firstDrawMs(context, base, OURS);
    const empty: number[] = [];
    const full: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      empty.push(await firstDrawMs(context, base, EMPTY));
      full.push(await firstDrawMs(context, base, OURS));
    }
    const emptyMs = median(empty);
    const fullMs = median(full);
    return {
      name: `map first draw, ${EVENTS.toLocaleString('en')} events`,
      figures: [
        { label: `first draw, ${EVENTS} located events (median)`, value: fullMs, unit: 'ms' },
        { label: 'first draw, no events (median)', value: emptyMs, unit: 'ms' },
        {
          label: `first draw, ${EVENTS} located events (slowest)`,
          value: Math.max(...full),
          unit: 'ms',
        },
      ],
      ratio: { value: fullMs / emptyMs, baseline: 'the same map with no events', aim: null },
    };
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
