// Backup while the record is in use, restore into an empty store, verify against the head
// signed when the backup was taken: on both backends.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupRecord, headFileOf, restoreRecord } from '../../src/app/backup.js';
import { HEAD_KEY_ENV } from '../../src/app/head-key.js';
import { initStore, openStore, type StoreConfig } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';

let dir: string;
let postgres: TestPostgres | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-backup-'));
});
afterAll(async () => {
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

const record = (store: Store, count: number) =>
  store.append(
    Array.from({ length: count }, (_, i) => sourceAdded(makeSource({ name: `S${i}` }))),
    'tester',
  );

async function entriesIn(config: StoreConfig): Promise<number> {
  const store = await openStore(config);
  try {
    return await store.entryCount();
  } finally {
    await store.close();
  }
}

describe('an SQLite backup', () => {
  const config = (name: string): StoreConfig => ({ kind: 'sqlite', dataDir: join(dir, name) });

  it('restores into an empty data directory and verifies against its signed head', async () => {
    const store = await initStore(config('live'));
    await record(store, 12);
    const file = join(dir, 'live.sqlite');
    // The server keeps writing; the backup is taken meanwhile.
    const [backup] = await Promise.all([backupRecord(config('live'), file, {}), record(store, 3)]);
    await record(store, 5);
    await store.close();
    expect(backup.head?.seq).toBeGreaterThanOrEqual(12);
    expect(JSON.parse(await readFile(headFileOf(file), 'utf8'))).toEqual(backup.head);
    // The backup is one file and its head: checking the copy leaves no -wal or -shm beside it.
    expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(false);

    const report = await restoreRecord(config('restored'), file);
    expect(report).toMatchObject({ ok: true });
    const restored = await entriesIn(config('restored'));
    expect(restored).toBeGreaterThanOrEqual(backup.head!.seq);
    expect(restored).toBeLessThan(20);
  });

  it('refuses to replace a file, and to restore over a record', async () => {
    const store = await initStore(config('busy'));
    await record(store, 2);
    await store.close();
    const file = join(dir, 'busy.sqlite');
    await backupRecord(config('busy'), file, {});
    await expect(backupRecord(config('busy'), file, {})).rejects.toThrow(/already exists/);
    await expect(backupRecord(config('busy'), join(dir, 'no', 'x.sqlite'), {})).rejects.toThrow(
      /does not exist/,
    );
    await expect(restoreRecord(config('busy'), file)).rejects.toMatchObject({
      kind: 'Conflict',
    });
  });

  it('fails verify when the backup was cut short after its head was signed', async () => {
    const store = await initStore(config('cut'));
    await record(store, 8);
    await store.close();
    const file = join(dir, 'cut.sqlite');
    await backupRecord(config('cut'), file, {});
    const db = new Database(file);
    db.prepare('delete from ledger where seq > 5').run();
    const last = db.prepare('select hash from ledger where seq = 5').get() as { hash: string };
    db.prepare(`update meta set value = ? where key = 'ledger_head'`).run(`5:${last.hash}`);
    db.prepare('delete from source_aliases').run();
    db.prepare('delete from sources').run();
    db.close();
    const report = await restoreRecord(config('cut-restored'), file);
    expect(report).toMatchObject({ ok: false });
  });

  it('refuses a file that is not a backup, in a sentence', async () => {
    const file = join(dir, 'notes.txt');
    await writeFile(file, 'not a database\n'.repeat(100));
    await expect(restoreRecord(config('from-notes'), file)).rejects.toThrow(
      /not a Truce backup|damaged or is not a Truce database/,
    );
  });
});

describe('a PostgreSQL backup', () => {
  it('restores with pg_restore into a new database and verifies against its signed head, taken while another writer appends', async () => {
    postgres ??= await startTestPostgres();
    const schema = await postgres.freshSchema();
    const key = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const env = { [HEAD_KEY_ENV.pem]: key };
    const source: StoreConfig = { kind: 'postgres', url: schema.url };
    const store = await initStore(source);
    const target = new URL(schema.url);
    const database = `truce_restore_${process.pid}_${Date.now().toString(36)}`;
    const adminUrl = new URL(schema.url);
    adminUrl.search = '';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    try {
      await record(store, 9);
      const file = join(dir, 'pg.dump');
      // Another writer goes on appending while pg_dump copies from its snapshot.
      const [backup] = await Promise.all([backupRecord(source, file, env), record(store, 3)]);
      await record(store, 4);
      expect(backup.head?.seq).toBeGreaterThanOrEqual(9);
      await admin.query(`create database ${database}`);
      target.pathname = `/${database}`;
      const restored: StoreConfig = { kind: 'postgres', url: target.toString() };
      expect(await restoreRecord(restored, file)).toMatchObject({ ok: true });
      const entries = await entriesIn(restored);
      expect(entries).toBeGreaterThanOrEqual(backup.head!.seq);
      expect(entries).toBeLessThanOrEqual(12);
    } finally {
      await store.close();
      await schema.drop();
      await admin.query(`drop database if exists ${database}`).catch(() => {});
      await admin.end();
    }
  }, 60_000);
});
