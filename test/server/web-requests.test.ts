// The dashboard's own client (web/src/api/api-client.ts) against the real server over HTTP, with
// the dashboard's moment set: every read it can make must be answered, so a parameter the web
// sends and a route refuses fails here, not in an analyst's browser.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allClaims } from '../../src/app/all-claims.js';
import { loadExamples } from '../../src/app/examples.js';
import { headSigner } from '../../src/app/heads.js';
import type { Store } from '../../src/app/store-contract.js';
import type { Document } from '../../src/core/evidence/document.js';
import { initStore } from '../../src/store/open-store.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';

const AGREEMENT = 'gaza-pause-2023-11';
const REPLAY_AT = '2023-11-30T10:00:00.000Z';

interface ReadAt {
  readonly asOf: string | null;
}
type Read = (...args: never[]) => Promise<unknown>;
/** The client as this test calls it; the web's own build checks its types. */
type WebApi = Record<string, Read>;

/** Loaded by path, so the server's type check does not compile the web's modules. */
const CLIENT = new URL('../../web/src/api/api-client.ts', import.meta.url).href;

/**
 * The client's writes have their own tests (dashboard flows, hardening); this one is for reads.
 * A draft records nothing, but is a POST made from a selection, not a read of the record at a
 * moment: test/browser/coding-from-text.test.ts makes it with the writes beside it.
 */
const WRITES = new Set([
  'review',
  'edit',
  'extract',
  'upload',
  'draftClaim',
  'addClaim',
  'split',
  'merge',
  'reattribute',
]);

let dir: string;
let store: Store;
let running: RunningApi;
let api: WebApi;
let browserFetch: typeof fetch;
/** Every URL the client asked for, with the status it got. */
const answered: { url: string; status: number }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-web-requests-'));
  const config = { kind: 'sqlite', dataDir: join(dir, 'data') } as const;
  store = await initStore(config);
  await loadExamples(store, 'api-test');
  running = await startApi(store, { signHead: headSigner(store, config, {}) });
  // The page's URLs resolve against the server it was served from, as in a browser.
  Object.assign(globalThis, { location: new URL(running.base) });
  browserFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await browserFetch(input, init);
    answered.push({
      url: input instanceof Request ? input.url : String(input),
      status: response.status,
    });
    return response;
  };
  ({ api } = (await import(CLIENT)) as { api: WebApi });
});

afterAll(async () => {
  if (browserFetch) globalThis.fetch = browserFetch;
  Reflect.deleteProperty(globalThis, 'location');
  await running?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every read the dashboard makes, with arguments as its views give them. */
async function webReads(at: ReadAt): Promise<Record<string, () => Promise<unknown>>> {
  const [claim] = await allClaims(store, { knownBy: REPLAY_AT });
  if (!claim) throw new Error(`the examples know no claim at ${REPLAY_AT}`);
  const claims = (query: object) => () =>
    (api['claims'] as (q: object, at: ReadAt) => Promise<unknown>)(query, at);
  const call =
    (name: string, ...args: unknown[]) =>
    () =>
      (api[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  return {
    agreements: call('agreements', at),
    agreement: call('agreement', AGREEMENT, at),
    evaluation: call('evaluation', AGREEMENT, at),
    cell: call('cell', AGREEMENT, 'hamas-releases', 2, at),
    dayReport: call('dayReport', AGREEMENT, '2023-11-26', at),
    events: call('events', AGREEMENT, at),
    claims: claims({
      status: 'accepted',
      document: claim.document,
      type: claim.content.type,
      limit: 1,
      cursor: claim.id,
    }),
    claim: call('claim', claim.id, AGREEMENT, at),
    claimHistory: call('claimHistory', claim.id, at),
    documents: call('documents', AGREEMENT, at),
    document: call('document', claim.document, AGREEMENT, at),
    search: call('search', 'hostages', AGREEMENT, at),
    sources: call('sources', at),
    vocabulary: call('vocabulary', at),
    head: call('head'),
    session: call('session'),
  };
}

describe("the dashboard's requests", () => {
  test.each([
    ['as known now', null],
    ['replaying a moment', REPLAY_AT],
  ])('are each answered, %s', async (_, asOf) => {
    const reads = await webReads({ asOf });
    const unlisted = Object.keys(api).filter((name) => !WRITES.has(name) && !(name in reads));
    expect(unlisted, 'a read of the client this test does not make').toEqual([]);
    answered.length = 0;
    for (const [name, read] of Object.entries(reads)) {
      await expect(read(), name).resolves.toBeDefined();
    }
    expect(answered.filter((a) => a.status >= 400)).toEqual([]);
    expect(answered).toHaveLength(Object.keys(reads).length);
    if (asOf !== null) {
      // The moment travels with what it replays: claims, documents, events, the evaluation.
      const sent = (path: string) => answered.filter((a) => new URL(a.url).pathname === path);
      for (const path of [
        '/api/claims',
        '/api/documents',
        '/api/events',
        `/api/agreements/${AGREEMENT}/report`,
      ])
        expect(sent(path).every((a) => new URL(a.url).searchParams.get('asOf') === asOf)).toBe(
          true,
        );
    }
  });

  test('list at a moment only the documents known then, holding every claim known then', async () => {
    const documents = api['documents'] as (
      agreement: string | null,
      at: ReadAt,
    ) => Promise<readonly Document[]>;
    const now = await documents(null, { asOf: null });
    const then = await documents(null, { asOf: REPLAY_AT });
    expect(then.length).toBeGreaterThan(0);
    expect(then.length).toBeLessThan(now.length);
    for (const document of then) {
      expect(Date.parse(document.published?.earliest ?? document.recordedAt)).toBeLessThanOrEqual(
        Date.parse(REPLAY_AT),
      );
    }
    const listed = new Set(then.map((d) => d.id));
    const known = await allClaims(store, { knownBy: REPLAY_AT });
    expect(known.filter((c) => !listed.has(c.document)).map((c) => c.id)).toEqual([]);
  });

  test("narrow events and documents to the chosen agreement on the server, none of another's", async () => {
    type List = (agreement: string | null, at: ReadAt) => Promise<readonly { id: string }[]>;
    const now = { asOf: null };
    for (const name of ['events', 'documents']) {
      const list = api[name] as List;
      const ids = async (agreement: string | null) => (await list(agreement, now)).map((x) => x.id);
      const [gaza, sudan, all] = await Promise.all([
        ids(AGREEMENT),
        ids('sudan-jeddah-2023-05'),
        ids(null),
      ]);
      expect(gaza.length, name).toBeGreaterThan(0);
      expect(sudan.length, name).toBeGreaterThan(0);
      expect(
        gaza.filter((id) => sudan.includes(id)),
        name,
      ).toEqual([]);
      expect(
        gaza.every((id) => all.includes(id)),
        name,
      ).toBe(true);
      expect(gaza.length, name).toBeLessThan(all.length);
    }
  });
});
