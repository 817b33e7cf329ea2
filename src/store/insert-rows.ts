import type { Kysely } from 'kysely';
import { CompiledQuery, PostgresAdapter, sql } from './kysely.js';
import { inChunks } from './in-chunks.js';
import { copyRows } from './postgres/postgres-copy-rows.js';
import { SqliteStoreAdapter } from './sqlite/sqlite-adapter.js';
import { insertEachRow } from './sqlite/sqlite-insert-rows.js';
import { statementText } from './statement-text.js';
import type { StoreSchema } from './store-schema.js';

/**
 * Inserts rows (all with the same `columns`, in that order). With `keys`, a row whose key is
 * taken replaces the stored one (`on conflict … do update`, the same in SQLite and PostgreSQL).
 * The statement is compiled once per table, column list and row count and then run as text:
 * no query tree per batch, and on SQLite the same text finds its prepared statement in the
 * cache. Inside a transaction on SQLite, a one-row statement runs for each row, synchronously
 * (decision 0207); elsewhere rows go a few hundred per statement, with a flat list of values.
 * Without `keys`, on PostgreSQL, the rows go in by one `copy … from stdin` (decision 0072).
 */
export async function insertRows(
  db: Kysely<StoreSchema>,
  into: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  keys?: readonly string[],
): Promise<void> {
  if (rows.length === 0) return;
  const adapter = db.getExecutor().adapter;
  if (keys === undefined && adapter instanceof PostgresAdapter) {
    const text = `copy ${quoted(into)} (${columns.map(quoted).join(', ')}) from stdin`;
    await db.executeQuery(CompiledQuery.raw(text, [copyRows(columns, rows)]));
    return;
  }
  if (adapter instanceof SqliteStoreAdapter && db.isTransaction) {
    insertEachRow(adapter, insertText(db, into, columns, 1, keys), columns, rows);
    return;
  }
  for (const chunk of inChunks(rows)) {
    const parameters: unknown[] = new Array(chunk.length * columns.length);
    let i = 0;
    for (const row of chunk) for (const column of columns) parameters[i++] = row[column];
    const text = insertText(db, into, columns, chunk.length, keys);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

/** A name as PostgreSQL quotes it. */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The statement that inserts `count` rows, compiled once per table, columns, count and keys. */
function insertText(
  db: Kysely<StoreSchema>,
  into: string,
  columns: readonly string[],
  count: number,
  keys: readonly string[] | undefined,
): string {
  const shape = `insert|${into}|${columns.join(',')}|${count}|${keys?.join(',') ?? ''}`;
  return statementText(
    db,
    shape,
    () => insertStatement(into, columns, count, keys).compile(db).sql,
  );
}

function insertStatement(
  into: string,
  columns: readonly string[],
  count: number,
  keys: readonly string[] | undefined,
) {
  const row = sql`(${sql.join(columns.map(() => null))})`;
  const values = sql.join(Array.from({ length: count }, () => row));
  const head = sql`insert into ${sql.table(into)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${values}`;
  if (keys === undefined) return head;
  const updates = columns
    .filter((column) => !keys.includes(column))
    .map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`);
  return sql`${head}
    on conflict (${sql.join(keys.map((key) => sql.ref(key)))})
    ${updates.length === 0 ? sql`do nothing` : sql`do update set ${sql.join(updates)}`}`;
}
