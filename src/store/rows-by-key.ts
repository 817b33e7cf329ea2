import type { Kysely } from 'kysely';
import { CompiledQuery, sql } from './kysely.js';
import { inChunks } from './in-chunks.js';
import { statementText } from './statement-text.js';
import type { StoreSchema } from './store-schema.js';

/**
 * The `columns` of the rows of `table` whose `key` column holds one of `keys`, a chunk of keys
 * a query. Each query's text is compiled once per table, columns and number of keys: an
 * append looks up the rows every batch names, and a query tree built for each batch cost an
 * import more than running the lookups (decision 0207).
 */
export async function rowsByKey<
  Table extends keyof StoreSchema,
  Column extends keyof StoreSchema[Table] & string,
>(
  db: Kysely<StoreSchema>,
  table: Table,
  columns: readonly Column[],
  key: keyof StoreSchema[Table] & string,
  keys: Iterable<string>,
): Promise<Pick<StoreSchema[Table], Column>[]> {
  type Row = Pick<StoreSchema[Table], Column>;
  const rows: Row[] = [];
  for (const chunk of inChunks(keys)) {
    const shape = `select|${table}|${columns.join(',')}|${key}|${chunk.length}`;
    const text = statementText(db, shape, () => {
      const list = sql.join(chunk.map(() => null));
      const selected = sql.join(columns.map((column) => sql.ref(column)));
      return sql`select ${selected} from ${sql.table(table)} where ${sql.ref(key)} in (${list})`.compile(
        db,
      ).sql;
    });
    const found = await db.executeQuery<Row>(CompiledQuery.raw(text, chunk));
    rows.push(...found.rows);
  }
  return rows;
}
