import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { badInput, corrupt } from '../../core/errors.js';
import { storeErrorOf } from '../database-errors.js';
import { DATABASE_FILE } from './sqlite-data-dir.js';

/**
 * Copies the data directory's database to `file` with SQLite's online backup API: a
 * consistent copy while a server goes on writing (WAL readers never block the writer).
 */
export async function backupSqlite(dataDir: string, file: string): Promise<void> {
  const source = new Database(join(dataDir, DATABASE_FILE), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    await source.backup(file);
  } catch (error) {
    await rm(file, { force: true });
    throw storeErrorOf(error, dataDir);
  } finally {
    source.close();
  }
  // The backup API copies pages as they are, damaged ones too; a copy of damage is no backup.
  const damage = quickCheckFindings(file);
  if (damage !== undefined) {
    await Promise.all(['', '-wal', '-shm'].map((end) => rm(`${file}${end}`, { force: true })));
    throw corrupt(
      `the database is damaged (SQLite's quick_check found: ${damage}), so no backup was written; keep the data directory as it is and restore an earlier backup with \`truce restore\``,
      dataDir,
    );
  }
}

/** What SQLite's quick_check finds wrong with `file` (its first few findings), if anything. */
function quickCheckFindings(file: string): string | undefined {
  // Read-write, though nothing is written: closing then removes the -wal and -shm files that
  // opening a WAL database makes, which a read-only connection would leave beside the backup.
  const copy = new Database(file, { fileMustExist: true });
  try {
    const findings = (copy.pragma('quick_check(5)') as Record<string, string>[]).map(
      (row) => Object.values(row)[0] ?? '',
    );
    return findings.length === 1 && findings[0] === 'ok' ? undefined : findings.join('; ');
  } catch (error) {
    return (error as Error).message;
  } finally {
    copy.close();
  }
}

/** Copies a backup into the data directory's database, which must hold no entries yet. */
export async function restoreSqlite(dataDir: string, file: string): Promise<void> {
  let backup: Database.Database;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw badInput(`${file} cannot be opened as a backup; give a file \`truce backup\` wrote`);
  }
  try {
    const hasLedger = backup
      .prepare(`select count(*) as n from sqlite_master where type = 'table' and name = 'ledger'`)
      .get() as { n: number };
    if (hasLedger.n !== 1) throw badInput(`${file} is not a Truce backup: it has no ledger`);
    await backup.backup(join(dataDir, DATABASE_FILE));
  } catch (error) {
    const explained = storeErrorOf(error, file);
    throw explained === error && error instanceof Error && 'code' in error
      ? badInput(`${file} is not a Truce backup (${error.message})`)
      : explained;
  } finally {
    backup.close();
  }
}
