/**
 * Who speaks for a side (test/corpus/README.md, "Who alleges"). A person or body named with one
 * of these words beside a party takes that party: "Armenia's defence ministry spokeswoman
 * Shushan Stepanyan", "Reath Muoch Tang, a senior official of Machar's SPLM-IO", "Colonel Ali
 * Musa of the Sudanese army". Lower case; matched whole-word, ignoring case. Extend freely.
 */
export const PARTY_ROLE_WORDS: readonly string[] = [
  'president',
  'vice president',
  'prime minister',
  'minister',
  'ministry',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'officer',
  'commander',
  'general',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'colonel',
  'lieutenant',
  'major',
  'brigadier',
  'captain',
  'chief',
  'head',
  'leader',
  'governor',
  'negotiator',
  'adviser',
  'advisor',
  'representative',
  'envoy',
  'army',
  'military',
  'forces',
  'armed forces',
  'armed wing',
  'media office',
  'press office',
  'office',
  'government',
  'authorities',
  'general staff',
  'police',
  'media',
  'source',
  'sources',
  // "the Kyrgyz side says": a side's own voice.
  'side',
];

/**
 * Words that may stand between a party's name and a person's without breaking the title
 * ("Russia's deputy defence minister", "Ukraine's foreign minister"): modifiers of the role.
 * Any other lower-case word there ("by", "said") means the party and the person are not one.
 */
export const PARTY_ROLE_MODIFIERS: readonly string[] = [
  'deputy',
  'senior',
  'top',
  'chief',
  'former',
  'acting',
  'defence',
  'defense',
  'foreign',
  'interior',
  'health',
  'information',
  'military',
  'army',
  'security',
  'intelligence',
  'presidential',
  'government',
  'media',
  'press',
  'field',
  'regional',
  'staff',
  'affairs',
  'of',
];

/**
 * How many words of title may stand between a party's name and a person's ("Rwandan government
 * spokeswoman Yolande Makolo": two), and how far an apposition after the name may run.
 */
export const PARTY_ROLE_REACH = { words: 5, apposition: 100 } as const;
