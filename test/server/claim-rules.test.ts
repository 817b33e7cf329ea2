// The rule that a retracted claim stays retracted holds inside the store's write, on both
// backends: over HTTP, and when a review and a retraction race.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retractClaim, reviewClaim } from '../../src/app/claims.js';
import type { Store } from '../../src/app/store-contract.js';
import { claimAdded, documentAdded, makeClaim, makeDocument } from '../support/builders.js';
import { client } from './http-client.js';
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
      expect(review.json.detail).toBe(`claim ${claim.id} was retracted and cannot be reviewed`);
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
