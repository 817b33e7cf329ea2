import type { Kysely } from 'kysely';
import { sql } from './kysely.js';
import type { StoreSchema } from './store-schema.js';

const ROWS_PER_PAGE = 1000;

/**
 * Reads a table in primary-key order a page at a time, each page starting after the last
 * key seen, so a large table is never held whole and no connection stays reserved between
 * pages (a caller may query the store while it iterates).
 */
export async function* pagedRows<Table extends keyof StoreSchema>(
  db: Kysely<StoreSchema>,
  table: Table,
  keyColumns: readonly string[],
  after?: readonly unknown[],
): AsyncGenerator<StoreSchema[Table]> {
  for await (const page of rowPages<StoreSchema[Table]>(db, table, keyColumns, after)) {
    yield* page;
  }
}

/** The pages `pagedRows` reads, whole: for work done a page at a time. */
export async function* rowPages<Row>(
  db: Kysely<StoreSchema>,
  table: string,
  keyColumns: readonly string[],
  after?: readonly unknown[],
  rowsPerPage = ROWS_PER_PAGE,
): AsyncGenerator<readonly Row[]> {
  const keys = sql.join(keyColumns.map((column) => sql.ref(column)));
  let last = after;
  for (;;) {
    const from = last === undefined ? sql`` : sql`where (${keys}) > (${sql.join(last)})`;
    const { rows } = await sql<Row>`
      select * from ${sql.table(table)} ${from} order by ${keys} limit ${rowsPerPage}
    `.execute(db);
    if (rows.length > 0) yield rows;
    const end = rows.at(-1);
    if (end === undefined || rows.length < rowsPerPage) return;
    last = keyColumns.map((column) => (end as Record<string, unknown>)[column]);
  }
}
