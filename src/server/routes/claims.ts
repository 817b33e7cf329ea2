import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimPage } from '../../app/claim-page.js';
import { setAssignment } from '../../app/assignments.js';
import { editClaim, getClaim, retractClaim, reviewClaim } from '../../app/claims.js';
import { AssignmentResult } from '../../core/evidence/claim-assignment.js';
import { ClaimContent, ReviewStatus } from '../../core/evidence/claim.js';
import { AgreementId, ClaimId, DocumentId } from '../../core/ids.js';
import { IsoInstant } from '../../core/time/time-interval.js';
import { EventType } from '../../core/vocabulary/event-types.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { ClaimSchema, NoQuery } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const ClaimParams = z.object({ id: ClaimId });
const ClaimAgreementParams = z.object({ id: ClaimId, agreement: AgreementId });

export const AssignmentResultSchema = AssignmentResult.meta({ id: 'AssignmentResult' });

const ClaimQuery = z
  .object({
    agreement: AgreementId.optional().describe(
      'only what this agreement reads: its claims, and unassigned ones naming its parties',
    ),
    document: DocumentId.optional(),
    type: EventType.optional(),
    status: ReviewStatus.optional(),
    asOf: IsoInstant.optional().describe('only claims known at or before this instant'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: ClaimId.optional().describe("the previous page's nextCursor"),
  })
  .strict();

const ClaimPageSchema = z
  .object({
    items: z.array(ClaimSchema).readonly(),
    nextCursor: ClaimId.nullable().describe('null on the last page'),
  })
  .meta({ id: 'ClaimPage' });

const Note = z.string().trim().max(2000).optional().describe('why');

const Review = z.object({ status: z.enum(['accepted', 'rejected']), note: Note }).strict();

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
const ClaimChanges = z
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

const Edit = z.object({ changes: ClaimChanges, note: Note }).strict();

/** Null when the request has no body: a retraction needs no reason. */
const Retraction = z.object({ note: Note }).strict().nullable();

export const claimRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claims in id order, a page at a time; follow nextCursor until it is null',
        querystring: ClaimQuery,
        response: { 200: ClaimPageSchema, ...problemResponses(400) },
      },
    },
    async (request) => claimPage(store, request.query),
  );

  app.get(
    '/api/claims/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'One claim',
        querystring: NoQuery,
        params: ClaimParams,
        response: { 200: ClaimSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => getClaim(store, request.params.id),
  );

  app.post(
    '/api/claims/:id/review',
    {
      schema: {
        tags: ['claims'],
        summary: 'Accept or reject a claim; a retracted claim cannot be reviewed',
        params: ClaimParams,
        body: Review,
        response: { 200: ClaimSchema, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      reviewClaim(store, params.id, body.status, body.note ?? null, authorOf(principal)),
  );

  app.patch(
    '/api/claims/:id',
    {
      schema: {
        tags: ['claims'],
        summary: "Correct a claim's content (a new ledger entry; the old one stays)",
        params: ClaimParams,
        body: Edit,
        response: { 200: ClaimSchema, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      editClaim(store, params.id, body.changes, body.note ?? null, authorOf(principal)),
  );

  for (const [method, assigned] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/api/claims/:id/agreements/:agreement',
      {
        schema: {
          tags: ['claims'],
          summary: assigned
            ? 'Record that a claim is evidence for an agreement (it then counts there, and only where assigned)'
            : "Take a claim out of an agreement's evidence",
          querystring: NoQuery,
          params: ClaimAgreementParams,
          response: { 200: AssignmentResultSchema, ...problemResponses(400, 404) },
        },
      },
      async ({ params, principal }) =>
        setAssignment(store, { claim: params.id }, params.agreement, assigned, authorOf(principal)),
    );
  }

  app.post(
    '/api/claims/:id/retract',
    {
      schema: {
        tags: ['claims'],
        summary: 'Withdraw a claim: it stays on record, marked retracted, and counts for nothing',
        params: ClaimParams,
        body: Retraction,
        response: { 200: ClaimSchema, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      retractClaim(store, params.id, body?.note ?? null, authorOf(principal)),
  );
};
