import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { initStore, openStore } from '../../src/store/open-store.js';
import { DATABASE_FILE, MARKER_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { sqliteKysely } from '../../src/store/sqlite/sqlite-store.js';
import type { StoreSchema } from '../../src/store/store-schema.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { describeReadingMigration } from './reading-migration-contract.js';
import { describeReplayContract } from './replay-contract.js';
import { describeRevisionMigration } from './revision-migration-contract.js';
import { describeStoreContract, type StoreFixture } from './store-contract.js';

const run = promisify(execFile);
const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'truce-sqlite-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const freshFixture = async (): Promise<StoreFixture> => {
  const dataDir = join(await tempDir(), 'data');
  let raw: Kysely<StoreSchema> | undefined;
  return {
    config: { kind: 'sqlite', dataDir },
    raw: () => (raw ??= sqliteKysely(join(dataDir, DATABASE_FILE))),
    dispose: async () => {
      await raw?.destroy();
    },
  };
};

describeStoreContract('sqlite', freshFixture);
describeReplayContract('sqlite', freshFixture);
describeRevisionMigration('sqlite', freshFixture);
describeReadingMigration('sqlite', freshFixture);

describe('the sqlite data directory', () => {
  it('commits in WAL mode with synchronous=FULL, so an acknowledged commit survives a power cut', async () => {
    const dataDir = join(await tempDir(), 'data');
    await (await initStore({ kind: 'sqlite', dataDir })).close();
    // The connections the store opens are made by sqliteKysely; ask one of them.
    const db = sqliteKysely(join(dataDir, DATABASE_FILE));
    try {
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      // 2 is FULL; WAL's usual NORMAL (1) may lose the last commits on a power cut.
      expect(synchronous.rows[0]?.synchronous).toBe(2);
    } finally {
      await db.destroy();
    }
  });

  it('keeps every entry when two processes append at once, in one valid chain', async () => {
    const dataDir = join(await tempDir(), 'data');
    await (await initStore({ kind: 'sqlite', dataDir })).close();
    const worker = fileURLToPath(new URL('../support/append-worker.ts', import.meta.url));
    const batches = 40;
    await Promise.all(
      ['a', 'b'].map((label) =>
        run(process.execPath, ['--import', 'tsx', worker, dataDir, label, String(batches)]),
      ),
    );
    const store = await openStore({ kind: 'sqlite', dataDir });
    try {
      expect(await store.entryCount()).toBe(2 * batches * 2);
      expect(await store.verify()).toMatchObject({ ok: true, entries: 2 * batches * 2 });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('gives up with a Conflict when another connection keeps the write lock past the busy timeout', async () => {
    const dataDir = join(await tempDir(), 'data');
    const store = await initStore({ kind: 'sqlite', dataDir });
    const other = new Database(join(dataDir, DATABASE_FILE));
    try {
      other.exec('begin immediate');
      await expect(store.append([sourceAdded(makeSource())], 'me')).rejects.toMatchObject({
        kind: 'Conflict',
      });
      other.exec('rollback');
      expect(await store.append([sourceAdded(makeSource())], 'me')).toHaveLength(1);
    } finally {
      other.close();
      await store.close();
    }
  }, 20_000);

  it('refuses a directory that is not empty and not Truce’s', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'notes.txt'), 'mine\n');
    for (const opening of [initStore, openStore]) {
      const attempt = opening({ kind: 'sqlite', dataDir });
      await expect(attempt).rejects.toMatchObject({ kind: 'BadInput' });
      await expect(attempt).rejects.toThrow(/is not a Truce data directory/);
    }
  });

  it('refuses a directory marked by a newer version of Truce', async () => {
    const dataDir = await tempDir();
    await writeFile(
      join(dataDir, MARKER_FILE),
      JSON.stringify({ format: 'truce-data', version: 99 }),
    );
    const attempt = openStore({ kind: 'sqlite', dataDir });
    await expect(attempt).rejects.toMatchObject({ kind: 'BadInput' });
    await expect(attempt).rejects.toThrow(/newer version of Truce/);
  });

  it('creates a missing directory on init, and only on init', async () => {
    const dataDir = join(await tempDir(), 'a', 'b');
    await expect(openStore({ kind: 'sqlite', dataDir })).rejects.toMatchObject({
      kind: 'NotFound',
    });
    await (await initStore({ kind: 'sqlite', dataDir })).close();
    await (await openStore({ kind: 'sqlite', dataDir })).close();
  });

  it('refuses a file where a directory should be', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'x', 'file'), '');
    await expect(
      initStore({ kind: 'sqlite', dataDir: join(dir, 'x', 'file') }),
    ).rejects.toMatchObject({ kind: 'BadInput' });
  });
});

// Inside a transaction the store writes its rows one by one straight through its open database
// (decision 0207): the transaction must still take them all back, and each store its own file.
describe('the sqlite store’s rows written one by one', () => {
  it('takes back every row already written when SQLite refuses one part-way through a batch', async () => {
    const dataDir = join(await tempDir(), 'data');
    await (await initStore({ kind: 'sqlite', dataDir })).close();
    const raw = new Database(join(dataDir, DATABASE_FILE));
    raw.exec(`create trigger refuse_one before insert on sources
      when new.json like '%Refused source%'
      begin select raise(abort, 'this source is refused'); end`);
    raw.close();
    const store = await openStore({ kind: 'sqlite', dataDir });
    try {
      const batch = ['First', 'Second', 'Refused source', 'Fourth'].map((name) =>
        sourceAdded(makeSource({ name })),
      );
      await expect(store.append(batch, 'me')).rejects.toThrow('this source is refused');
      expect(await store.entryCount()).toBe(0);
      expect(await store.verify()).toMatchObject({ ok: true, entries: 0 });
    } finally {
      await store.close();
    }
    const check = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(check.prepare('select count(*) as n from sources').get()).toEqual({ n: 0 });
      expect(check.prepare('select count(*) as n from ledger').get()).toEqual({ n: 0 });
    } finally {
      check.close();
    }
  });

  it('writes each of two stores open at once into its own file', async () => {
    const [a, b] = await Promise.all(
      ['a', 'b'].map(async (name) =>
        initStore({ kind: 'sqlite', dataDir: join(await tempDir(), name) }),
      ),
    );
    try {
      await Promise.all([
        a!.append([sourceAdded(makeSource({ name: 'A1' })), sourceAdded(makeSource())], 'me'),
        b!.append([sourceAdded(makeSource({ name: 'B1' }))], 'me'),
        a!.append([sourceAdded(makeSource({ name: 'A2' }))], 'me'),
      ]);
      expect(await a!.entryCount()).toBe(3);
      expect(await b!.entryCount()).toBe(1);
      expect(await a!.verify()).toMatchObject({ ok: true, entries: 3 });
      expect(await b!.verify()).toMatchObject({ ok: true, entries: 1 });
    } finally {
      await Promise.all([a?.close(), b?.close()]);
    }
  });
});
