import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from '../kysely.js';

/**
 * Whether a table of the schema Truce works in has this column: a step that adds one checks
 * first, so a store taken back to an older version by its recorded number alone (as tests do)
 * upgrades again. PostgreSQL is asked about the current schema only, since several stores may
 * share one database.
 */
export async function hasColumn(
  db: Kysely<unknown>,
  table: string,
  column: string,
): Promise<boolean> {
  const { rows } =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await sql`
          select 1 from information_schema.columns
          where table_schema = current_schema() and table_name = ${table} and column_name = ${column}
        `.execute(db)
      : await sql`select 1 from pragma_table_info(${table}) where name = ${column}`.execute(db);
  return rows.length > 0;
}
