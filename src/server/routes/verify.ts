import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SignedHead } from '../../app/heads.js';
import { describeVerifyReport, verifyStore } from '../../app/integrity.js';
import { notFound } from '../../core/errors.js';
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
        z.object({ kind: z.literal('file'), detail: z.string() }),
        z.object({ kind: z.literal('head'), seq: z.number().int(), detail: z.string() }),
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

export const verifyRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, signHead }) => {
  app.get(
    '/api/head',
    {
      schema: {
        tags: ['integrity'],
        summary:
          "The ledger's last entry, signed with the store's Ed25519 key: keep it, and `truce verify --expect-head` later proves the ledger still extends it",
        querystring: NoQuery,
        response: { 200: SignedHead, ...problemResponses(400, 404) },
      },
    },
    async (_request, reply) => {
      if (signHead === undefined)
        throw notFound('this server was started without a head-signing key');
      reply.header('cache-control', 'no-store');
      return signHead();
    },
  );

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
