import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listEvents } from '../../app/events.js';
import { Event } from '../../core/evidence/event.js';
import { AgreementId } from '../../core/ids.js';
import { IsoInstant } from '../../core/time/time-interval.js';
import type { ApiContext } from '../api-context.js';
import { listOf } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const EventSchema = Event.meta({ id: 'Event' });

export const eventRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Occurrences: accepted claims clustered by what they describe, graded by independent origins',
        querystring: z
          .object({
            asOf: IsoInstant.optional().describe('only claims known at this instant'),
            agreement: AgreementId.optional().describe(
              'only claims this agreement reads: its own, and unassigned ones naming its parties',
            ),
          })
          .strict(),
        response: { 200: listOf(EventSchema), ...problemResponses(400, 404) },
      },
    },
    async ({ query }) => ({ items: await listEvents(store, query) }),
  );
};
