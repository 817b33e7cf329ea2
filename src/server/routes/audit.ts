import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPage } from '../../app/audit.js';
import { AuditPage, AuditQuery } from '../../core/api/audit-api.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

export const auditRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['integrity'],
        summary:
          'Who did what and when, oldest first, from the ledger and the account log; follow nextCursor until it is null',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problemResponses(400) },
      },
    },
    async ({ query }) => auditPage(store, query),
  );
};
