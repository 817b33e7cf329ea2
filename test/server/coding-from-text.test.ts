// Coding from the text over real HTTP, on both backends: a draft read from selected words, a
// claim written down from it, and suggested claims split, merged and re-attributed, each under
// the signed-in analyst's name, with the old claims retracted and naming the new ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToken, addUser } from '../../src/app/accounts.js';
import type { Store } from '../../src/app/store-contract.js';
import { documentAdded, makeClaim, makeDocument, claimAdded } from '../support/builders.js';
import { http, type HttpAnswer } from './http-client.js';
import { startApi, type RunningApi } from './start-api.js';
import { bothBackends, type TestStore } from './test-stores.js';

const BACKENDS = bothBackends();

const TEXT =
  'On Thursday night, Israeli aircraft struck a house in Khan Younis, the Gaza health ministry said.\n\n' +
  "Hamas released 13 hostages on Friday, according to Qatar's foreign ministry. Trucks entered at Rafah.";
const PUBLISHED = '2023-11-25T10:00:00.000Z';

const spanOf = (words: string): [number, number] => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return [start, start + words.length];
};

describe.each(BACKENDS)('coding from the text on %s', (_name, open) => {
  let test: TestStore;
  let store: Store;
  let api: RunningApi;
  let analyst: string;
  let viewer: string;
  const document = makeDocument({
    rawText: TEXT,
    cleanText: TEXT,
    publisher: 'Wire Daily',
    published: { earliest: PUBLISHED, latest: PUBLISHED, label: '', precision: 'exact' },
  });
  const as = (secret: string, method: string, path: string, json?: unknown): Promise<HttpAnswer> =>
    http(api.base, method, path, { json, headers: { authorization: `Bearer ${secret}` } });

  /** A suggested claim quoting `words`, as extraction would have recorded it. */
  const suggested = async (words: string) => {
    const span = spanOf(words);
    const claim = makeClaim(document.id, { content: { span, text: words } });
    await store.append([claimAdded(claim)], 'extraction');
    return claim;
  };

  beforeAll(async () => {
    test = await open();
    store = test.store;
    api = await startApi(store, { auth: 'accounts' });
    await addUser(store, { name: 'ops', role: 'admin', password: null }, 'setup');
    await addUser(store, { name: 'ana', role: 'analyst', password: null }, 'setup');
    await addUser(store, { name: 'vera', role: 'viewer', password: null }, 'setup');
    analyst = (await addToken(store, { user: 'ana' }, 'ops')).secret;
    viewer = (await addToken(store, { user: 'vera' }, 'ops')).secret;
    await store.append([documentAdded(document)], 'setup');
  });
  afterAll(async () => {
    await api?.close();
    await test?.dispose();
  });

  it('drafts a claim from selected words: their span, their speaker, and the time of their sentence', async () => {
    const [start, end] = spanOf('Israeli aircraft struck a house');
    const answer = await as(analyst, 'POST', `/api/documents/${document.id}/draft-claim`, {
      start,
      end,
    });
    expect(answer.status).toBe(200);
    const draft = answer.json;
    expect(draft.content.span).toEqual([start, end]);
    expect(draft.content.text).toBe('Israeli aircraft struck a house');
    expect(draft.content.attribution.map((l: { name: string }) => l.name)).toEqual([
      'Wire Daily',
      'Gaza health ministry',
    ]);
    expect(draft.content.type).toBe('airstrike');
    // "Thursday night" before a Saturday publication, on UTC clocks: 23 Nov 18:00 to 24 Nov 06:00.
    expect(draft.content.when.label).toBe('On Thursday night');
    expect(draft.content.when.earliest).toBe('2023-11-23T18:00:00.000Z');
    expect(draft.timeFrom).toBe('sentence');
  });

  it('takes the time from the selected words when they give one', async () => {
    const [start, end] = spanOf('Hamas released 13 hostages on Friday');
    const { json } = await as(analyst, 'POST', `/api/documents/${document.id}/draft-claim`, {
      start,
      end,
    });
    expect(json.timeFrom).toBe('selection');
    expect(json.content.when.label).toBe('on Friday');
    expect(json.content.when.earliest).toBe('2023-11-24T00:00:00.000Z');
    expect(json.content.attribution.at(-1).name).toBe('Qatar');
  });

  it('refuses a span outside the document, or empty, with one sentence and no write', async () => {
    const before = await store.entryCount();
    const past = await as(analyst, 'POST', `/api/documents/${document.id}/draft-claim`, {
      start: 10,
      end: TEXT.length + 5,
    });
    expect(past.status).toBe(400);
    expect(past.json.detail).toBe(
      `the span [10, ${TEXT.length + 5}] runs past the end of the document's text (${TEXT.length} characters)`,
    );
    const backwards = await as(analyst, 'POST', `/api/documents/${document.id}/draft-claim`, {
      start: 20,
      end: 20,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.detail).toContain('end must be after start');
    const outside = await as(analyst, 'POST', '/api/claims', {
      document: document.id,
      content: {
        type: 'airstrike',
        when: { earliest: null, latest: null, label: '', precision: 'unresolved' },
        attribution: [{ name: 'Wire Daily', kind: 'outlet' }],
        span: [TEXT.length - 3, TEXT.length + 2],
        text: 'ah.',
      },
    });
    expect(outside.status).toBe(400);
    expect(outside.json.detail).toContain('runs past the end of its document');
    expect(await store.entryCount()).toBe(before);
  });

  it("records a new claim from a draft as a suggestion under the analyst's name", async () => {
    const [start, end] = spanOf('Trucks entered at Rafah');
    const draft = (
      await as(analyst, 'POST', `/api/documents/${document.id}/draft-claim`, { start, end })
    ).json;
    const answer = await as(analyst, 'POST', '/api/claims', {
      document: document.id,
      content: { ...draft.content, type: draft.content.type ?? 'aid_delivery' },
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({
      status: 'suggested',
      provenance: { kind: 'analyst', analyst: 'ana' },
      content: { span: [start, end], text: 'Trucks entered at Rafah' },
    });
    const listed = await as(viewer, 'GET', `/api/documents/${document.id}`);
    expect(listed.json.claims.map((c: { id: string }) => c.id)).toContain(answer.json.id);
  });

  it('lets a viewer neither draft nor write, split, merge or re-attribute', async () => {
    const claim = await suggested('Trucks entered at Rafah');
    const before = await store.entryCount();
    const tries: [string, string, unknown][] = [
      ['POST', `/api/documents/${document.id}/draft-claim`, { start: 0, end: 5 }],
      ['POST', '/api/claims', { document: document.id, content: claim.content }],
      ['POST', `/api/claims/${claim.id}/split`, { at: claim.content.span![0] + 6 }],
      ['POST', '/api/claims/merge', { claims: [claim.id, claim.id] }],
      ['POST', `/api/claims/${claim.id}/reattribute`, { origin: 'Rafah crossing authority' }],
    ];
    for (const [method, path, body] of tries) {
      const answer = await as(viewer, method, path, body);
      expect(answer.status, path).toBe(403);
      expect(answer.json.detail).toBe('vera is a viewer; this needs the analyst role or above');
    }
    expect(await store.entryCount()).toBe(before);
  });

  it('splits a suggested claim in two at a word, retracting it with a note naming both', async () => {
    const words = 'Hamas released 13 hostages on Friday, according to Qatar';
    const claim = await suggested(words);
    const cut = claim.content.span![0] + words.indexOf(' on Friday');
    const answer = await as(analyst, 'POST', `/api/claims/${claim.id}/split`, {
      at: cut,
      note: 'two facts',
    });
    expect(answer.status).toBe(200);
    const [first, second] = answer.json.added;
    expect(first.content.text).toBe('Hamas released 13 hostages');
    expect(second.content.text).toBe('on Friday, according to Qatar');
    expect(answer.json.retracted[0]).toMatchObject({ id: claim.id, status: 'retracted' });
    const entries = [];
    for await (const e of store.entries()) entries.push(e);
    const retraction = entries.at(-1)!;
    expect(retraction.author).toBe('ana');
    expect(retraction.change).toEqual({
      type: 'claim.retracted',
      claim: claim.id,
      note: `split into ${first.id} and ${second.id}: two facts`,
    });
  });

  it('refuses to split outside the quote, or a claim already reviewed', async () => {
    const claim = await suggested('Trucks entered at Rafah');
    const [start, end] = claim.content.span!;
    const outside = await as(analyst, 'POST', `/api/claims/${claim.id}/split`, { at: end + 3 });
    expect(outside.status).toBe(400);
    expect(outside.json.detail).toBe(
      `cut at ${end + 3} is not inside the claim's span [${start}, ${end}]: cut between its first and last character`,
    );
    await store.append(
      [{ type: 'claim.reviewed', claim: claim.id, status: 'accepted', note: null }],
      'rev',
    );
    const reviewed = await as(analyst, 'POST', `/api/claims/${claim.id}/split`, { at: start + 7 });
    expect(reviewed.status).toBe(409);
    expect(reviewed.json.detail).toBe(
      `claim ${claim.id} is accepted: only suggested claims can be split; edit or retract it instead`,
    );
  });

  it('merges claims whose quotes follow one another into one quoting their union', async () => {
    const a = await suggested('Hamas released 13 hostages');
    const b = await suggested("on Friday, according to Qatar's foreign ministry.");
    const answer = await as(analyst, 'POST', '/api/claims/merge', { claims: [b.id, a.id] });
    expect(answer.status).toBe(200);
    const [merged] = answer.json.added;
    expect(merged.content.text).toBe(
      "Hamas released 13 hostages on Friday, according to Qatar's foreign ministry.",
    );
    expect(merged.content.span).toEqual([a.content.span![0], b.content.span![1]]);
    expect(answer.json.retracted.map((c: { status: string }) => c.status)).toEqual([
      'retracted',
      'retracted',
    ]);
    const notes: (string | null)[] = [];
    for await (const e of store.entries())
      if (e.change.type === 'claim.retracted' && [a.id, b.id].includes(e.change.claim))
        notes.push(e.change.note);
    expect(notes).toEqual([`merged into ${merged.id}`, `merged into ${merged.id}`]);
  });

  it('refuses to merge quotes with other words between them, naming those words', async () => {
    const a = await suggested('On Thursday night');
    const b = await suggested('struck a house');
    const answer = await as(analyst, 'POST', '/api/claims/merge', { claims: [a.id, b.id] });
    expect(answer.status).toBe(400);
    expect(answer.json.detail).toContain(
      'the quotes are not contiguous: ", Israeli aircraft " lies between',
    );
    expect((await store.getClaim(a.id))?.status).toBe('suggested');
  });

  it('re-attributes a suggested claim to another origin, keeping its publisher', async () => {
    const claim = await suggested('Trucks entered at Rafah');
    const answer = await as(analyst, 'POST', `/api/claims/${claim.id}/reattribute`, {
      origin: 'Egyptian Red Crescent',
    });
    expect(answer.status).toBe(200);
    const [added] = answer.json.added;
    // The builder's chain is one link, Reuters: the new origin follows it.
    expect(added.content.attribution).toEqual([
      { name: 'Reuters', kind: 'news_agency', source: null },
      { name: 'Egyptian Red Crescent', kind: 'person', source: null },
    ]);
    expect(added.content.text).toBe(claim.content.text);
    const again = await as(analyst, 'POST', `/api/claims/${added.id}/reattribute`, {
      origin: 'egyptian red crescent',
    });
    expect(again.status).toBe(400);
    expect(again.json.detail).toBe(
      `claim ${added.id} is already attributed to egyptian red crescent`,
    );
  });
});
