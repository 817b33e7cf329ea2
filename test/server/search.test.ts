// Search over HTTP on both backends, on the examples: the words in context are data the
// dashboard can trust, scoped like every other listing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadExamples } from '../../src/app/examples.js';
import { client } from './http-client.js';
import type { Client } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { bothBackends } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const GAZA = 'gaza-pause-2023-11';
const SUDAN = 'sudan-jeddah-2023-05';

interface Snippet {
  text: string;
  start: number;
  end: number;
  marks: [number, number][];
  claim: string | null;
}
interface Hit {
  kind: 'document' | 'claim';
  document: string;
  claim?: string;
  matches: number;
  snippets: Snippet[];
}
interface Results {
  terms: string[];
  hits: Hit[];
  truncated: boolean;
}

describe.each(bothBackends())('search on %s', (_dialect, freshStore) => {
  let testStore: TestStore;
  let api: RunningApi;
  let http: Client;
  const search = async (query: string) => {
    const answer = await http.get(`/api/search?${query}`);
    expect(answer.status).toBe(200);
    return answer.json as Results;
  };

  beforeAll(async () => {
    testStore = await freshStore();
    await loadExamples(testStore.store, 'api-test');
    api = await startApi(testStore.store);
    http = client(api.base);
  });

  afterAll(async () => {
    await api?.close();
    await testStore?.dispose();
  });

  test("finds documents and claims, each snippet the text's own words with every mark on a searched word", async () => {
    const results = await search(`q=Hostages%20released&agreement=${GAZA}`);
    expect(results.terms).toEqual(['hostages', 'released']);
    expect(results.hits.some((h) => h.kind === 'document')).toBe(true);
    const quotes = await search(`q=hostages&agreement=${GAZA}`);
    const claims = quotes.hits.filter((h) => h.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const hit of claims) {
      const { content } = (await http.get(`/api/claims/${hit.claim}`)).json as {
        content: { text: string };
      };
      for (const s of hit.snippets) expect(s.text).toBe(content.text.slice(s.start, s.end));
    }
    for (const hit of results.hits.filter((h) => h.kind === 'document')) {
      const { document } = (await http.get(`/api/documents/${hit.document}`)).json as {
        document: { cleanText: string | null; rawText: string };
      };
      const text = document.cleanText ?? document.rawText;
      for (const s of hit.snippets) {
        expect(s.text).toBe(text.slice(s.start, s.end));
        for (const [a, b] of s.marks) {
          const word = s.text.slice(a, b).toLowerCase();
          expect(['hostages', 'released']).toContain(word);
        }
      }
    }
  });

  test("a document's snippet names the claim whose words hold it, so the hit opens there", async () => {
    const results = await search(`q=hostages&agreement=${GAZA}`);
    const named = results.hits.flatMap((h) => h.snippets.flatMap((s) => s.claim ?? []));
    expect(named.length).toBeGreaterThan(0);
    const claim = (await http.get(`/api/claims/${named[0]}`)).json as { content: { text: string } };
    expect(claim.content.text.toLowerCase()).toContain('hostage');
  });

  test('is scoped to the agreement: Khartoum is found under Sudan, never under the Gaza pause', async () => {
    expect((await search(`q=khartoum&agreement=${GAZA}`)).hits).toEqual([]);
    const sudan = await search(`q=khartoum&agreement=${SUDAN}`);
    expect(sudan.hits.length).toBeGreaterThan(0);
    expect((await search('q=khartoum')).hits).toEqual(sudan.hits);
  });

  test('replays the record: what was not yet known at asOf is not found', async () => {
    const now = await search(`q=hostages&agreement=${GAZA}`);
    const early = await search(`q=hostages&agreement=${GAZA}&asOf=2023-11-25T00:00:00Z`);
    expect(early.hits.length).toBeLessThan(now.hits.length);
    const before = await search(`q=hostages&agreement=${GAZA}&asOf=2000-01-01T00:00:00Z`);
    expect(before.hits).toEqual([]);
  });

  test('says when it holds back hits beyond the limit', async () => {
    const some = await search(`q=hostages&agreement=${GAZA}&limit=1`);
    expect(some.truncated).toBe(true);
    expect(some.hits.filter((h) => h.kind === 'document')).toHaveLength(1);
  });

  test('a query with no word in it is refused in a sentence, not searched', async () => {
    for (const q of ['', '%25%25', '...']) {
      const answer = await http.get(`/api/search?q=${q}`);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.json)).toMatch(/word/);
    }
    const unknown = await http.get('/api/search?q=x&agreement=no-such');
    expect(unknown.status).toBe(404);
  });
});
