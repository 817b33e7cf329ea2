// The two stores the API tests run against: SQLite in a temp directory and PostgreSQL in a
// fresh schema of the test cluster (test/support/postgres.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/app/store-contract.js';
import { initStore } from '../../src/store/open-store.js';
import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';

export interface TestStore {
  readonly store: Store;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

export async function sqliteTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'truce-api-'));
  const store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  return {
    store,
    async dispose() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL store in its own schema; `stop` the server when the file's tests are done. */
export async function postgresTestStore(postgres: TestPostgres): Promise<TestStore> {
  const schema = await postgres.freshSchema();
  const store = await initStore({ kind: 'postgres', url: schema.url });
  return {
    store,
    async dispose() {
      await store.close();
      await schema.drop();
    },
  };
}

/**
 * Both backends, for `describe.each`: registers a throwaway PostgreSQL cluster for the file
 * (started before its tests, stopped after them) and names a store on each backend.
 */
export function bothBackends(): readonly [string, () => Promise<TestStore>][] {
  let postgres: TestPostgres | undefined;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(async () => {
    await postgres?.stop();
  });
  return [
    ['sqlite', sqliteTestStore],
    [
      'postgres',
      () => {
        if (postgres === undefined) throw new Error('PostgreSQL has not started');
        return postgresTestStore(postgres);
      },
    ],
  ];
}
