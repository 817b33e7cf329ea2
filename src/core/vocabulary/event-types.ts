import { z } from 'zod';
import { nearestNames } from '../text/nearest-names.js';

/**
 * The v1 event vocabulary, with its maps to PLOVER (event type + mode) and ACLED
 * (event_type / sub_event_type) for export. One table: add a type here and everything follows.
 */
export const EVENT_TYPES = [
  'release',
  'list_delivered',
  'list_not_delivered',
  'aid_delivery',
  'rocket_fire',
  'airstrike',
  'shelling',
  'armed_attack',
  'ground_operation',
  'clash',
  'overflight',
  'withdrawal',
  'arrest',
  'evacuation_order',
  'talks',
  'proposal',
  'demand',
  'accusation',
  'denial',
  'delegation_recalled',
  'agreement_announced',
  'truce_start',
  'truce_extended',
  'truce_end',
] as const;

export const EventType = z.enum(EVENT_TYPES, {
  error: (issue) => {
    const near = typeof issue.input === 'string' ? nearestNames(issue.input, EVENT_TYPES) : [];
    const hint = near.length === 0 ? '' : ` (did you mean ${near.join(' or ')}?)`;
    return `must be an event type: ${JSON.stringify(issue.input)} is not one${hint}; expected one of ${EVENT_TYPES.join(', ')}`;
  },
});
export type EventType = z.infer<typeof EventType>;

export interface EventTypeInfo {
  readonly meaning: string;
  /** An act of force: what a "no hostilities" prohibition covers. */
  readonly hostile: boolean;
  readonly plover: { readonly type: string; readonly mode: string | null };
  readonly acled: { readonly eventType: string; readonly subEventType: string } | null;
}

const STRATEGIC_OTHER = { eventType: 'Strategic developments', subEventType: 'Other' } as const;
const AGREEMENT = { eventType: 'Strategic developments', subEventType: 'Agreement' } as const;

export const EVENT_TYPE_INFO: Readonly<Record<EventType, EventTypeInfo>> = {
  release: {
    meaning: 'persons freed or handed over (hostages, prisoners, detainees, remains)',
    hostile: false,
    plover: { type: 'CONCEDE', mode: 'release' },
    acled: STRATEGIC_OTHER,
  },
  list_delivered: {
    meaning: 'a release list handed over',
    hostile: false,
    plover: { type: 'COOPERATE', mode: 'information' },
    acled: STRATEGIC_OTHER,
  },
  list_not_delivered: {
    meaning: 'a release list reported missing',
    hostile: false,
    plover: { type: 'REJECT', mode: 'information' },
    acled: STRATEGIC_OTHER,
  },
  aid_delivery: {
    meaning: 'humanitarian trucks, fuel or goods entering',
    hostile: false,
    plover: { type: 'AID', mode: 'humanitarian' },
    acled: STRATEGIC_OTHER,
  },
  rocket_fire: {
    meaning: 'rockets, missiles or mortars launched',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'explosive' },
    acled: {
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
    },
  },
  airstrike: {
    meaning: 'strikes from aircraft or drones',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'aerial' },
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  },
  shelling: {
    meaning: 'artillery or tank fire',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'explosive' },
    acled: {
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
    },
  },
  armed_attack: {
    meaning: 'shooting, stabbing, ramming, bombing by persons',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'firearms' },
    acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  },
  ground_operation: {
    meaning: 'ground incursion, raid, advance',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'ground' },
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  },
  clash: {
    meaning: 'exchange of fire, skirmish',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'firearms' },
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  },
  overflight: {
    meaning: 'aircraft or drones flying over an area',
    hostile: false,
    plover: { type: 'MOBILIZE', mode: 'air' },
    acled: STRATEGIC_OTHER,
  },
  withdrawal: {
    meaning: 'forces pulled back from an area, a road or a corridor',
    hostile: false,
    plover: { type: 'RETREAT', mode: 'withdraw' },
    acled: {
      eventType: 'Strategic developments',
      subEventType: 'Non-violent transfer of territory',
    },
  },
  arrest: {
    meaning: 'persons detained',
    hostile: false,
    plover: { type: 'COERCE', mode: 'arrest' },
    acled: { eventType: 'Strategic developments', subEventType: 'Arrests' },
  },
  evacuation_order: {
    meaning: 'an order or call to leave an area',
    hostile: false,
    plover: { type: 'THREATEN', mode: 'evacuation' },
    acled: STRATEGIC_OTHER,
  },
  talks: {
    meaning: 'a negotiation meeting or round, in person or through mediators',
    hostile: false,
    plover: { type: 'CONSULT', mode: 'third-party' },
    acled: null,
  },
  proposal: {
    meaning: 'an offer or counter-offer',
    hostile: false,
    plover: { type: 'REQUEST', mode: 'proposal' },
    acled: null,
  },
  demand: {
    meaning: 'a demand, warning or ultimatum',
    hostile: false,
    plover: { type: 'THREATEN', mode: 'ultimatum' },
    acled: null,
  },
  accusation: {
    meaning: 'one party accusing another of a breach',
    hostile: false,
    plover: { type: 'ACCUSE', mode: 'violation' },
    acled: null,
  },
  denial: {
    meaning: 'a denial of another claim',
    hostile: false,
    plover: { type: 'REJECT', mode: 'denial' },
    acled: null,
  },
  delegation_recalled: {
    meaning: 'negotiators withdrawn or talks broken off',
    hostile: false,
    plover: { type: 'REJECT', mode: 'withdraw' },
    acled: STRATEGIC_OTHER,
  },
  agreement_announced: {
    meaning: 'terms agreed or announced',
    hostile: false,
    plover: { type: 'AGREE', mode: 'ceasefire' },
    acled: AGREEMENT,
  },
  truce_start: {
    meaning: 'the pause reported as beginning',
    hostile: false,
    plover: { type: 'AGREE', mode: 'ceasefire' },
    acled: AGREEMENT,
  },
  truce_extended: {
    meaning: 'the pause reported as extended',
    hostile: false,
    plover: { type: 'AGREE', mode: 'ceasefire' },
    acled: AGREEMENT,
  },
  truce_end: {
    meaning: 'the pause reported as ended',
    hostile: false,
    plover: { type: 'REJECT', mode: 'ceasefire' },
    acled: STRATEGIC_OTHER,
  },
};

export const HOSTILE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter(
  (t) => EVENT_TYPE_INFO[t].hostile,
);
