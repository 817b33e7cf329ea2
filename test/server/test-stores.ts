// The two stores the API tests run against: SQLite in a temp directory and PostgreSQL in a
// fresh schema of the test cluster (test/support/postgres.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/app/store-contract.js';
import { initStore } from '../../src/store/open-store.js';
import { afterAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';

export type Dialect = 'sqlite' | 'postgres';

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
 * Both backends, for `describe.each`, named `sqlite` and `postgres`. The throwaway PostgreSQL
 * cluster starts when a PostgreSQL store is first asked for, and stops after the file's tests.
 */
export function bothBackends(): readonly [Dialect, () => Promise<TestStore>][] {
  let postgres: TestPostgres | undefined;
  afterAll(async () => {
    await postgres?.stop();
  });
  return [
    ['sqlite', sqliteTestStore],
    ['postgres', async () => postgresTestStore((postgres ??= await startTestPostgres()))],
  ];
}

/** Runs `run` on a fresh store of `open`'s backend, disposed of afterwards whatever happens. */
export async function withTestStore(
  open: () => Promise<TestStore>,
  run: (store: TestStore['store']) => Promise<void>,
): Promise<void> {
  const test = await open();
  try {
    await run(test.store);
  } finally {
    await test.dispose();
  }
}
