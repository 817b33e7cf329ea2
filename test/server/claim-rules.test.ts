// The rules on a claim's changes hold inside the store's write, on both backends, over HTTP
// and when writers race: a retracted claim stays retracted, and a change made from a revision
// the claim has moved on from is refused, naming who changed it meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addToken, addUser } from '../../src/app/accounts.js';
import { editClaim, retractClaim, reviewClaim } from '../../src/app/claims.js';
import type { Store } from '../../src/app/store-contract.js';
import { claimAdded, documentAdded, makeClaim, makeDocument } from '../support/builders.js';
import { client, http } from './http-client.js';
import { startApi } from './start-api.js';
import { bothBackends, type TestStore } from './test-stores.js';

const BACKENDS = bothBackends();

async function recordClaim(store: Store) {
  const document = makeDocument();
  const claim = makeClaim(document.id, { status: 'suggested' });
  await store.append([documentAdded(document), claimAdded(claim)], 'setup');
  return claim;
}

describe.each(BACKENDS)('a retracted claim on %s', (_name, open) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await open();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('answers a review after the retraction with 409 and a sentence', async () => {
    const claim = await recordClaim(test.store);
    const api = await startApi(test.store);
    try {
      const http = client(api.base);
      expect((await http.post(`/api/claims/${claim.id}/retract`, {})).status).toBe(200);
      const review = await http.post(`/api/claims/${claim.id}/review`, { status: 'accepted' });
      expect(review.status).toBe(409);
      expect(review.json.detail).toMatch(
        new RegExp(
          `^claim ${claim.id} was retracted and cannot be reviewed \\(last changed by api-test at `,
        ),
      );
      expect(review.json.current.status).toBe('retracted');
    } finally {
      await api.close();
    }
  });

  it('is refused by the store itself, whatever checked before', async () => {
    const claim = await recordClaim(test.store);
    await test.store.append([{ type: 'claim.retracted', claim: claim.id, note: null }], 'ana');
    await expect(
      test.store.append(
        [{ type: 'claim.reviewed', claim: claim.id, status: 'accepted', note: null }],
        'rana',
      ),
    ).rejects.toMatchObject({ kind: 'Conflict' });
  });

  it('never records a review after a retraction, when the two race', async () => {
    for (let round = 0; round < 8; round++) {
      const claim = await recordClaim(test.store);
      await Promise.allSettled([
        reviewClaim(test.store, claim.id, 'accepted', null, 'rana'),
        retractClaim(test.store, claim.id, null, 'ana'),
        reviewClaim(test.store, claim.id, 'rejected', null, 'sam'),
      ]);
      const history: string[] = [];
      for await (const entry of test.store.entries())
        if ('claim' in entry.change && entry.change.claim === claim.id)
          history.push(entry.change.type);
      expect(history).toContain('claim.retracted');
      expect(history.slice(history.indexOf('claim.retracted') + 1)).toEqual([]);
    }
  });
});

describe.each(BACKENDS)('a change made from an old revision on %s', (_name, open) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await open();
    await addUser(test.store, { name: 'rana', role: 'reviewer', password: null }, 'setup');
    await addUser(test.store, { name: 'sam', role: 'reviewer', password: null }, 'setup');
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('answers the second of two reviewers who read the same revision with 409 naming the first', async () => {
    const claim = await recordClaim(test.store);
    const api = await startApi(test.store, { auth: 'accounts' });
    try {
      const as = async (user: string) => {
        const { secret } = await addToken(test.store, { user }, 'setup');
        return (path: string, json: unknown) =>
          http(api.base, 'POST', path, { json, headers: { authorization: `Bearer ${secret}` } });
      };
      const rana = await as('rana');
      const sam = await as('sam');
      const first = await rana(`/api/claims/${claim.id}/review`, {
        status: 'accepted',
        revision: 1,
      });
      expect(first.status).toBe(200);
      expect(first.json.revision).toBe(2);

      const second = await sam(`/api/claims/${claim.id}/review`, {
        status: 'rejected',
        revision: 1,
      });
      expect(second.status).toBe(409);
      expect(second.json.detail).toContain('is at revision 2, not 1');
      expect(second.json.detail).toContain('last changed by rana');
      expect(second.json.lastChange.author).toBe('rana');
      expect(second.json.current).toMatchObject({ id: claim.id, status: 'accepted', revision: 2 });
      expect((await test.store.getClaim(claim.id))?.status).toBe('accepted');

      // Reloaded, the second reviewer's change goes through.
      const again = await sam(`/api/claims/${claim.id}/review`, {
        status: 'rejected',
        revision: 2,
      });
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ status: 'rejected', revision: 3 });
    } finally {
      await api.close();
    }
  });

  it('refuses a stale edit and a stale retraction over HTTP, and lets a change without a revision through', async () => {
    const claim = await recordClaim(test.store);
    const api = await startApi(test.store);
    try {
      const web = client(api.base);
      expect(
        (await web.post(`/api/claims/${claim.id}/review`, { status: 'accepted' })).status,
      ).toBe(200);
      const edit = await web.patch(`/api/claims/${claim.id}`, {
        changes: { categories: ['women'] },
        revision: 1,
      });
      expect(edit.status).toBe(409);
      expect(edit.json.current.revision).toBe(2);
      const retract = await web.post(`/api/claims/${claim.id}/retract`, { revision: 1 });
      expect(retract.status).toBe(409);
      expect((await test.store.getClaim(claim.id))?.status).toBe('accepted');
      // Last writer wins for scripts that name no revision.
      const blind = await web.post(`/api/claims/${claim.id}/review`, { status: 'rejected' });
      expect(blind.status).toBe(200);
      expect(blind.json.revision).toBe(3);
    } finally {
      await api.close();
    }
  });

  it('lets exactly one of several writers who read the same revision through, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('accept', 'reject', 'edit', 'retract'), {
          minLength: 2,
          maxLength: 4,
        }),
        async (kinds) => {
          const claim = await recordClaim(test.store);
          const outcomes = await Promise.allSettled(
            kinds.map((kind, i) => {
              const who = `writer${i}`;
              switch (kind) {
                case 'accept':
                  return reviewClaim(test.store, claim.id, 'accepted', null, who, 1);
                case 'reject':
                  return reviewClaim(test.store, claim.id, 'rejected', null, who, 1);
                case 'edit':
                  return editClaim(test.store, claim.id, { categories: [`c${i}`] }, null, who, 1);
                case 'retract':
                  return retractClaim(test.store, claim.id, null, who, 1);
              }
            }),
          );
          const won = outcomes.filter((o) => o.status === 'fulfilled');
          expect(won).toHaveLength(1);
          for (const lost of outcomes.filter((o) => o.status === 'rejected'))
            expect(lost.reason).toMatchObject({ kind: 'Conflict' });
          expect((await test.store.getClaim(claim.id))?.revision).toBe(2);
        },
      ),
      { numRuns: 10 },
    );
  });
});
