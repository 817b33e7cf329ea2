import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SignedHead } from '../../app/heads.js';
import { describeVerifyReport, verifyStore } from '../../app/integrity.js';
import { NoQuery } from '../../core/api/listing.js';
import { VerifyResult } from '../../core/api/verify-api.js';
import { notFound } from '../../core/errors.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

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
