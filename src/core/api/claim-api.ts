import { z } from 'zod';
import { AssignmentResult } from '../evidence/claim-assignment.js';
import { Claim, ClaimContent, ReviewStatus } from '../evidence/claim.js';
import { AgreementId, ClaimId, DocumentId, PartyId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';
import { EventType } from '../vocabulary/event-types.js';

// The shapes of /api/claims. `.meta` registers a named copy, so OpenAPI lists each once as a
// component while the domain schemas themselves stay unnamed.

export const ClaimSchema = Claim.meta({ id: 'Claim' });
export const AssignmentResultSchema = AssignmentResult.meta({ id: 'AssignmentResult' });

export const ClaimParams = z.object({ id: ClaimId });
export const ClaimAgreementParams = z.object({ id: ClaimId, agreement: AgreementId });

export const ClaimQuery = z
  .object({
    agreement: AgreementId.optional().describe(
      'only what this agreement reads: its claims, and unassigned ones naming its parties',
    ),
    readAs: AgreementId.optional().describe(
      "read each claim's attribution as this agreement does (readings), without narrowing the page",
    ),
    document: DocumentId.optional(),
    type: EventType.optional(),
    status: ReviewStatus.optional(),
    asOf: IsoInstant.optional().describe('only claims known at or before this instant'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: ClaimId.optional().describe("the previous page's nextCursor"),
  })
  .strict();
export type ClaimQuery = z.infer<typeof ClaimQuery>;

/** How an attribution link reads for the agreement asked for (core's origin-affiliation rule). */
export const LinkReading = z
  .object({
    key: z.string().describe('the origin key: the source id, else name: and the folded name'),
    affiliation: z.string().describe('party:ID, mediator[:ID], monitor:ID or independent'),
    side: PartyId.nullable().describe('the party the link speaks for'),
  })
  .meta({ id: 'LinkReading' });

export const ClaimReading = z
  .object({
    links: z.array(LinkReading).readonly().describe('one per attribution link, in chain order'),
    selfReport: z.boolean().describe('the origin speaks for the party the claim names as agent'),
  })
  .meta({ id: 'ClaimReading' });

/** `agreement` on one claim reads it, and narrows nothing. */
export const OneClaimQuery = z
  .object({
    agreement: AgreementId.optional().describe(
      "read the claim's attribution as this agreement does (reading)",
    ),
  })
  .strict();

export const ClaimWithReading = Claim.unwrap()
  .extend({
    reading: ClaimReading.optional().describe("with ?agreement=: the claim's attribution as read"),
  })
  .readonly()
  .meta({ id: 'ClaimWithReading' });

export const ClaimPage = z
  .object({
    items: z.array(ClaimSchema).readonly(),
    readings: z
      .record(z.string(), ClaimReading)
      .optional()
      .describe(
        "with ?agreement= or ?readAs=: each claim's attribution as that agreement reads it, by claim id",
      ),
    nextCursor: ClaimId.nullable().describe('null on the last page'),
  })
  .meta({ id: 'ClaimPage' });
export type ClaimPage = z.infer<typeof ClaimPage>;

const Note = z.string().trim().max(2000).optional().describe('why');

export const ClaimReview = z
  .object({ status: z.enum(['accepted', 'rejected']), note: Note })
  .strict();

/**
 * The content fields an edit may replace, each optional and without its default: a default
 * would silently overwrite a field the edit did not mention.
 */
const contentShape = ClaimContent.unwrap().shape;
type ChangesShape = {
  [K in keyof typeof contentShape]: z.ZodOptional<
    (typeof contentShape)[K] extends z.ZodDefault<infer Inner> ? Inner : (typeof contentShape)[K]
  >;
};
export const ClaimChanges = z
  .object(
    Object.fromEntries(
      Object.entries(contentShape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ) as ChangesShape,
  )
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'give at least one field to change');

export const ClaimEdit = z.object({ changes: ClaimChanges, note: Note }).strict();

/** Null when the request has no body: a retraction needs no reason. */
export const ClaimRetraction = z.object({ note: Note }).strict().nullable();
