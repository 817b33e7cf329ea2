import type { LedgerChange, LedgerEntry } from '../core/ledger/ledger-entry.js';
import type { LedgerTable } from './store-schema.js';

export const LEDGER_COLUMNS = [
  'seq',
  'recorded_at',
  'author',
  'change',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof LedgerTable)[];

/** The row for an entry, given its change's canonical JSON (which its hash covers). */
export const ledgerRow = (entry: LedgerEntry, changeText: string): LedgerTable => ({
  seq: entry.seq,
  recorded_at: entry.recordedAt,
  author: entry.author,
  change: changeText,
  prev_hash: entry.prevHash,
  hash: entry.hash,
});

/** Trusts the row: only `append` writes the ledger, and `verify` checks it against its hashes. */
export const entryOfLedgerRow = (row: LedgerTable): LedgerEntry => ({
  seq: row.seq,
  recordedAt: row.recorded_at,
  author: row.author,
  change: JSON.parse(row.change) as LedgerChange,
  prevHash: row.prev_hash,
  hash: row.hash,
});
