import type { DatabaseConnection } from 'kysely';
import { badInput, corrupt, isTruceError, unavailable, type TruceError } from '../core/errors.js';

/** A database error in a sentence about the store at `where`, by the code the driver gives. */
type Explain = (where: string, error: Error) => TruceError;

const damaged: Explain = (where, error) =>
  corrupt(
    `the database is damaged or is not a Truce database (${error.message}); restore it from a backup with \`truce restore\``,
    where,
  );
const unreachable: Explain = (where, error) =>
  unavailable(
    `the database does not answer (${(error as NodeJS.ErrnoException).code ?? error.message}); check DATABASE_URL and that the server is running`,
    where,
  );

/**
 * The one table of database errors a person can act on. SQLite's codes come from
 * better-sqlite3, PostgreSQL's are SQLSTATEs or the system's socket errors; anything else
 * (a bug) is left as it is.
 */
const EXPLAIN_CODE: Readonly<Record<string, Explain>> = {
  SQLITE_CORRUPT: damaged,
  SQLITE_CORRUPT_INDEX: damaged,
  SQLITE_CORRUPT_SEQUENCE: damaged,
  SQLITE_CORRUPT_VTAB: damaged,
  SQLITE_NOTADB: damaged,
  SQLITE_IOERR_SHORT_READ: damaged,
  SQLITE_CANTOPEN: (where) =>
    badInput('the database file cannot be opened; check the data directory’s permissions', where),
  SQLITE_READONLY: (where) =>
    badInput('the database file is read-only to this user; check its permissions', where),
  SQLITE_FULL: (where) => unavailable('the disk is full; nothing was written', where),
  XX001: damaged,
  XX002: damaged,
  ECONNREFUSED: unreachable,
  ENOTFOUND: unreachable,
  EAI_AGAIN: unreachable,
  ETIMEDOUT: unreachable,
  EHOSTUNREACH: unreachable,
  ENETUNREACH: unreachable,
  '28P01': (where) =>
    badInput('PostgreSQL refused the user name or password given in DATABASE_URL', where),
  '28000': (where) =>
    badInput('PostgreSQL does not let the user in DATABASE_URL connect from here', where),
  '3D000': (where) => badInput('the database named in DATABASE_URL does not exist', where),
  '3F000': (where) => badInput('the schema in DATABASE_URL’s search path does not exist', where),
  '42501': (where) =>
    badInput('the user in DATABASE_URL may not create or change Truce’s tables', where),
};

/** Messages pg gives, without a code, when what answers is not PostgreSQL. */
const NOT_POSTGRES =
  /Connection terminated unexpectedly|unexpected message|Received unexpected|The server does not support SSL/i;

/** The error as a TruceError about the store when it is one a person can act on. */
export function storeErrorOf(error: unknown, where: string): unknown {
  if (isTruceError(error) || !(error instanceof Error)) return error;
  const explain = EXPLAIN_CODE[String((error as { code?: unknown }).code ?? '')];
  if (explain !== undefined) return explain(where, error);
  if (NOT_POSTGRES.test(error.message)) {
    return unavailable(
      `what answers at DATABASE_URL does not speak PostgreSQL's protocol (${error.message}); check the host and port`,
      where,
    );
  }
  return error;
}

const explained = new WeakSet<DatabaseConnection>();

/** Makes every query on the connection fail with `storeErrorOf`'s sentence. Idempotent. */
export function explainErrorsOf<C extends DatabaseConnection>(connection: C, where: string): C {
  if (explained.has(connection)) return connection;
  explained.add(connection);
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = async (query) => {
    try {
      return await execute(query);
    } catch (error) {
      throw storeErrorOf(error, where);
    }
  };
  return connection;
}
