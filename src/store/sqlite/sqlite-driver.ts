import {
  CompiledQuery,
  SqliteDriver,
  type DatabaseConnection,
  type TransactionSettings,
} from 'kysely';
import { conflict } from '../../core/errors.js';

/**
 * Begins every read-write transaction with BEGIN IMMEDIATE, taking the file's write lock up
 * front (waiting up to the busy timeout), so reading the chain's head and appending after it
 * cannot race another process, and no lock upgrade can deadlock. Read-only ones stay deferred.
 */
export class SqliteStoreDriver extends SqliteDriver {
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
