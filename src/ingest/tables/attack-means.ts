import type { EventType } from '../../core/vocabulary/event-types.js';

/**
 * What an attack or a firing is done with, named as its subject: "Jordanian aircraft attacked
 * their columns" is an airstrike and "Ukrainian guns had fired on rebel-held districts" shelling,
 * where "militants attacked" or "soldiers fired on" tell an attack by people. Lemmas of the
 * subject's head noun, by the type they make of the act. Read by `meansOfAttack`.
 */
export const ATTACK_MEANS: readonly {
  readonly type: EventType;
  readonly nouns: readonly string[];
}[] = [
  {
    type: 'airstrike',
    nouns: [
      'aircraft',
      'airplane',
      'plane',
      'warplane',
      'jet',
      'fighter-bomber',
      'bomber',
      'helicopter',
      'gunship',
      'airforce',
    ],
  },
  {
    type: 'shelling',
    nouns: ['gun', 'tank', 'howitzer', 'battery', 'cannon', 'gunboat', 'warship'],
  },
];
