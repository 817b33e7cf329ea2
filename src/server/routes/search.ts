import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchRecord } from '../../app/search.js';
import { SearchQuery, SearchResults } from '../../core/api/search-api.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

export const searchRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, agreements },
) => {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary:
          'Documents and claims holding every word of q, each with the words in context as offsets',
        querystring: SearchQuery,
        response: { 200: SearchResults, ...problemResponses(400, 404) },
      },
    },
    async ({ query }) => searchRecord(store, query, agreements),
  );
};
