import { z } from 'zod';
import { AssignmentResult } from '../evidence/claim-assignment.js';
import { Claim, ClaimContent, ReviewStatus, Span } from '../evidence/claim.js';
import { AgreementId, ClaimId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';
import { ClaimReading } from '../evaluation/origin-affiliation.js';
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

/**
 * The claim's revision as its writer last read it. Given, a change to a claim that has moved on
 * since is refused with 409; left out, the change is made whatever happened meanwhile.
 */
const SeenRevision = z
  .number()
  .int()
  .positive()
  .optional()
  .describe(
    'The revision of the claim as you last read it: if the claim changed since, the change is refused with 409. Without it, the last writer wins.',
  );

export const ClaimReview = z
  .object({ status: z.enum(['accepted', 'rejected']), note: Note, revision: SeenRevision })
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

export const ClaimEdit = z
  .object({ changes: ClaimChanges, note: Note, revision: SeenRevision })
  .strict();

/** Null when the request has no body: a retraction needs no reason. */
export const ClaimRetraction = z.object({ note: Note, revision: SeenRevision }).strict().nullable();

/** A new claim an analyst writes down from a document's words; it waits for review. */
export const NewClaim = z
  .object({
    document: DocumentId,
    content: ClaimContent,
    agreements: z
      .array(AgreementId)
      .max(20)
      .optional()
      .describe('the recorded agreements it is evidence for'),
  })
  .strict()
  .meta({ id: 'NewClaim' });

/** Words selected in a document: what a new claim's draft is read from. */
export const ClaimDraftRequest = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset into the quotable text'),
    end: z.number().int().nonnegative().describe('exclusive'),
    agreement: AgreementId.optional().describe(
      'the agreement whose parties and time zone read the words; default: UTC and no parties',
    ),
  })
  .strict()
  .refine(({ start, end }) => start < end, {
    message: 'select at least one character: end must be after start',
    path: ['end'],
  });

const draftShape = ClaimContent.unwrap().omit({ confidence: true, type: true }).shape;

export const ClaimDraftSchema = z
  .object({
    document: DocumentId,
    content: z
      .object({
        ...draftShape,
        type: EventType.nullable().describe('suggested from the sentence; null: choose one'),
      })
      .readonly(),
    sentence: Span.describe('the sentence the words start in, whose speaker they are'),
    timeFrom: z
      .enum(['selection', 'sentence', 'publication', 'none'])
      .describe('where the time came from: the words, their sentence, or the publication'),
    warnings: z.array(z.string()).readonly(),
  })
  .meta({ id: 'ClaimDraft' });
export type ClaimDraft = z.infer<typeof ClaimDraftSchema>;

export const ClaimSplit = z
  .object({
    at: z
      .number()
      .int()
      .nonnegative()
      .describe('offset of the document where the second claim starts'),
    note: Note,
  })
  .strict();

export const ClaimMerge = z
  .object({
    claims: z.array(ClaimId).min(2).max(20).describe('claims of one document, quoted in a row'),
    note: Note,
  })
  .strict()
  .refine((m) => new Set(m.claims).size === m.claims.length, 'name each claim once');

export const ClaimReattribution = z
  .object({
    origin: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('who the words are from; a recorded source when one has that name or alias'),
    note: Note,
  })
  .strict();

/** What a split, merge or re-attribution did: the claims retracted and those that replace them. */
export const ClaimsSuperseded = z
  .object({
    retracted: z.array(ClaimSchema).readonly(),
    added: z.array(ClaimSchema).readonly(),
  })
  .meta({ id: 'ClaimsSuperseded' });
export type ClaimsSuperseded = z.infer<typeof ClaimsSuperseded>;
