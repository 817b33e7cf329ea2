import type { Driver, SqliteDialectConfig } from 'kysely';
import { SqliteDialect } from '../kysely.js';
import { SqliteStoreDriver } from './sqlite-driver.js';

/** Kysely's SQLite dialect with the store's driver. */
export class SqliteStoreDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #where: string;

  /** `where` names the store in messages about a damaged file. */
  constructor(config: SqliteDialectConfig, where: string) {
    super(config);
    this.#config = config;
    this.#where = where;
  }

  override createDriver(): Driver {
    return new SqliteStoreDriver(this.#config, this.#where);
  }
}
