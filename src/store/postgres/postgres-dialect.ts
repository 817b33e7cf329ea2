import type { Driver, PostgresDialectConfig } from 'kysely';
import { PostgresDialect } from '../kysely.js';
import { PostgresStoreDriver } from './postgres-driver.js';

/** Kysely's PostgreSQL dialect with the store's driver. */
export class PostgresStoreDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  readonly #where: string;

  /** `where` names the store in messages about an unreachable or damaged database. */
  constructor(config: PostgresDialectConfig, where: string) {
    super(config);
    this.#config = config;
    this.#where = where;
  }

  override createDriver(): Driver {
    return new PostgresStoreDriver(this.#config, this.#where);
  }
}
