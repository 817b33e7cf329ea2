import type { Kysely } from 'kysely';
import { GENESIS_HASH, type LedgerChange, type LedgerEntry } from '../core/ledger/ledger-entry.js';
import { rowsWrittenBy } from '../core/ledger/projection.js';
import { ClaimConflict } from '../core/evidence/claim-change-rule.js';
import type { AppendOptions } from './append-options.js';
import { BatchView } from './batch-view.js';
import { lastChangeOf } from './last-change.js';
import { changeText as textOf, type KnownJson } from './change-text.js';
import { insertRows } from './insert-rows.js';
import { entryHash } from './ledger-hash.js';
import { writeLedgerHead } from './ledger-head.js';
import { LEDGER_COLUMNS, ledgerRow } from './ledger-rows.js';
import type { LedgerTable, StoreSchema } from './store-schema.js';
import { writeProjections } from './write-projections.js';

/** The last entry of the ledger as an append continues it; none on an empty ledger. */
export interface ChainTail {
  readonly seq: number;
  readonly hash: string;
  readonly recordedAt: string;
}

/**
 * Appends validated changes, a batch at a time, after the last entry, writes their projection
 * rows, and records the new head once at the end. Run it in a write transaction: the lock taken
 * at its start is what makes reading the last entry and writing after it safe against other
 * appenders, and what lets the tail be read once and carried from batch to batch (nothing else
 * can write the ledger until the transaction ends). `onEntries` sees each batch's entries.
 */
export async function appendBatches(
  trx: Kysely<StoreSchema>,
  batches: AsyncIterable<readonly LedgerChange[]> | Iterable<readonly LedgerChange[]>,
  author: string,
  now: Date,
  options: AppendOptions = {},
  onEntries?: (entries: readonly LedgerEntry[]) => void,
): Promise<ChainTail | undefined> {
  const last = await trx
    .selectFrom('ledger')
    .select(['seq', 'hash', 'recorded_at'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const stored =
    last === undefined
      ? undefined
      : { seq: last.seq, hash: last.hash, recordedAt: last.recorded_at };
  let tail = stored;
  for await (const changes of batches) {
    if (changes.length === 0) continue;
    const entries = await appendBatch(trx, changes, author, now, options, tail);
    tail = entries[entries.length - 1];
    onEntries?.(entries);
  }
  if (tail !== stored && tail !== undefined) await writeLedgerHead(trx, tail);
  return tail;
}

/** Appends one batch after the last entry and records the new head; returns its entries. */
export async function appendEntries(
  trx: Kysely<StoreSchema>,
  changes: readonly LedgerChange[],
  author: string,
  now: Date,
  options: AppendOptions = {},
): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  await appendBatches(trx, [changes], author, now, options, (written) => entries.push(...written));
  return entries;
}

/** One batch after `last`: the caller carries the tail to the next batch and writes the head. */
async function appendBatch(
  trx: Kysely<StoreSchema>,
  changes: readonly LedgerChange[],
  author: string,
  now: Date,
  options: AppendOptions,
  last: ChainTail | undefined,
): Promise<LedgerEntry[]> {
  // Never before the previous entry, even if the clock stepped back: replays stop at a time.
  const recordedAt = new Date(
    Math.max(now.getTime(), last === undefined ? -Infinity : Date.parse(last.recordedAt)),
  ).toISOString();

  const view = await BatchView.load(trx, changes);
  const entries: LedgerEntry[] = [];
  const rows: LedgerTable[] = [];
  const known: KnownJson = new WeakMap();
  let previous = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
  // A seen revision speaks of the stored claim: only the batch's first change to it is held to it.
  const seen = new Map(options.revisions);
  for (const change of changes) {
    const claim = 'claim' in change && typeof change.claim === 'string' ? change.claim : undefined;
    try {
      view.admit(change, claim === undefined ? undefined : seen.get(claim));
    } catch (error) {
      if (error instanceof ClaimConflict) {
        throw new ClaimConflict(
          error.refusal,
          error.current,
          await lastChangeOf(trx, error.current),
        );
      }
      throw error;
    }
    if (claim !== undefined) seen.delete(claim);
    const part = { seq: previous.seq + 1, recordedAt, author };
    const changeText = textOf(change, known);
    const hash = entryHash(previous.hash, part, changeText);
    const entry: LedgerEntry = { ...part, change, prevHash: previous.hash, hash };
    view.record(rowsWrittenBy(entry, view.claim));
    entries.push(entry);
    rows.push(ledgerRow(entry, changeText));
    previous = entry;
  }

  await insertRows(trx, 'ledger', LEDGER_COLUMNS, rows);
  await writeProjections(trx, view.written(), {
    known,
    claimWasStored: view.claimWasStored,
    claimIsNew: (id) => !view.claimWasStored(id),
  });
  return entries;
}
