import { z } from 'zod';
import { Event } from '../evidence/event.js';
import { AgreementId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

// The shapes of /api/events.

export const EventSchema = Event.meta({ id: 'Event' });

export const EventsQuery = z
  .object({
    asOf: IsoInstant.optional().describe('only claims known at this instant'),
    agreement: AgreementId.optional().describe(
      'only claims this agreement reads: its own, and unassigned ones naming its parties',
    ),
  })
  .strict();
