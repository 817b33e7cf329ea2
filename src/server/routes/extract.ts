import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { extractReport } from '../../app/ingest.js';
import { ClaimContent } from '../../core/evidence/claim.js';
import type { ApiContext } from '../api-context.js';
import { NewReport } from '../api-schemas.js';
import { BODY_LIMIT } from '../body-limits.js';
import { problemResponses } from '../problem.js';
import { reportInputOf } from '../report-input.js';

const Extraction = z
  .object({
    document: z.object({
      title: z.string().nullable(),
      published: z.string().nullable(),
      removed: z.array(z.string()).readonly().describe('page furniture taken out'),
      cleanText: z.string().describe("what every claim's span points into"),
    }),
    claims: z
      .array(ClaimContent.unwrap().extend({ rule: z.string().describe('the extraction rule') }))
      .readonly(),
    warnings: z.array(z.string()).readonly(),
  })
  .meta({ id: 'Extraction' });

export const extractRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, extract, rateLimit },
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
      return extractReport(store, report, agreement, extract);
    },
  );
};
