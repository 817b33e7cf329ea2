import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { badInput, corrupt, unavailable } from '../../core/errors.js';
import { storeErrorOf } from '../database-errors.js';
import { postgresBinDirs } from './postgres-bin-dirs.js';

const run = promisify(execFile);

/** A PostgreSQL client tool on PATH, else in Debian's versioned folders, newest first. */
async function postgresTool(name: 'pg_dump' | 'pg_restore'): Promise<string> {
  const dir = (await postgresBinDirs()).find((d) => existsSync(join(d, name)));
  if (dir === undefined) {
    throw badInput(
      `${name} was not found: a PostgreSQL store is backed up with PostgreSQL's own tools; install them (\`apt-get install postgresql-client\`) or back the database up your usual way`,
    );
  }
  return join(dir, name);
}

/** The schema the URL's search path makes current: the one Truce's tables are in. */
async function currentSchema(url: string, where: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
    return rows[0]!.schema;
  } catch (error) {
    throw storeErrorOf(error, where);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL as libpq reads it: it takes `+` in a query literally, where URLs mean a space. */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = parsed.search.replace(/\+/g, '%20');
  return parsed.toString();
}

/**
 * A tool's reason, in its own words: the server's error when it passes one on, else its last
 * `error:` line, else its last line (the lines after an error only repeat the command).
 */
function reasonOf(error: unknown): string {
  const lines = String((error as { stderr?: unknown }).stderr ?? (error as Error).message)
    .trim()
    .split('\n');
  const fromServer = lines.findLast((line) => /Error message from server:/.test(line));
  if (fromServer !== undefined)
    return fromServer.replace(/^.*Error message from server:\s*(ERROR:\s*)?/, '');
  const failed = lines.findLast((line) => /^\w+: error: /.test(line));
  return failed?.replace(/^\w+: error: /, '') ?? lines.at(-1) ?? 'unknown';
}

/** What PostgreSQL says when a page it reads is damaged (SQLSTATE XX001, XX002). */
const DAMAGED_PAGE = /invalid page in block|could not read block|checksum verification failed/i;

/** pg_dump of Truce's schema, in pg_dump's custom format: consistent, from one snapshot. */
export async function backupPostgres(url: string, file: string, where: string): Promise<void> {
  const schema = await currentSchema(url, where);
  const tool = await postgresTool('pg_dump');
  try {
    await run(tool, [
      '--format=custom',
      `--schema=${schema}`,
      '--no-owner',
      `--file=${file}`,
      `--dbname=${libpqUrl(url)}`,
    ]);
  } catch (error) {
    // pg_dump leaves what it wrote before failing; a part of a record is no backup.
    await rm(file, { force: true });
    const reason = reasonOf(error);
    if (DAMAGED_PAGE.test(reason)) {
      throw corrupt(
        `the database is damaged (${reason}), so no backup was written; restore an earlier backup with \`truce restore\``,
        where,
      );
    }
    throw unavailable(`pg_dump could not back up ${where}: ${reason}`);
  }
}

/**
 * pg_restore of a backup into the database the URL names, where Truce's schema must not exist
 * yet: a dump recreates its schema under its own name, and a restore never mixes two records.
 */
export async function restorePostgres(url: string, file: string, where: string): Promise<void> {
  const tool = await postgresTool('pg_restore');
  try {
    await run(tool, ['--no-owner', '--exit-on-error', `--dbname=${libpqUrl(url)}`, file]);
  } catch (error) {
    throw badInput(`pg_restore could not restore ${file} into ${where}: ${reasonOf(error)}`);
  }
}
