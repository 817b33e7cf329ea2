import { join } from 'node:path';
import Database from 'better-sqlite3';
import { badInput } from '../../core/errors.js';
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
    throw storeErrorOf(error, dataDir);
  } finally {
    source.close();
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
