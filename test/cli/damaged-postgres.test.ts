// A damaged PostgreSQL relation, as a damaged SQLite file (damaged-store.test.ts): garbage
// written over a page of a table's file is caught by verify in one sentence, never passed as
// intact, never a stack trace. Needs the throwaway cluster's files, so not run against a
// server named by DATABASE_URL.
import { existsSync } from 'node:fs';
import { mkdtemp, open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initStore } from '../../src/store/open-store.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';
import { truce, type CliResult } from '../support/run-cli.js';

let postgres: TestPostgres;
beforeAll(async () => {
  if (!process.env['DATABASE_URL']) postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

/** Runs the CLI on the store at `url`, as DATABASE_URL names it. */
async function onStore(url: string, ...args: string[]): Promise<CliResult> {
  const before = process.env['DATABASE_URL'];
  process.env['DATABASE_URL'] = url;
  try {
    return await truce(...args);
  } finally {
    if (before === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = before;
  }
}

describe.skipIf(Boolean(process.env['DATABASE_URL']))('a damaged PostgreSQL relation', () => {
  it('is caught by verify, in one sentence, when 8 KB of garbage overwrite a page of a table', async () => {
    const files = postgres.files!;
    const schema = await postgres.freshSchema();
    const store = await initStore({ kind: 'postgres', url: schema.url });
    for (let batch = 0; batch < 5; batch += 1) {
      await store.append(
        Array.from({ length: 200 }, (_, i) =>
          sourceAdded(makeSource({ name: `Source ${batch}-${i}`, aliases: [`alias ${i}`] })),
        ),
        'tester',
      );
    }
    expect(await store.verify()).toMatchObject({ ok: true });
    await store.close();

    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    const { rows } = await client.query<{ path: string }>(
      "select pg_relation_filepath('sources') as path",
    );
    await client.end();
    const file = join(files.dataDir, rows[0]!.path);
    let pages = 0;
    await files.whileStopped(async () => {
      pages = Math.floor((await stat(file)).size / 8192);
      const handle = await open(file, 'r+');
      await handle.write(Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(pages / 2) * 8192);
      await handle.close();
    });
    expect(pages).toBeGreaterThan(4);

    for (const args of [['verify'], ['verify', '--fast'], ['source', 'list']]) {
      const result = await onStore(schema.url, ...args);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/damaged/);
      expect(result.stderr).toMatch(/invalid page in block/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
      expect(result.stdout).not.toMatch(/intact/);
    }
    // A dump of a damaged table is refused too, and leaves no partial file behind.
    const copy = join(await mkdtemp(join(tmpdir(), 'truce-damaged-pg-')), 'backup.dump');
    const backup = await onStore(schema.url, 'backup', copy);
    expect(backup.code, backup.stderr).toBe(1);
    expect(backup.stderr).toMatch(
      /the database is damaged \(invalid page in block .*\), so no backup was written/,
    );
    expect(backup.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(copy)).toBe(false);
    await schema.drop();
  }, 120_000);
});
