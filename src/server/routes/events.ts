import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EventListings } from '../../app/event-listings.js';
import { EventSchema, EventsQuery } from '../../core/api/event-api.js';
import { listOf } from '../../core/api/listing.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

export const eventRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, agreements },
) => {
  const listings = new EventListings(store, agreements);
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Occurrences: accepted claims clustered by what they describe, graded by independent origins',
        querystring: EventsQuery,
        response: { 200: listOf(EventSchema), ...problemResponses(400, 404) },
      },
    },
    async ({ query }) => ({ items: await listings.list(query) }),
  );
};
