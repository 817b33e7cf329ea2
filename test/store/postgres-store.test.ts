import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initStore } from '../../src/store/open-store.js';
import { postgresKysely } from '../../src/store/postgres/postgres-store.js';
import type { StoreSchema } from '../../src/store/store-schema.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';
import { describeReadingMigration } from './reading-migration-contract.js';
import { describeReplayContract } from './replay-contract.js';
import { describeRevisionMigration } from './revision-migration-contract.js';
import { describeStoreContract, type StoreFixture } from './store-contract.js';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

const freshFixture = async (): Promise<StoreFixture> => {
  const schema = await server.freshSchema();
  let raw: Kysely<StoreSchema> | undefined;
  return {
    config: { kind: 'postgres', url: schema.url },
    raw: () => (raw ??= postgresKysely(schema.url)),
    dispose: async () => {
      await raw?.destroy();
      await schema.drop();
    },
  };
};

describeStoreContract('postgres', freshFixture);
describeReplayContract('postgres', freshFixture);
describeRevisionMigration('postgres', freshFixture);
describeReadingMigration('postgres', freshFixture);

describe('several stores on one PostgreSQL schema', () => {
  it('take turns appending, so the chain stays whole', async () => {
    const schema = await server.freshSchema();
    // Opened at once, so their migrations race too.
    const opened = await Promise.allSettled(
      [1, 2, 3].map(() => initStore({ kind: 'postgres', url: schema.url })),
    );
    const stores = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    try {
      expect(opened.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      await Promise.all(
        stores.flatMap((store, s) =>
          Array.from({ length: 10 }, (_, i) =>
            store.append([sourceAdded(makeSource({ name: `S${s}-${i}` }))], `server-${s}`),
          ),
        ),
      );
      expect(await stores[0]!.verify()).toMatchObject({ ok: true, entries: 30 });
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await schema.drop();
    }
  });
});
