import { z } from 'zod';
import { AgreementRecord } from '../agreement/agreement-record.js';
import { Claim, ClaimContent } from '../evidence/claim.js';
import { Document } from '../evidence/document.js';
import { Source } from '../evidence/source.js';
import { AgreementId, ClaimId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

/**
 * Every change is one of these, appended to the ledger and never updated or deleted.
 * Corrections and retractions are new entries.
 */
export const LedgerChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('source.added'), source: Source }),
  z.object({ type: z.literal('document.added'), document: Document }),
  z.object({
    type: z.literal('claim.added'),
    claim: Claim,
    /** The agreements the claim was recorded for; absent in entries written before they were kept. */
    agreements: z.array(AgreementId).readonly().optional(),
  }),
  /** Puts a recorded claim in an agreement's evidence, or takes it out again. */
  z.object({ type: z.literal('claim.assigned'), claim: ClaimId, agreement: AgreementId }),
  z.object({ type: z.literal('claim.unassigned'), claim: ClaimId, agreement: AgreementId }),
  z.object({
    type: z.literal('claim.reviewed'),
    claim: ClaimId,
    status: z.enum(['accepted', 'rejected']),
    note: z.string().max(2000).nullable(),
  }),
  z.object({
    type: z.literal('claim.edited'),
    claim: ClaimId,
    content: ClaimContent,
    note: z.string().max(2000).nullable(),
  }),
  z.object({
    type: z.literal('claim.retracted'),
    claim: ClaimId,
    note: z.string().max(2000).nullable(),
  }),
  z.object({ type: z.literal('agreement.recorded'), agreement: AgreementRecord }),
]);
export type LedgerChange = z.infer<typeof LedgerChange>;
export type LedgerChangeType = LedgerChange['type'];

/** A ledger entry: the change, when and by whom it was recorded, chained by hash. */
export const LedgerEntry = z
  .object({
    seq: z.number().int().positive(),
    recordedAt: IsoInstant,
    author: z.string().min(1).max(100),
    change: LedgerChange,
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .readonly();
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** The hash of the first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** The part of an entry its hash covers (everything but the hashes themselves). */
export const hashedPartOf = (e: Pick<LedgerEntry, 'seq' | 'recordedAt' | 'author' | 'change'>) => ({
  seq: e.seq,
  recordedAt: e.recordedAt,
  author: e.author,
  change: e.change,
});
