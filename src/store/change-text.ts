import type { Claim } from '../core/evidence/claim.js';
import { canonicalJson } from '../core/ledger/canonical-json.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';

/** Canonical JSON already written for an object, so its projection row need not write it again. */
export type KnownJson = WeakMap<Claim, string>;

/**
 * The change's canonical JSON, which its hash covers. A new claim's own text is written once
 * and kept in `known` for its claims row: the splice below is `canonicalJson(change)` (keys in
 * canonical order: agreements, claim, type) for a change holding only those keys.
 */
export function changeText(change: LedgerChange, known: KnownJson): string {
  if (change.type !== 'claim.added') return canonicalJson(change);
  const keys = Object.keys(change).filter(
    (key) => (change as Record<string, unknown>)[key] !== undefined,
  );
  if (keys.length !== (change.agreements === undefined ? 2 : 3)) return canonicalJson(change);
  const claim = canonicalJson(change.claim);
  known.set(change.claim, claim);
  const agreements =
    change.agreements === undefined ? '' : `"agreements":${canonicalJson(change.agreements)},`;
  return `{${agreements}"claim":${claim},"type":"claim.added"}`;
}
