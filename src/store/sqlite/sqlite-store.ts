import Database from 'better-sqlite3';
import { Kysely, sql } from '../kysely.js';
import { isTruceError } from '../../core/errors.js';
import { openKyselyStore } from '../kysely-store.js';
import type { OpenMode } from '../migrate-schema.js';
import type { SecondaryIndex, StoreDialect } from '../store-dialect.js';
import type { StoreSchema } from '../store-schema.js';
import type { Store } from '../store.js';
import { prepareDataDir } from './sqlite-data-dir.js';
import { SqliteStoreAdapter } from './sqlite-adapter.js';
import { SqliteStoreDialect } from './sqlite-dialect.js';
import { withStatementCache } from './sqlite-statement-cache.js';

/** How long a process waits for another's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  async hasTable(db, table) {
    const { rows } = await sql<{ found: number }>`
      select count(*) as found from sqlite_master where type = 'table' and name = ${table}
    `.execute(db);
    return Number(rows[0]?.found) > 0;
  },
  async fileProblem(db, fast) {
    const check = fast ? 'quick_check' : 'integrity_check';
    let findings: string[];
    try {
      // At most a few findings: the first says the file is damaged, which is what matters.
      const { rows } = await sql.raw<Record<string, string>>(`pragma ${check}(5)`).execute(db);
      findings = rows.map((row) => Object.values(row)[0] ?? '');
    } catch (error) {
      // A page so damaged the check itself fails: the driver's sentence already says so.
      if (isTruceError(error)) return error.message;
      findings = [(error as Error).message];
    }
    if (findings.length === 1 && findings[0] === 'ok') return undefined;
    return `the database file is damaged below the ledger (SQLite's ${check} found: ${findings.join('; ')}); restore it from a backup with \`truce restore\``;
  },
  verifyAccess: 'read only',
  async secondaryIndexes(db, tables) {
    // Indexes a constraint makes have no statement (`sql` is null) and stay.
    const { rows } = await sql<SecondaryIndex>`
      select name, sql as "create" from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})
      order by name
    `.execute(db);
    return rows.filter((index) => !/^\s*create\s+unique\b/i.test(index.create));
  },
};

/**
 * Kysely on a SQLite file: WAL, so readers never block the writer; synchronous=FULL, so an
 * acknowledged commit survives a power cut (decision 0016); foreign keys on; a busy timeout,
 * so a second process waits for the lock instead of failing at once.
 */
export function sqliteKysely(file: string, where: string = file): Kysely<StoreSchema> {
  const adapter = new SqliteStoreAdapter(where);
  const open = async () => {
    const database = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    return adapter.opened(withStatementCache(database));
  };
  return new Kysely<StoreSchema>({ dialect: new SqliteStoreDialect({ database: open }, adapter) });
}

/** The store in `<dataDir>/truce.sqlite`. */
export async function openSqliteStore(dataDir: string, mode: OpenMode): Promise<Store> {
  const file = await prepareDataDir(dataDir, mode);
  return openKyselyStore(sqliteKysely(file, dataDir), sqliteDialect, mode, dataDir);
}
