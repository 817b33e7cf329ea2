import { storeErrorOf } from '../database-errors.js';
import type { SqliteStoreAdapter } from './sqlite-adapter.js';

/**
 * Runs `insert`, a one-row statement, once for each row, straight through better-sqlite3: one
 * call a row and no promise, the values copied into one array reused for every row. Only inside
 * a transaction, whose lock and rollback cover the rows as they cover a many-row statement's.
 * On SQLite one row a statement costs less than the same rows in statements of hundreds
 * (decisions 0200, 0207).
 */
export function insertEachRow(
  adapter: SqliteStoreAdapter,
  insert: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): void {
  const statements = adapter.statements;
  if (statements === undefined) throw new Error('the SQLite store is not open');
  const values: unknown[] = new Array(columns.length);
  try {
    const statement = statements.prepare(insert);
    for (const row of rows) {
      for (let c = 0; c < columns.length; c += 1) values[c] = row[columns[c]!];
      statement.run(values);
    }
  } catch (error) {
    throw storeErrorOf(error, adapter.where);
  }
}
