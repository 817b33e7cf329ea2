/**
 * ACLED's columns and allowed values, as the ACLED Codebook (2023 edition, with the column set
 * of its 2024 data exports) gives them. Import and export both read this one table.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Event types and their sub-event types. */
export const ACLED_SUB_EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const satisfies Record<string, readonly string[]>;
export type AcledEventType = keyof typeof ACLED_SUB_EVENT_TYPES;
export type AcledSubEventType = (typeof ACLED_SUB_EVENT_TYPES)[AcledEventType][number];

export const ACLED_DISORDER_TYPES = [
  'Political violence',
  'Demonstrations',
  'Political violence; Demonstrations',
  'Strategic developments',
] as const;
export type AcledDisorderType = (typeof ACLED_DISORDER_TYPES)[number];

/** The disorder type of a sub-event type; the codebook files mob violence and excessive force under both. */
export function acledDisorderType(
  eventType: AcledEventType,
  subEventType: AcledSubEventType,
): AcledDisorderType {
  if (subEventType === 'Mob violence' || subEventType === 'Excessive force against protesters')
    return 'Political violence; Demonstrations';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** Actor types (`inter1`, `inter2`); 0 where there is no second actor. */
export const ACLED_INTER = {
  0: 'No actor',
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
} as const;
export type AcledInter = keyof typeof ACLED_INTER;

/** The `interaction` code: the two actor types, the lower first ("17" state forces–civilians). */
export const acledInteraction = (a: AcledInter, b: AcledInter): number =>
  a === 0 || b === 0 ? Math.max(a, b) * 10 : Math.min(a, b) * 10 + Math.max(a, b);

/** 1: the day is known; 2: the week; 3: the month. */
export const ACLED_TIME_PRECISION = [1, 2, 3] as const;
/** 1: the town; 2: near a town, or a small part of a region; 3: a larger region. */
export const ACLED_GEO_PRECISION = [1, 2, 3] as const;
export const ACLED_CIVILIAN_TARGETING = ['', 'Civilian targeting'] as const;
/** Scales a source reports at; several are joined with "-" ("National-International"). */
export const ACLED_SOURCE_SCALES = [
  'Local',
  'Subnational',
  'National',
  'Regional',
  'International',
  'New media',
  'Other',
  'Local partner',
] as const;
export type AcledSourceScale = (typeof ACLED_SOURCE_SCALES)[number];
