// A server whose database is damaged, or stops answering, says so in one sentence: a problem
// document naming the store and what to do, never a stack trace. The CLI's side of this is in
// test/cli/damaged-store.test.ts and test/cli/damaged-postgres.test.ts.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { initStore, openStore } from '../../src/store/open-store.js';
import { DATABASE_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';
import { startApi } from './start-api.js';
import type { Store } from '../../src/app/store-contract.js';

let dir: string;
let postgres: TestPostgres | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-damaged-api-'));
});
afterAll(async () => {
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** 1,000 sources, over a few hundred pages. */
async function fill(store: Store): Promise<void> {
  for (let batch = 0; batch < 5; batch += 1) {
    await store.append(
      Array.from({ length: 200 }, (_, i) =>
        sourceAdded(makeSource({ name: `Source ${batch}-${i}`, aliases: [`alias ${i}`] })),
      ),
      'tester',
    );
  }
}

interface Problem {
  readonly status: number;
  readonly detail: string;
}

async function problemAt(base: string, path: string): Promise<Problem> {
  const response = await fetch(`${base}${path}`);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(response.status);
  // One sentence: a stack trace would add lines.
  expect(problem.detail).not.toMatch(/\n|unexpected error/);
  return problem;
}

describe('a server over a damaged database', () => {
  it('answers a read that meets a damaged SQLite page with one sentence, and health still answers', async () => {
    const dataDir = join(dir, 'sqlite');
    const filled = await initStore({ kind: 'sqlite', dataDir });
    await fill(filled);
    await filled.close();
    // Garbage over the root page of the sources table: the file opens, a read of sources fails.
    const database = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const { rootpage } = database
      .prepare(`select rootpage from sqlite_master where type = 'table' and name = 'sources'`)
      .get() as { rootpage: number };
    const pageSize = database.pragma('page_size', { simple: true }) as number;
    database.close();
    const file = await open(join(dataDir, DATABASE_FILE), 'r+');
    await file.write(Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
    await file.close();

    const store = await openStore({ kind: 'sqlite', dataDir });
    onTestFinished(() => store.close());
    const api = await startApi(store, { checkResponses: false });
    onTestFinished(() => api.close());
    const problem = await problemAt(api.base, '/api/sources');
    expect(problem.status).toBe(500);
    expect(problem.detail).toMatch(
      /: the database is damaged or is not a Truce database \(.*\); restore it from a backup with `truce restore`$/,
    );
    expect((await fetch(`${api.base}/api/health`)).status).toBe(200);
  });

  // A server named by DATABASE_URL cannot be stopped from here: the throwaway cluster can.
  it.skipIf(Boolean(process.env['DATABASE_URL']))(
    'answers with 503 and a sentence while PostgreSQL is down, and serves again once it is back',
    async () => {
      postgres ??= await startTestPostgres();
      const files = postgres.files!;
      const schema = await postgres.freshSchema();
      onTestFinished(() => schema.drop());
      const store = await initStore({ kind: 'postgres', url: schema.url });
      onTestFinished(() => store.close());
      await fill(store);
      const api = await startApi(store, { checkResponses: false });
      onTestFinished(() => api.close());
      expect((await fetch(`${api.base}/api/sources`)).status).toBe(200);

      let down: Problem | undefined;
      await files.whileStopped(async () => {
        down = await problemAt(api.base, '/api/sources');
      });
      expect(down?.status).toBe(503);
      expect(down?.detail).toMatch(/the database does not answer \(.*\); check DATABASE_URL/);
      expect((await fetch(`${api.base}/api/sources`)).status).toBe(200);
    },
    120_000,
  );
});
