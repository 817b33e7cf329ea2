import type { EventType } from '../../core/vocabulary/event-types.js';
import { MOVING_VERBS } from './moving-forces.js';

/**
 * Single words that report an occurrence, matched on their lemma: "freed", "frees" and
 * "freeing" are all `free`. Where the patterns of `triggers.ts` match the same words, the
 * pattern wins (it says more: counts, objects, roles); these catch what no pattern covers.
 *
 * `senses` are WordNet 3.1 sense numbers of the lemma (1 is the commonest, as
 * `wn release -over` lists them): the other words of those synsets count as this entry too,
 * and with `hyponyms`, every kind of it ("firebomb" is a kind of `bomb`). Senses are named
 * only where every word of the synset reads as the act in conflict reporting: `propose` names
 * none, because its synset holds "suggest". `npm run train` expands the senses into `models/trigger-lexicon.json`; an
 * entry added without running it matches its own lemma only.
 */
export interface TriggerLemma {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly type: EventType;
  readonly senses?: readonly number[];
  readonly hyponyms?: boolean;
  /**
   * A verb's nouns of the act, as WordNet derives them in the senses named (else the first):
   * "prolongation" for `prolong`. Only nouns WordNet files as acts or events, not agents
   * ("fighter").
   */
  readonly nominalisations?: boolean;
  /** The type a negated mention reports instead. */
  readonly negatedType?: EventType;
  /** The type where what the act hands over is a place (`TriggerRule.placeType`). */
  readonly placeType?: EventType;
  /** The type where the act is aimed at people or things, not ground (`TriggerRule.aimedType`). */
  readonly aimedType?: EventType;
  /** The type where what the act takes is people (`TriggerRule.peopleType`). */
  readonly peopleType?: EventType;
  /** Only where what the act acts on is people (`TriggerRule.peopleOnly`). */
  readonly peopleOnly?: true;
  /** Only where a pause is named as what starts or is started (`TriggerRule.pauseOnly`). */
  readonly pauseOnly?: true;
  /** The type where armed men, not a force, do the act (`TriggerRule.armedMenType`). */
  readonly armedMenType?: EventType;
  /** The type follows the means named as the act's subject (`TriggerRule.byMeans`). */
  readonly byMeans?: true;
  /** The type follows what moves and which way (`TriggerRule.byMover`). */
  readonly byMover?: true;
  /** Its participle between an article or a word of place and a noun tells a state (`TriggerRule.stateBeforeNoun`). */
  readonly stateBeforeNoun?: true;
}

/**
 * A WordNet word counts for an entry only where the entry's sense is among the word's
 * `COMMON_SENSES` commonest: "run" is a kind of freeing (its 31st sense) and "occupy" a synonym
 * of invading (its 5th), but a report that says "clinics run by partners" or "the occupying
 * army" tells no release or invasion.
 */
export const COMMON_SENSES = 3;

export const TRIGGER_LEMMAS: readonly TriggerLemma[] = [
  // releases
  { lemma: 'release', pos: 'verb', type: 'release', senses: [2] },
  { lemma: 'free', pos: 'verb', type: 'release', senses: [1], hyponyms: true },
  { lemma: 'liberate', pos: 'verb', type: 'release', nominalisations: true },
  { lemma: 'release', pos: 'noun', type: 'release', senses: [2] },
  { lemma: 'handover', pos: 'noun', type: 'release' },
  // force
  { lemma: 'airstrike', pos: 'noun', type: 'airstrike' },
  { lemma: 'bomb', pos: 'verb', type: 'airstrike', senses: [1], hyponyms: true },
  { lemma: 'bombing', pos: 'noun', type: 'airstrike', senses: [1] },
  { lemma: 'shell', pos: 'verb', type: 'shelling' },
  { lemma: 'bombard', pos: 'verb', type: 'shelling' },
  { lemma: 'shelling', pos: 'noun', type: 'shelling' },
  { lemma: 'bombardment', pos: 'noun', type: 'shelling' },
  { lemma: 'ambush', pos: 'verb', type: 'armed_attack' },
  { lemma: 'ambush', pos: 'noun', type: 'armed_attack' },
  { lemma: 'stab', pos: 'verb', type: 'armed_attack', senses: [1], nominalisations: true },
  { lemma: 'incursion', pos: 'noun', type: 'ground_operation' },
  { lemma: 'invasion', pos: 'noun', type: 'ground_operation', senses: [1] },
  { lemma: 'invade', pos: 'verb', type: 'ground_operation', senses: [1] },
  { lemma: 'overrun', pos: 'verb', type: 'ground_operation' },
  { lemma: 'offensive', pos: 'noun', type: 'ground_operation' },
  { lemma: 'clash', pos: 'noun', type: 'clash' },
  { lemma: 'clash', pos: 'verb', type: 'clash' },
  { lemma: 'skirmish', pos: 'noun', type: 'clash' },
  { lemma: 'firefight', pos: 'noun', type: 'clash' },
  // a communiqué's word for enemies killed in a clash: "46 terrorists neutralised"
  { lemma: 'neutralise', pos: 'verb', type: 'clash' },
  { lemma: 'neutralize', pos: 'verb', type: 'clash' },
  { lemma: 'arrest', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'detain', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'abduct', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'arrest', pos: 'noun', type: 'arrest' },
  { lemma: 'detention', pos: 'noun', type: 'arrest' },
  // People held, not ground or talks: "the militants still hold two villagers", "he has been
  // held since then" (not "held the town", "talks were held").
  { lemma: 'hold', pos: 'verb', type: 'held', peopleOnly: true },
  { lemma: 'overflight', pos: 'noun', type: 'overflight' },
  // talks and what is said across the table
  { lemma: 'negotiate', pos: 'verb', type: 'talks', senses: [1] },
  { lemma: 'propose', pos: 'verb', type: 'proposal' },
  { lemma: 'proposal', pos: 'noun', type: 'proposal' },
  { lemma: 'ultimatum', pos: 'noun', type: 'demand' },
  { lemma: 'demand', pos: 'verb', type: 'demand' },
  { lemma: 'accuse', pos: 'verb', type: 'accusation', senses: [1] },
  { lemma: 'blame', pos: 'verb', type: 'accusation', senses: [1] },
  { lemma: 'accusation', pos: 'noun', type: 'accusation', senses: [1] },
  { lemma: 'deny', pos: 'verb', type: 'denial' },
  { lemma: 'denial', pos: 'noun', type: 'denial', senses: [2] },
  { lemma: 'evacuate', pos: 'verb', type: 'evacuation_order' },
  // Words that often report an act but also often do not ("attack", "end", "sign"): they make
  // candidates, and the classifier, trained on the corpus, keeps or drops each and may retype it.
  // releases and exchanges
  { lemma: 'exchange', pos: 'noun', type: 'release' },
  { lemma: 'swap', pos: 'noun', type: 'release' },
  { lemma: 'swap', pos: 'verb', type: 'release' },
  { lemma: 'return', pos: 'verb', type: 'release', placeType: 'withdrawal' },
  { lemma: 'repatriate', pos: 'verb', type: 'release' },
  { lemma: 'repatriation', pos: 'noun', type: 'release' },
  { lemma: 'rescue', pos: 'verb', type: 'release' },
  { lemma: 'hand', pos: 'verb', type: 'release', placeType: 'withdrawal' },
  // aid and movement of goods
  { lemma: 'convoy', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'truck', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'lorry', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'shipment', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'delivery', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'deliver', pos: 'verb', type: 'aid_delivery' },
  { lemma: 'ship', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'ship', pos: 'verb', type: 'aid_delivery' },
  { lemma: 'vessel', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'access', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'flight', pos: 'noun', type: 'civil_flight' },
  { lemma: 'airlift', pos: 'noun', type: 'aid_delivery' },
  { lemma: 'airlift', pos: 'verb', type: 'aid_delivery' },
  // force
  { lemma: 'attack', pos: 'noun', type: 'armed_attack' },
  { lemma: 'attack', pos: 'verb', type: 'armed_attack', byMeans: true },
  { lemma: 'kill', pos: 'verb', type: 'armed_attack' },
  { lemma: 'killing', pos: 'noun', type: 'armed_attack' },
  { lemma: 'massacre', pos: 'noun', type: 'armed_attack' },
  { lemma: 'execute', pos: 'verb', type: 'armed_attack', nominalisations: true },
  { lemma: 'shoot', pos: 'verb', type: 'armed_attack' },
  { lemma: 'shooting', pos: 'noun', type: 'armed_attack' },
  { lemma: 'target', pos: 'verb', type: 'armed_attack' },
  { lemma: 'explode', pos: 'verb', type: 'armed_attack' },
  { lemma: 'explosion', pos: 'noun', type: 'armed_attack' },
  { lemma: 'strike', pos: 'noun', type: 'airstrike' },
  { lemma: 'strike', pos: 'verb', type: 'airstrike' },
  { lemma: 'drone', pos: 'noun', type: 'airstrike' },
  { lemma: 'rocket', pos: 'noun', type: 'rocket_fire' },
  { lemma: 'missile', pos: 'noun', type: 'rocket_fire' },
  { lemma: 'launch', pos: 'verb', type: 'rocket_fire' },
  { lemma: 'fire', pos: 'verb', type: 'shelling', aimedType: 'armed_attack', byMeans: true },
  { lemma: 'fire', pos: 'noun', type: 'shelling' },
  { lemma: 'artillery', pos: 'noun', type: 'shelling' },
  { lemma: 'mortar', pos: 'noun', type: 'shelling' },
  { lemma: 'fighting', pos: 'noun', type: 'clash' },
  { lemma: 'gunfire', pos: 'noun', type: 'clash' },
  { lemma: 'fight', pos: 'verb', type: 'clash' },
  { lemma: 'battle', pos: 'noun', type: 'clash' },
  {
    lemma: 'capture',
    pos: 'verb',
    type: 'ground_operation',
    peopleType: 'arrest',
    armedMenType: 'armed_attack',
  },
  { lemma: 'capture', pos: 'noun', type: 'ground_operation' },
  {
    lemma: 'seize',
    pos: 'verb',
    type: 'ground_operation',
    peopleType: 'arrest',
    armedMenType: 'armed_attack',
  },
  // The tagger knows no form of "retake" but the bare one: `triggers.ts` spells the others.
  { lemma: 'retake', pos: 'verb', type: 'ground_operation', senses: [1] },
  { lemma: 'takeover', pos: 'noun', type: 'ground_operation' },
  { lemma: 'assault', pos: 'noun', type: 'ground_operation' },
  { lemma: 'besiege', pos: 'verb', type: 'ground_operation', stateBeforeNoun: true },
  { lemma: 'advance', pos: 'verb', type: 'ground_operation' },
  { lemma: 'enter', pos: 'verb', type: 'ground_operation', armedMenType: 'armed_attack' },
  { lemma: 'control', pos: 'noun', type: 'ground_operation' },
  { lemma: 'withdraw', pos: 'verb', type: 'withdrawal' },
  { lemma: 'withdrawal', pos: 'noun', type: 'withdrawal' },
  { lemma: 'retreat', pos: 'verb', type: 'withdrawal' },
  { lemma: 'pull', pos: 'verb', type: 'withdrawal' },
  { lemma: 'redeployment', pos: 'noun', type: 'withdrawal' },
  { lemma: 'reposition', pos: 'verb', type: 'withdrawal' },
  { lemma: 'disband', pos: 'verb', type: 'withdrawal', nominalisations: true },
  { lemma: 'disarm', pos: 'verb', type: 'withdrawal' },
  { lemma: 'disarmament', pos: 'noun', type: 'withdrawal' },
  { lemma: 'flee', pos: 'verb', type: 'withdrawal' },
  // Verbs of moving: a force moving in or out, people freed moving at all (`MOVING_VERBS`).
  ...MOVING_VERBS.map((verb) => ({
    lemma: verb,
    pos: 'verb' as const,
    type: 'ground_operation' as const,
    byMover: true as const,
  })),
  { lemma: 'abduction', pos: 'noun', type: 'arrest' },
  { lemma: 'evacuation', pos: 'noun', type: 'evacuation_order' },
  { lemma: 'displace', pos: 'verb', type: 'evacuation_order' },
  // talks, agreements and words across the table
  { lemma: 'talk', pos: 'noun', type: 'talks' },
  { lemma: 'negotiation', pos: 'noun', type: 'talks' },
  { lemma: 'consultation', pos: 'noun', type: 'talks' },
  { lemma: 'meet', pos: 'verb', type: 'talks' },
  { lemma: 'meeting', pos: 'noun', type: 'talks' },
  { lemma: 'conference', pos: 'noun', type: 'talks' },
  { lemma: 'summit', pos: 'noun', type: 'talks' },
  { lemma: 'mediate', pos: 'verb', type: 'talks' },
  { lemma: 'offer', pos: 'noun', type: 'proposal' },
  { lemma: 'offer', pos: 'verb', type: 'proposal' },
  { lemma: 'demand', pos: 'noun', type: 'demand' },
  { lemma: 'urge', pos: 'verb', type: 'demand' },
  { lemma: 'call', pos: 'verb', type: 'demand' },
  { lemma: 'request', pos: 'verb', type: 'demand' },
  { lemma: 'ask', pos: 'verb', type: 'demand' },
  { lemma: 'warn', pos: 'verb', type: 'demand' },
  { lemma: 'violation', pos: 'noun', type: 'accusation' },
  { lemma: 'violate', pos: 'verb', type: 'accusation' },
  { lemma: 'breach', pos: 'noun', type: 'accusation' },
  { lemma: 'reject', pos: 'verb', type: 'denial', nominalisations: true },
  { lemma: 'dismiss', pos: 'verb', type: 'denial' },
  { lemma: 'postpone', pos: 'verb', type: 'delegation_recalled', nominalisations: true },
  { lemma: 'recall', pos: 'verb', type: 'delegation_recalled' },
  { lemma: 'sign', pos: 'verb', type: 'agreement_announced' },
  { lemma: 'signing', pos: 'noun', type: 'agreement_announced' },
  { lemma: 'agree', pos: 'verb', type: 'agreement_announced' },
  { lemma: 'agreement', pos: 'noun', type: 'agreement_announced' },
  { lemma: 'declare', pos: 'verb', type: 'agreement_announced' },
  { lemma: 'announce', pos: 'verb', type: 'agreement_announced' },
  { lemma: 'extend', pos: 'verb', type: 'truce_extended' },
  { lemma: 'extension', pos: 'noun', type: 'truce_extended' },
  { lemma: 'prolong', pos: 'verb', type: 'truce_extended', nominalisations: true },
  { lemma: 'renew', pos: 'verb', type: 'truce_extended' },
  { lemma: 'renewal', pos: 'noun', type: 'truce_extended' },
  // Most beginnings told are of something else: an operation, a distribution, a war.
  { lemma: 'begin', pos: 'verb', type: 'truce_start', pauseOnly: true },
  { lemma: 'halt', pos: 'verb', type: 'truce_start' },
  { lemma: 'end', pos: 'verb', type: 'truce_end' },
  { lemma: 'expire', pos: 'verb', type: 'truce_end', nominalisations: true },
  { lemma: 'collapse', pos: 'noun', type: 'truce_end' },
  { lemma: 'collapse', pos: 'verb', type: 'truce_end' },
];
