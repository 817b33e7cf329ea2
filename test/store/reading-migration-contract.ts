// Migration 0006, run against every backend by its own test file: a store written before claims
// rows kept their reading fields opens, gains the column filled from each claim, verifies, and
// reads its agreement's pages as before; the step changes nothing when run again.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/evidence/claim.js';
import { claimReadingFields } from '../../src/store/migrations/0006-claim-reading-fields.js';
import { SCHEMA_VERSION } from '../../src/store/migrate-schema.js';
import { initStore, openStore } from '../../src/store/open-store.js';
import {
  agentOf,
  claimAdded,
  claimEdited,
  documentAdded,
  makeClaim,
  makeClaimContent,
  makeDocument,
} from '../support/builders.js';
import type { StoreFixture } from './store-contract.js';

const AUTHOR = 'tester';

export function describeReadingMigration(
  dialect: string,
  freshFixture: () => Promise<StoreFixture>,
): void {
  describe(`migration 0006 on ${dialect}`, () => {
    it('fills each claims row with its actors and attribution, so verify passes, and changes nothing when run again', async () => {
      const fixture = await freshFixture();
      let store = await initStore(fixture.config);
      try {
        const document = makeDocument();
        const claims: Claim[] = [
          makeClaim(document.id),
          makeClaim(document.id, {
            content: {
              actors: [agentOf('hamas'), { name: 'Israel', role: 'target', party: null }],
              attribution: [
                { name: 'Al Jazeera', kind: 'outlet', source: null },
                { name: 'Gaza health ministry', kind: 'official_body', source: null },
              ],
            },
          }),
          makeClaim(document.id, {
            content: { attribution: [{ name: 'Zoë Brant', kind: 'person', source: null }] },
          }),
        ];
        await store.append([documentAdded(document), ...claims.map(claimAdded)], AUTHOR);
        // An edit after the add: the row's fields are the claim's latest, not its first.
        const edited = makeClaimContent({ actors: [agentOf('israel')] });
        await store.append([claimEdited(claims[0]!.id, edited)], AUTHOR);
        await store.close();

        // The store as the code before 0006 left it: no column, and the version it wrote.
        const raw = fixture.raw();
        await sql`alter table claims drop column reading`.execute(raw);
        await raw
          .updateTable('meta')
          .set({ value: '5' })
          .where('key', '=', 'schema_version')
          .execute();

        store = await openStore(fixture.config);
        expect(await store.verify()).toMatchObject({ ok: true });
        const rows = () =>
          raw.selectFrom('claims').select(['id', 'json', 'reading']).orderBy('id').execute();
        const migrated = await rows();
        expect(migrated).toHaveLength(3);
        for (const row of migrated) {
          const { content } = JSON.parse(row.json) as Claim;
          expect(JSON.parse(row.reading)).toEqual({
            actors: content.actors,
            attribution: content.attribution,
          });
        }
        const first = migrated.find((row) => row.id === claims[0]!.id);
        expect(JSON.parse(first!.reading).actors).toEqual([agentOf('israel')]);
        const version = await raw
          .selectFrom('meta')
          .select('value')
          .where('key', '=', 'schema_version')
          .executeTakeFirst();
        expect(version?.value).toBe(String(SCHEMA_VERSION));

        await raw.transaction().execute((trx) => claimReadingFields.up(trx));
        expect(await rows()).toEqual(migrated);
      } finally {
        await store.close();
        await fixture.dispose();
      }
    });
  });
}
