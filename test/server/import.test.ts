// POST /api/import over real HTTP, on SQLite and PostgreSQL: a bundle (plain or gzipped) and
// an ACLED file come in whole, and every bad file is one sentence and a 4xx with nothing stored.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/app/examples.js';
import { exportText } from '../../src/app/export/run-export.js';
import type { Store } from '../../src/app/store-contract.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';
import type { HttpAnswer } from './http-client.js';
import { startApi, type RunningApi } from './start-api.js';
import { postgresTestStore, sqliteTestStore, type TestStore } from './test-stores.js';

const ACLED = new URL('../fixtures/acled/gaza-2023-11.csv', import.meta.url);

let postgres: TestPostgres | undefined;
let source: TestStore;
let bundle: string;

beforeAll(async () => {
  source = await sqliteTestStore();
  await loadExamples(source.store, 'api-test');
  bundle = await exportText(source.store, 'bundle');
});

afterAll(async () => {
  await source.dispose();
  await postgres?.stop();
});

/** Posts `body` to /api/import with the query and content type given. */
function post(
  api: RunningApi,
  query: string,
  body: string | Uint8Array,
  contentType = 'application/x-ndjson',
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return fetch(`${api.base}/api/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  }).then(async (response) => {
    const text = await response.text();
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return {
      status: response.status,
      headers: response.headers,
      type,
      text,
      json: type.endsWith('json') && text !== '' ? JSON.parse(text) : undefined,
    };
  });
}

/** A refusal: the status, one sentence, and the words it must hold. */
function expectRefusal(answer: HttpAnswer, status: number, detail: RegExp): void {
  expect(answer.status).toBe(status);
  expect(answer.type).toBe('application/problem+json');
  expect(answer.json.detail).toMatch(detail);
  expect(answer.json.detail).not.toMatch(/\n|\bat .*\.js:\d+/);
}

describe.each(['sqlite', 'postgres'] as const)('POST /api/import over %s', (dialect) => {
  let target: TestStore;
  let store: Store;
  let api: RunningApi;

  beforeEach(async () => {
    target =
      dialect === 'sqlite'
        ? await sqliteTestStore()
        : await postgresTestStore((postgres ??= await startTestPostgres()));
    store = target.store;
    api = await startApi(store);
  });

  afterEach(async () => {
    await api.close();
    await target.dispose();
  });

  it('replays a bundle into an empty store, and a second time records nothing', async () => {
    const first = await post(api, 'format=bundle', bundle);
    expect(first.status).toBe(200);
    expect(first.json.format).toBe('bundle');
    expect(first.json.outcome.skipped).toEqual([]);
    expect(await store.entryCount()).toBe(await source.store.entryCount());
    expect(await store.countClaims()).toBe(await source.store.countClaims());
    const head = await source.store.head();
    expect(first.json.outcome.head).toEqual({ seq: head.seq, hash: head.hash });

    const again = await post(api, 'format=bundle', bundle);
    expect(again.status).toBe(200);
    expect(again.json.outcome.recorded).toEqual({});
    expect(again.json.outcome.skipped).toHaveLength(await source.store.entryCount());
    expect(await store.entryCount()).toBe(await source.store.entryCount());
  });

  it('reads a gzipped bundle as well', async () => {
    const answer = await post(api, 'format=bundle', gzipSync(bundle), 'application/gzip');
    expect(answer.status).toBe(200);
    expect(await store.countClaims()).toBe(await source.store.countClaims());
  });

  it('refuses a tampered bundle naming its line, and stores nothing', async () => {
    const lines = bundle.split('\n');
    lines[5] = lines[5]!.replace(/"author":"[^"]*"/, '"author":"someone else"');
    expectRefusal(
      await post(api, 'format=bundle', lines.join('\n')),
      400,
      /^line 6: entry 5 does not match the hash chain; the bundle was altered or cut$/,
    );
    expect(await store.entryCount()).toBe(0);
  });

  it('refuses a bundle cut short, plain or gzipped, and stores nothing', async () => {
    const cut = bundle.slice(0, Math.floor(bundle.length / 2));
    const plain = await post(api, 'format=bundle', cut);
    expect(plain.status).toBe(400);
    expect(plain.json.detail).toMatch(/line \d+: /);
    const zipped = gzipSync(bundle);
    expectRefusal(
      await post(api, 'format=bundle', zipped.subarray(0, zipped.length / 2), 'application/gzip'),
      400,
      /does not unpack; it was cut or altered/,
    );
    expect(await store.entryCount()).toBe(0);
  });

  it('refuses what is not a bundle with one sentence', async () => {
    expectRefusal(await post(api, 'format=bundle', '{"hello": 1}\n'), 400, /bundle header/);
    expectRefusal(
      await post(api, 'format=bundle', ''),
      400,
      /the body is empty; send the file as the body/,
    );
    expectRefusal(await post(api, 'format=bundle&skipBad=true', bundle), 400, /format=acled only/);
    expectRefusal(await post(api, 'format=parquet', bundle), 400, /format/);
    expect(await store.entryCount()).toBe(0);
  });

  it('names the types it reads when a file comes as another', async () => {
    expectRefusal(
      await post(api, 'format=acled', 'a,b\n', 'text/plain'),
      415,
      /^send the body as application\/x-ndjson, .*text\/csv.*; Content-Type "text\/plain" is not accepted$/,
    );
    expect(await store.entryCount()).toBe(0);
  });

  it('brings in an ACLED file as claims, and names the line of a bad row', async () => {
    const csv = await readFile(ACLED, 'utf8');
    const bad = csv.replace('2023-11-26,2023', '2023-11-32,2023');
    expectRefusal(
      await post(api, 'format=acled&name=gaza.csv', bad, 'text/csv'),
      400,
      /^gaza\.csv line 5: event_date "2023-11-32" is not a date/,
    );
    expect(await store.entryCount()).toBe(0);

    const skipped = await post(api, 'format=acled&name=gaza.csv&skipBad=true', bad, 'text/csv');
    expect(skipped.status).toBe(200);
    expect(skipped.json.outcome.bad.map((b: { line: number }) => b.line)).toEqual([5]);
    expect(await store.countClaims()).toBe(skipped.json.outcome.claims);

    const good = await post(api, 'format=acled&suggest=true', csv, 'text/csv');
    expect(good.status).toBe(200);
    expect(good.json.outcome.claims).toBe(5);
    expect(good.json.outcome.unknownColumns).toEqual(['analyst_comment']);
    const suggested = await store.listClaims({ document: good.json.outcome.document });
    expect(suggested.map((c) => c.status)).toEqual(Array(5).fill('suggested'));
  });

  it('refuses an ACLED file for an agreement it does not hold, or one that is not text', async () => {
    const csv = await readFile(ACLED, 'utf8');
    const missing = await post(api, 'format=acled&agreement=no-such-agreement', csv, 'text/csv');
    expect(missing.status).toBe(404);
    expectRefusal(
      await post(api, 'format=acled', new Uint8Array([0x65, 0x00, 0xff]), 'text/csv'),
      400,
      /contains NUL bytes/,
    );
    expect(await store.entryCount()).toBe(0);
  });

  it('refuses an import from another site before reading it', async () => {
    const answer = await post(api, 'format=bundle', bundle, 'application/x-ndjson', {
      origin: 'https://attacker.example',
    });
    expect(answer.status).toBe(403);
    expect(await store.entryCount()).toBe(0);
  });
});

describe('POST /api/import limits', () => {
  it('refuses a body over the import limit with 413 and one sentence', async () => {
    const target = await sqliteTestStore();
    const api = await startApi(target.store);
    try {
      const huge = new Uint8Array(64 * 1024 * 1024 + 1).fill(0x20);
      const answer = await post(api, 'format=bundle', huge);
      expectRefusal(answer, 413, /larger than the 67108864 bytes this route accepts/);
      expect(await target.store.entryCount()).toBe(0);
    } finally {
      await api.close();
      await target.dispose();
    }
  });
});
