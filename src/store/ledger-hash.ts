import { hash } from 'node:crypto';
import { canonicalJson } from '../core/ledger/canonical-json.js';
import type { LedgerEntry } from '../core/ledger/ledger-entry.js';

type HashedFields = Pick<LedgerEntry, 'seq' | 'recordedAt' | 'author'>;

/**
 * SHA-256 hex of (prevHash ‖ canonical JSON of `hashedPartOf(entry)`). The change comes as the
 * canonical JSON text the ledger stores, so it is serialised once on append and `verify`
 * hashes exactly the stored text.
 */
export function entryHash(prevHash: string, entry: HashedFields, changeText: string): string {
  // One-shot: for a text of a few kB, a third cheaper than a Hash object fed in parts.
  return hash('sha256', prevHash + hashedText(entry, changeText), 'hex');
}

/**
 * `canonicalJson(hashedPartOf(entry))`, spliced together rather than serialised again: the
 * keys in canonical (sorted) order, the change as given. A property test holds the two equal.
 */
export function hashedText(entry: HashedFields, changeText: string): string {
  const { author, recordedAt, seq } = entry;
  return `{"author":${canonicalJson(author)},"change":${changeText},"recordedAt":${canonicalJson(recordedAt)},"seq":${canonicalJson(seq)}}`;
}
