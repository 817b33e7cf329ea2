import { z } from 'zod';
import { nearestNames } from '../text/nearest-names.js';
import type { AcledEventType, AcledSubEventType } from './acled.js';
import type { PloverContext, PloverEventType, PloverMode } from './plover.js';

/**
 * The v1 event vocabulary, with its maps to PLOVER (event type + mode) and ACLED
 * (event_type / sub_event_type) for export. One table: add a type here and everything follows.
 */
export const EVENT_TYPES = [
  'release',
  'list_delivered',
  'list_not_delivered',
  'aid_delivery',
  'civil_flight',
  'rocket_fire',
  'airstrike',
  'shelling',
  'armed_attack',
  'ground_operation',
  'clash',
  'overflight',
  'withdrawal',
  'presence',
  'deployment',
  'held',
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
  /** PLOVER event type, mode (null: none fits) and contexts; pairs are checked against the manual. */
  readonly plover: {
    readonly type: PloverEventType;
    readonly mode: PloverMode | null;
    readonly context: readonly PloverContext[];
  };
  /** ACLED event type and sub-event type; null for what ACLED does not code (talks, words). */
  readonly acled: {
    readonly eventType: AcledEventType;
    readonly subEventType: AcledSubEventType;
  } | null;
}

const STRATEGIC_OTHER = { eventType: 'Strategic developments', subEventType: 'Other' } as const;
const AGREEMENT = { eventType: 'Strategic developments', subEventType: 'Agreement' } as const;
const REMOTE_SHELLING = {
  eventType: 'Explosions/Remote violence',
  subEventType: 'Shelling/artillery/missile attack',
} as const;

/**
 * PLOVER (manual 0.8): a release carried out, a truce observed and a withdrawal are RETREAT
 * (material de-escalation); a declared ceasefire is CONCEDE; a mediated meeting is
 * CONSULT/third-party; an order to leave is a DEMAND; recalling negotiators is SANCTION/withdraw.
 * Where no mode of the manual fits, the mode is null rather than an invented one.
 */
export const EVENT_TYPE_INFO: Readonly<Record<EventType, EventTypeInfo>> = {
  release: {
    meaning: 'persons freed or handed over (hostages, prisoners, detainees, remains)',
    hostile: false,
    plover: { type: 'RETREAT', mode: 'release', context: ['humanitarian'] },
    acled: STRATEGIC_OTHER,
  },
  list_delivered: {
    meaning: 'a release list handed over',
    hostile: false,
    plover: { type: 'COOPERATE', mode: null, context: ['intelligence', 'diplomatic'] },
    acled: STRATEGIC_OTHER,
  },
  list_not_delivered: {
    meaning: 'a release list reported missing',
    hostile: false,
    plover: { type: 'REJECT', mode: null, context: ['diplomatic'] },
    acled: STRATEGIC_OTHER,
  },
  aid_delivery: {
    meaning: 'humanitarian trucks, fuel or goods entering',
    hostile: false,
    plover: { type: 'AID', mode: null, context: ['humanitarian'] },
    acled: null,
  },
  civil_flight: {
    meaning: 'a commercial or humanitarian passenger flight to or from a closed airport',
    hostile: false,
    plover: { type: 'COOPERATE', mode: null, context: ['economic', 'humanitarian'] },
    acled: null,
  },
  rocket_fire: {
    meaning: 'rockets, missiles or mortars launched',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] },
    acled: REMOTE_SHELLING,
  },
  airstrike: {
    meaning: 'strikes from aircraft or drones',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] },
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  },
  shelling: {
    meaning: 'artillery or tank fire',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] },
    acled: REMOTE_SHELLING,
  },
  armed_attack: {
    meaning: 'shooting, stabbing, ramming, bombing by persons',
    hostile: true,
    // Firearms, blades and bombs are different modes: the text decides, not the type.
    plover: { type: 'ASSAULT', mode: null, context: ['military'] },
    acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  },
  ground_operation: {
    meaning: 'ground incursion, raid, advance',
    hostile: true,
    plover: { type: 'ASSAULT', mode: null, context: ['military'] },
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  },
  clash: {
    meaning: 'exchange of fire, skirmish',
    hostile: true,
    plover: { type: 'ASSAULT', mode: 'sideAB', context: ['military'] },
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  },
  overflight: {
    meaning: 'aircraft or drones flying over an area',
    hostile: false,
    plover: { type: 'MOBILIZE', mode: 'weapons', context: ['military'] },
    acled: STRATEGIC_OTHER,
  },
  withdrawal: {
    meaning: 'forces pulled back from an area, a road or a corridor',
    hostile: false,
    plover: { type: 'RETREAT', mode: 'withdraw', context: ['military'] },
    acled: {
      eventType: 'Strategic developments',
      subEventType: 'Non-violent transfer of territory',
    },
  },
  presence: {
    meaning: 'armed forces or weapons reported still in an area they were to leave',
    hostile: false,
    plover: { type: 'MOBILIZE', mode: 'troops', context: ['military'] },
    acled: STRATEGIC_OTHER,
  },
  deployment: {
    meaning: 'forces, peacekeepers or monitors taking up positions in an area',
    hostile: false,
    plover: { type: 'MOBILIZE', mode: 'troops', context: ['military', 'peacekeeping'] },
    acled: STRATEGIC_OTHER,
  },
  held: {
    meaning:
      'how many persons are held (hostages, prisoners, remains): a count reported, not an act',
    hostile: false,
    plover: { type: 'COERCE', mode: null, context: ['humanitarian'] },
    acled: null,
  },
  arrest: {
    meaning: 'persons detained',
    hostile: false,
    plover: { type: 'COERCE', mode: 'arrest', context: [] },
    acled: { eventType: 'Strategic developments', subEventType: 'Arrests' },
  },
  evacuation_order: {
    meaning: 'an order or call to leave an area',
    hostile: false,
    plover: { type: 'DEMAND', mode: null, context: ['migration', 'military'] },
    acled: STRATEGIC_OTHER,
  },
  talks: {
    meaning: 'a negotiation meeting or round, in person or through mediators',
    hostile: false,
    plover: { type: 'CONSULT', mode: 'third-party', context: ['diplomatic'] },
    acled: null,
  },
  proposal: {
    meaning: 'an offer or counter-offer',
    hostile: false,
    plover: { type: 'AGREE', mode: null, context: ['diplomatic'] },
    acled: null,
  },
  demand: {
    meaning: 'a demand, warning or ultimatum',
    hostile: false,
    plover: { type: 'DEMAND', mode: null, context: ['diplomatic'] },
    acled: null,
  },
  accusation: {
    meaning: 'one party accusing another of a breach',
    hostile: false,
    plover: { type: 'ACCUSE', mode: 'allege', context: [] },
    acled: null,
  },
  denial: {
    meaning: 'a denial of another claim',
    hostile: false,
    plover: { type: 'REJECT', mode: null, context: [] },
    acled: null,
  },
  delegation_recalled: {
    meaning: 'negotiators withdrawn or talks broken off',
    hostile: false,
    plover: { type: 'SANCTION', mode: 'withdraw', context: ['diplomatic'] },
    acled: STRATEGIC_OTHER,
  },
  agreement_announced: {
    meaning: 'terms agreed or announced',
    hostile: false,
    plover: { type: 'CONCEDE', mode: null, context: ['diplomatic'] },
    acled: AGREEMENT,
  },
  truce_start: {
    meaning: 'the pause reported as beginning',
    hostile: false,
    plover: { type: 'RETREAT', mode: 'ceasefire', context: ['military'] },
    acled: AGREEMENT,
  },
  truce_extended: {
    meaning: 'the pause reported as extended',
    hostile: false,
    plover: { type: 'RETREAT', mode: 'ceasefire', context: ['military'] },
    acled: AGREEMENT,
  },
  truce_end: {
    meaning: 'the pause reported as ended',
    hostile: false,
    plover: { type: 'REJECT', mode: 'yield', context: ['military'] },
    acled: STRATEGIC_OTHER,
  },
};

export const HOSTILE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter(
  (t) => EVENT_TYPE_INFO[t].hostile,
);
