import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { NoQuery } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const Health = z.object({ ok: z.literal(true), dialect: z.enum(['sqlite', 'postgres']) });

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
