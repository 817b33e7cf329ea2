// A damaged or foreign database, met by any command, is one sentence and exit 1 (or 2 for a
// DATABASE_URL that cannot be right), never a stack trace.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtemp, open, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initStore } from '../../src/store/open-store.js';
import { DATABASE_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { truce, type CliResult } from '../support/run-cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'truce-damaged-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let made = 0;
/** A data directory holding 1,000 sources over a few hundred pages. */
async function filledDataDir(): Promise<string> {
  const dataDir = join(root, `data-${(made += 1)}`);
  const store = await initStore({ kind: 'sqlite', dataDir });
  for (let batch = 0; batch < 5; batch += 1) {
    await store.append(
      Array.from({ length: 200 }, (_, i) =>
        sourceAdded(makeSource({ name: `Source ${batch}-${i}`, aliases: [`alias ${i}`] })),
      ),
      'tester',
    );
  }
  await store.close();
  return dataDir;
}

/** One line on stderr that names the data directory and says what to do; nothing unexpected. */
function expectOneSentence(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
}

/** Overwrites 8 KB in the middle of the store's file with garbage, on a page boundary. */
async function garbleMiddlePages(dataDir: string): Promise<void> {
  const file = await open(join(dataDir, DATABASE_FILE), 'r+');
  const { size } = await file.stat();
  await file.write(Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  await file.close();
}

describe('a damaged SQLite file', () => {
  it('is caught by verify when 8 KB of garbage overwrite pages in the middle', async () => {
    const dataDir = await filledDataDir();
    await garbleMiddlePages(dataDir);
    for (const args of [['verify'], ['verify', '--fast'], ['rebuild']]) {
      expectOneSentence(await truce('--data', dataDir, ...args), 1, /damaged/);
    }
  });

  it('is refused by backup, which leaves no copy of the damage and no signed head', async () => {
    const dataDir = await filledDataDir();
    await garbleMiddlePages(dataDir);
    const copy = join(root, `backup-of-${made}.sqlite`);
    expectOneSentence(
      await truce('--data', dataDir, 'backup', copy),
      1,
      /the database is damaged \(SQLite's quick_check found: .*\), so no backup was written/,
    );
    for (const end of ['', '-wal', '-shm', '.head.json'])
      expect(existsSync(`${copy}${end}`)).toBe(false);
  });

  it('is caught by verify --fast too, and by every command, when the first pages are garbage', async () => {
    const dataDir = await filledDataDir();
    const file = await open(join(dataDir, DATABASE_FILE), 'r+');
    await file.write(Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    await file.close();
    for (const args of [['verify', '--fast'], ['source', 'list'], ['claim', 'list'], ['head']]) {
      expectOneSentence(
        await truce('--data', dataDir, ...args),
        1,
        /is damaged or is not a Truce database.*truce restore/,
      );
    }
  });

  it('is one sentence when the file was cut short', async () => {
    const dataDir = await filledDataDir();
    await truncate(join(dataDir, DATABASE_FILE), 20_000);
    for (const args of [['verify'], ['source', 'list'], ['doc', 'list']]) {
      expectOneSentence(await truce('--data', dataDir, ...args), 1, /damaged/);
    }
  });

  it('is one sentence when the file is not a database at all', async () => {
    const dataDir = await filledDataDir();
    await writeFile(
      join(dataDir, DATABASE_FILE),
      'these are my notes, not a database\n'.repeat(200),
    );
    for (const args of [['verify'], ['source', 'list'], ['claim', 'list', '--json']]) {
      expectOneSentence(
        await truce('--data', dataDir, ...args),
        1,
        /is damaged or is not a Truce database/,
      );
    }
  });
});

describe('a DATABASE_URL that cannot be right', () => {
  async function withUrl(url: string, ...args: string[]): Promise<CliResult> {
    const before = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = url;
    try {
      return await truce(...args);
    } finally {
      if (before === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = before;
    }
  }

  it('is bad input when it is not a URL, or not PostgreSQL’s', async () => {
    expectOneSentence(await withUrl('not a url', 'verify'), 2, /DATABASE_URL is not a URL/);
    expectOneSentence(
      await withUrl('mysql://me@127.0.0.1/db', 'source', 'list'),
      2,
      /DATABASE_URL starts with mysql:\/\/, not postgres:\/\//,
    );
  });

  it('says the database does not answer when nothing listens there', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    expectOneSentence(
      await withUrl(`postgres://me@127.0.0.1:${port}/db`, 'verify'),
      1,
      /PostgreSQL at 127\.0\.0\.1:\d+\/db: the database does not answer \(ECONNREFUSED\)/,
    );
  });

  it('says what answers is not PostgreSQL when it is a web server', async () => {
    const server: Server = createServer((_req, res) => res.end('hello'));
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    try {
      expectOneSentence(
        await withUrl(`postgres://me@127.0.0.1:${port}/db`, 'source', 'list'),
        1,
        /does not speak PostgreSQL's protocol/,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
