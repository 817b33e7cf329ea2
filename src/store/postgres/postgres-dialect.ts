import { PostgresDialect, type Driver, type PostgresDialectConfig } from 'kysely';
import { PostgresStoreDriver } from './postgres-driver.js';

/** Kysely's PostgreSQL dialect with the store's driver. */
export class PostgresStoreDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;

  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new PostgresStoreDriver(this.#config);
  }
}
