import type { Kysely } from 'kysely';
import type { Store } from './store.js';
import type { StoreSchema } from './store-schema.js';

/**
 * The little that SQL cannot say the same way in both databases. Write locking differs too,
 * but lives in each dialect's driver, where transactions begin.
 */
export interface StoreDialect {
  readonly name: Store['dialect'];
  /** Whether the schema Truce works in has this table. */
  hasTable(db: Kysely<StoreSchema>, table: keyof StoreSchema): Promise<boolean>;
  /** What is wrong with the database file below the tables, in a sentence; undefined if nothing. */
  fileProblem(db: Kysely<StoreSchema>, fast: boolean): Promise<string | undefined>;
  /**
   * How verify's transaction is opened: it writes only temporary tables, which PostgreSQL
   * refuses in a read-only transaction, while SQLite reads its snapshot best without the
   * write lock a read-write transaction takes.
   */
  readonly verifyAccess: 'read only' | 'read write';
  /**
   * The indexes on these tables that no constraint needs (not primary keys, not unique), each
   * with the statement that makes it again: a rebuild drops them while it fills the tables
   * and makes them after, which sorts each index once instead of updating it row by row.
   */
  secondaryIndexes(db: Kysely<StoreSchema>, tables: readonly string[]): Promise<SecondaryIndex[]>;
}

export interface SecondaryIndex {
  readonly name: string;
  /** The `create index` statement, as the database reports it. */
  readonly create: string;
}
