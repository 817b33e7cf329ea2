import type { Kysely } from 'kysely';
import type { Claim } from '../core/evidence/claim.js';
import { isTruceError } from '../core/errors.js';
import { GENESIS_HASH, LedgerEntry } from '../core/ledger/ledger-entry.js';
import { rowsWrittenBy, type ProjectedRow } from '../core/ledger/projection.js';
import { safeParser } from '../core/schema/quick-parse.js';
import { storedClaimText, type KnownJson } from './change-text.js';
import { inChunks } from './in-chunks.js';
import { issueText } from './issue-text.js';
import { sql } from './kysely.js';
import { entryHash } from './ledger-hash.js';
import { readLedgerHead, type LedgerHead } from './ledger-head.js';
import { rowPages } from './paged-rows.js';
import type { LedgerTable, ProjectionTables, StoreSchema } from './store-schema.js';
import type { ReplayOptions } from './store.js';
import { writeProjections } from './write-projections.js';

/** Every replayed entry is checked against the ledger's schema (0037): the quick way first. */
const parseEntry = safeParser(LedgerEntry);

/** The first place where the chain breaks, with what is wrong in a sentence. */
export interface ChainProblem {
  readonly kind: 'chain';
  readonly seq: number;
  readonly detail: string;
}

export interface LedgerReplay {
  /** How many entries were read intact and written. */
  readonly entries: number;
  readonly problem: ChainProblem | undefined;
}

export const ENTRIES_PER_CHUNK = 250;

type Link = Pick<LedgerEntry, 'seq' | 'hash' | 'recordedAt'>;

const chainProblem = (seq: number, detail: string): ChainProblem => ({
  kind: 'chain',
  seq,
  detail,
});

/**
 * Replays the ledger in seq order into `tables` (empty when it starts), recomputing the hash
 * chain as it goes, and stops at the first entry that is missing, altered, inserted or out of
 * place. It holds one chunk of entries at a time: the claims an entry revises are read back
 * from the rows already written, so memory does not grow with the ledger.
 */
export async function replayLedgerInto(
  db: Kysely<StoreSchema>,
  tables: ProjectionTables,
  options: ReplayOptions = {},
): Promise<LedgerReplay> {
  const perChunk = options.entriesPerChunk ?? ENTRIES_PER_CHUNK;
  let last: Link = { seq: 0, hash: GENESIS_HASH, recordedAt: '' };
  for await (const rows of rowPages<LedgerTable>(db, 'ledger', ['seq'], undefined, perChunk)) {
    const entries: LedgerEntry[] = [];
    const known: KnownJson = new WeakMap();
    let broken: ChainProblem | undefined;
    for (const row of rows) {
      const entry = entryAfter(last, row, known);
      if ('kind' in entry) {
        broken = entry;
        break;
      }
      entries.push(entry);
      last = entry;
    }
    const applied = await applyChunk(db, tables, entries, known);
    if (applied !== undefined) return { entries: applied.seq - 1, problem: applied };
    if (broken !== undefined) return { entries: last.seq, problem: broken };
  }
  const problem = headProblem(last, await readLedgerHead(db));
  return { entries: last.seq, problem };
}

/** Entries whose change revises a claim an earlier entry added: what must be read back. */
const revisedClaim = (entry: LedgerEntry): string | undefined =>
  'claim' in entry.change && typeof entry.change.claim === 'string'
    ? entry.change.claim
    : undefined;

/**
 * Writes the rows a run of checked entries makes, the last write of each row only; returns
 * the entry whose change cannot apply (it names a claim no earlier entry added).
 */
async function applyChunk(
  db: Kysely<StoreSchema>,
  tables: ProjectionTables,
  entries: readonly LedgerEntry[],
  known: KnownJson,
): Promise<ChainProblem | undefined> {
  const claims = await storedClaims(
    db,
    tables,
    entries.flatMap((e) => revisedClaim(e) ?? []),
  );
  // Only claims read back have rows to replace; the rest are new to the tables.
  const stored = new Set(claims.keys());
  const write = { tables, known, claimWasStored: (id: string) => stored.has(id) };
  const written = new Map<string, ProjectedRow>();
  for (const entry of entries) {
    let rows: ProjectedRow[];
    try {
      rows = rowsWrittenBy(entry, (id) => claims.get(id));
    } catch (error) {
      if (!isTruceError(error)) throw error;
      await writeProjections(db, written.values(), write);
      return chainProblem(entry.seq, error.message);
    }
    for (const row of rows) {
      if (row.table === 'claims') claims.set(row.row.id, row.row);
      written.set(rowKey(row), row);
    }
  }
  await writeProjections(db, written.values(), write);
  return undefined;
}

/** A projected row's identity: a later write of the same row replaces the earlier one. */
function rowKey(written: ProjectedRow): string {
  switch (written.table) {
    case 'claim_agreements':
      return `${written.table}\u0000${written.row.claim}\u0000${written.row.agreement}`;
    case 'agreements':
      return `${written.table}\u0000${written.row.id}\u0000${written.row.version}`;
    default:
      return `${written.table}\u0000${written.row.id}`;
  }
}

/** The claims with these ids as the replay has written them so far. */
async function storedClaims(
  db: Kysely<StoreSchema>,
  tables: ProjectionTables,
  ids: readonly string[],
): Promise<Map<string, Claim>> {
  const claims = new Map<string, Claim>();
  for (const chunk of inChunks(new Set(ids))) {
    const { rows } = await sql<{ id: string; json: string }>`
      select id, json from ${sql.table(tables.claims)} where id in (${sql.join(chunk)})
    `.execute(db);
    for (const row of rows) claims.set(row.id, JSON.parse(row.json) as Claim);
  }
  return claims;
}

/**
 * The row as the entry that follows `previous`, or what keeps it from being that. A claim it
 * adds as stored keeps its text from the row in `known`, for its claims row.
 */
function entryAfter(
  previous: Link,
  row: LedgerTable,
  known: KnownJson,
): LedgerEntry | ChainProblem {
  const seq = previous.seq + 1;
  if (row.seq !== seq) {
    return chainProblem(
      seq,
      `entry ${seq} is missing: the entry after ${previous.seq} is ${row.seq}`,
    );
  }
  if (row.prev_hash !== previous.hash) {
    return chainProblem(
      seq,
      `entry ${seq} does not follow entry ${previous.seq}: the hash it names as previous is not that entry's (an entry was removed, inserted or moved)`,
    );
  }
  let change: unknown;
  try {
    change = JSON.parse(row.change);
  } catch {
    return chainProblem(seq, `entry ${seq} was altered: its change is not JSON`);
  }
  const hashed = { seq, recordedAt: row.recorded_at, author: row.author };
  // The hash covers the text as stored, whatever it holds; the schema is checked after.
  if (entryHash(previous.hash, hashed, row.change) !== row.hash) {
    return chainProblem(seq, `entry ${seq} was altered: its contents do not match its hash`);
  }
  const parsed = parseEntry({
    ...hashed,
    change,
    prevHash: row.prev_hash,
    hash: row.hash,
  });
  if (!parsed.success) {
    return chainProblem(
      seq,
      `entry ${seq} does not fit the ledger's schema: ${issueText(parsed.error)}`,
    );
  }
  if (previous.seq > 0 && Date.parse(row.recorded_at) < Date.parse(previous.recordedAt)) {
    return chainProblem(seq, `entry ${seq} is recorded earlier than entry ${previous.seq}`);
  }
  storedClaimText(row.change, change, parsed.data.change, known);
  return parsed.data;
}

/** Whether the chain ends where the last append left it: a cut or an added tail shows here. */
function headProblem(last: Link, head: LedgerHead): ChainProblem | undefined {
  if (last.seq > head.seq) {
    return chainProblem(
      head.seq + 1,
      `entry ${head.seq + 1} was not written by an append: the last append recorded up to entry ${head.seq}`,
    );
  }
  if (last.seq < head.seq) {
    return chainProblem(
      last.seq + 1,
      `entry ${last.seq + 1} is missing: the last append recorded up to entry ${head.seq}`,
    );
  }
  if (last.hash !== head.hash) {
    return chainProblem(last.seq, `entry ${last.seq} is not the one the last append wrote`);
  }
  return undefined;
}
