// GET /api/audit on both backends, over real HTTP with accounts: who did what and when, from the
// ledger and the account log, filtered by user, claim, document, agreement and time, a page at
// a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToken, addUser } from '../../src/app/accounts.js';
import type { AgreementId } from '../../src/core/ids.js';
import {
  agreementRecorded,
  claimAdded,
  claimAddedFor,
  documentAdded,
  makeClaim,
  makeAgreement,
  makeDocument,
} from '../support/builders.js';
import { http, type HttpAnswer } from './http-client.js';
import { startApi, type RunningApi } from './start-api.js';
import { bothBackends, type TestStore } from './test-stores.js';

const AGREEMENT = 'test-pause' as AgreementId;

type Line = {
  at: string;
  user: string;
  action: string;
  seq: number | null;
  claim: string | null;
  document: string | null;
  agreements: string[];
};

describe.each(bothBackends())('the audit over %s', (_name, open) => {
  let test: TestStore;
  let api: RunningApi;
  const tokens = new Map<string, string>();
  const first = makeDocument({ title: 'Pause holds' });
  const second = makeDocument({ title: 'Shelling reported' });
  const inFirst = [makeClaim(first.id), makeClaim(first.id)];
  const inSecond = makeClaim(second.id);
  let reviewedAt = '';

  const as = (user: string, method: string, path: string, json?: unknown): Promise<HttpAnswer> =>
    http(api.base, method, path, {
      json,
      headers: { authorization: `Bearer ${tokens.get(user)!}` },
    });
  const audit = async (query: string): Promise<Line[]> => {
    const answer = await as('vera', 'GET', `/api/audit?${query}`);
    expect(answer.status).toBe(200);
    return answer.json.items as Line[];
  };

  beforeAll(async () => {
    test = await open();
    for (const [name, role] of [
      ['rana', 'reviewer'],
      ['sam', 'analyst'],
      ['vera', 'viewer'],
    ] as const) {
      await addUser(test.store, { name, role, password: null }, 'admin');
      tokens.set(name, (await addToken(test.store, { user: name }, 'admin')).secret);
    }
    await test.store.append(
      [
        agreementRecorded(makeAgreement({ id: AGREEMENT })),
        documentAdded(first),
        ...inFirst.map(claimAdded),
        documentAdded(second),
        claimAddedFor(inSecond, [AGREEMENT]),
      ],
      'ingest',
    );
    api = await startApi(test.store, { auth: 'accounts' });
    const review = await as('rana', 'POST', `/api/claims/${inFirst[0]!.id}/review`, {
      status: 'accepted',
      note: 'two outlets',
    });
    expect(review.status).toBe(200);
    reviewedAt = review.json.updatedAt as string;
    expect(
      (await as('sam', 'PUT', `/api/claims/${inFirst[1]!.id}/agreements/${AGREEMENT}`)).status,
    ).toBe(200);
    expect(
      (await as('rana', 'POST', `/api/claims/${inSecond.id}/review`, { status: 'rejected' }))
        .status,
    ).toBe(200);
  });
  afterAll(async () => {
    await api?.close();
    await test?.dispose();
  });

  it("lists a claim's history: who added it and who reviewed it, oldest first", async () => {
    const lines = await audit(`claim=${inFirst[0]!.id}`);
    expect(lines.map((l) => [l.user, l.action])).toEqual([
      ['ingest', 'claim.added'],
      ['rana', 'claim.reviewed'],
    ]);
    expect(lines[1]).toMatchObject({ at: reviewedAt, claim: inFirst[0]!.id });
    expect(lines[1]!.seq).toBeGreaterThan(lines[0]!.seq!);
  });

  it("keeps to a document, its claims and what was done to them, and not another's", async () => {
    const lines = await audit(`document=${first.id}`);
    expect(lines.map((l) => l.action)).toEqual([
      'document.added',
      'claim.added',
      'claim.added',
      'claim.reviewed',
      'claim.assigned',
    ]);
    expect(lines.some((l) => l.claim === inSecond.id || l.document === second.id)).toBe(false);
  });

  it('keeps to what one user did, and to what named an agreement', async () => {
    const rana = await audit('user=rana');
    expect(rana.map((l) => [l.action, l.claim])).toEqual([
      ['claim.reviewed', inFirst[0]!.id],
      ['claim.reviewed', inSecond.id],
    ]);
    const agreement = await audit(`agreement=${AGREEMENT}`);
    expect(agreement.map((l) => [l.user, l.action, l.claim])).toEqual([
      ['ingest', 'agreement.recorded', null],
      ['ingest', 'claim.added', inSecond.id],
      ['sam', 'claim.assigned', inFirst[1]!.id],
    ]);
  });

  it('keeps to a time window', async () => {
    const after = await audit(`from=${encodeURIComponent(reviewedAt)}`);
    expect(after[0]).toMatchObject({ user: 'rana', action: 'claim.reviewed', at: reviewedAt });
    expect(after.every((l) => l.at >= reviewedAt)).toBe(true);
    const before = await audit(`to=${encodeURIComponent(reviewedAt)}&user=ingest`);
    expect(before).toHaveLength(6);
  });

  it('shows changes to accounts beside the ledger, in time order, and pages through both', async () => {
    const all = await audit('limit=1000');
    expect(all.filter((l) => l.seq === null).map((l) => [l.user, l.action])).toEqual([
      ['admin', 'user.added'],
      ['admin', 'token.added'],
      ['admin', 'user.added'],
      ['admin', 'token.added'],
      ['admin', 'user.added'],
      ['admin', 'token.added'],
    ]);
    expect(all.filter((l) => l.seq !== null)).toHaveLength(9);
    expect(all.map((l) => l.at)).toEqual(all.map((l) => l.at).sort());

    const paged: Line[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const answer = await as(
        'vera',
        'GET',
        `/api/audit?limit=3${cursor === '' ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      );
      expect(answer.json.items.length).toBeLessThanOrEqual(3);
      paged.push(...(answer.json.items as Line[]));
      cursor = answer.json.nextCursor as string | null;
    }
    expect(paged).toEqual(all);
  });

  it('answers without a sign-in with 401, and a cursor it never gave with 400 and a sentence', async () => {
    expect((await http(api.base, 'GET', '/api/audit')).status).toBe(401);
    const bad = await as('vera', 'GET', '/api/audit?cursor=12');
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/nextCursor/);
  });
});
