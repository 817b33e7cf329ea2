import type { EventType } from '../../core/vocabulary/event-types.js';

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
  /** The type a negated mention reports instead. */
  readonly negatedType?: EventType;
}

export const TRIGGER_LEMMAS: readonly TriggerLemma[] = [
  // releases
  { lemma: 'release', pos: 'verb', type: 'release', senses: [2] },
  { lemma: 'free', pos: 'verb', type: 'release', senses: [1], hyponyms: true },
  { lemma: 'liberate', pos: 'verb', type: 'release' },
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
  { lemma: 'stab', pos: 'verb', type: 'armed_attack', senses: [1] },
  { lemma: 'incursion', pos: 'noun', type: 'ground_operation' },
  { lemma: 'invasion', pos: 'noun', type: 'ground_operation', senses: [1] },
  { lemma: 'invade', pos: 'verb', type: 'ground_operation', senses: [1] },
  { lemma: 'offensive', pos: 'noun', type: 'ground_operation' },
  { lemma: 'clash', pos: 'noun', type: 'clash' },
  { lemma: 'clash', pos: 'verb', type: 'clash' },
  { lemma: 'skirmish', pos: 'noun', type: 'clash' },
  { lemma: 'firefight', pos: 'noun', type: 'clash' },
  { lemma: 'arrest', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'detain', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'abduct', pos: 'verb', type: 'arrest', senses: [1] },
  { lemma: 'arrest', pos: 'noun', type: 'arrest' },
  { lemma: 'detention', pos: 'noun', type: 'arrest' },
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
];
