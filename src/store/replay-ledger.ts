import type { Kysely } from 'kysely';
import { isTruceError } from '../core/errors.js';
import { GENESIS_HASH, LedgerEntry } from '../core/ledger/ledger-entry.js';
import { LedgerState } from '../core/ledger/projection.js';
import { issueText } from './issue-text.js';
import { entryHash } from './ledger-hash.js';
import { readLedgerHead, type LedgerHead } from './ledger-head.js';
import { pagedRows } from './paged-rows.js';
import type { LedgerTable, StoreSchema } from './store-schema.js';

/** The first place where the chain breaks, with what is wrong in a sentence. */
export interface ChainProblem {
  readonly kind: 'chain';
  readonly seq: number;
  readonly detail: string;
}

export interface LedgerReplay {
  /** The projections as the intact entries make them. */
  readonly state: LedgerState;
  /** How many entries were read intact. */
  readonly entries: number;
  readonly problem: ChainProblem | undefined;
}

type Link = Pick<LedgerEntry, 'seq' | 'hash' | 'recordedAt'>;

const chainProblem = (seq: number, detail: string): ChainProblem => ({
  kind: 'chain',
  seq,
  detail,
});

/**
 * Replays the ledger in seq order, recomputing the hash chain as it goes, and stops at the
 * first entry that is missing, altered, inserted or out of place.
 */
export async function replayLedger(db: Kysely<StoreSchema>): Promise<LedgerReplay> {
  const state = new LedgerState();
  let last: Link = { seq: 0, hash: GENESIS_HASH, recordedAt: '' };
  for await (const row of pagedRows(db, 'ledger', ['seq'])) {
    const entry = entryAfter(last, row);
    if ('kind' in entry) return { state, entries: last.seq, problem: entry };
    try {
      state.apply(entry);
    } catch (error) {
      if (!isTruceError(error)) throw error;
      return { state, entries: last.seq, problem: chainProblem(entry.seq, error.message) };
    }
    last = entry;
  }
  const problem = headProblem(last, await readLedgerHead(db));
  return { state, entries: last.seq, problem };
}

/** The row as the entry that follows `previous`, or what keeps it from being that. */
function entryAfter(previous: Link, row: LedgerTable): LedgerEntry | ChainProblem {
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
  const parsed = LedgerEntry.safeParse({
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
