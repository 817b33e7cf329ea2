/**
 * Authors named by description (test/corpus/README.md, "Who alleges"). A side tells of the
 * other side's fighters in words no side uses of its own: told by a party, an act whose author
 * is named so is another side's, and the claim is `alleged`. Lower case, matched whole-word,
 * ignoring case; a trailing `s?` is written out. Extend freely.
 */
export const OTHER_SIDE_DESCRIPTIONS: readonly string[] = [
  'enemy',
  'the occupation',
  'occupation forces',
  'occupation army',
  'the aggressor',
  'the adversary',
  'the opposing side',
  'the other side',
  'gunmen',
  'militia',
  'militias',
  'militiamen',
  'rebels',
  'rebel fighters',
  'insurgents',
  'terrorists',
  'terrorist groups',
  'armed terrorist groups',
  'attackers',
];

/**
 * Forces that fight beside a party the agreement may not list: `names` as reports give them,
 * `beside` the names of the party they fight for, tried in order against the agreement's
 * parties (or the report's sides). Told by that party, their act is its own; told by another,
 * it is alleged. Extend freely.
 */
export interface Ally {
  readonly names: readonly string[];
  readonly beside: readonly string[];
}

export const ALLIES: readonly Ally[] = [
  {
    names: ['Eritrean troops', 'Eritrean forces', 'Eritrean soldiers', 'Eritrean army'],
    beside: ['Ethiopia', 'Ethiopian government', 'federal government', 'ENDF', 'Ethiopian army'],
  },
  {
    names: ['Amhara forces', 'Amhara militias', 'Amhara special forces'],
    beside: ['Ethiopia', 'Ethiopian government', 'federal government', 'ENDF'],
  },
  {
    names: [
      'coalition forces',
      'coalition warplanes',
      'coalition aircraft',
      'coalition jets',
      'Saudi-led coalition',
    ],
    beside: ['Yemeni government', 'Government of Yemen', 'Saudi Arabia', 'government'],
  },
  {
    names: ['Wagner fighters', 'Wagner mercenaries', 'Wagner Group', 'Wagner'],
    beside: ['Russia', 'Mali', 'Malian army'],
  },
  {
    names: ['North Korean troops', 'North Korean soldiers'],
    beside: ['Russia'],
  },
  {
    names: ['Turkish-backed militias', 'Turkish-backed fighters', 'Syrian National Army'],
    beside: ['Turkey'],
  },
  {
    names: ['Rwandan troops', 'Rwandan soldiers', 'Rwanda Defence Force'],
    beside: ['M23', 'AFC/M23', 'Rwanda'],
  },
];

/**
 * Words by which a side names itself ("we fired no missiles", "our forces did not shell"): an
 * act said not to have happened whose author is the teller's own side is the teller's denial
("the army said it did not shell"; "X said they did not" reads "they" as X, as reports do).
 * Lower case, matched whole-word at the act's subject. Extend freely.
 */
export const OWN_SIDE_WORDS: readonly string[] = [
  'we',
  'it',
  'they',
  'our forces',
  'our troops',
  'our units',
  'our army',
  'our side',
  'our fighters',
  'its forces',
  'its troops',
  'its fighters',
  'its units',
];
