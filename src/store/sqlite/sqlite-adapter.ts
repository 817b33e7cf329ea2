import { SqliteAdapter } from '../kysely.js';
import type { CachedStatements } from './sqlite-statement-cache.js';

/**
 * Kysely's SQLite adapter, which also holds the store's open database once the driver has opened
 * it, so that writes inside a transaction can run its prepared statements directly
 * (`sqlite-insert-rows.ts`). A transaction shares its store's adapter.
 */
export class SqliteStoreAdapter extends SqliteAdapter {
  /** Names the store in messages about a damaged file. */
  readonly where: string;
  #statements: CachedStatements | undefined;

  constructor(where: string) {
    super();
    this.where = where;
  }

  /** The open database; undefined before the first query has opened it. */
  get statements(): CachedStatements | undefined {
    return this.#statements;
  }

  opened(statements: CachedStatements): CachedStatements {
    this.#statements = statements;
    return statements;
  }
}
