import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../core/api/health-api.js';
import { NoQuery } from '../../core/api/listing.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

export const healthRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server up, and which database it records to',
        querystring: NoQuery,
        response: { 200: Health, ...problemResponses(400) },
      },
    },
    async () => ({ ok: true as const, dialect: store.dialect }),
  );
};
