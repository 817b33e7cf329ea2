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
  if (definedMembers(change) !== (change.agreements === undefined ? 2 : 3)) {
    return canonicalJson(change);
  }
  const claim = flattened(canonicalJson(change.claim));
  known.set(change.claim, claim);
  const agreements =
    change.agreements === undefined ? '' : `"agreements":${canonicalJson(change.agreements)},`;
  return `{${agreements}"claim":${claim},"type":"claim.added"}`;
}

/** How many members of an object canonical JSON writes (those not undefined), counted in place. */
function definedMembers(value: object): number {
  let count = 0;
  for (const key of Object.keys(value)) {
    if ((value as Record<string, unknown>)[key] !== undefined) count += 1;
  }
  return count;
}

/**
 * An object's canonical JSON made one piece. A string built by `+` is held as a tree of its
 * pieces, and each later reader of a claim's text (the entry's hash, the ledger's and the claims
 * row's bindings, the reading fields' cut) walks the whole tree again; reading a character of it
 * makes V8 flatten it in place, once (3–4 µs a claim, decision 0113).
 */
function flattened(text: string): string {
  if (text.charCodeAt(text.length - 1) !== 0x7d) throw new Error(`not an object's JSON: ${text}`);
  return text;
}

const CLAIM_ADDED_END = ',"type":"claim.added"}';

/**
 * A `claim.added` entry's claim as canonical JSON, cut from the entry's stored text (which
 * `changeText` spliced) instead of written again: a replay then serialises no claim it only
 * adds. Only when the ledger schema's parse gave back exactly what was stored (no default
 * filled in, nothing trimmed or dropped): an older entry the parse upgrades gets its row
 * written from the parsed claim (decision 0037).
 */
export function storedClaimText(
  text: string,
  stored: unknown,
  change: LedgerChange,
  known: KnownJson,
): void {
  if (change.type !== 'claim.added' || !text.endsWith(CLAIM_ADDED_END)) return;
  const start =
    change.agreements === undefined
      ? '{"claim":'
      : `{"agreements":${canonicalJson(change.agreements)},"claim":`;
  if (!text.startsWith(start) || !sameJson(stored, change)) return;
  known.set(change.claim, text.slice(start.length, text.length - CLAIM_ADDED_END.length));
}

/**
 * Whether `parsed` holds exactly what `stored` (JSON as read) holds: the same members with the
 * same values, members left undefined not counted, as canonical JSON would write them.
 */
function sameJson(stored: unknown, parsed: unknown): boolean {
  if (stored === parsed) return true;
  if (typeof stored !== 'object' || typeof parsed !== 'object') return false;
  if (stored === null || parsed === null) return false;
  if (Array.isArray(stored)) {
    if (!Array.isArray(parsed) || parsed.length !== stored.length) return false;
    for (let i = 0; i < stored.length; i += 1) {
      if (!sameJson(stored[i], parsed[i])) return false;
    }
    return true;
  }
  if (Array.isArray(parsed)) return false;
  const from = stored as Record<string, unknown>;
  const to = parsed as Record<string, unknown>;
  let members = 0;
  for (const key in to) {
    const value = to[key];
    if (value === undefined) continue;
    if (!sameJson(from[key], value)) return false;
    members += 1;
  }
  return members === Object.keys(from).length;
}
