import { z } from 'zod';
import { ClaimId, EventId } from '../ids.js';
import { TimeInterval } from '../time/time-interval.js';
import { EventType } from '../vocabulary/event-types.js';
import { Divergence } from './event-divergence.js';
import { Place } from './place.js';

/**
 * How well an occurrence is supported. Independent origins are counted, not outlets.
 * single_source: one origin; corroborated: two or more; contested: denied by another origin;
 * confirmed: acknowledged by the accused party or verified by a monitor; retracted.
 */
export const Grade = z.enum([
  'single_source',
  'corroborated',
  'contested',
  'confirmed',
  'retracted',
]);
export type Grade = z.infer<typeof Grade>;

/** A cluster of accepted claims that describe one occurrence. */
export const Event = z
  .object({
    id: EventId,
    type: EventType,
    claims: z.array(ClaimId).readonly(),
    when: TimeInterval,
    where: Place.nullable(),
    /** Keys of the independent origins behind the claims. */
    origins: z.array(z.string()).readonly(),
    grade: Grade,
    /** How the accounts disagree, or null: the dashboard flags such events. */
    divergence: Divergence,
  })
  .readonly();
export type Event = z.infer<typeof Event>;
