import type { DialectAdapter, Driver, SqliteDialectConfig } from 'kysely';
import { SqliteDialect } from '../kysely.js';
import type { SqliteStoreAdapter } from './sqlite-adapter.js';
import { SqliteStoreDriver } from './sqlite-driver.js';

/** Kysely's SQLite dialect with the store's driver and adapter. */
export class SqliteStoreDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #adapter: SqliteStoreAdapter;

  /** The adapter names the store in messages about a damaged file, and holds its database. */
  constructor(config: SqliteDialectConfig, adapter: SqliteStoreAdapter) {
    super(config);
    this.#config = config;
    this.#adapter = adapter;
  }

  override createDriver(): Driver {
    return new SqliteStoreDriver(this.#config, this.#adapter.where);
  }

  override createAdapter(): DialectAdapter {
    return this.#adapter;
  }
}
