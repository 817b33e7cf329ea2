import type { DatabaseConnection, SqliteDialectConfig, TransactionSettings } from 'kysely';
import { CompiledQuery, SqliteDriver } from '../kysely.js';
import { conflict } from '../../core/errors.js';
import { explainErrorsOf, storeErrorOf } from '../database-errors.js';

/**
 * Begins every read-write transaction with BEGIN IMMEDIATE, taking the file's write lock up
 * front (waiting up to the busy timeout), so reading the chain's head and appending after it
 * cannot race another process, and no lock upgrade can deadlock. Read-only ones stay deferred.
 * A damaged or foreign file fails every query with one sentence naming the data directory.
 */
export class SqliteStoreDriver extends SqliteDriver {
  readonly #where: string;

  constructor(config: SqliteDialectConfig, where: string) {
    super(config);
    this.#where = where;
  }

  override async init(): Promise<void> {
    try {
      await super.init();
    } catch (error) {
      throw storeErrorOf(error, this.#where);
    }
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return explainErrorsOf(await super.acquireConnection(), this.#where);
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings = {},
  ): Promise<void> {
    const begin = settings.accessMode === 'read only' ? 'begin deferred' : 'begin immediate';
    try {
      await connection.executeQuery(CompiledQuery.raw(begin));
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
      throw conflict(
        'the data directory is busy: another process kept its write lock past the busy timeout; try again',
      );
    }
  }
}
