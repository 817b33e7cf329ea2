import { z } from 'zod';
import { AuditLine } from '../audit/audit-line.js';
import { AgreementId, ClaimId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

// The shapes of /api/audit: who did what and when, from the ledger and the account log.

export const AuditLineSchema = AuditLine.meta({ id: 'AuditLine' });

/** Where the previous page stopped in each of the two logs: the last ledger seq, and how many account changes. */
export const AuditCursor = z
  .string()
  .regex(/^\d{1,15}~\d{1,15}$/, "expected the previous page's nextCursor")
  .describe("the previous page's nextCursor");

export const AuditQuery = z
  .object({
    user: z.string().min(1).max(100).optional().describe('only what this user did'),
    claim: ClaimId.optional().describe('only changes to this claim'),
    document: DocumentId.optional().describe('only changes to this document and its claims'),
    agreement: AgreementId.optional().describe('only entries that name this agreement'),
    from: IsoInstant.optional().describe('only what was done at or after this instant'),
    to: IsoInstant.optional().describe('only what was done at or before this instant'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: AuditCursor.optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({
    items: z.array(AuditLineSchema).readonly().describe('oldest first'),
    nextCursor: AuditCursor.nullable().describe('null on the last page'),
  })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;
