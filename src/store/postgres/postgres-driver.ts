import type { DatabaseConnection, PostgresDialectConfig, TransactionSettings } from 'kysely';
import { CompiledQuery, PostgresDriver } from '../kysely.js';
import { explainErrorsOf, storeErrorOf } from '../database-errors.js';

/** The connection Kysely's PostgreSQL driver hands out (a type it does not export). */
type PostgresConnection = Parameters<PostgresDriver['rollbackTransaction']>[0];

/** One lock per schema, so stores in other schemas of the same database do not wait on it. */
const LOCK_LEDGER = CompiledQuery.raw(
  `select pg_advisory_xact_lock(hashtextextended('truce:' || coalesce(current_schema(), ''), 0))`,
);

/**
 * Takes a transaction-scoped advisory lock at the start of every read-write transaction, so
 * appenders on several servers sharing the database take turns: reading the chain's head and
 * appending after it cannot race. Readers take no lock. A database that does not answer, or
 * answers with damage, fails with one sentence naming it.
 */
export class PostgresStoreDriver extends PostgresDriver {
  readonly #where: string;

  constructor(config: PostgresDialectConfig, where: string) {
    super(config);
    this.#where = where;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    let connection: DatabaseConnection;
    try {
      connection = await super.acquireConnection();
    } catch (error) {
      throw storeErrorOf(error, this.#where);
    }
    return explainErrorsOf(connection, this.#where);
  }

  override async beginTransaction(
    connection: PostgresConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await super.beginTransaction(connection, settings);
    if (settings.accessMode === 'read only') return;
    try {
      await connection.executeQuery(LOCK_LEDGER);
    } catch (error) {
      // Kysely rolls back only transactions that began; this one did, so end it here.
      await this.rollbackTransaction(connection);
      throw error;
    }
  }
}
