import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { badInput, conflict, notFound } from '../core/errors.js';
import { initStore, openStore, type StoreConfig } from './open-store.js';
import { backupPostgres, restorePostgres } from './postgres/postgres-backup.js';
import { withoutPassword } from './postgres/postgres-store.js';
import { backupSqlite, restoreSqlite } from './sqlite/sqlite-backup.js';

/** Refuses a destination that exists, or whose folder does not: a backup replaces nothing. */
async function checkNewFile(file: string): Promise<void> {
  if (await stat(file).catch(() => null)) {
    throw badInput(`${file} already exists; a backup never replaces a file, so choose a new name`);
  }
  const folder = await stat(dirname(file)).catch(() => null);
  if (!folder?.isDirectory()) throw badInput(`the folder ${dirname(file)} does not exist`);
}

/** A consistent copy of the whole record in `file`, taken while others may go on writing. */
export async function backupStore(config: StoreConfig, file: string): Promise<void> {
  await checkNewFile(file);
  // Opening checks there is a record there, with one sentence if not.
  await (await openStore(config)).close();
  if (config.kind === 'sqlite') await backupSqlite(config.dataDir, file);
  else await backupPostgres(config.url, file, withoutPassword(config.url));
}

/** Restores a backup into a store that holds nothing yet. */
export async function restoreStore(config: StoreConfig, file: string): Promise<void> {
  if (!(await stat(file).catch(() => null))?.isFile()) throw notFound(`no such backup: ${file}`);
  if (config.kind === 'sqlite') {
    const store = await initStore(config);
    try {
      if ((await store.entryCount()) > 0) {
        throw conflict(
          `${config.dataDir} already holds a record; restore into a new data directory (--data)`,
        );
      }
    } finally {
      await store.close();
    }
    await restoreSqlite(config.dataDir, file);
  } else {
    await restorePostgres(config.url, file, withoutPassword(config.url));
  }
}
