// What the engine benches share to make many claims cheaply and the same way every run.
import type { Claim, ClaimContent, ReviewStatus } from '../src/core/evidence/claim.js';
import type { ClaimId, DocumentId } from '../src/core/ids.js';

/** A small deterministic generator (mulberry32), so every run evaluates the same claims. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Claim number `i` of one bench document, read by a rule, known at `known`. */
export const syntheticClaim = (
  i: number,
  content: ClaimContent,
  status: ReviewStatus,
  known: string,
): Claim => ({
  id: `clm_${i.toString(36).padStart(6, '0')}` as ClaimId,
  document: 'doc_000001' as DocumentId,
  content,
  provenance: { kind: 'rule', rule: 'bench' },
  status,
  revision: 1,
  reviewNote: null,
  recordedAt: known,
  knownAt: known,
  updatedAt: known,
});
