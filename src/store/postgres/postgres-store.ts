import { Kysely, sql } from '../kysely.js';
import pg from 'pg';
import { badInput } from '../../core/errors.js';
import { openKyselyStore } from '../kysely-store.js';
import type { OpenMode } from '../migrate-schema.js';
import type { SecondaryIndex, StoreDialect } from '../store-dialect.js';
import type { StoreSchema } from '../store-schema.js';
import type { Store } from '../store.js';
import { PostgresCopyClient } from './postgres-copy-client.js';
import { PostgresStoreDialect } from './postgres-dialect.js';

/** Connections per process; appends take turns anyway, reads share the rest. */
const POOL_SIZE = 10;

const postgresDialect: StoreDialect = {
  name: 'postgres',
  async hasTable(db, table) {
    // Read pg_tables, not to_regclass: the catalog cache may predate the lock we waited on.
    const { rows } = await sql<{ found: boolean }>`
      select exists (
        select 1 from pg_catalog.pg_tables
        where schemaname = current_schema() and tablename = ${table}
      ) as found
    `.execute(db);
    return rows[0]?.found === true;
  },
  // PostgreSQL checks its own pages (data checksums, when the cluster has them on) and
  // reports damage as a query error; a schema-level check would need the amcheck extension.
  fileProblem: async () => undefined,
  verifyAccess: 'read write',
  async secondaryIndexes(db, tables) {
    const { rows } = await sql<SecondaryIndex>`
      select c.relname as name, pg_get_indexdef(i.indexrelid) as "create"
      from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_class t on t.oid = i.indrelid
      where t.relnamespace = current_schema()::regnamespace
        and t.relname in (${sql.join(tables)})
        and not i.indisunique and not i.indisprimary
      order by c.relname
    `.execute(db);
    return rows;
  },
};

/** How long to wait for a server that does not answer before saying so. */
const CONNECT_TIMEOUT_MS = 10_000;

/** Kysely on a PostgreSQL database, through a small pool. */
export function postgresKysely(url: string): Kysely<StoreSchema> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    Client: PostgresCopyClient,
  });
  // An idle connection that dies is dropped by the pool, and the next query opens another;
  // without a listener its error would crash the process.
  pool.on('error', () => {});
  return new Kysely<StoreSchema>({
    dialect: new PostgresStoreDialect({ pool }, withoutPassword(url)),
  });
}

/** The store in the database (and search path) that `url` names. */
export async function openPostgresStore(url: string, mode: OpenMode): Promise<Store> {
  checkPostgresUrl(url);
  return openKyselyStore(postgresKysely(url), postgresDialect, mode, withoutPassword(url));
}

/** Refuses, in a sentence, a DATABASE_URL that cannot name a PostgreSQL database. */
function checkPostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput(
      'DATABASE_URL is not a URL; write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw badInput(
      `DATABASE_URL starts with ${parsed.protocol}//, not postgres://; Truce stores in PostgreSQL, or in SQLite when DATABASE_URL is unset`,
    );
  }
}

/** The URL as it may appear in a message. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
