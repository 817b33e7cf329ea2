import type { Kysely } from 'kysely';
import type { ProjectionTable } from '../core/ledger/projection.js';
import { sql } from './kysely.js';
import {
  PROJECTION_COLUMNS,
  PROJECTION_KEYS,
  PROJECTION_TABLES,
  type ProjectionTableName,
  type ProjectionTables,
  type StoreSchema,
} from './store-schema.js';

/** A projection row that does not match the ledger, with what is wrong in a sentence. */
export interface ProjectionProblem {
  readonly kind: 'projection';
  readonly table: ProjectionTable;
  readonly id: string;
  readonly detail: string;
}

type Row = Record<string, unknown>;

/** Where verify's replay writes: temporary tables, seen by its own connection only. */
export const SCRATCH_TABLES: ProjectionTables = Object.fromEntries(
  PROJECTION_TABLES.map((table) => [table, `replay_${table}`]),
) as Record<ProjectionTableName, string>;

/** How a row is named in a report: the domain table and id it belongs to, and a phrase. */
const named: Record<
  ProjectionTableName,
  (row: Row) => Omit<ProjectionProblem, 'kind' | 'detail'> & { what: string }
> = {
  sources: (row) => ({ table: 'sources', id: String(row.id), what: `source ${row.id}` }),
  source_aliases: (row) => ({
    table: 'sources',
    id: String(row.source_id),
    what: `the alias "${row.alias_key}" of source ${row.source_id}`,
  }),
  documents: (row) => ({ table: 'documents', id: String(row.id), what: `document ${row.id}` }),
  claims: (row) => ({ table: 'claims', id: String(row.id), what: `claim ${row.id}` }),
  claim_parties: (row) => ({
    table: 'claims',
    id: String(row.claim),
    what: `the party "${row.party}" of claim ${row.claim}`,
  }),
  claim_agreements: (row) => ({
    table: 'claim_agreements',
    id: String(row.claim),
    what: `the assignment of claim ${row.claim} to agreement ${row.agreement}`,
  }),
  agreements: (row) => ({
    table: 'agreements',
    id: `${row.id}@${row.version}`,
    what: `agreement ${row.id} version ${row.version}`,
  }),
};

const keysOf = (table: ProjectionTableName): readonly string[] => PROJECTION_KEYS[table];

/** `a.k1 = b.k1 and a.k2 = b.k2 …` over a table's key. */
const sameKey = (table: ProjectionTableName, a: string, b: string) =>
  sql.join(
    keysOf(table).map((key) => sql`${sql.ref(`${a}.${key}`)} = ${sql.ref(`${b}.${key}`)}`),
    sql` and `,
  );

const keyOrder = (table: ProjectionTableName, alias: string) =>
  sql.join(keysOf(table).map((key) => sql.ref(`${alias}.${key}`)));

/**
 * Compares every stored projection row, column by column, with the rows a replay wrote into
 * `replayed`, and returns the first (by table, then key) that was edited, added or removed
 * behind the ledger's back. The database joins the two, so nothing is held in memory.
 */
export async function compareProjections(
  db: Kysely<StoreSchema>,
  replayed: ProjectionTables,
): Promise<{ readonly rows: number; readonly problem: ProjectionProblem | undefined }> {
  let rows = 0;
  for (const table of PROJECTION_TABLES) {
    const problem = (row: Row, says: (what: string) => string): ProjectionProblem => {
      const { what, ...where } = named[table](row);
      return { kind: 'projection', ...where, detail: says(what) };
    };
    const stored = sql.table(table);
    const fromReplay = sql.table(replayed[table]);
    const columns: readonly string[] = PROJECTION_COLUMNS[table];
    const differs = sql.join(
      columns.map((c) => sql`${sql.ref(`s.${c}`)} is distinct from ${sql.ref(`r.${c}`)}`),
      sql` or `,
    );
    const firstKey = sql.ref(`r.${keysOf(table)[0]!}`);
    const {
      rows: [wrong],
    } = await sql<Row>`
      select s.* from ${stored} s left join ${fromReplay} r on ${sameKey(table, 's', 'r')}
      where ${firstKey} is null or ${differs}
      order by ${keyOrder(table, 's')} limit 1
    `.execute(db);
    if (wrong !== undefined) {
      const byKey = sql.join(
        keysOf(table).map((key) => sql`${sql.ref(key)} = ${wrong[key]}`),
        sql` and `,
      );
      const {
        rows: [want],
      } = await sql<Row>`select * from ${fromReplay} where ${byKey}`.execute(db);
      if (want === undefined) {
        return {
          rows,
          problem: problem(wrong, (what) => `${what} is stored, but no ledger entry wrote it`),
        };
      }
      const column = columns.find((c) => want[c] !== wrong[c]) ?? columns[0]!;
      return {
        rows,
        problem: problem(wrong, (what) => `${what} differs from the ledger in its ${column}`),
      };
    }
    const {
      rows: [missing],
    } = await sql<Row>`
      select r.* from ${fromReplay} r
      where not exists (select 1 from ${stored} s where ${sameKey(table, 's', 'r')})
      order by ${keyOrder(table, 'r')} limit 1
    `.execute(db);
    if (missing !== undefined) {
      return {
        rows,
        problem: problem(missing, (what) => `${what} is missing, though the ledger wrote it`),
      };
    }
    const {
      rows: [counted],
    } = await sql<{ count: number | string }>`select count(*) as count from ${stored}`.execute(db);
    rows += Number(counted?.count ?? 0);
  }
  return { rows, problem: undefined };
}

/** Makes empty scratch tables shaped like the projection tables, keyed as they are. */
export async function createScratchTables(
  db: Kysely<StoreSchema>,
  scratch: ProjectionTables,
): Promise<void> {
  await dropScratchTables(db, scratch);
  for (const table of PROJECTION_TABLES) {
    const into = scratch[table];
    await sql`create temporary table ${sql.table(into)} as select * from ${sql.table(table)} where 1 = 0`.execute(
      db,
    );
    await sql`create unique index ${sql.ref(`${into}_key`)} on ${sql.table(into)} (${sql.join(
      keysOf(table).map((key) => sql.ref(key)),
    )})`.execute(db);
  }
}

export async function dropScratchTables(
  db: Kysely<StoreSchema>,
  scratch: ProjectionTables,
): Promise<void> {
  for (const table of PROJECTION_TABLES) {
    await sql`drop table if exists ${sql.table(scratch[table])}`.execute(db);
  }
}
