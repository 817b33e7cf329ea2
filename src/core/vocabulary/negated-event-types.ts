import type { EventType } from './event-types.js';

/**
 * Event types that report that another did not happen: a claim of one is evidence against
 * the other. Data, not branches: add a pair here and every clause on either type follows.
 */
export const NEGATED_EVENT_TYPE: Readonly<Partial<Record<EventType, EventType>>> = {
  list_delivered: 'list_not_delivered',
  list_not_delivered: 'list_delivered',
};

/**
 * The types whose claims say that one of `events` did not happen. A type among `events`
 * itself is the act, not its negation: its claims are read as the act, and a denial of one
 * denies the act.
 */
export function negatedTypesOf(events: readonly EventType[]): EventType[] {
  return events.flatMap((t) => {
    const negated = NEGATED_EVENT_TYPE[t];
    return negated === undefined || events.includes(negated) ? [] : [negated];
  });
}
