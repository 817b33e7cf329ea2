import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluateAgreement, listAgreements } from '../../src/app/agreements.js';
import { addClaim, retractClaim, reviewClaim } from '../../src/app/claims.js';
import { addDocumentText } from '../../src/app/documents.js';
import { loadExamples } from '../../src/app/examples.js';
import { exportText, startExport } from '../../src/app/export/run-export.js';
import { importAcled } from '../../src/app/import/acled-import.js';
import { importBundle } from '../../src/app/import/bundle-import.js';
import { getAgreement } from '../../src/app/agreements.js';
import { scopeOf } from '../../src/app/assignments.js';
import type { Store } from '../../src/app/store-contract.js';
import type { AgreementId } from '../../src/core/ids.js';
import {
  ACLED_COLUMNS,
  ACLED_DISORDER_TYPES,
  ACLED_GEO_PRECISION,
  ACLED_INTER,
  ACLED_SOURCE_SCALES,
  ACLED_SUB_EVENT_TYPES,
  ACLED_TIME_PRECISION,
  acledInteraction,
} from '../../src/core/vocabulary/acled.js';
import type { AcledInter } from '../../src/core/vocabulary/acled.js';
import { isPloverPair } from '../../src/core/vocabulary/plover.js';
import { startApi } from '../server/start-api.js';
import { sqliteTestStore } from '../server/test-stores.js';
import type { TestStore } from '../server/test-stores.js';

const FIXTURE = new URL('../fixtures/acled/gaza-2023-11.csv', import.meta.url);
const csvRows = (text: string) =>
  parse(text, { columns: true, bom: true }) as Record<string, string>[];

let source: TestStore;
let store: Store;

beforeAll(async () => {
  source = await sqliteTestStore();
  store = source.store;
  await loadExamples(store, 'tester');
  const claims = await store.listClaims({ limit: 3 });
  await reviewClaim(store, claims[0]!.id, 'rejected', 'not the pause', 'tester');
  // A hostile report quoting a spreadsheet formula: its claim's words must reach CSV inert.
  const formula = '=HYPERLINK("http://x.invalid","click")';
  const hostile = await addDocumentText(
    store,
    { name: 'comment.txt', rawText: `A reader wrote:\n${formula}\n`, publisher: 'Comments' },
    'tester',
  );
  await addClaim(
    store,
    {
      document: hostile.document.id,
      content: { ...claims[1]!.content, span: null, text: formula },
      agreements: ['gaza-pause-2023-11' as AgreementId],
    },
    'tester',
  );
  await retractClaim(store, claims[2]!.id, 'withdrawn by its source', 'tester');
});

afterAll(async () => {
  await source?.dispose();
});

describe('the ACLED export', () => {
  test('has the codebook columns in order and only values the codebook allows', async () => {
    const text = await exportText(store, 'acled');
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header).toEqual([...ACLED_COLUMNS]);
    const rows = csvRows(text);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const subs: readonly string[] =
        ACLED_SUB_EVENT_TYPES[row['event_type'] as keyof typeof ACLED_SUB_EVENT_TYPES];
      expect(subs, row['event_type']).toBeDefined();
      expect(subs).toContain(row['sub_event_type']);
      expect(ACLED_DISORDER_TYPES).toContain(row['disorder_type']);
      expect(row['event_date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row['year']).toBe(row['event_date']!.slice(0, 4));
      expect(ACLED_TIME_PRECISION.map(String)).toContain(row['time_precision']);
      expect(ACLED_GEO_PRECISION.map(String)).toContain(row['geo_precision']);
      const [inter1, inter2] = [Number(row['inter1']), Number(row['inter2'])] as AcledInter[];
      expect(Object.keys(ACLED_INTER)).toContain(row['inter1']);
      expect(Object.keys(ACLED_INTER)).toContain(row['inter2']);
      expect(Number(row['interaction'])).toBe(acledInteraction(inter1!, inter2!));
      expect(['', 'Civilian targeting']).toContain(row['civilian_targeting']);
      for (const scale of row['source_scale']!.split('-'))
        expect(ACLED_SOURCE_SCALES).toContain(scale);
      expect(row['fatalities']).toMatch(/^\d+$/);
      expect(row['timestamp']).toMatch(/^\d{10}$/);
      if (row['latitude'] !== '') expect(Math.abs(Number(row['latitude']))).toBeLessThanOrEqual(90);
      expect(row['source']).not.toBe('');
    }
  });

  test('groups corroborated claims into one row per event, or writes one per claim', async () => {
    const perEvent = csvRows(await exportText(store, 'acled'));
    const perClaim = csvRows(await exportText(store, 'acled', {}, { rows: 'claim' }));
    expect(perClaim.length).toBeGreaterThan(perEvent.length);
  });
});

describe('PLOVER records', () => {
  test('carry only event type and mode pairs the manual defines, with the PLOVER fields', async () => {
    const lines = (await exportText(store, 'plover')).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      const r = JSON.parse(line) as Record<string, unknown> & { event: string[]; mode: string[] };
      expect(r['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.event).toHaveLength(1);
      expect(isPloverPair(r.event[0]!, r.mode[0] ?? null), `${r.event[0]}/${r.mode[0]}`).toBe(true);
      expect(Array.isArray(r['source'])).toBe(true);
      expect(r).toHaveProperty('edtf');
    }
  });
});

describe('GeoJSON', () => {
  test.each(['claim', 'event'] as const)(
    'one Feature per located %s passes an RFC 7946 checker',
    async (rows) => {
      const text = await exportText(store, 'geojson', {}, { rows });
      const collection = check(text);
      if (collection.type !== 'FeatureCollection') throw new Error('expected a FeatureCollection');
      expect(collection.features.length).toBeGreaterThan(5);
      for (const f of collection.features) {
        const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates;
        // Longitude first: the examples' places lie east of 20°E and no further north than
        // Karabakh's districts (just past 40°N), so each lies further east than north.
        expect(lon).toBeGreaterThan(20);
        expect(lat).toBeLessThan(42);
        expect(lat).toBeLessThan(lon!);
        expect(f.properties).toHaveProperty('edtf');
      }
    },
  );
});

describe('CSV', () => {
  test('neutralises a formula-leading cell and starts with a BOM when asked', async () => {
    const text = await exportText(store, 'csv', {}, { bom: true });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(text);
    expect(rows.map((r) => r['text'])).toContain(`'=HYPERLINK("http://x.invalid","click")`);
    expect(rows.every((r) => !/^[=+\-@]/.test(r['text'] ?? ''))).toBe(true);
  });

  test('refuses a BOM for a format that is not CSV', async () => {
    await expect(startExport(store, 'json', {}, { bom: true })).rejects.toThrow(/--bom is for CSV/);
  });
});

describe('filters', () => {
  test('type, status, known-at and event time narrow every export', async () => {
    const releases = csvRows(
      await exportText(store, 'csv', { type: 'release', status: 'accepted' }),
    );
    expect(releases.length).toBeGreaterThan(0);
    expect(releases.every((r) => r['type'] === 'release' && r['status'] === 'accepted')).toBe(true);
    const early = csvRows(await exportText(store, 'csv', { knownAt: '2023-11-26T00:00:00Z' }));
    expect(early.length).toBeGreaterThan(0);
    expect(
      early.every((r) => Date.parse(r['known_at']!) <= Date.parse('2023-11-26T00:00:00Z')),
    ).toBe(true);
    const from = '2023-11-27T00:00:00Z';
    const to = '2023-11-28T00:00:00Z';
    const window = csvRows(await exportText(store, 'csv', { from, to }));
    expect(window.length).toBeGreaterThan(0);
    for (const r of window) {
      expect(r['when_latest'] === '' || Date.parse(r['when_latest']!) >= Date.parse(from)).toBe(
        true,
      );
      expect(r['when_earliest'] === '' || Date.parse(r['when_earliest']!) <= Date.parse(to)).toBe(
        true,
      );
    }
    const sudan = csvRows(
      await exportText(store, 'csv', { agreement: 'sudan-jeddah-2023-05' as AgreementId }),
    );
    // Exactly the claims the agreement's evaluation reads: its own, none of the Gaza pauses'.
    const sudanClaims = await store.listClaims({
      scope: scopeOf((await getAgreement(store, 'sudan-jeddah-2023-05' as AgreementId)).agreement),
    });
    expect(sudan.length).toBeGreaterThan(0);
    expect(sudan.map((r) => r['claim_id']).sort()).toEqual(sudanClaims.map((c) => c.id).sort());
    expect(sudan.some((r) => /hamas|israel/.test(r['actors']!))).toBe(false);
  });

  test('a bundle refuses filters: it carries the whole record', async () => {
    await expect(startExport(store, 'bundle', { type: 'release' })).rejects.toThrow(/whole record/);
  });
});

describe('the JSON export', () => {
  test("validates against the server's OpenAPI schema", async () => {
    const api = await startApi(store);
    try {
      const spec = (await (await fetch(`${api.base}/openapi.json`)).json()) as {
        components: { schemas: Record<string, unknown> };
      };
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      for (const [name, schema] of Object.entries(spec.components.schemas))
        ajv.addSchema(schema as object, `#/components/schemas/${name}`);
      const validate = ajv.getSchema('#/components/schemas/ClaimsExport')!;
      const body = JSON.parse(await exportText(store, 'json')) as unknown;
      expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const served = await fetch(`${api.base}/api/export?format=geojson&type=release`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toContain('application/geo+json');
      check(await served.text());
    } finally {
      await api.close();
    }
  });
});

describe('the bundle', () => {
  test('imported into an empty store gives identical evaluations, and again merges nothing', async () => {
    const bundle = await exportText(store, 'bundle');
    const target = await sqliteTestStore();
    try {
      const first = await importBundle(target.store, bundle, 'importer');
      expect(first.skipped).toEqual([]);
      expect(first.recorded['claim.retracted']).toBe(1);
      const ids = [...new Set((await listAgreements(store)).map((a) => a.id))];
      for (const id of ids) {
        for (const asOf of [
          '2023-05-25T00:00:00Z',
          '2023-11-26T12:00:00Z',
          '2023-12-02T00:00:00Z',
          '2025-02-01T00:00:00Z',
        ]) {
          const [a, b] = await Promise.all([
            evaluateAgreement(store, id, { asOf }),
            evaluateAgreement(target.store, id, { asOf }),
          ]);
          expect(b, `${id} as of ${asOf}`).toEqual(a);
        }
      }
      const again = await importBundle(target.store, bundle, 'importer');
      expect(again.recorded).toEqual({});
      expect(again.skipped.length).toBe(await store.entryCount());
      expect(await target.store.countClaims()).toBe(await store.countClaims());
    } finally {
      await target.dispose();
    }
    // Every example agreement at four moments in two stores: slow on a busy machine.
  }, 120_000);

  test('an altered bundle is refused naming its line, and nothing is stored', async () => {
    const lines = (await exportText(store, 'bundle')).split('\n');
    lines[5] = lines[5]!.replace(/"author":"[^"]*"/, '"author":"someone else"');
    const target = await sqliteTestStore();
    try {
      await expect(importBundle(target.store, lines.join('\n'), 'importer')).rejects.toThrow(
        /line 6: .*hash chain/,
      );
      expect(await target.store.entryCount()).toBe(0);
    } finally {
      await target.dispose();
    }
  });
});

describe('ACLED import', () => {
  test('reads a realistic file as claims attributed to ACLED and the row sources', async () => {
    const target = await sqliteTestStore();
    try {
      const text = await readFile(FIXTURE, 'utf8');
      await loadExamples(target.store, 'tester');
      const { agreement } = await getAgreement(target.store, 'gaza-pause-2023-11' as AgreementId);
      const before = await target.store.countClaims();
      const result = await importAcled(
        target.store,
        text,
        { fileName: 'gaza.csv', agreement },
        'tester',
      );
      expect(result.unknownColumns).toEqual(['analyst_comment']);
      // ACLED files releases under "Other" among much else: not guessed, reported.
      expect(result.notInVocabulary).toEqual([
        { line: 4, pair: 'Strategic developments / Other' },
        { line: 7, pair: 'Protests / Peaceful protest' },
      ]);
      expect(result.claims).toBe(5);
      expect(await target.store.countClaims()).toBe(before + 5);
      const claims = await target.store.listClaims({ document: result.document as never });
      const strike = claims.find(
        (c) =>
          c.content.type === 'airstrike' &&
          c.content.quantities.length > 0 &&
          c.content.quantities[0]!.min === 12,
      )!;
      expect(strike.content.attribution.map((a) => a.name)).toEqual([
        'ACLED',
        'Example Wire',
        'Gaza Daily',
      ]);
      expect(strike.content.actors[0]).toMatchObject({ role: 'agent', party: 'israel' });
      // A date-only ACLED row is that local day in Gaza, not midnight UTC.
      expect(strike.content.when.earliest).toBe('2023-11-19T22:00:00.000Z');
      const again = await importAcled(
        target.store,
        text,
        { fileName: 'gaza.csv', agreement },
        'tester',
      );
      expect(again.alreadyImported).toBe(true);
      await evaluateAgreement(target.store, 'gaza-pause-2023-11' as AgreementId);
    } finally {
      await target.dispose();
    }
  });

  test('a bad row names its line and stores nothing, unless told to skip bad rows', async () => {
    const target = await sqliteTestStore();
    try {
      const text = (await readFile(FIXTURE, 'utf8')).replace('2023-11-26,2023', '2023-11-32,2023');
      await expect(
        importAcled(target.store, text, { fileName: 'bad.csv', agreement: null }, 'tester'),
      ).rejects.toThrow(/bad\.csv line 5: event_date "2023-11-32"/);
      expect(await target.store.countClaims()).toBe(0);
      const skipped = await importAcled(
        target.store,
        text,
        { fileName: 'bad.csv', agreement: null, skipBad: true },
        'tester',
      );
      expect(skipped.claims).toBe(4);
      expect(skipped.bad.map((b) => b.line)).toEqual([5]);
    } finally {
      await target.dispose();
    }
  });
});
