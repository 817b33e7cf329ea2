/**
 * Nouns of a pause in the fighting, as the subject or object of a verb that starts one: "the
 * truce began at midnight", "an armistice of four weeks will begin", "the 30-day halt began".
 * A verb of starting with none of them near starts something else ("distribution began the same
 * afternoon", "since the operation began"). Lemmas, lower case. Extend freely.
 */
export const PAUSE_NOUNS: readonly string[] = [
  'truce',
  'ceasefire',
  'cease-fire',
  'pause',
  'lull',
  'calm',
  'armistice',
  'cessation',
  'suspension',
  'halt',
  'moratorium',
  'standstill',
];

/**
 * Pause nouns that stop anything: followed by "of", "in" or "on", they name a pause in the
 * fighting only where what they stop is in `PAUSED_FIGHTING` ("a halt in the shelling", not
 * "the halt in aid deliveries" or "the suspension of the minister"). Lemmas, lower case.
 */
export const PAUSES_OF_ANYTHING: readonly string[] = [
  'suspension',
  'halt',
  'moratorium',
  'standstill',
];

/** What a pause of `PAUSES_OF_ANYTHING` stops when it is a pause in the fighting. Extend freely. */
export const PAUSED_FIGHTING: readonly string[] = [
  'fighting',
  'fight',
  'hostility',
  'hostilities',
  'attack',
  'fire',
  'firing',
  'shelling',
  'bombing',
  'bombardment',
  'airstrike',
  'strike',
  'offensive',
  'operation',
  'combat',
  'violence',
  'war',
  'clash',
];
