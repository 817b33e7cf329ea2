import type { Kysely } from 'kysely';
import { sql } from './kysely.js';
import type { ProjectedRow } from '../core/ledger/projection.js';
import type { KnownJson } from './change-text.js';
import { inChunks } from './in-chunks.js';
import { tableRowsOf } from './projection-rows.js';
import { insertRows } from './insert-rows.js';
import {
  PROJECTION_COLUMNS,
  PROJECTION_KEYS,
  PROJECTION_TABLES,
  STORED_TABLES,
  type ProjectionTables,
  type StoreSchema,
} from './store-schema.js';

/** Where and how `writeProjections` writes. */
export interface ProjectionWrite {
  /** Where each table's rows go: the stored tables unless a replay says otherwise. */
  readonly tables?: ProjectionTables;
  /** Claims' canonical JSON already written for their ledger entries. */
  readonly known?: KnownJson;
  /**
   * Whether a claim may have rows already (it was read from the tables before this write).
   * A claim that cannot has no party rows to take back, which spares a delete per run.
   */
  readonly claimWasStored: (id: string) => boolean;
  /**
   * Whether no row of a claim can exist yet, so its rows are plain inserts (by COPY on
   * PostgreSQL) instead of upserts. Only an append can say so: it has read every claim its
   * changes name, and refuses to add one that exists. Unset, every row is an upsert.
   */
  readonly claimIsNew?: (id: string) => boolean;
}

/** The tables whose rows belong to one claim, by the column that names it. */
const CLAIM_TABLES = { claims: 'id', claim_parties: 'claim', claim_agreements: 'claim' } as const;

/**
 * Inserts projected rows or replaces them whole, as the ledger means them, a few hundred at a
 * time so a rebuild never holds every row's text at once. Rows come parents first (as the
 * ledger wrote them), and each run is written parents first, so the foreign keys hold.
 */
export async function writeProjections(
  db: Kysely<StoreSchema>,
  written: Iterable<ProjectedRow>,
  { tables = STORED_TABLES, known, claimWasStored, claimIsNew }: ProjectionWrite,
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
    const replaced = rows.claims.filter((claim) => claimWasStored(claim.id));
    for (const chunk of inChunks(replaced.map((claim) => claim.id))) {
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
      const written: readonly Record<string, unknown>[] = rows[table];
      if (written.length === 0) continue;
      const columns = PROJECTION_COLUMNS[table];
      const by =
        claimIsNew === undefined ? undefined : CLAIM_TABLES[table as keyof typeof CLAIM_TABLES];
      if (by === undefined) {
        await insertRows(db, tables[table], columns, written, PROJECTION_KEYS[table]);
        continue;
      }
      const fresh = written.filter((row) => claimIsNew!(row[by] as string));
      const others = written.filter((row) => !claimIsNew!(row[by] as string));
      await insertRows(db, tables[table], columns, fresh);
      await insertRows(db, tables[table], columns, others, PROJECTION_KEYS[table]);
    }
  }
}
