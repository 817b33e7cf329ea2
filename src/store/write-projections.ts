import type { Kysely } from 'kysely';
import { sql } from './kysely.js';
import type { ProjectedRow } from '../core/ledger/projection.js';
import type { KnownJson } from './change-text.js';
import { inChunks } from './in-chunks.js';
import { tableRowsOf } from './projection-rows.js';
import {
  PROJECTION_KEYS,
  PROJECTION_TABLES,
  STORED_TABLES,
  type ProjectionTableName,
  type ProjectionTables,
  type StoreSchema,
} from './store-schema.js';

/**
 * Inserts projected rows or replaces them whole, as the ledger means them, a few hundred at a
 * time so a rebuild never holds every row's text at once. Rows come parents first (as the
 * ledger wrote them), and each run is written parents first, so the foreign keys hold.
 * `tables` names where each table's rows go: the stored tables unless a replay says otherwise;
 * `known` holds claims' canonical JSON already written for their ledger entries.
 */
export async function writeProjections(
  db: Kysely<StoreSchema>,
  written: Iterable<ProjectedRow>,
  tables: ProjectionTables = STORED_TABLES,
  known?: KnownJson,
): Promise<void> {
  for (const run of inChunks(written)) {
    const rows = tableRowsOf(run, known);
    // A replaced source's aliases go with it.
    if (rows.sources.length > 0) {
      const ids = rows.sources.map((source) => source.id);
      await sql`delete from ${sql.table(tables.source_aliases)} where source_id in (${sql.join(ids)})`.execute(
        db,
      );
    }
    // So do a replaced claim's party rows: an edit may name other parties.
    for (const chunk of inChunks(rows.claims.map((claim) => claim.id))) {
      await sql`delete from ${sql.table(tables.claim_parties)} where claim in (${sql.join(chunk)})`.execute(
        db,
      );
    }
    for (const { claim, agreement } of rows.unassigned) {
      await sql`
        delete from ${sql.table(tables.claim_agreements)}
        where claim = ${claim} and agreement = ${agreement}
      `.execute(db);
    }
    for (const table of PROJECTION_TABLES) {
      for (const chunk of inChunks<Record<string, unknown>>(rows[table])) {
        await upsert(table, tables[table], chunk).execute(db);
      }
    }
  }
}

/** `insert … on conflict (key) do update`: the same statement in SQLite and PostgreSQL. */
function upsert(
  table: ProjectionTableName,
  into: string,
  rows: readonly Record<string, unknown>[],
) {
  const keys: readonly string[] = PROJECTION_KEYS[table];
  const columns = Object.keys(rows[0] ?? {});
  const values = rows.map((row) => sql`(${sql.join(columns.map((column) => row[column]))})`);
  const updates = columns
    .filter((column) => !keys.includes(column))
    .map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`);
  return sql`
    insert into ${sql.table(into)} (${sql.join(columns.map((column) => sql.ref(column)))})
    values ${sql.join(values)}
    on conflict (${sql.join(keys.map((key) => sql.ref(key)))})
    ${updates.length === 0 ? sql`do nothing` : sql`do update set ${sql.join(updates)}`}
  `;
}
