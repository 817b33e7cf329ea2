import type { QuantityRole } from '../../core/quantity/quantity-role.js';
import type { Qualifier } from '../../core/quantity/quantity.js';
import type { EventType } from '../../core/vocabulary/event-types.js';

/** Number words a report spells out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
};

/** Multipliers after a figure: "1.5 million", "3 thousand". */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
};

/** Vague counts, read as the range they commit to ("dozens" is at least 24). */
export const VAGUE_COUNTS: Readonly<
  Record<string, { readonly min: number; readonly qualifier: Qualifier }>
> = {
  dozens: { min: 24, qualifier: 'at_least' },
  scores: { min: 40, qualifier: 'at_least' },
  hundreds: { min: 200, qualifier: 'at_least' },
  thousands: { min: 2000, qualifier: 'at_least' },
};

/** Words before a figure that qualify it. */
export const QUALIFIERS: readonly { readonly pattern: string; readonly qualifier: Qualifier }[] = [
  { pattern: 'more than|over|in excess of|upwards of', qualifier: 'more_than' },
  { pattern: 'at least|no fewer than|no less than|a minimum of', qualifier: 'at_least' },
  {
    pattern:
      'about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to',
    qualifier: 'about',
  },
  { pattern: 'up to|as many as|at most|no more than|fewer than|less than', qualifier: 'up_to' },
];

/**
 * What may be counted, by the noun after the figure: the unit recorded, and for persons the
 * categories the noun names. Extend with the nouns of another region's reports.
 */
export const COUNTED_NOUNS: readonly {
  readonly words: readonly string[];
  readonly unit: string;
  readonly categories?: readonly string[];
}[] = [
  {
    words: [
      'people',
      'persons',
      'person',
      'civilians',
      'civilian',
      'Palestinians',
      'Israelis',
      'residents',
      'individuals',
      'captives',
    ],
    unit: 'persons',
  },
  { words: ['hostages', 'hostage'], unit: 'persons', categories: ['hostages'] },
  {
    words: ['prisoners', 'prisoner', 'detainees', 'detainee'],
    unit: 'persons',
    categories: ['prisoners'],
  },
  { words: ['women', 'woman'], unit: 'persons', categories: ['women'] },
  { words: ['children', 'child', 'kids'], unit: 'persons', categories: ['children'] },
  {
    words: ['minors', 'minor', 'teenagers', 'teenage boys', 'boys', 'girls'],
    unit: 'persons',
    categories: ['minors'],
  },
  { words: ['elderly', 'elderly men', 'older men'], unit: 'persons', categories: ['elderly'] },
  { words: ['men'], unit: 'persons', categories: ['men'] },
  {
    words: ['soldiers', 'soldier', 'troops', 'servicemen', 'fighters', 'militants', 'combatants'],
    unit: 'persons',
    categories: ['soldiers'],
  },
  { words: ['bodies', 'remains'], unit: 'persons', categories: ['remains'] },
  {
    words: ['foreigners', 'foreign nationals', 'Thai nationals', 'Thais'],
    unit: 'persons',
    categories: ['foreign_nationals'],
  },
  { words: ['trucks', 'truck', 'lorries', 'aid trucks', 'fuel trucks'], unit: 'trucks' },
  { words: ['rockets', 'rocket'], unit: 'rockets' },
  { words: ['missiles', 'missile', 'cruise missiles', 'ballistic missiles'], unit: 'missiles' },
  {
    words: ['mortars', 'mortar', 'mortar shells', 'mortar rounds', 'shells', 'projectiles'],
    unit: 'shells',
  },
  { words: ['drones', 'drone'], unit: 'drones' },
  { words: ['strikes', 'strike', 'air strikes', 'airstrikes'], unit: 'strikes' },
  { words: ['attacks', 'attack'], unit: 'attacks' },
  { words: ['targets', 'target', 'sites', 'positions'], unit: 'targets' },
  { words: ['ships', 'ship', 'vessels', 'vessel'], unit: 'ships' },
  { words: ['tonnes', 'tons', 'metric tons'], unit: 'tonnes' },
  { words: ['litres', 'liters'], unit: 'litres' },
];

/** Nouns that may be counted with "a" or "an" ("launched a rocket"): never persons. */
export const SINGLE_UNITS: readonly string[] = [
  'rockets',
  'missiles',
  'shells',
  'drones',
  'trucks',
  'ships',
];

/** Event types whose claims carry counts; a count near a meeting or a statement is not its own. */
export const COUNTED_EVENT_TYPES: readonly EventType[] = [
  'release',
  'list_delivered',
  'list_not_delivered',
  'aid_delivery',
  'rocket_fire',
  'airstrike',
  'shelling',
  'armed_attack',
  'ground_operation',
  'clash',
  'overflight',
  'arrest',
];

/** Event types that are about persons, whose categories (women, children…) are recorded. */
export const PERSON_EVENT_TYPES: readonly EventType[] = [
  'release',
  'list_delivered',
  'list_not_delivered',
  'arrest',
];

/**
 * Words that give a count of persons its role: "killed three people" counts persons, of whom
 * three were killed (`QuantityRole`).
 */
export const CASUALTY_WORDS: readonly {
  readonly words: readonly string[];
  readonly role: Extract<QuantityRole, 'killed' | 'injured' | 'detained'>;
}[] = [
  { words: ['killed', 'killing', 'dead', 'died', 'deaths', 'death toll', 'kills'], role: 'killed' },
  { words: ['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'injuries'], role: 'injured' },
  { words: ['arrested', 'detained', 'detaining', 'arresting'], role: 'detained' },
];

/** Categories of persons named anywhere near a release, arrest or list. */
export const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  women: 'women',
  woman: 'women',
  children: 'children',
  child: 'children',
  minors: 'minors',
  teenagers: 'minors',
  elderly: 'elderly',
  soldiers: 'soldiers',
  bodies: 'remains',
  remains: 'remains',
  hostages: 'hostages',
  hostage: 'hostages',
  prisoners: 'prisoners',
  detainees: 'prisoners',
  men: 'men',
  civilians: 'civilians',
  foreigners: 'foreign_nationals',
};
