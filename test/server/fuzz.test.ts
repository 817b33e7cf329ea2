import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Claim } from '../../src/core/evidence/claim.js';
import type { Document } from '../../src/core/evidence/document.js';
import { claimAdded, documentAdded, makeClaim, makeDocument } from '../support/builders.js';
import { startTestPostgres } from '../support/postgres.js';
import type { TestPostgres } from '../support/postgres.js';
import { http } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { postgresTestStore, sqliteTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const REPORT = 'Hamas released 13 Israeli hostages on Friday evening, Qatar said.';

/** Requests per database: a few thousand malformed requests in all. */
const RUNS = 1500;

let postgres: TestPostgres | undefined;
afterAll(async () => {
  await postgres?.stop();
});

/** Field names the routes know, so mutated bodies reach the validators' deeper branches. */
const FIELDS = [
  'published',
  'timeZone',
  'agreement',
  'publisher',
  'title',
  'url',
  'name',
  'kind',
  'aliases',
  'affiliation',
  'status',
  'note',
  'changes',
  'text',
  'format',
  'type',
  'when',
  'where',
  'actors',
  'quantities',
  'categories',
  'modality',
  'attribution',
  'span',
];

/** Text that counterexamples print shortened, so a failure report stays readable. */
const shown = (text: string) => ({
  text,
  [fc.toStringMethod]: () =>
    text.length > 200
      ? `<${text.length} chars: ${JSON.stringify(text.slice(0, 60))}…>`
      : JSON.stringify(text),
});

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '💥',
    '<script>alert(1)</script>',
    "'; drop table claims; --",
    '../../etc/passwd',
    '%',
    '%zz',
    '%00',
    '%E0%A4%A',
    'clm_',
    'doc_0000000000',
    'clm_0000000000',
    '9'.repeat(400),
    'NaN',
    '-1',
    '1e309',
    'true',
    'null',
  ),
  fc.nat({ max: 4 }).map((n) => 'x'.repeat(10 ** n * 7)),
);

/** Percent-encodes any string; a lone surrogate, which has no UTF-8, becomes an invalid byte run. */
const percentEncoded = (text: string) =>
  text
    .split(/(\p{Cs})/u)
    .map((part, i) => (i % 2 === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');

const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  oddString,
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -0, 1e308),
);

/** An object with known and unknown keys holding values of any type. */
const mutatedObject = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), jsonish, {
  maxKeys: 5,
});

interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: ReturnType<typeof shown>;
  readonly contentType: string | undefined;
}

const described = (r: FuzzRequest) => ({
  ...r,
  [fc.toStringMethod]: () =>
    `${r.method} ${shown(r.path + r.query)[fc.toStringMethod]()} Content-Type: ${r.contentType ?? '(none)'} body: ${r.body[fc.toStringMethod]()}`,
});

/** Well-formed JSON to the right route, with odd values where strings go: reaches the app and the store. */
function aimedRequest(claimId: string, retractableId: string): fc.Arbitrary<FuzzRequest> {
  const route = (method: string, path: string) => (body: unknown) => ({
    method,
    path,
    query: '',
    body: shown(JSON.stringify(body)),
    contentType: 'application/json',
  });
  return fc.oneof(
    fc
      .record({
        name: oddString,
        kind: fc.constantFrom('outlet', 'party', 'anonymous'),
        aliases: fc.array(oddString, { maxLength: 2 }),
      })
      .map(route('POST', '/api/sources')),
    fc
      .record({ status: fc.constantFrom('accepted', 'rejected'), note: oddString })
      .map(route('POST', `/api/claims/${claimId}/review`)),
    fc
      .record({
        changes: fc.record(
          {
            text: oddString,
            categories: fc.array(oddString, { maxLength: 2 }),
            actors: fc.array(
              fc.record({ name: oddString, role: fc.constantFrom('agent', 'target') }),
              { maxLength: 2 },
            ),
          },
          { requiredKeys: [] },
        ),
        note: oddString,
      })
      .map(route('PATCH', `/api/claims/${claimId}`)),
    fc.record({ note: oddString }).map(route('POST', `/api/claims/${retractableId}/retract`)),
    fc
      .record(
        {
          text: fc.oneof(oddString, fc.constant(REPORT)),
          format: fc.constantFrom('text', 'html'),
          published: fc.oneof(oddString, fc.constant('2023-11-25T09:00:00+02:00')),
          timeZone: fc.oneof(oddString, fc.constant('Asia/Jerusalem')),
          publisher: oddString,
        },
        { requiredKeys: ['text'] },
      )
      .chain((body) =>
        fc.constantFrom('/api/extract', '/api/documents').map((path) => route('POST', path)(body)),
      ),
    fc
      .record({ text: fc.oneof(oddString, fc.constant('id: x\nversion: 1\n')) })
      .chain((body) =>
        fc
          .constantFrom('/api/agreements', '/api/agreements/validate')
          .map((path) => route('POST', path)(body)),
      ),
  );
}

/** Anything at all: methods, paths, queries, bodies and content types mixed at random. */
function scatteredRequest(documentId: string, claimId: string): fc.Arbitrary<FuzzRequest> {
  const id = fc.oneof(
    fc.constantFrom(documentId, claimId, 'src_0000000000', 'clm_0000000000', 'doc_0000000000'),
    oddString.map(percentEncoded),
    oddString,
  );
  const path = fc.oneof(
    fc.constantFrom(
      '/api/health',
      '/api/sources',
      '/api/documents',
      '/api/claims',
      '/api/export',
      '/api/verify',
      '/api/extract',
      '/api/agreements',
      '/api/agreements/validate',
      '/api/events',
      '/openapi.json',
      '/api',
      '/api/',
      '//api//claims',
      '/api/claims/',
    ),
    id.map((x) => `/api/documents/${x}`),
    id.map((x) => `/api/claims/${x}`),
    id.map((x) => `/api/claims/${x}/review`),
    id.map((x) => `/api/claims/${x}/retract`),
    id.map((x) => `/api/agreements/${x}`),
    id.map((x) => `/api/agreements/${x}/evaluation`),
    fc.array(oddString.map(percentEncoded), { maxLength: 3 }).map((s) => `/api/${s.join('/')}`),
  );
  const query = fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('limit', 'cursor', 'document', 'type', 'status', 'asOf', 'format'),
          fc.string(),
        ),
        fc.oneof(oddString, fc.constantFrom('10', '0', '1001', 'csv', 'json', 'accepted')),
      ),
      { maxLength: 4 },
    )
    .map((pairs) =>
      pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString().replace(/%25/g, '%')}`,
    );
  const body = fc
    .oneof(
      mutatedObject.map((o) => JSON.stringify(o)),
      fc.record({ changes: mutatedObject, note: jsonish }).map((o) => JSON.stringify(o)),
      jsonish.map((v) => JSON.stringify(v) ?? 'undefined'),
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '{',
        '[',
        '{"a":',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{}}}',
      ),
      fc
        .constantFrom(1, 100, 10_000, 30_000)
        .map((n) => `${'['.repeat(n)}"\\u0000"${']'.repeat(n)}`),
      fc.constantFrom(1, 100, 10_000).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
      fc.constant(`{"name":"${'x'.repeat(6 * 1024 * 1024)}"}`),
    )
    .map(shown);
  const contentType = fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=latin1',
    'application/problem+json',
    'text/plain',
    'text/html',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '*/*',
    'nonsense',
  );
  return fc.record({
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'),
    path,
    query,
    body,
    contentType,
  });
}

describe.each(['sqlite', 'postgres'] as const)(
  'malformed requests to the API over %s',
  (dialect) => {
    let testStore: TestStore;
    let api: RunningApi;
    let document: Document;
    let claim: Claim;
    let retractable: Claim;

    beforeAll(async () => {
      testStore =
        dialect === 'sqlite'
          ? await sqliteTestStore()
          : await postgresTestStore((postgres ??= await startTestPostgres()));
      document = makeDocument();
      claim = makeClaim(document.id);
      retractable = makeClaim(document.id);
      await testStore.store.append(
        [documentAdded(document), claimAdded(claim), claimAdded(retractable)],
        'seed',
      );
      api = await startApi(testStore.store);
    });

    afterAll(async () => {
      await api?.close();
      await testStore?.dispose();
    });

    test('never get a 5xx, and every error is a problem document', async () => {
      const requests = fc
        .oneof(scatteredRequest(document.id, claim.id), aimedRequest(claim.id, retractable.id))
        .map(described);
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
          const answer = await http(api.base, request.method, `${request.path}${request.query}`, {
            ...(hasBody ? { raw: request.body.text } : {}),
            ...(request.contentType === undefined ? {} : { contentType: request.contentType }),
          });
          const said = answer.text.slice(0, 500);
          expect(answer.status, said).toBeLessThan(500);
          if (answer.status >= 400 && request.method !== 'HEAD') {
            expect(answer.type, said).toBe('application/problem+json');
            expect(answer.json.status).toBe(answer.status);
            expect(answer.json.detail).toEqual(expect.any(String));
          }
        }),
        { numRuns: RUNS },
      );
      // The record the requests wrote to is still intact.
      expect((await testStore.store.verify()).ok).toBe(true);
    }, 240_000);
  },
);
