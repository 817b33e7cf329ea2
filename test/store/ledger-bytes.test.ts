// The ledger's bytes and hashes are what every recorded store is checked against: a change to
// how entries are written (batching, statements, canonical JSON) must leave them exactly as
// they were. The head hash below was recorded before the write path was tuned; it covers the
// text of every entry, so one pinned value holds them all.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimId, DocumentId } from '../../src/core/ids.js';
import type { LedgerChange } from '../../src/core/ledger/ledger-entry.js';
import { initStore, openStore } from '../../src/store/open-store.js';
import {
  agentOf,
  claimAdded,
  claimEdited,
  claimReviewed,
  documentAdded,
  makeAgreement,
  makeClaim,
  makeClaimContent,
  makeDocument,
} from '../support/builders.js';

const DOCUMENT = makeDocument({ id: 'doc_pinned0001' as DocumentId, rawText: 'A pinned report.' });
const claimId = (i: number) => `clm_pinned${String(i).padStart(4, '0')}` as ClaimId;
const CLAIMS = Array.from({ length: 7 }, (_, i) =>
  makeClaim(DOCUMENT.id, {
    id: claimId(i),
    content: { actors: [agentOf(i % 2 === 0 ? 'hamas' : 'israel')], text: `Claim ${i} é ✓.` },
  }),
);
const AGREEMENT = makeAgreement();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-ledger-bytes-'));
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2024-01-02T03:04:05.678Z') });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('the bytes a store writes', () => {
  it('are those written before: the same head hash, and verify and rebuild agree', async () => {
    const dataDir = join(dir, 'data');
    const store = await initStore({ kind: 'sqlite', dataDir });
    try {
      await store.append(
        [documentAdded(DOCUMENT), { type: 'agreement.recorded', agreement: AGREEMENT }],
        'tester',
      );
      // An import's path: several batches in one transaction, some claims for an agreement.
      async function* batches(): AsyncGenerator<LedgerChange[]> {
        yield CLAIMS.slice(0, 3).map(claimAdded);
        yield CLAIMS.slice(3).map((claim) => ({
          type: 'claim.added' as const,
          claim,
          agreements: [AGREEMENT.id],
        }));
      }
      await store.appendAll(batches, 'importer');
      await store.append(
        [
          claimReviewed(claimId(0), 'accepted', 'Seen.'),
          claimEdited(claimId(1), makeClaimContent({ actors: [agentOf('hamas')] })),
        ],
        'tester',
      );
      expect(await store.head()).toEqual({
        seq: 11,
        hash: '0be1918c00bce5ab86d5ef2769c54df99078bc33f1477384d502291eaaff6a5e',
      });
    } finally {
      await store.close();
    }

    const reopened = await openStore({ kind: 'sqlite', dataDir });
    try {
      const parties = async () => (await reopened.getClaim(claimId(1)))?.content.actors;
      expect(await parties()).toEqual([agentOf('hamas')]);
      expect((await reopened.verify()).ok).toBe(true);
      await reopened.rebuild();
      expect((await reopened.verify()).ok).toBe(true);
      expect(await parties()).toEqual([agentOf('hamas')]);
    } finally {
      await reopened.close();
    }
  });
});
