import type { EventType } from './event-types.js';

/**
 * Event types that report that another did not happen: a claim of one is evidence against
 * the other. Data, not branches: add a pair here and every clause on either type follows.
 */
export const NEGATED_EVENT_TYPE: Readonly<Partial<Record<EventType, EventType>>> = {
  list_delivered: 'list_not_delivered',
  list_not_delivered: 'list_delivered',
};
