import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimPageText, claimReaderOf } from '../../app/claim-page.js';
import { setAssignment } from '../../app/assignments.js';
import { addClaim, editClaim, getClaim, retractClaim, reviewClaim } from '../../app/claims.js';
import { mergeClaims, reattributeClaim, splitClaim } from '../../app/supersede-claims.js';
import {
  AssignmentResultSchema,
  ClaimAgreementParams,
  ClaimEdit,
  ClaimPage,
  ClaimParams,
  ClaimQuery,
  ClaimRetraction,
  ClaimReview,
  ClaimMerge,
  ClaimReattribution,
  ClaimSchema,
  ClaimSplit,
  ClaimsSuperseded,
  NewClaim,
  ClaimWithReading,
  OneClaimQuery,
} from '../../core/api/claim-api.js';
import { NoQuery } from '../../core/api/listing.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { problemResponses } from '../problem.js';
import { sendJsonText } from '../send-json-text.js';

export const claimRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, readers }) => {
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
    async (request, reply) =>
      sendJsonText(reply, await claimPageText(store, request.query, readers)),
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
        claimReaderOf(store, query.agreement, readers),
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
      reviewClaim(
        store,
        params.id,
        body.status,
        body.note ?? null,
        authorOf(principal),
        body.revision,
      ),
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
      editClaim(
        store,
        params.id,
        body.changes,
        body.note ?? null,
        authorOf(principal),
        body.revision,
      ),
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
      retractClaim(store, params.id, body?.note ?? null, authorOf(principal), body?.revision),
  );

  app.post(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary:
          "Write down a claim from a document's words (its span); it waits for review as a suggestion",
        querystring: NoQuery,
        body: NewClaim,
        response: { 201: ClaimSchema, ...problemResponses(400, 404, 413, 415) },
      },
    },
    async ({ body, principal }, reply) => {
      const claim = await addClaim(
        store,
        {
          document: body.document,
          content: body.content,
          status: 'suggested',
          ...(body.agreements === undefined ? {} : { agreements: body.agreements }),
        },
        authorOf(principal),
      );
      return reply.code(201).send(claim);
    },
  );

  app.post(
    '/api/claims/merge',
    {
      schema: {
        tags: ['claims'],
        summary:
          'Merge suggested claims of one document whose quotes follow one another; the old ones are retracted, naming the new one',
        querystring: NoQuery,
        body: ClaimMerge,
        response: { 200: ClaimsSuperseded, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ body, principal }) =>
      mergeClaims(store, body.claims, body.note ?? null, authorOf(principal)),
  );

  app.post(
    '/api/claims/:id/split',
    {
      schema: {
        tags: ['claims'],
        summary:
          'Split a suggested claim in two at an offset of its quote; the old one is retracted, naming the new ones',
        querystring: NoQuery,
        params: ClaimParams,
        body: ClaimSplit,
        response: { 200: ClaimsSuperseded, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      splitClaim(store, params.id, body.at, body.note ?? null, authorOf(principal)),
  );

  app.post(
    '/api/claims/:id/reattribute',
    {
      schema: {
        tags: ['claims'],
        summary:
          'Give a suggested claim another origin; the old one is retracted, naming the new one',
        querystring: NoQuery,
        params: ClaimParams,
        body: ClaimReattribution,
        response: { 200: ClaimsSuperseded, ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async ({ params, body, principal }) =>
      reattributeClaim(store, params.id, body.origin, body.note ?? null, authorOf(principal)),
  );
};
