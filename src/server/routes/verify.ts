import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeVerifyReport, verifyStore } from '../../app/integrity.js';
import type { ApiContext } from '../api-context.js';
import { NoQuery } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const description = z.string().describe('one sentence for a person');

const VerifyResult = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      entries: z.number().int(),
      rows: z.number().int(),
      description,
    }),
    z.object({
      ok: z.literal(false),
      entries: z.number().int(),
      problem: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('chain'), seq: z.number().int(), detail: z.string() }),
        z.object({
          kind: z.literal('projection'),
          table: z.string(),
          id: z.string(),
          detail: z.string(),
        }),
      ]),
      description,
    }),
  ])
  .meta({ id: 'VerifyResult' });

export const verifyRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/verify',
    {
      schema: {
        tags: ['integrity'],
        summary:
          'Recompute the hash chain and check every table against the ledger; a broken record is reported, not an error',
        querystring: NoQuery,
        response: { 200: VerifyResult, ...problemResponses(400) },
      },
    },
    async () => {
      const report = await verifyStore(store);
      return { ...report, description: describeVerifyReport(report) };
    },
  );
};
