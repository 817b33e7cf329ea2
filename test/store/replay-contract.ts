// Replay in chunks (verify, rebuild), run against every backend by its own test file: a ledger
// many chunks long gives what the pure, in-memory replay gives, and damage in a later chunk is
// caught there.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/evidence/claim.js';
import type { AgreementId } from '../../src/core/ids.js';
import type { LedgerChange, LedgerEntry } from '../../src/core/ledger/ledger-entry.js';
import { LedgerState } from '../../src/core/ledger/projection.js';
import { sql } from '../../src/store/kysely.js';
import { initStore } from '../../src/store/open-store.js';
import { projectedRowsOf, tableRowsOf } from '../../src/store/projection-rows.js';
import { PROJECTION_KEYS, PROJECTION_TABLES } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import {
  agentOf,
  agreementRecorded,
  claimAddedFor,
  claimAssigned,
  claimEdited,
  claimRetracted,
  claimReviewed,
  claimUnassigned,
  documentAdded,
  makeAgreement,
  makeClaim,
  makeClaimContent,
  makeDocument,
  makeSource,
  sourceAdded,
} from '../support/builders.js';
import type { StoreFixture } from './store-contract.js';

const AUTHOR = 'tester';
const AGREEMENTS = ['gaza-pause', 'lebanon-truce'] as AgreementId[];
const PARTIES = ['hamas', 'israel', 'hezbollah'];

/** One step of a random history; indices pick among what earlier steps recorded. */
type Step =
  | { readonly kind: 'source' }
  | { readonly kind: 'document' }
  | { readonly kind: 'claim'; readonly party: number; readonly agreements: number }
  | { readonly kind: 'review'; readonly claim: number; readonly accepted: boolean }
  | { readonly kind: 'edit'; readonly claim: number; readonly party: number }
  | { readonly kind: 'retract'; readonly claim: number }
  | { readonly kind: 'assign' | 'unassign'; readonly claim: number; readonly agreement: number }
  | { readonly kind: 'agreement'; readonly version: number };

const index = fc.nat({ max: 50 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'source' as const }),
  fc.constant({ kind: 'document' as const }),
  fc.record({ kind: fc.constant('claim' as const), party: index, agreements: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('review' as const), claim: index, accepted: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), claim: index, party: index }),
  fc.record({ kind: fc.constant('retract' as const), claim: index }),
  fc.record({
    kind: fc.constantFrom('assign' as const, 'unassign' as const),
    claim: index,
    agreement: index,
  }),
  fc.record({ kind: fc.constant('agreement' as const), version: fc.integer({ min: 1, max: 4 }) }),
);

let histories = 0;

/** The changes a history makes; each history records its own agreement, so they can follow one another. */
function changesOf(steps: readonly Step[]): LedgerChange[] {
  histories += 1;
  const agreementId = `history-${histories}` as AgreementId;
  const changes: LedgerChange[] = [];
  const claims: Claim[] = [];
  const versions = new Set<number>();
  // A retracted claim stays retracted: the store refuses any later review, edit or retraction.
  const retracted = new Set<string>();
  let document = makeDocument();
  changes.push(documentAdded(document));
  const pick = <T>(items: readonly T[], i: number): T | undefined => items[i % items.length];
  for (const s of steps) {
    switch (s.kind) {
      case 'source':
        changes.push(sourceAdded(makeSource({ name: `Wire ${changes.length}`, aliases: ['W'] })));
        break;
      case 'document':
        document = makeDocument();
        changes.push(documentAdded(document));
        break;
      case 'claim': {
        const party = PARTIES[s.party % PARTIES.length]!;
        const claim = makeClaim(document.id, { content: { actors: [agentOf(party)] } });
        claims.push(claim);
        const agreements = AGREEMENTS.filter((_, i) => (s.agreements >> i) & 1);
        changes.push(claimAddedFor(claim, agreements));
        break;
      }
      case 'review':
      case 'edit':
      case 'retract':
      case 'assign':
      case 'unassign': {
        const claim = pick(claims, s.claim);
        if (claim === undefined) break;
        const changesClaim = s.kind === 'review' || s.kind === 'edit' || s.kind === 'retract';
        if (changesClaim && retracted.has(claim.id)) break;
        if (s.kind === 'review') {
          changes.push(claimReviewed(claim.id, s.accepted ? 'accepted' : 'rejected', 'seen'));
        } else if (s.kind === 'edit') {
          const party = PARTIES[s.party % PARTIES.length]!;
          changes.push(claimEdited(claim.id, makeClaimContent({ actors: [agentOf(party)] })));
        } else if (s.kind === 'retract') {
          changes.push(claimRetracted(claim.id));
          retracted.add(claim.id);
        } else {
          const agreement = AGREEMENTS[s.agreement % AGREEMENTS.length]!;
          changes.push(
            s.kind === 'assign'
              ? claimAssigned(claim.id, agreement)
              : claimUnassigned(claim.id, agreement),
          );
        }
        break;
      }
      case 'agreement':
        if (versions.has(s.version)) break;
        versions.add(s.version);
        changes.push(agreementRecorded(makeAgreement({ id: agreementId, version: s.version })));
        break;
    }
  }
  return changes;
}

type Rows = Record<string, unknown[]>;

/** Rows as comparable text, in one order whatever the database's collation. */
const normalised = (rows: Rows): Rows =>
  Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [table, list.map((r) => JSON.stringify(r)).sort()]),
  );

export function describeReplayContract(
  dialect: Store['dialect'],
  freshFixture: () => Promise<StoreFixture>,
): void {
  describe(`replaying the ${dialect} ledger in chunks`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await freshFixture();
      store = await initStore(fixture.config);
    });
    afterEach(async () => {
      await store.close();
      await fixture.dispose();
    });

    /** Every projection row the store holds, table by table. */
    async function storedRows(): Promise<Rows> {
      const rows: Rows = {};
      for (const table of PROJECTION_TABLES) {
        const keys = sql.join(PROJECTION_KEYS[table].map((key) => sql.ref(key)));
        rows[table] = (
          await sql`select * from ${sql.table(table)} order by ${keys}`.execute(fixture.raw())
        ).rows;
      }
      return normalised(rows);
    }

    /** The rows the pure replay (`LedgerState`) makes of the whole ledger, held in memory. */
    async function rowsInMemory(): Promise<Rows> {
      const entries: LedgerEntry[] = [];
      for await (const entry of store.entries()) entries.push(entry);
      const { unassigned: _none, ...rows } = tableRowsOf(
        projectedRowsOf(LedgerState.replay(entries)),
      );
      return normalised(rows);
    }

    it('verifies and rebuilds a history many chunks long as the whole replay in memory does', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 1, maxLength: 40 }),
          fc.integer({ min: 1, max: 7 }),
          fc.integer({ min: 1, max: 9 }),
          async (steps, entriesPerChunk, batch) => {
            const changes = changesOf(steps);
            for (let i = 0; i < changes.length; i += batch) {
              await store.append(changes.slice(i, i + batch), AUTHOR);
            }
            const expected = await rowsInMemory();
            expect(await storedRows()).toEqual(expected);
            const whole = await store.verify();
            expect(whole.ok).toBe(true);
            expect(await store.verify({ entriesPerChunk })).toEqual(whole);
            const rebuilt = await store.rebuild({ entriesPerChunk });
            expect(rebuilt).toEqual({ entries: await store.entryCount() });
            expect(await storedRows()).toEqual(expected);
            expect(await store.verify({ entriesPerChunk })).toEqual(whole);
          },
        ),
        { numRuns: dialect === 'postgres' ? 8 : 15 },
      );
    });

    /** 22 entries: in chunks of 5, the last claim is added in the fourth and retracted in the fifth. */
    async function recordTwentyTwo() {
      const document = makeDocument();
      const claims = Array.from({ length: 18 }, () => makeClaim(document.id));
      await store.append([documentAdded(document), sourceAdded(makeSource())], AUTHOR);
      await store.append(
        claims.map((claim) => claimAddedFor(claim, [])),
        AUTHOR,
      );
      await store.append(
        [claimReviewed(claims[0]!.id, 'accepted'), claimRetracted(claims[17]!.id)],
        AUTHOR,
      );
      return { claims };
    }

    it('catches an entry altered in a later chunk, and rebuild then changes nothing', async () => {
      await recordTwentyTwo();
      await sql`update ledger set change = replace(change, 'accepted', 'rejected') where seq = 21`.execute(
        fixture.raw(),
      );
      const before = await storedRows();
      const report = await store.verify({ entriesPerChunk: 5 });
      expect(report).toMatchObject({ ok: false, entries: 20, problem: { kind: 'chain', seq: 21 } });
      await expect(store.rebuild({ entriesPerChunk: 5 })).rejects.toMatchObject({
        kind: 'Corrupt',
      });
      expect(await storedRows()).toEqual(before);
    });

    it('catches a projection row that differs only by what a later chunk wrote', async () => {
      const { claims } = await recordTwentyTwo();
      // Entry 22 retracted this claim: as stored before that entry, the row is out of date.
      await fixture
        .raw()
        .updateTable('claims')
        .set({ status: 'suggested' })
        .where('id', '=', claims[17]!.id)
        .execute();
      const report = await store.verify({ entriesPerChunk: 5 });
      expect(report).toMatchObject({
        ok: false,
        entries: 22,
        problem: { kind: 'projection', table: 'claims', id: claims[17]!.id },
      });
      expect(!report.ok && report.problem.detail).toMatch(/status/);
      await store.rebuild({ entriesPerChunk: 5 });
      expect(await store.verify({ entriesPerChunk: 5 })).toMatchObject({ ok: true, entries: 22 });
    });
  });
}
