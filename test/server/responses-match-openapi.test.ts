// Real answers of every route, on a store loaded with the examples, checked against the
// published /openapi.json with ajv: the document clients generate their types from must
// describe what the server actually sends. The server's own response check is off here, so a
// mismatch between a route and its published schema reaches the test instead of being masked.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allClaims } from '../../src/app/all-claims.js';
import { EXAMPLES_DIR, loadExamples } from '../../src/app/examples.js';
import { headSigner } from '../../src/app/heads.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import { client } from './http-client.js';
import type { Client, HttpAnswer } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { sqliteTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const AGREEMENT = 'gaza-pause-2023-11';
const REPLAY_AT = '2023-11-30T10:00:00.000Z';

interface Call {
  /** The route as OpenAPI names it: "get /api/claims/{id}". */
  readonly route: string;
  readonly answer: () => Promise<HttpAnswer>;
}

let testStore: TestStore;
let api: RunningApi;
let http: Client;
let ajv: Ajv2020;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON document
let spec: any;
let claim: Claim;

let keyDir: string;

beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), 'truce-contract-key-'));
  testStore = await sqliteTestStore();
  await loadExamples(testStore.store, 'api-test');
  api = await startApi(testStore.store, {
    checkResponses: false,
    signHead: headSigner(testStore.store, { kind: 'sqlite', dataDir: keyDir }, {}),
  });
  http = client(api.base);
  spec = (await http.get('/openapi.json')).json;
  ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...spec, $id: 'openapi.json' });
  const [first] = await allClaims(testStore.store, { knownBy: REPLAY_AT });
  if (first === undefined) throw new Error(`the examples know no claim at ${REPLAY_AT}`);
  claim = first;
});

afterAll(async () => {
  await api?.close();
  await testStore?.dispose();
  if (keyDir) await rm(keyDir, { recursive: true, force: true });
});

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Every route called as a client would, reads first, then writes on what the reads found. */
async function calls(): Promise<Call[]> {
  const agreementText = await readFile(
    join(EXAMPLES_DIR, 'agreements', `${AGREEMENT}.yaml`),
    'utf8',
  );
  const c = claim;
  const get = (route: string, path: string): Call => ({ route, answer: () => http.get(path) });
  const send = (route: string, method: string, path: string, json?: unknown): Call => ({
    route,
    answer: () =>
      http.send(method, path, json === undefined ? {} : { json, contentType: 'application/json' }),
  });
  const report = {
    text: 'On Friday, Hamas released 13 Israeli hostages, mediators said.',
    published: '2023-11-25T10:00:00Z',
    agreement: AGREEMENT,
  };
  // A claim written down from the words of the first claim, to split, merge and re-attribute.
  const newClaim = { document: c.document, content: c.content };
  const cut = c.content.span![0] + c.content.text.indexOf(' ', 1);
  return [
    get('get /api/health', '/api/health'),
    get('get /api/vocabulary', '/api/vocabulary'),
    get(
      'get /api/search',
      `/api/search?q=released+hostages&agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
    ),
    get('get /api/sources', '/api/sources'),
    get('get /api/documents', `/api/documents?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`),
    get(
      'get /api/documents/{id}',
      `/api/documents/${c.document}?asOf=${REPLAY_AT}&agreement=${AGREEMENT}`,
    ),
    get('get /api/claims', `/api/claims?readAs=${AGREEMENT}&limit=50`),
    get('get /api/claims/{id}', `/api/claims/${c.id}?agreement=${AGREEMENT}`),
    get('get /api/agreements', '/api/agreements'),
    get('get /api/agreements/{id}', `/api/agreements/${AGREEMENT}`),
    get('get /api/agreements/{id}/versions', `/api/agreements/${AGREEMENT}/versions`),
    get('get /api/agreements/{id}/evaluation', `/api/agreements/${AGREEMENT}/evaluation`),
    get(
      'get /api/agreements/{id}/evaluation',
      `/api/agreements/${AGREEMENT}/evaluation?asOf=${REPLAY_AT}`,
    ),
    get(
      'get /api/agreements/{id}/evaluation/cells/{norm}/{period}',
      `/api/agreements/${AGREEMENT}/evaluation/cells/hamas-releases/2?asOf=${REPLAY_AT}`,
    ),
    get('get /api/agreements/{id}/diff', `/api/agreements/${AGREEMENT}/diff?from=${REPLAY_AT}`),
    get('get /api/events', `/api/events?agreement=${AGREEMENT}`),
    get('get /api/export', `/api/export?format=json&agreement=${AGREEMENT}`),
    get('get /api/head', '/api/head'),
    get('get /api/session', '/api/session'),
    get(
      'get /api/agreements/{id}/report',
      `/api/agreements/${AGREEMENT}/report?day=2023-11-26&asOf=${REPLAY_AT}`,
    ),
    get('get /api/verify', '/api/verify'),
    get('get /api/audit', `/api/audit?claim=${c.id}&limit=5`),
    get('get /api/audit', '/api/audit?limit=2'),
    send('post /api/sources', 'POST', '/api/sources', {
      name: 'Contract Test Wire',
      kind: 'news_agency',
    }),
    send('post /api/extract', 'POST', '/api/extract', report),
    send('post /api/documents', 'POST', '/api/documents', report),
    send('post /api/agreements', 'POST', '/api/agreements', { text: agreementText }),
    send('post /api/agreements/validate', 'POST', '/api/agreements/validate', {
      text: 'id: x\n',
    }),
    send(
      'put /api/claims/{id}/agreements/{agreement}',
      'PUT',
      `/api/claims/${c.id}/agreements/${AGREEMENT}`,
    ),
    send(
      'delete /api/claims/{id}/agreements/{agreement}',
      'DELETE',
      `/api/claims/${c.id}/agreements/${AGREEMENT}`,
    ),
    send(
      'put /api/documents/{id}/agreements/{agreement}',
      'PUT',
      `/api/documents/${c.document}/agreements/${AGREEMENT}`,
    ),
    send(
      'delete /api/documents/{id}/agreements/{agreement}',
      'DELETE',
      `/api/documents/${c.document}/agreements/${AGREEMENT}`,
    ),
    send('patch /api/claims/{id}', 'PATCH', `/api/claims/${c.id}`, {
      changes: { modality: 'alleged' },
      note: 'contract test',
    }),
    send(
      'post /api/documents/{id}/draft-claim',
      'POST',
      `/api/documents/${c.document}/draft-claim`,
      {
        start: c.content.span![0],
        end: c.content.span![1],
        agreement: AGREEMENT,
      },
    ),
    send('post /api/claims', 'POST', '/api/claims', newClaim),
    {
      route: 'post /api/claims/{id}/split',
      answer: async () => {
        const { id } = (await http.post('/api/claims', newClaim)).json;
        return http.post(`/api/claims/${id}/split`, { at: cut });
      },
    },
    {
      route: 'post /api/claims/merge',
      answer: async () => {
        const { id } = (await http.post('/api/claims', newClaim)).json;
        const { added } = (await http.post(`/api/claims/${id}/split`, { at: cut })).json;
        return http.post('/api/claims/merge', { claims: added.map((a: Claim) => a.id) });
      },
    },
    {
      route: 'post /api/claims/{id}/reattribute',
      answer: async () => {
        const { id } = (await http.post('/api/claims', newClaim)).json;
        return http.post(`/api/claims/${id}/reattribute`, { origin: 'a contract test source' });
      },
    },
    send('post /api/claims/{id}/review', 'POST', `/api/claims/${c.id}/review`, {
      status: 'accepted',
    }),
    send('post /api/claims/{id}/retract', 'POST', `/api/claims/${c.id}/retract`, {}),
    {
      // The record's own bundle, brought back in: it merges, recording nothing new.
      route: 'post /api/import',
      answer: async () =>
        http.send('POST', '/api/import?format=bundle', {
          raw: (await http.get(`/api/export?format=bundle&agreement=${AGREEMENT}`)).text,
          contentType: 'application/x-ndjson',
        }),
    },
    send('post /api/session/logout', 'POST', '/api/session/logout'),
    // A problem answer must match the documented problem document too.
    get('get /api/claims/{id}', '/api/claims/clm_0000000000'),
  ];
}

describe('every route', () => {
  test('answers as /openapi.json says it does, on the examples', async () => {
    const made = await calls();
    const documented = Object.entries(spec.paths as Record<string, object>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(
      documented.filter((r) => !r.startsWith('head ') && !made.some((m) => m.route === r)),
      'a route this test does not call',
    ).toEqual([]);

    const failures: string[] = [];
    for (const { route, answer } of made) {
      const [method, path] = route.split(' ') as [string, string];
      const { status, type, json, text } = await answer();
      const responses = spec.paths[path][method].responses as Record<string, { content?: object }>;
      const documentedTypes = Object.keys(responses[String(status)]?.content ?? {});
      // A documented "no content" answer has no body to check.
      if (status === 204 && String(status) in responses && text === '') continue;
      if (!documentedTypes.includes(type)) {
        failures.push(`${route}: ${status} ${type} is not documented (${text.slice(0, 200)})`);
        continue;
      }
      const validate = ajv.getSchema(
        `openapi.json#/${pointer('paths', path, method, 'responses', String(status), 'content', type, 'schema')}`,
      )!;
      const body = json ?? text;
      if (!validate(body))
        failures.push(
          `${route} ${status}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
        );
    }
    expect(failures).toEqual([]);
    // Every route in turn, on a store of every example: a minute under load is not a hang.
  }, 120_000);
});
