import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { vocabulary } from '../../app/vocabulary.js';
import { NoQuery } from '../../core/api/listing.js';
import { Vocabulary } from '../../core/api/vocabulary-api.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

export const vocabularyRoutes: FastifyPluginAsyncZod<ApiContext> = async (app) => {
  app.get(
    '/api/vocabulary',
    {
      schema: {
        tags: ['vocabulary'],
        summary:
          'The words claims are coded in: event types, modalities, qualifiers, units, categories',
        querystring: NoQuery,
        response: { 200: Vocabulary, ...problemResponses(400) },
      },
    },
    async (_request, reply) => {
      // Fixed for a release: the tables change only with the code.
      reply.header('cache-control', 'max-age=3600');
      return vocabulary();
    },
  );
};
