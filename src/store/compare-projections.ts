import type { Kysely } from 'kysely';
import type { LedgerState, ProjectionTable } from '../core/ledger/projection.js';
import { pagedRows } from './paged-rows.js';
import {
  agreementRow,
  assignmentRow,
  claimPartyRows,
  claimRow,
  documentRow,
  sourceAliasRows,
  sourceRow,
} from './projection-rows.js';
import {
  PROJECTION_KEYS,
  PROJECTION_TABLES,
  type ProjectionTableName,
  type StoreSchema,
} from './store-schema.js';

/** A projection row that does not match the ledger, with what is wrong in a sentence. */
export interface ProjectionProblem {
  readonly kind: 'projection';
  readonly table: ProjectionTable;
  readonly id: string;
  readonly detail: string;
}

type Row = Record<string, unknown>;

/** What one table should hold, by row key; each row is made only when it is compared. */
interface Expected {
  keys(): Iterable<string>;
  rowAt(key: string): Row | undefined;
}

const lazily = <T>(objects: ReadonlyMap<string, T>, rowOf: (object: T) => Row): Expected => ({
  keys: () => objects.keys(),
  rowAt: (key) => {
    const object = objects.get(key);
    return object === undefined ? undefined : rowOf(object);
  },
});

/** Keys rows as `LedgerState` keys its maps (agreements by `id@version`), to look them up there. */
const keyOf = (table: ProjectionTableName, row: Row): string =>
  PROJECTION_KEYS[table]
    .map((column) => String(row[column]))
    .join(table === 'agreements' ? '@' : '\u0000');

/** How a row is named in a report: the domain table and id it belongs to, and a phrase. */
const named: Record<
  ProjectionTableName,
  (row: Row) => Omit<ProjectionProblem, 'kind' | 'detail'> & { what: string }
> = {
  sources: (row) => ({ table: 'sources', id: String(row.id), what: `source ${row.id}` }),
  source_aliases: (row) => ({
    table: 'sources',
    id: String(row.source_id),
    what: `the alias "${row.alias_key}" of source ${row.source_id}`,
  }),
  documents: (row) => ({ table: 'documents', id: String(row.id), what: `document ${row.id}` }),
  claims: (row) => ({ table: 'claims', id: String(row.id), what: `claim ${row.id}` }),
  claim_parties: (row) => ({
    table: 'claims',
    id: String(row.claim),
    what: `the party "${row.party}" of claim ${row.claim}`,
  }),
  claim_agreements: (row) => ({
    table: 'claim_agreements',
    id: String(row.claim),
    what: `the assignment of claim ${row.claim} to agreement ${row.agreement}`,
  }),
  agreements: (row) => ({
    table: 'agreements',
    id: `${row.id}@${row.version}`,
    what: `agreement ${row.id} version ${row.version}`,
  }),
};

function expectedOf(state: LedgerState): Record<ProjectionTableName, Expected> {
  const aliases = new Map<string, Row>();
  for (const source of state.sources.values()) {
    for (const row of sourceAliasRows(source)) aliases.set(keyOf('source_aliases', row), row);
  }
  const parties = new Map<string, Row>();
  for (const claim of state.claims.values()) {
    for (const row of claimPartyRows(claim)) parties.set(keyOf('claim_parties', row), row);
  }
  return {
    sources: lazily(state.sources, sourceRow),
    source_aliases: lazily(aliases, (row) => row),
    documents: lazily(state.documents, documentRow),
    claims: lazily(state.claims, claimRow),
    claim_parties: lazily(parties, (row) => row),
    claim_agreements: lazily(state.assignments, assignmentRow),
    agreements: lazily(state.agreements, agreementRow),
  };
}

/**
 * Compares every stored projection row, column by column, with the row a replay makes, and
 * returns the first that was edited, added or removed behind the ledger's back.
 */
export async function compareProjections(
  db: Kysely<StoreSchema>,
  state: LedgerState,
): Promise<{ readonly rows: number; readonly problem: ProjectionProblem | undefined }> {
  const expected = expectedOf(state);
  let rows = 0;
  for (const table of PROJECTION_TABLES) {
    const { keys, rowAt } = expected[table];
    const problem = (row: Row, says: (what: string) => string): ProjectionProblem => {
      const { what, ...where } = named[table](row);
      return { kind: 'projection', ...where, detail: says(what) };
    };
    const seen = new Set<string>();
    for await (const stored of pagedRows(db, table, PROJECTION_KEYS[table])) {
      rows += 1;
      const actual = stored as Row;
      const key = keyOf(table, actual);
      const want = rowAt(key);
      if (want === undefined) {
        return {
          rows,
          problem: problem(actual, (what) => `${what} is stored, but no ledger entry wrote it`),
        };
      }
      const column = Object.keys(want).find((c) => want[c] !== actual[c]);
      if (column !== undefined) {
        return {
          rows,
          problem: problem(actual, (what) => `${what} differs from the ledger in its ${column}`),
        };
      }
      seen.add(key);
    }
    for (const key of keys()) {
      const missing = seen.has(key) ? undefined : rowAt(key);
      if (missing !== undefined) {
        return {
          rows,
          problem: problem(missing, (what) => `${what} is missing, though the ledger wrote it`),
        };
      }
    }
  }
  return { rows, problem: undefined };
}
