import { SqliteDialect, type Driver, type SqliteDialectConfig } from 'kysely';
import { SqliteStoreDriver } from './sqlite-driver.js';

/** Kysely's SQLite dialect with the store's driver. */
export class SqliteStoreDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new SqliteStoreDriver(this.#config);
  }
}
