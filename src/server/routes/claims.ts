import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimPage, claimReaderOf } from '../../app/claim-page.js';
import { setAssignment } from '../../app/assignments.js';
import { editClaim, getClaim, retractClaim, reviewClaim } from '../../app/claims.js';
import {
  AssignmentResultSchema,
  ClaimAgreementParams,
  ClaimEdit,
  ClaimPage,
  ClaimParams,
  ClaimQuery,
  ClaimRetraction,
  ClaimReview,
  ClaimSchema,
  ClaimWithReading,
  OneClaimQuery,
} from '../../core/api/claim-api.js';
import { NoQuery } from '../../core/api/listing.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { problemResponses } from '../problem.js';

export const claimRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claims in id order, a page at a time; follow nextCursor until it is null',
        querystring: ClaimQuery,
        response: { 200: ClaimPage, ...problemResponses(400) },
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
        querystring: OneClaimQuery,
        params: ClaimParams,
        response: { 200: ClaimWithReading, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const [claim, read] = await Promise.all([
        getClaim(store, params.id),
        claimReaderOf(store, query.agreement),
      ]);
      return read === undefined ? claim : { ...claim, reading: read(claim) };
    },
  );

  app.post(
    '/api/claims/:id/review',
    {
      schema: {
        tags: ['claims'],
        summary: 'Accept or reject a claim; a retracted claim cannot be reviewed',
        params: ClaimParams,
        body: ClaimReview,
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
        body: ClaimEdit,
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
        body: ClaimRetraction,
        response: { 200: ClaimSchema, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      retractClaim(store, params.id, body?.note ?? null, authorOf(principal)),
  );
};
