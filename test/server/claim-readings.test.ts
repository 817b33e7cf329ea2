// The dashboard shows sides, origin keys and self-reports only as the API reads them: every
// route that hands the web a claim can hand it the chosen agreement's reading of it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadExamples } from '../../src/app/examples.js';
import { client } from './http-client.js';
import type { Client } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { sqliteTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const AGREEMENT = 'gaza-pause-2023-11';

interface Reading {
  readonly links: readonly { key: string; affiliation: string; side: string | null }[];
  readonly selfReport: boolean;
}
interface ClaimBody {
  readonly id: string;
  readonly document: string;
  readonly reading?: Reading;
}
interface Page {
  readonly items: readonly ClaimBody[];
  readonly readings?: Record<string, Reading>;
}

describe("a claim's reading for the chosen agreement", () => {
  let testStore: TestStore;
  let api: RunningApi;
  let http: Client;
  let page: Page;

  beforeAll(async () => {
    testStore = await sqliteTestStore();
    await loadExamples(testStore.store, 'api-test');
    api = await startApi(testStore.store);
    http = client(api.base);
    page = (await http.get(`/api/claims?agreement=${AGREEMENT}&limit=1000`)).json as Page;
  });

  afterAll(async () => {
    await api?.close();
    await testStore?.dispose();
  });

  test('the examples hold self-reports and accounts from both sides, so the reading is tested on them', () => {
    const readings = Object.values(page.readings ?? {});
    expect(readings.some((r) => r.selfReport)).toBe(true);
    const sides = new Set(readings.map((r) => r.links.at(-1)?.side).filter((s) => s != null));
    expect(sides.size).toBeGreaterThanOrEqual(2);
  });

  test('one claim by id reads as it does in the agreement’s listing, and has no reading without one', async () => {
    for (const claim of page.items.slice(0, 25)) {
      const read = (await http.get(`/api/claims/${claim.id}?agreement=${AGREEMENT}`)).json;
      expect((read as ClaimBody).reading).toEqual(page.readings?.[claim.id]);
      const plain = (await http.get(`/api/claims/${claim.id}`)).json as ClaimBody;
      expect(plain.reading).toBeUndefined();
    }
  });

  test("a document's claims come with the agreement's readings, one per claim", async () => {
    const documents = [...new Set(page.items.map((c) => c.document))].slice(0, 5);
    for (const id of documents) {
      const answer = (await http.get(`/api/documents/${id}?agreement=${AGREEMENT}`)).json as {
        claims: ClaimBody[];
        readings?: Record<string, Reading>;
      };
      expect(Object.keys(answer.readings ?? {}).sort()).toEqual(
        answer.claims.map((c) => c.id).sort(),
      );
      for (const c of answer.claims)
        if (page.readings?.[c.id]) expect(answer.readings?.[c.id]).toEqual(page.readings[c.id]);
      const plain = (await http.get(`/api/documents/${id}`)).json as { readings?: unknown };
      expect(plain.readings).toBeUndefined();
    }
  });

  test('readAs reads every claim of the page and narrows nothing, unlike agreement', async () => {
    const all = (await http.get('/api/claims?limit=1000')).json as Page;
    const read = (await http.get(`/api/claims?readAs=${AGREEMENT}&limit=1000`)).json as Page;
    expect(read.items.map((c) => c.id)).toEqual(all.items.map((c) => c.id));
    expect(Object.keys(read.readings ?? {}).sort()).toEqual(all.items.map((c) => c.id).sort());
    // The examples hold another agreement's claims, which `agreement` leaves out.
    expect(page.items.length).toBeLessThan(all.items.length);
  });

  test('an extraction for an agreement reads each suggested claim, in order', async () => {
    const answer = await http.post('/api/extract', {
      text: 'Hamas said it released 13 Israeli hostages on Friday.',
      published: '2023-11-25T10:00:00Z',
      agreement: AGREEMENT,
    });
    const body = answer.json as { claims: unknown[]; readings?: Reading[] };
    expect(body.claims.length).toBeGreaterThan(0);
    expect(body.readings).toHaveLength(body.claims.length);
    expect(body.readings?.[0]?.selfReport).toBe(true);
  });

  test('an agreement that does not exist is a 404 that names it', async () => {
    const claim = page.items[0]!;
    const answer = await http.get(`/api/claims/${claim.id}?agreement=no-such-agreement`);
    expect(answer.status).toBe(404);
    expect(JSON.stringify(answer.json)).toContain('no-such-agreement');
  });
});
