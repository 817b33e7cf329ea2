import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AgreementEvaluations } from '../../src/app/agreement-evaluations.js';
import type { Store } from '../../src/app/store-contract.js';
import { EvaluationGrid } from '../../src/core/evaluation/evaluation.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import type { Document } from '../../src/core/evidence/document.js';
import type { DocumentId } from '../../src/core/ids.js';
import {
  T0,
  claimAdded,
  claimRetracted,
  documentAdded,
  makeClaim,
  makeDocument,
} from '../support/builders.js';
import type { ClaimOverrides } from '../support/builders.js';
import { client } from './http-client.js';
import type { Client, HttpAnswer } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { bothBackends } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const EXAMPLE_AGREEMENT = readFile(
  new URL('../../examples/agreements/gaza-pause-2023-11.yaml', import.meta.url),
  'utf8',
);

const REPORT =
  'Hamas released 13 Israeli hostages on Friday evening, Qatar foreign ministry spokesman Majed al-Ansari said.';

const hoursAfterT0 = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

/** The answer is an RFC 9457 problem with this status whose detail mentions `mention`. */
function expectProblem(answer: HttpAnswer, status: number, mention?: string | RegExp): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.type).toBe('application/problem+json');
  expect(answer.json).toMatchObject({ type: 'about:blank', status });
  expect(typeof answer.json.title).toBe('string');
  expect(typeof answer.json.detail).toBe('string');
  if (mention !== undefined) expect(answer.json.detail).toMatch(mention);
}

describe.each(bothBackends())('the HTTP API over %s', (dialect, open) => {
  let testStore: TestStore;
  let store: Store;
  let api: RunningApi;
  let http: Client;

  beforeAll(async () => {
    testStore = await open();
    store = testStore.store;
    api = await startApi(store);
    http = client(api.base);
  });

  afterAll(async () => {
    await api?.close();
    await testStore?.dispose();
  });

  async function seedDocument(overrides: Partial<Document> = {}): Promise<Document> {
    const document = makeDocument(overrides);
    await store.append([documentAdded(document)], 'seed');
    return document;
  }

  async function seedClaims(
    document: DocumentId,
    count: number,
    overrides: (i: number) => ClaimOverrides = () => ({}),
  ): Promise<Claim[]> {
    const claims = Array.from({ length: count }, (_, i) => makeClaim(document, overrides(i)));
    await store.append(claims.map(claimAdded), 'seed');
    return claims;
  }

  describe('health, headers and errors', () => {
    test('health names the database dialect', async () => {
      const answer = await http.get('/api/health');
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ ok: true, dialect });
    });

    test('every answer forbids sniffing and, being data, may load nothing', async () => {
      for (const answer of [await http.get('/api/health'), await http.get('/api/nowhere')]) {
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      }
    });

    test('an unknown route is a 404 problem naming it', async () => {
      expectProblem(await http.get('/api/nowhere'), 404, 'GET /api/nowhere');
    });

    test('a method a route does not have is a 404 problem', async () => {
      expectProblem(await http.send('DELETE', '/api/sources'), 404, 'DELETE /api/sources');
    });

    test('a body that is not JSON is a 400 problem', async () => {
      const answer = await http.send('POST', '/api/sources', {
        raw: '{"name": "Reuters",',
        contentType: 'application/json',
      });
      expectProblem(answer, 400, 'not valid JSON');
    });

    test('a body that is not JSON at all is a 415 problem', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'text/html']) {
        const answer = await http.send('POST', '/api/sources', { raw: 'name=x', contentType });
        expectProblem(answer, 415, 'application/json');
      }
    });

    test('a body over the route limit is a 413 problem', async () => {
      const answer = await http.post('/api/sources', { name: 'x'.repeat(70_000), kind: 'outlet' });
      expectProblem(answer, 413, /larger than the \d+ bytes/);
    });

    test('text with a NUL or an unpaired surrogate is a 400 naming where it is', async () => {
      const nul = await http.post('/api/sources', { name: 'Al\u0000Jazeera', kind: 'outlet' });
      expectProblem(nul, 400, 'body.name: contains a NUL');
      const surrogate = await http.post('/api/sources', {
        name: 'Al Jazeera',
        kind: 'outlet',
        aliases: ['ok', 'AJ\ud800'],
      });
      expectProblem(surrogate, 400, 'body.aliases.1');
      expect((await store.verify()).ok).toBe(true);
    });

    test('a query parameter a route does not take is refused by name, not ignored', async () => {
      expectProblem(await http.get('/api/health?verbose=1'), 400, '"verbose"');
      expectProblem(await http.get('/api/sources?asOf=2023-11-24T05:00:00Z'), 400, '"asOf"');
    });

    test('a URL too large to parse is a 431 problem', async () => {
      expectProblem(await http.get(`/api/claims?cursor=${'x'.repeat(70_000)}`), 431, 'too large');
    });

    test('a URL that is not validly percent-encoded is a 400 problem', async () => {
      expectProblem(await http.get('/api/claims/%E0%A4%A'), 400, 'percent-encoded');
    });
  });

  describe('sources', () => {
    test('a source added is listed', async () => {
      const answer = await http.post('/api/sources', {
        name: 'Qatar Foreign Ministry',
        kind: 'mediator',
        aliases: ['Qatari MFA'],
        affiliation: { kind: 'mediator' },
      });
      expect(answer.status).toBe(201);
      expect(answer.json).toMatchObject({
        name: 'Qatar Foreign Ministry',
        aliases: ['Qatari MFA'],
      });
      expect(answer.json.id).toMatch(/^src_/);
      const list = await http.get('/api/sources');
      expect(list.json.items).toContainEqual(answer.json);
    });

    test('a source without a kind is refused with a detail naming the field', async () => {
      const answer = await http.post('/api/sources', { name: 'Al Jazeera' });
      expectProblem(answer, 400, 'body.kind');
      expect(answer.json.errors).toContainEqual(
        expect.objectContaining({ in: 'body', field: 'kind' }),
      );
    });

    test('an unknown member is refused by name, not silently dropped', async () => {
      const answer = await http.post('/api/sources', {
        name: 'AP',
        kind: 'news_agency',
        alias: 'x',
      });
      expectProblem(answer, 400, '"alias"');
    });

    test('a name another source already has is a 409 problem', async () => {
      expect(
        (await http.post('/api/sources', { name: 'Reuters', kind: 'news_agency' })).status,
      ).toBe(201);
      const answer = await http.post('/api/sources', { name: 'reuters', kind: 'outlet' });
      expectProblem(answer, 409, 'already names source');
    });
  });

  describe('documents', () => {
    const hostile =
      '<script>alert("x")</script><img src=x onerror="alert(1)"> Hostages were released on Friday.';

    test('the list leaves the texts out', async () => {
      const document = await seedDocument({ title: 'A statement', rawText: `${hostile} 1` });
      const answer = await http.get('/api/documents');
      expect(answer.status).toBe(200);
      const listed = answer.json.items.find((d: { id: string }) => d.id === document.id);
      expect(listed).toMatchObject({ id: document.id, title: 'A statement' });
      expect(listed).not.toHaveProperty('rawText');
      expect(listed).not.toHaveProperty('cleanText');
    });

    test('a document comes with its texts and claims', async () => {
      const document = await seedDocument({ cleanText: 'clean', removed: ['Advertisement'] });
      const claims = await seedClaims(document.id, 3);
      const answer = await http.get(`/api/documents/${document.id}`);
      expect(answer.status).toBe(200);
      expect(answer.json.document).toMatchObject({
        id: document.id,
        rawText: document.rawText,
        cleanText: 'clean',
        removed: ['Advertisement'],
      });
      expect(answer.json.claims.map((c: Claim) => c.id).sort()).toEqual(
        claims.map((c) => c.id).sort(),
      );
    });

    test("a summary is credited as written for the examples, never as the outlet's text", async () => {
      const summary = await seedDocument({
        kind: 'summary',
        publisher: 'Example Wire',
        url: null,
        derivedFrom: 'https://example.org/report',
      });
      const answer = await http.get(`/api/documents/${summary.id}`);
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.document.credit).toEqual({
        summary: true,
        by: 'summary written for the examples',
        from: 'Example Wire',
        link: 'https://example.org/report',
        line: 'Summary written for the examples, from a report by Example Wire',
      });
      const listed = (await http.get('/api/documents')).json.items.find(
        (d: { id: string }) => d.id === summary.id,
      );
      expect(listed.credit.by).toBe('summary written for the examples');
    });

    test('a report is credited to its publisher, with its own address', async () => {
      const report = await seedDocument({
        publisher: 'Example Wire',
        url: 'https://example.org/a',
      });
      const { credit } = (await http.get(`/api/documents/${report.id}`)).json.document;
      expect(credit).toMatchObject({
        summary: false,
        by: 'Example Wire',
        link: 'https://example.org/a',
      });
    });

    test("asOf keeps only the document's claims known by then", async () => {
      const document = await seedDocument();
      const claims = await seedClaims(document.id, 3, (i) => ({ knownAt: hoursAfterT0(i) }));
      const asOf = encodeURIComponent(hoursAfterT0(1));
      const answer = await http.get(`/api/documents/${document.id}?asOf=${asOf}`);
      expect(answer.json.claims.map((c: Claim) => c.id).sort()).toEqual(
        claims
          .slice(0, 2)
          .map((c) => c.id)
          .sort(),
      );
    });

    test('markup in a document comes back only as a JSON string, even to a browser', async () => {
      const document = await seedDocument({ rawText: hostile, cleanText: hostile });
      const answer = await http.get(`/api/documents/${document.id}`, {
        headers: { accept: 'text/html' },
      });
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/json');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(answer.text.startsWith('{')).toBe(true);
      expect(answer.json.document.rawText).toBe(hostile);
      expect(answer.json.document.cleanText).toBe(hostile);
    });

    test('a malformed id is a 400 naming it; a well-formed unknown one is a 404', async () => {
      expectProblem(await http.get('/api/documents/doc_!'), 400, 'params.id');
      expectProblem(await http.get('/api/documents/doc_0000000000'), 404, 'doc_0000000000');
    });
  });

  describe('claims', () => {
    let first: Document;
    let second: Document;
    let firstClaims: Claim[];
    let secondClaims: Claim[];

    beforeAll(async () => {
      first = await seedDocument();
      second = await seedDocument();
      firstClaims = await seedClaims(first.id, 12, (i) => ({
        status: i % 3 === 0 ? 'accepted' : 'suggested',
        content: { type: i % 2 === 0 ? 'release' : 'airstrike' },
      }));
      secondClaims = await seedClaims(second.id, 13, (i) => ({ knownAt: hoursAfterT0(i) }));
    });

    const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

    async function allPages(query: string, limit: number): Promise<Claim[][]> {
      const pages: Claim[][] = [];
      let cursor: string | null = null;
      do {
        const answer: HttpAnswer = await http.get(
          `/api/claims?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(answer.status, answer.text).toBe(200);
        pages.push(answer.json.items);
        cursor = answer.json.nextCursor;
      } while (cursor !== null && pages.length < 100);
      return pages;
    }

    test('pages follow the cursor through every claim once, in id order', async () => {
      const pages = await allPages(`document=${first.id}`, 5);
      expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
      expect(pages.flat().map((c) => c.id)).toEqual(ids(firstClaims).sort());
    });

    test('a last page that is exactly full has no cursor after it', async () => {
      const pages = await allPages(`document=${first.id}`, 6);
      expect(pages.map((p) => p.length)).toEqual([6, 6]);
    });

    test('filters by document, type and status', async () => {
      const releases = await http.get(`/api/claims?document=${first.id}&type=release`);
      expect(releases.json.items.map((c: Claim) => c.id).sort()).toEqual(
        ids(firstClaims.filter((c) => c.content.type === 'release')).sort(),
      );
      const accepted = await http.get(`/api/claims?document=${first.id}&status=accepted`);
      expect(accepted.json.items.map((c: Claim) => c.id).sort()).toEqual(
        ids(firstClaims.filter((c) => c.status === 'accepted')).sort(),
      );
    });

    test('asOf keeps only the claims known by then, across pages', async () => {
      const asOf = encodeURIComponent(hoursAfterT0(5));
      const pages = await allPages(`document=${second.id}&asOf=${asOf}`, 4);
      expect(
        pages
          .flat()
          .map((c) => c.id)
          .sort(),
      ).toEqual(ids(secondClaims.slice(0, 6)).sort());
    });

    test('bad query parameters are 400 problems naming them', async () => {
      expectProblem(await http.get('/api/claims?limit=0'), 400, 'query.limit');
      expectProblem(await http.get('/api/claims?limit=many'), 400, 'query.limit');
      expectProblem(await http.get('/api/claims?limit=1001'), 400, 'query.limit');
      expectProblem(await http.get('/api/claims?cursor=nope'), 400, 'query.cursor');
      expectProblem(await http.get('/api/claims?type=picnic'), 400, 'query.type');
      expectProblem(await http.get('/api/claims?asOf=yesterday'), 400, 'query.asOf');
      expectProblem(await http.get('/api/claims?colour=red'), 400, '"colour"');
    });

    test('one claim, by id', async () => {
      const claim = firstClaims[0]!;
      const answer = await http.get(`/api/claims/${claim.id}`);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual(JSON.parse(JSON.stringify(claim)));
    });

    test('review accepts or rejects a claim, with a note', async () => {
      const claim = firstClaims[1]!;
      const accepted = await http.post(`/api/claims/${claim.id}/review`, {
        status: 'accepted',
        note: 'matches the ICRC list',
      });
      expect(accepted.status).toBe(200);
      expect(accepted.json).toMatchObject({
        status: 'accepted',
        reviewNote: 'matches the ICRC list',
      });
      const rejected = await http.post(`/api/claims/${claim.id}/review`, { status: 'rejected' });
      expect(rejected.json).toMatchObject({ status: 'rejected', reviewNote: null });
    });

    test('a review must say accepted or rejected', async () => {
      const answer = await http.post(`/api/claims/${firstClaims[1]!.id}/review`, {
        status: 'retracted',
      });
      expectProblem(answer, 400, 'body.status');
    });

    test('an edit replaces only the fields it names, as a new revision', async () => {
      const claim = firstClaims[2]!;
      const answer = await http.patch(`/api/claims/${claim.id}`, {
        changes: { modality: 'denied', categories: ['women', 'children'] },
        note: 'the article says it was denied',
      });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.revision).toBe(2);
      expect(answer.json.content).toEqual({
        ...JSON.parse(JSON.stringify(claim.content)),
        modality: 'denied',
        categories: ['women', 'children'],
      });
    });

    test('an edit with nothing to change, or an invalid change, is a 400 naming it', async () => {
      const path = `/api/claims/${firstClaims[3]!.id}`;
      expectProblem(await http.patch(path, { changes: {} }), 400, 'at least one field');
      expectProblem(await http.patch(path, { changes: { type: 'picnic' } }), 400, 'changes.type');
      expectProblem(
        await http.patch(path, { changes: { colour: 'red' } }),
        400,
        /body\.changes.*"colour"/,
      );
      const backwards = {
        when: { earliest: hoursAfterT0(2), latest: hoursAfterT0(1), precision: 'hour' },
      };
      expectProblem(await http.patch(path, { changes: backwards }), 400, 'changes.when.latest');
    });

    test("an edit's quote must be its document's words: placed when they occur once, else a 400", async () => {
      const document = await seedDocument({
        rawText: 'Qatar says the pause is extended. Hamas confirms it.',
      });
      const [claim] = await seedClaims(document.id, 1);
      const path = `/api/claims/${claim!.id}`;
      expectProblem(
        await http.patch(path, { changes: { text: 'Hamas agrees to an extension.' } }),
        400,
        `claim ${claim!.id}: the claim's text "Hamas agrees to an extension." is not in its document`,
      );
      expectProblem(
        await http.patch(path, { changes: { text: 'Hamas confirms it.', span: [0, 18] } }),
        400,
        /is not its document's text at span \[0, 18\], which reads "Qatar says the pau"/,
      );
      const placed = await http.patch(path, { changes: { text: 'Hamas confirms it.' } });
      expect(placed.status, placed.text).toBe(200);
      expect(placed.json.content).toMatchObject({ text: 'Hamas confirms it.', span: [34, 52] });
      const none = await http.patch(path, { changes: { text: '' } });
      expect(none.json.content).toMatchObject({ text: '', span: null });
    });

    test('a retracted claim stays on record and can be neither retracted again nor reviewed', async () => {
      const claim = firstClaims[4]!;
      const retracted = await http.post(`/api/claims/${claim.id}/retract`, { note: 'wrong day' });
      expect(retracted.json).toMatchObject({ status: 'retracted', reviewNote: 'wrong day' });
      expectProblem(await http.post(`/api/claims/${claim.id}/retract`, {}), 409, 'retracted again');
      expectProblem(
        await http.post(`/api/claims/${claim.id}/review`, { status: 'accepted' }),
        409,
        'retracted',
      );
      expectProblem(
        await http.patch(`/api/claims/${claim.id}`, { changes: { modality: 'alleged' } }),
        409,
        'retracted',
      );
      expect((await http.get(`/api/claims/${claim.id}`)).json.status).toBe('retracted');
    });

    test('retract needs no body', async () => {
      const claim = firstClaims[5]!;
      const answer = await http.send('POST', `/api/claims/${claim.id}/retract`);
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.status).toBe('retracted');
    });

    test('an unknown claim is a 404 on every claim route', async () => {
      const path = '/api/claims/clm_0000000000';
      expectProblem(await http.get(path), 404, 'clm_0000000000');
      expectProblem(await http.post(`${path}/review`, { status: 'accepted' }), 404);
      expectProblem(await http.patch(path, { changes: { modality: 'alleged' } }), 404);
      expectProblem(await http.post(`${path}/retract`, {}), 404);
    });
  });

  describe('reports: reading and recording', () => {
    const published = '2023-11-25T09:00:00+02:00';

    test('extraction reads claims out of a report and records nothing', async () => {
      const before = await store.entryCount();
      const answer = await http.post('/api/extract', { text: REPORT, published });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.document.cleanText).toContain('Hamas released 13');
      expect(answer.json.claims.length).toBeGreaterThan(0);
      expect(answer.json.claims[0]).toMatchObject({ type: 'release', rule: expect.any(String) });
      expect(await store.entryCount()).toBe(before);
    });

    test('an upload records the report and its claims as suggestions, once', async () => {
      const text = `${REPORT} (upload test)`;
      const added = await http.post('/api/documents', { text, published, publisher: 'Wire' });
      expect(added.status, added.text).toBe(201);
      expect(added.json.outcome).toBe('added');
      expect(added.json.document).toMatchObject({ rawText: text, publisher: 'Wire' });
      expect(added.json.claims.length).toBeGreaterThan(0);
      for (const claim of added.json.claims) {
        expect(claim).toMatchObject({ status: 'suggested', document: added.json.document.id });
      }
      const again = await http.post('/api/documents', { text });
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({
        outcome: 'known',
        document: { id: added.json.document.id },
      });
    });

    test('uploaded markup is kept as text and comes back only as a JSON string', async () => {
      const html =
        '<html><body><p>Hamas released 13 hostages on Friday.</p><script>alert(1)</script></body></html>';
      const added = await http.post('/api/documents', { text: html, format: 'html' });
      expect(added.status, added.text).toBe(201);
      const answer = await http.get(`/api/documents/${added.json.document.id}`, {
        headers: { accept: 'text/html' },
      });
      expect(answer.type).toBe('application/json');
      expect(answer.json.document.rawText).toBe(html);
      expect(answer.json.document.cleanText).not.toContain('<script>');
    });

    test('a report may be larger than other bodies, up to its own limit', async () => {
      const long = `${REPORT} ${'Talks went on. '.repeat(10_000)}`;
      expect((await http.post('/api/extract', { text: long })).status).toBe(200);
      const huge = 'x'.repeat(6 * 1024 * 1024);
      expectProblem(await http.post('/api/documents', { text: huge }), 413);
    });

    test('a bad time zone, an empty text or an unknown agreement is refused by name', async () => {
      expectProblem(
        await http.post('/api/extract', { text: REPORT, timeZone: 'Mars/Olympus' }),
        400,
        'body.timeZone',
      );
      expectProblem(await http.post('/api/documents', { text: '' }), 400, 'body.text');
      expectProblem(
        await http.post('/api/documents', { text: REPORT, agreement: 'no-such-pause' }),
        404,
        'no-such-pause',
      );
    });
  });

  describe('agreements and events', () => {
    let text: string;

    beforeAll(async () => {
      text = await EXAMPLE_AGREEMENT;
      expect((await http.post('/api/agreements', { text })).status).toBe(201);
    });

    test('validation lists problems with their lines, and passes a sound file', async () => {
      expect((await http.post('/api/agreements/validate', { text })).json).toEqual({
        ok: true,
        problems: [],
      });
      const broken = await http.post('/api/agreements/validate', {
        text: 'id: x\nversion: one\n',
      });
      expect(broken.status).toBe(200);
      expect(broken.json.ok).toBe(false);
      expect(broken.json.problems[0]).toMatchObject({ line: expect.any(Number) });
    });

    test('an amendment is checked against the recorded version it amends, and recorded as the next', async () => {
      const nk = (path: string) =>
        readFile(new URL(`../../examples/${path}`, import.meta.url), 'utf8');
      const amendment = await nk('amendments/nagorno-karabakh-2020-11.v2.yaml');
      const early = await http.post('/api/agreements/validate', { text: amendment });
      expect(early.json.ok).toBe(false);
      expect(early.json.problems[0].message).toMatch(/amends version 1 .* not recorded/);
      const base = { text: await nk('agreements/nagorno-karabakh-2020-11.yaml') };
      expect((await http.post('/api/agreements', base)).status).toBe(201);
      const checked = await http.post('/api/agreements/validate', { text: amendment });
      expect(checked.json).toEqual({ ok: true, problems: [] });
      const added = await http.post('/api/agreements', { text: amendment });
      expect(added.status).toBe(201);
      expect(added.json).toMatchObject({
        agreement: { id: 'nagorno-karabakh-2020-11', version: 2 },
      });
    });

    test('the same agreement again is recognised; other terms under its version conflict', async () => {
      const again = await http.post('/api/agreements', { text });
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({
        outcome: 'known',
        agreement: { id: 'gaza-pause-2023-11', version: 1 },
      });
      const changed = text.replace(/^title: .*$/m, 'title: Something else');
      expectProblem(await http.post('/api/agreements', { text: changed }), 409, 'version 2');
    });

    test('an invalid agreement is a 400 saying where', async () => {
      expectProblem(await http.post('/api/agreements', { text: 'id: x\n' }), 400, /line \d+/);
    });

    test('agreements are listed at their latest version, without their text', async () => {
      const answer = await http.get('/api/agreements');
      const listed = answer.json.items.find((a: { id: string }) => a.id === 'gaza-pause-2023-11');
      expect(listed).toMatchObject({ version: 1, title: expect.any(String) });
      expect(listed).not.toHaveProperty('text');
    });

    test('an agreement comes with its zone, parties and mediators', async () => {
      const answer = await http.get('/api/agreements/gaza-pause-2023-11');
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ id: 'gaza-pause-2023-11', version: 1, text });
      expect(answer.json.timezone).toBe('Asia/Jerusalem');
      expect(answer.json.parties.map((p: { id: string }) => p.id)).toEqual(['israel', 'hamas']);
      expect(answer.json.mediators.map((m: { id: string }) => m.id)).toContain('qatar');
      const versions = await http.get('/api/agreements/gaza-pause-2023-11/versions');
      expect(versions.json.items).toHaveLength(1);
    });

    test('an unknown agreement or version is a 404; a malformed id a 400', async () => {
      expectProblem(await http.get('/api/agreements/gaza-pause-2023-11?version=2'), 404);
      expectProblem(await http.get('/api/agreements/no-such-pause'), 404, 'no-such-pause');
      expectProblem(await http.get('/api/agreements/no-such-pause/versions'), 404);
      expectProblem(await http.get('/api/agreements/no-such-pause/evaluation'), 404);
      expectProblem(await http.get('/api/agreements/Not_An_Id'), 400, 'params.id');
    });

    test('the evaluation gives verdicts period by period, as of the moment asked', async () => {
      const asOf = '2023-11-26T12:00:00Z';
      const answer = await http.get(
        `/api/agreements/gaza-pause-2023-11/evaluation?asOf=${encodeURIComponent(asOf)}`,
      );
      expect(answer.status, answer.text.slice(0, 300)).toBe(200);
      expect(answer.json).toMatchObject({ agreement: 'gaza-pause-2023-11', version: 1 });
      expect(Date.parse(answer.json.asOf)).toBe(Date.parse(asOf));
      expect(answer.json.periods.length).toBeGreaterThan(0);
      expectProblem(
        await http.get('/api/agreements/gaza-pause-2023-11/evaluation?asOf=soon'),
        400,
        'query.asOf',
      );
    });

    test('a client holding the evaluation is told it still stands, until the ledger or the moment moves', async () => {
      const path = (asOf: string) =>
        `/api/agreements/gaza-pause-2023-11/evaluation?asOf=${encodeURIComponent(asOf)}`;
      const first = await http.get(path('2023-11-27T12:00:00Z'));
      expect(first.status).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const again = await http.get(path('2023-11-27T12:00:00Z'), {
        headers: { 'if-none-match': tag! },
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
      // Another moment is another answer, sent whole.
      const later = await http.get(path('2023-11-28T12:00:00Z'), {
        headers: { 'if-none-match': tag! },
      });
      expect(later.status).toBe(200);
      expect(later.headers.get('etag')).not.toBe(tag);
      // So is the same moment once the ledger has moved.
      await seedDocument();
      const moved = await http.get(path('2023-11-27T12:00:00Z'), {
        headers: { 'if-none-match': tag! },
      });
      expect(moved.status).toBe(200);
      expect(moved.json).toMatchObject({ agreement: 'gaza-pause-2023-11' });
      expect(moved.headers.get('etag')).not.toBe(tag);
    });

    test('a repeated or neighbouring evaluation is sent the bytes and tag a fresh server sends', async () => {
      const document = await seedDocument();
      await seedClaims(document.id, 4, (i) => ({
        status: 'accepted',
        knownAt: hoursAfterT0(2 + i),
        content: {
          actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' as never }],
          when: {
            earliest: hoursAfterT0(1),
            latest: hoursAfterT0(1),
            label: '',
            precision: 'exact',
          },
          quantities: [{ unit: 'hostages', min: 10 + i, max: 10 + i, qualifier: 'exact' }],
          attribution: [{ name: `Agency ${i}`, kind: 'news_agency', source: null }],
        },
      }));
      const moments = [hoursAfterT0(24 * 8), hoursAfterT0(24 * 8 + 1)];
      const path = (asOf: string) =>
        `/api/agreements/gaza-pause-2023-11/evaluation?asOf=${encodeURIComponent(asOf)}`;
      const fresh = await startApi(store);
      try {
        const freshHttp = client(fresh.base);
        for (const asOf of moments) {
          // Made, then sent again from the bytes kept, on the server that has run all along.
          const [made, repeated] = [await http.get(path(asOf)), await http.get(path(asOf))];
          const expected = await freshHttp.get(path(asOf));
          for (const answer of [made, repeated]) {
            expect(answer.status).toBe(200);
            expect(answer.text).toBe(expected.text);
            expect(answer.headers.get('etag')).toBe(expected.headers.get('etag'));
            expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
          }
          // The bytes pass by the response check: they are the grid, serialised as before.
          expect(EvaluationGrid.safeParse(made.json).success).toBe(true);
          const grid = await new AgreementEvaluations(store).grid('gaza-pause-2023-11' as never, {
            asOf,
          });
          expect(made.text).toBe(JSON.stringify(grid));
          expect(grid.periods.length).toBeGreaterThan(0);
        }
      } finally {
        await fresh.close();
      }
    });

    test('an append changes the evaluation exactly as a fresh server would give it', async () => {
      const path = `/api/agreements/gaza-pause-2023-11/evaluation?asOf=${encodeURIComponent(hoursAfterT0(24 * 9))}`;
      const cell = path.replace('/evaluation?', '/evaluation/cells/hamas-releases/2?');
      const before = await http.get(path);
      expect(before.status).toBe(200);
      await http.get(cell);
      // Releases by Hamas on the pause's second day, accepted, then one withdrawn, one revised.
      const document = await seedDocument();
      const hamas = { name: 'Hamas', role: 'agent' as const, party: 'hamas' as never };
      const claims = await seedClaims(document.id, 3, (i) => ({
        status: 'accepted',
        knownAt: hoursAfterT0(30 + i),
        content: {
          actors: [hamas],
          when: {
            earliest: hoursAfterT0(26),
            latest: hoursAfterT0(26),
            label: '',
            precision: 'exact',
          },
          quantities: [{ unit: 'hostages', min: 10 + i, max: 10 + i, qualifier: 'exact' }],
          attribution: [{ name: `Agency ${i}`, kind: 'news_agency', source: null }],
        },
      }));
      const after = await http.get(path);
      expect(after.text).not.toBe(before.text);
      await store.append(
        [
          claimRetracted(claims[0]!.id),
          {
            type: 'claim.edited',
            claim: claims[1]!.id,
            content: { ...claims[1]!.content, quantities: [] },
            note: null,
          },
        ],
        'seed',
      );
      const [advanced, advancedCell] = [await http.get(path), await http.get(cell)];
      const fresh = await startApi(store);
      try {
        const freshHttp = client(fresh.base);
        const [answer, answerCell] = [await freshHttp.get(path), await freshHttp.get(cell)];
        expect(advanced.status).toBe(200);
        expect(advanced.text).toBe(answer.text);
        expect(advancedCell.text).toBe(answerCell.text);
        expect(advanced.text).not.toBe(after.text);
      } finally {
        await fresh.close();
      }
    });

    test('the diff between two moments names the verdicts that changed', async () => {
      const [from, to] = ['2023-11-23T00:00:00Z', '2023-12-03T00:00:00Z'].map(encodeURIComponent);
      const answer = await http.get(
        `/api/agreements/gaza-pause-2023-11/diff?from=${from}&to=${to}`,
      );
      expect(answer.status, answer.text.slice(0, 300)).toBe(200);
      expect(answer.json).toMatchObject({
        agreement: 'gaza-pause-2023-11',
        from: { version: 1 },
        to: { version: 1 },
      });
      expect(Array.isArray(answer.json.verdicts)).toBe(true);
      expectProblem(await http.get('/api/agreements/gaza-pause-2023-11/diff'), 400, 'query.from');
    });

    test('events cluster accepted claims, graded, as of a moment', async () => {
      const document = await seedDocument();
      const [claim] = await seedClaims(document.id, 1, () => ({
        status: 'accepted',
        knownAt: hoursAfterT0(48),
        content: { type: 'overflight' },
      }));
      const now = await http.get('/api/events');
      expect(now.status).toBe(200);
      const event = now.json.items.find((e: { claims: string[] }) => e.claims.includes(claim!.id));
      expect(event).toMatchObject({ type: 'overflight', grade: 'single_source' });
      const before = await http.get(`/api/events?asOf=${encodeURIComponent(hoursAfterT0(24))}`);
      expect(
        before.json.items.some((e: { claims: string[] }) => e.claims.includes(claim!.id)),
      ).toBe(false);
      expectProblem(await http.get('/api/events?asOf=later'), 400, 'query.asOf');
    });

    test('assigns a claim or a document to an agreement, which then reads it, and takes it back', async () => {
      const document = await seedDocument();
      // Names no party: only an assignment brings it into the agreement's reading.
      const [claim] = await seedClaims(document.id, 1, () => ({
        status: 'accepted',
        content: { type: 'talks' },
      }));
      const id = claim!.id;
      const scoped = async () =>
        (await http.get('/api/claims?agreement=gaza-pause-2023-11&limit=1000')).json.items.map(
          (c: { id: string }) => c.id,
        );
      expect(await scoped()).not.toContain(id);
      const assigned = await http.send('PUT', `/api/claims/${id}/agreements/gaza-pause-2023-11`);
      expect(assigned.status, assigned.text).toBe(200);
      expect(assigned.json).toEqual({
        agreement: 'gaza-pause-2023-11',
        changed: [id],
        unchanged: [],
      });
      expect(await scoped()).toContain(id);
      const documents = await http.get('/api/documents?agreement=gaza-pause-2023-11');
      expect(documents.json.items.map((d: { id: string }) => d.id)).toContain(document.id);
      const events = await http.get('/api/events?agreement=gaza-pause-2023-11');
      expect(events.json.items.some((e: { claims: string[] }) => e.claims.includes(id))).toBe(true);

      const removed = await http.send(
        'DELETE',
        `/api/documents/${document.id}/agreements/gaza-pause-2023-11`,
      );
      expect(removed.json).toMatchObject({ changed: [id] });
      expect(await scoped()).not.toContain(id);
      expectProblem(
        await http.send('PUT', `/api/claims/${id}/agreements/no-such-pause`),
        404,
        'no agreement no-such-pause',
      );
      expectProblem(await http.get('/api/events?agreement=no-such-pause'), 404);
      expect((await http.get('/api/verify')).json.ok).toBe(true);
    });
  });

  describe('export and verify', () => {
    test('the JSON export is an attachment with every claim and its document', async () => {
      const document = await seedDocument({ title: 'Exported' });
      const [claim] = await seedClaims(document.id, 1);
      const answer = await http.get('/api/export?format=json');
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/json');
      expect(answer.headers.get('content-disposition')).toBe(
        'attachment; filename="truce-claims.json"',
      );
      const exported = answer.json.claims.find((c: Claim) => c.id === claim!.id);
      expect(exported.document).toMatchObject({ id: document.id, title: 'Exported' });
      expect(answer.json.claims).toHaveLength(await store.countClaims());
    });

    test('the CSV export is text/csv with a header row and a row per claim', async () => {
      const answer = await http.get('/api/export?format=csv');
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('text/csv');
      expect(answer.headers.get('content-disposition')).toContain('truce-claims.csv');
      const lines = answer.text.trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^claim_id,status,type,/);
      expect(lines.length).toBeGreaterThan(1);
    });

    test('exports credit a summary as written for the examples, with the report it is from', async () => {
      const summary = await seedDocument({
        kind: 'summary',
        publisher: 'Example Wire',
        url: null,
        derivedFrom: 'https://example.org/summarised',
      });
      const [claim] = await seedClaims(summary.id, 1);
      const json = await http.get('/api/export?format=json');
      const exported = json.json.claims.find((c: Claim) => c.id === claim!.id);
      expect(exported.document.credit.by).toBe('summary written for the examples');
      const csv = (await http.get('/api/export?format=csv')).text.split('\r\n');
      const header = csv[0]!.split(',');
      const row = csv.find((line) => line.startsWith(`${claim!.id},`))!.split(',');
      const cell = (name: string) => row[header.indexOf(name)];
      expect(cell('publisher')).toBe('summary written for the examples');
      expect(cell('summarised_from')).toBe('Example Wire');
      expect(cell('derived_from')).toBe('https://example.org/summarised');
    });

    test('an unknown export format is a 400 naming it', async () => {
      expectProblem(await http.get('/api/export?format=xml'), 400, 'query.format');
    });

    test('verify reports an intact ledger', async () => {
      const document = await seedDocument();
      const [claim] = await seedClaims(document.id, 1);
      await store.append([claimRetracted(claim!.id)], 'seed');
      const answer = await http.get('/api/verify');
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ ok: true, entries: await store.entryCount() });
      expect(answer.json.description).toMatch(/^ledger intact/);
    });
  });
});
