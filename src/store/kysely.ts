import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as KyselyModule from 'kysely';

// Kysely's CommonJS build, bundled into one file by `npm run build` (dist/vendor/kysely.cjs).
// Its ES module build is some 280 files and its CommonJS build some 260: Node 20 reads,
// resolves and compiles each one, which cost more CPU time than starting Node on every command
// that opens a store; the one file costs a few milliseconds (decision 0020). Run from the
// sources (tests, tsx), there is no bundle and the package's CommonJS build is loaded. Every
// value from Kysely comes through here (the linter sees to it), so one copy of it is loaded.
const bundled = fileURLToPath(new URL('../vendor/kysely.cjs', import.meta.url));
const kysely = createRequire(import.meta.url)(
  existsSync(bundled) ? bundled : 'kysely',
) as typeof KyselyModule;

export const { Kysely, sql, CompiledQuery, SqliteDialect, SqliteDriver, expressionBuilder } =
  kysely;
export const { SqliteAdapter, PostgresAdapter, PostgresDialect, PostgresDriver } = kysely;
export type Kysely<DB> = KyselyModule.Kysely<DB>;
export type CompiledQuery = KyselyModule.CompiledQuery;
export type PostgresDriver = KyselyModule.PostgresDriver;
