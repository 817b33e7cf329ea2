import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimReaderOf, documentClaims, readingsOf } from '../../app/claim-page.js';
import { setAssignment } from '../../app/assignments.js';
import { getDocument, listDocuments } from '../../app/documents.js';
import { draftClaimFor } from '../../app/draft-claim.js';
import { agreementRefIn, ingestReport } from '../../app/ingest.js';
import { withCredit } from '../../core/evidence/document-credit.js';
import {
  AssignmentResultSchema,
  ClaimDraftRequest,
  ClaimDraftSchema,
} from '../../core/api/claim-api.js';
import {
  DocumentAgreementParams,
  DocumentParams,
  DocumentQuery,
  DocumentSummarySchema,
  DocumentWithClaims,
  DocumentsQuery,
  Ingested,
  NewReport,
} from '../../core/api/document-api.js';
import { NoQuery, listOf } from '../../core/api/listing.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { BODY_LIMIT } from '../body-limits.js';
import { problemResponses } from '../problem.js';
import { reportInputOf } from '../report-input.js';

export const documentRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, agreements, readers, extract, rateLimit },
) => {
  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'The documents on record, without their texts',
        querystring: DocumentsQuery,
        response: { 200: listOf(DocumentSummarySchema), ...problemResponses(400, 404) },
      },
    },
    async ({ query }) => ({
      items: (await listDocuments(store, query.agreement, query.asOf, agreements)).map(
        ({ rawText: _raw, cleanText: _clean, removed: _removed, ...summary }) =>
          withCredit(summary),
      ),
    }),
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'One document with its raw and clean text, the furniture removed, and its claims',
        params: DocumentParams,
        querystring: DocumentQuery,
        response: { 200: DocumentWithClaims, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const [document, read] = await Promise.all([
        getDocument(store, params.id),
        claimReaderOf(store, query.agreement, readers),
      ]);
      const claims = await documentClaims(store, document.id, query.asOf);
      const readings = readingsOf(claims, read);
      return { document: withCredit(document), claims, ...(readings && { readings }) };
    },
  );

  for (const [method, assigned] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/api/documents/:id/agreements/:agreement',
      {
        schema: {
          tags: ['documents'],
          summary: assigned
            ? 'Record that every claim of a document is evidence for an agreement'
            : "Take every claim of a document out of an agreement's evidence",
          querystring: NoQuery,
          params: DocumentAgreementParams,
          response: { 200: AssignmentResultSchema, ...problemResponses(400, 404) },
        },
      },
      async ({ params, principal }) =>
        setAssignment(
          store,
          { document: params.id },
          params.agreement,
          assigned,
          authorOf(principal),
        ),
    );
  }

  app.post(
    '/api/documents',
    {
      bodyLimit: BODY_LIMIT.document,
      config: { rateLimit: { max: Math.max(1, Math.ceil(rateLimit / 10)), timeWindow: 60_000 } },
      schema: {
        tags: ['documents'],
        summary:
          'Record a report and the claims read from it, as suggestions for review; the same text again adds nothing',
        body: NewReport,
        response: {
          200: Ingested.describe('the same text was already recorded'),
          201: Ingested,
          ...problemResponses(400, 404, 413, 415, 429, 503),
        },
      },
    },
    async ({ body, principal }, reply) => {
      const [report, agreement] = reportInputOf(body);
      const ingested = await ingestReport(
        store,
        report,
        authorOf(principal),
        agreementRefIn(agreements, agreement),
        extract,
      );
      return reply
        .code(ingested.outcome === 'added' ? 201 : 200)
        .send({ ...ingested, document: withCredit(ingested.document) });
    },
  );

  app.post(
    '/api/documents/:id/draft-claim',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Read the words at [start, end) of a document as a new claim would: attribution, time and event words, as extraction reads them; records nothing',
        querystring: NoQuery,
        params: DocumentParams,
        body: ClaimDraftRequest,
        response: { 200: ClaimDraftSchema, ...problemResponses(400, 404, 413, 415) },
      },
    },
    async ({ params, body }) =>
      draftClaimFor(store, params.id, [body.start, body.end], body.agreement),
  );
};
