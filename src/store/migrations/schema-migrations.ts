import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial-schema.js';
import { claimAgreements } from './0002-claim-agreements.js';
import { accounts } from './0003-accounts.js';
import { everyChangeRevises } from './0004-every-change-revises.js';
import { claimPageIndexes } from './0005-claim-page-indexes.js';
import { claimReadingFields } from './0006-claim-reading-fields.js';

/**
 * One step of the schema, written once for both databases. As in Kysely, a migration sees an
 * untyped database: the schema as it was then, not as `StoreSchema` describes it now.
 */
export interface SchemaMigration extends Migration {
  readonly name: string;
}

/** Every migration, oldest first; the schema version is how many have run. Append only. */
export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  initialSchema,
  claimAgreements,
  accounts,
  everyChangeRevises,
  claimPageIndexes,
  claimReadingFields,
];
