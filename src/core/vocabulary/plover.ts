/**
 * PLOVER's event categories and the modes each allows, as the PLOVER manual (Open Event Data
 * Alliance, draft version 0.8, openeventdata/PLOVER `PLOVER_MANUAL.tex`) defines them. A
 * category without a mode table takes no mode; `mode` is optional everywhere.
 */
export const PLOVER_MODES = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  DEMAND: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'ban', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'general', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: [
    'confiscate',
    'restrict',
    'ban',
    'censor',
    'curfew',
    'martial-law',
    'arrest',
    'deport',
    'withhold',
  ],
  ASSAULT: [
    'abduct',
    'beat',
    'torture',
    'execute',
    'sexual',
    'assassinate',
    'destroy',
    'primitive',
    'firearms',
    'explosives',
    'suicide-attack',
    'heavy-weapons',
    'cleansing',
    'massacre',
    'unconventional',
    'sideAB',
  ],
} as const satisfies Record<string, readonly string[]>;

export type PloverEventType = keyof typeof PLOVER_MODES;
export type PloverMode = (typeof PLOVER_MODES)[PloverEventType][number];

/** The manual's general contexts, usable with any category. */
export const PLOVER_CONTEXTS = [
  'military',
  'intelligence',
  'peacekeeping',
  'economic',
  'diplomatic',
  'resource',
  'disease',
  'enviro_disaster',
  'migration',
  'humanitarian',
  'asylum',
  'legal',
  'human_rights',
  'rights_freedoms',
  'gender',
  'lgbt',
  'terrorism',
  'human_security',
  'religion_ethnicity',
  'executive',
  'election',
  'legislative',
  'cbrn',
  'cyber',
  'political_institutions',
  'corruption',
  'crime',
  'illegal_drugs',
] as const;
export type PloverContext = (typeof PLOVER_CONTEXTS)[number];

/** The quad category of each event type (the manual's summary table). */
export const PLOVER_QUAD: Readonly<Record<PloverEventType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  DEMAND: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** Is `mode` one the manual allows for `type` (or no mode at all)? */
export function isPloverPair(type: string, mode: string | null): boolean {
  if (!(type in PLOVER_MODES)) return false;
  const modes: readonly string[] = PLOVER_MODES[type as PloverEventType];
  return mode === null || modes.includes(mode);
}
