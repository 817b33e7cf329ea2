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
