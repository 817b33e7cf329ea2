import type { Kysely } from 'kysely';
import { badInput, corrupt, notFound } from '../core/errors.js';
import { SCHEMA_MIGRATIONS } from './migrations/schema-migrations.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreSchema } from './store-schema.js';

/** The schema version this code writes: how many migrations it knows. */
export const SCHEMA_VERSION = SCHEMA_MIGRATIONS.length;

/** `init` creates what is missing; `open` wants a store that `init` made. */
export type OpenMode = 'init' | 'open';

const VERSION_KEY = 'schema_version';

/**
 * Brings the schema to this version: creates it (on `init`), upgrades an older one, and
 * refuses one written by a newer Truce. `where` names the store in messages.
 */
export async function migrateSchema(
  db: Kysely<StoreSchema>,
  dialect: StoreDialect,
  mode: OpenMode,
  where: string,
): Promise<void> {
  const found = await schemaVersion(db, dialect, where);
  if (found === SCHEMA_VERSION) return;
  if (found === undefined && mode === 'open') {
    throw notFound('there is no Truce store here yet; run `truce init` first', where);
  }
  await db.transaction().execute(async (trx) => {
    // Read again under the write lock: another process may have migrated in between.
    const current = (await schemaVersion(trx, dialect, where)) ?? 0;
    for (const migration of SCHEMA_MIGRATIONS.slice(current)) {
      await migration.up(trx);
    }
    const value = String(SCHEMA_VERSION);
    await trx
      .insertInto('meta')
      .values({ key: VERSION_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  });
}

/** The stored schema version; undefined when there is no schema yet. */
async function schemaVersion(
  db: Kysely<StoreSchema>,
  dialect: StoreDialect,
  where: string,
): Promise<number | undefined> {
  if (!(await dialect.hasTable(db, 'meta'))) return undefined;
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', VERSION_KEY)
    .executeTakeFirst();
  const version = Number(row?.value);
  if (!Number.isInteger(version) || version < 1) {
    throw corrupt(`the schema version recorded in meta is unreadable (${row?.value})`, where);
  }
  if (version > SCHEMA_VERSION) {
    throw badInput(
      `this store was written by a newer version of Truce (schema version ${version}; this version knows up to ${SCHEMA_VERSION}); upgrade Truce to open it`,
      where,
    );
  }
  return version;
}
