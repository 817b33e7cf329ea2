import { createRequire } from 'node:module';
import type * as KyselyModule from 'kysely';

// Kysely's CommonJS build, not its ES module build: the latter is some 280 files, and Node 20's
// ES module loader resolves and links each one, which made loading Kysely cost about as much
// CPU time as starting Node itself on every command that opens a store (decision 0020). Every
// value from Kysely comes through here (the linter sees to it), so one copy of it is loaded.
const kysely = createRequire(import.meta.url)('kysely') as typeof KyselyModule;

export const { Kysely, sql, CompiledQuery, SqliteDialect, SqliteDriver } = kysely;
export const { PostgresDialect, PostgresDriver } = kysely;
export type Kysely<DB> = KyselyModule.Kysely<DB>;
export type CompiledQuery = KyselyModule.CompiledQuery;
export type PostgresDriver = KyselyModule.PostgresDriver;
