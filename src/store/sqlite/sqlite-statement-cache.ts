import type Database from 'better-sqlite3';

/** Enough for every statement an append, a rebuild or a page of reads repeats. */
const CACHED_STATEMENTS = 200;

/** The database as Kysely sees it, and as the store's own writes use it (`sqlite-insert-rows.ts`). */
export interface CachedStatements {
  close(): void;
  prepare(text: string): Database.Statement;
}

/**
 * The database with prepared statements kept by their SQL text: an import or a rebuild runs the
 * same few insert statements thousands of times, and preparing a statement can cost about as
 * much as running it. A statement still being iterated is not handed out twice; the oldest
 * statement is dropped when the cache is full.
 */
export function withStatementCache(database: Database.Database): CachedStatements {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text) {
      const cached = statements.get(text);
      if (cached !== undefined && !cached.busy) return cached;
      const statement = database.prepare(text);
      if (cached === undefined) {
        if (statements.size >= CACHED_STATEMENTS) {
          statements.delete(statements.keys().next().value as string);
        }
        statements.set(text, statement);
      }
      return statement;
    },
  };
}
