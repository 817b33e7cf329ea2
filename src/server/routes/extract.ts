import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimReaderOf } from '../../app/claim-page.js';
import { agreementRefIn, extractReport } from '../../app/ingest.js';
import { NewReport } from '../../core/api/document-api.js';
import { Extraction } from '../../core/api/extract-api.js';
import type { ApiContext } from '../api-context.js';
import { BODY_LIMIT } from '../body-limits.js';
import { problemResponses } from '../problem.js';
import { reportInputOf } from '../report-input.js';

export const extractRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, agreements, readers, extract, rateLimit },
) => {
  app.post(
    '/api/extract',
    {
      bodyLimit: BODY_LIMIT.document,
      config: { rateLimit: { max: Math.max(1, Math.ceil(rateLimit / 10)), timeWindow: 60_000 } },
      schema: {
        tags: ['documents'],
        summary: 'Read a report into the claims ingest would suggest, recording nothing',
        body: NewReport,
        response: { 200: Extraction, ...problemResponses(400, 404, 413, 415, 429, 503) },
      },
    },
    async ({ body }) => {
      const [report, agreement] = reportInputOf(body);
      const [extraction, read] = await Promise.all([
        extractReport(store, report, agreementRefIn(agreements, agreement), extract),
        claimReaderOf(store, body.agreement, readers),
      ]);
      const readings = read && extraction.claims.map((content) => read({ content }));
      // Only what the schema documents: the reader's internals (explanations, offsets) stay in.
      return Extraction.parse({ ...extraction, ...(readings && { readings }) });
    },
  );
};
