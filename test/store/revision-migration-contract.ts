// Migration 0004, run against every backend by its own test file: a store whose claims rows were
// written when only an edit advanced a revision opens, upgrades, and verifies under the rule that
// every review, edit and retraction does; and the step changes nothing when run again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/evidence/claim.js';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';
import type { LedgerChange } from '../../src/core/ledger/ledger-entry.js';
import { everyChangeRevises } from '../../src/store/migrations/0004-every-change-revises.js';
import { SCHEMA_VERSION } from '../../src/store/migrate-schema.js';
import { initStore, openStore } from '../../src/store/open-store.js';
import {
  agentOf,
  claimAdded,
  claimEdited,
  claimRetracted,
  claimReviewed,
  documentAdded,
  makeClaim,
  makeClaimContent,
  makeDocument,
} from '../support/builders.js';
import type { StoreFixture } from './store-contract.js';

const AUTHOR = 'tester';

type Step = {
  readonly kind: 'accept' | 'reject' | 'edit' | 'retract';
  readonly claim: number;
};

const steps = fc.array(
  fc.record({
    kind: fc.constantFrom(
      'accept' as const,
      'reject' as const,
      'edit' as const,
      'retract' as const,
    ),
    claim: fc.nat({ max: 2 }),
  }),
  { maxLength: 12 },
);

/** The changes the steps make to these claims, leaving out what the store refuses. */
function changesOf(claims: readonly Claim[], plan: readonly Step[]): LedgerChange[] {
  const retracted = new Set<string>();
  const changes: LedgerChange[] = [];
  for (const { kind, claim: i } of plan) {
    const id = claims[i]!.id;
    if (retracted.has(id)) continue;
    if (kind === 'retract') retracted.add(id);
    changes.push(
      kind === 'edit'
        ? claimEdited(id, makeClaimContent({ actors: [agentOf('hamas')] }))
        : kind === 'retract'
          ? claimRetracted(id)
          : claimReviewed(id, kind === 'accept' ? 'accepted' : 'rejected'),
    );
  }
  return changes;
}

/** How many of the changes act on this claim. */
const countFor = (changes: readonly LedgerChange[], id: string, types: readonly string[]) =>
  changes.filter((c) => types.includes(c.type) && 'claim' in c && c.claim === id).length;

export function describeRevisionMigration(
  dialect: string,
  freshFixture: () => Promise<StoreFixture>,
): void {
  describe(`migration 0004 on ${dialect}`, () => {
    it('brings the revisions of a store written under the old rule in line, so verify passes, and changes nothing when run again', async () => {
      await fc.assert(
        fc.asyncProperty(steps, async (plan) => {
          const fixture = await freshFixture();
          let store = await initStore(fixture.config);
          try {
            const document = makeDocument();
            // One claim added at a revision other than 1: the migration counts from the
            // revision a claim was added with.
            const claims = [
              makeClaim(document.id),
              makeClaim(document.id, { revision: 4 }),
              makeClaim(document.id),
            ];
            await store.append([documentAdded(document), ...claims.map(claimAdded)], AUTHOR);
            const changes = changesOf(claims, plan);
            for (const change of changes) await store.append([change], AUTHOR);
            await store.close();

            // Write the claims rows as the old code did: only an edit advanced the revision.
            const raw = fixture.raw();
            for (const claim of claims) {
              const row = await raw
                .selectFrom('claims')
                .select('json')
                .where('id', '=', claim.id)
                .executeTakeFirstOrThrow();
              const old = claim.revision + countFor(changes, claim.id, ['claim.edited']);
              const json = canonicalJson({ ...JSON.parse(row.json), revision: old });
              await raw.updateTable('claims').set({ json }).where('id', '=', claim.id).execute();
            }
            const reviewedOrRetracted = claims.some(
              (claim) => countFor(changes, claim.id, ['claim.reviewed', 'claim.retracted']) > 0,
            );
            store = await openStore(fixture.config);
            // The old rows fail verify under the new rule whenever a review or retraction
            // happened: what the migration is for.
            expect((await store.verify()).ok).toBe(!reviewedOrRetracted);
            await store.close();
            await raw
              .updateTable('meta')
              .set({ value: '3' })
              .where('key', '=', 'schema_version')
              .execute();

            store = await openStore(fixture.config);
            expect(await store.verify()).toMatchObject({ ok: true });
            for (const claim of claims) {
              const all = ['claim.reviewed', 'claim.edited', 'claim.retracted'];
              expect((await store.getClaim(claim.id))?.revision).toBe(
                claim.revision + countFor(changes, claim.id, all),
              );
            }
            const version = await raw
              .selectFrom('meta')
              .select('value')
              .where('key', '=', 'schema_version')
              .executeTakeFirst();
            // Every later step ran too: the store is at the version this code writes.
            expect(version?.value).toBe(String(SCHEMA_VERSION));

            const rows = () => raw.selectFrom('claims').selectAll().orderBy('id').execute();
            const migrated = await rows();
            await raw.transaction().execute((trx) => everyChangeRevises.up(trx));
            expect(await rows()).toEqual(migrated);
            expect(await store.verify()).toMatchObject({ ok: true });
          } finally {
            await store.close();
            await fixture.dispose();
          }
        }),
        { numRuns: dialect === 'postgres' ? 6 : 12 },
      );
    });
  });
}
