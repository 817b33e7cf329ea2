// A PostgreSQL server for tests: DATABASE_URL when given, else a throwaway cluster made with
// Debian's initdb and pg_ctl on a free loopback port in a temp dir. Each test gets its own
// schema, so tests (and test files) never see each other's tables.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgresBinDirs } from '../../src/store/postgres/postgres-bin-dirs.js';

const run = promisify(execFile);

export interface TestPostgres {
  /** A new, empty schema and a URL whose search path is it. */
  freshSchema(): Promise<{ readonly url: string; drop(): Promise<void> }>;
  /** Stops the throwaway cluster (if one was started) and removes its files. */
  stop(): Promise<void>;
  /**
   * The throwaway cluster's data directory, and a way to change its files with the server
   * stopped (so no buffer written at shutdown undoes the change), for tests that damage them;
   * undefined when DATABASE_URL names a server.
   */
  readonly files?: {
    readonly dataDir: string;
    whileStopped(change: () => Promise<void>): Promise<void>;
  };
}

/** Uses DATABASE_URL when set; otherwise starts a cluster. Fails, never skips, without binaries. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env['DATABASE_URL']?.trim();
  if (given) return withSchemas(given, async () => {});
  const cluster = await startCluster();
  return { ...withSchemas(cluster.url, cluster.stop), files: cluster.files };
}

function withSchemas(serverUrl: string, stopServer: () => Promise<void>): TestPostgres {
  const admin = new pg.Pool({ connectionString: serverUrl, max: 2 });
  // An idle connection cut by a restart (`files.whileStopped`) is replaced on the next query.
  admin.on('error', () => {});
  let made = 0;
  return {
    async freshSchema() {
      made += 1;
      const schema = `truce_test_${process.pid}_${made}_${Date.now().toString(36)}`;
      await admin.query(`create schema ${schema}`);
      const url = new URL(serverUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: url.toString(),
        drop: async () => {
          await admin.query(`drop schema ${schema} cascade`);
        },
      };
    },
    async stop() {
      await admin.end();
      await stopServer();
    },
  };
}

async function startCluster(): Promise<{
  url: string;
  stop(): Promise<void>;
  files: NonNullable<TestPostgres['files']>;
}> {
  const bin = await findPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'truce-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run the server tools as Debian's `postgres` user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chown(dir, ...(await postgresUser()));
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args])
      : run(join(bin, name), args);

  const port = await freePort();
  await tool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // Durability is not what these tests are about.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  await tool('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await tool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
    files: {
      dataDir: data,
      async whileStopped(change) {
        await tool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        try {
          await change();
        } finally {
          await tool('pg_ctl', [
            ...['-D', data, '-l', join(dir, 'server.log'), '-o', options],
            ...['-w', 'start'],
          ]);
        }
      },
    },
  };
}

/** The directory holding initdb and pg_ctl: on PATH, else the newest Debian install. */
async function findPostgresBin(): Promise<string> {
  const found = (await postgresBinDirs()).find(
    (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')),
  );
  if (found === undefined) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin: ' +
        'install them with `apt-get install postgresql`, or set DATABASE_URL to a server to test against',
    );
  }
  return found;
}

async function postgresUser(): Promise<[number, number]> {
  const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
    throw new Error(
      'running as root, the tests start PostgreSQL as the `postgres` user, which does not exist: install `postgresql` with apt-get',
    );
  });
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return [Number(stdout.trim()), Number(group.trim())];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
