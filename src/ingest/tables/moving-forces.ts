/**
 * Verbs of moving, and what must move for them to tell an act: a force moving in is a ground
 * operation ("Egyptian troops crossed the Suez Canal", "commandos landed at Port Said"), a force
 * moving out a withdrawal ("the guerrillas slipped out overnight", "crossed back"), and people
 * set free moving at all a release ("19 hostages have been brought out alive", "Five Americans
 * held for years landed in Doha"). Anything else that moves (civilians, a convoy of aid, a
 * motion) tells no act by these verbs. Read by `movementType`.
 */
export const MOVING_VERBS: readonly string[] = [
  'move',
  'cross',
  'land',
  'drop',
  'march',
  'roll',
  'pour',
  'slip',
  'bring',
  'fly',
  'send',
  'sail',
  'retire',
  'disembark',
  'surround',
  'escape',
  'run',
];

/**
 * Verbs of moving that tell the act by themselves, with no word of direction after them: a
 * force that crossed, landed or marched on a place went in. The others ("moved", "brought",
 * "sent") need "into", "out", "back" or the like to say which way.
 */
export const ARRIVING_VERBS: readonly string[] = [
  'cross',
  'land',
  'drop',
  'march',
  'pour',
  // A force closing round a place: "units have encircled the city", "surrounded by ISIL fighters".
  // The tagger reads "encircled" as an adjective of its own lemma: `ground_operation.encircled`
  // in `triggers.ts` finds it.
  'surround',
  'encircle',
  'encircled',
  // A force that took and held a place: "Japanese troops occupied the island in July". The
  // tagger reads "occupied" as a verb or as an adjective of its own lemma:
  // `ground_operation.occupied` in `triggers.ts` finds it.
  'occupy',
  'occupied',
];

/**
 * Verbs of moving whose object is what they carry: where it is neither a force nor people held,
 * no force moved ("dropped leaflets", "moved a motion", "sent a letter").
 */
export const CARRYING_VERBS: readonly string[] = ['drop', 'bring', 'send', 'move', 'fly', 'roll'];

/** Verbs of moving that only go away: a force that retired or slipped off left. */
export const LEAVING_VERBS: readonly string[] = ['retire', 'slip'];

/**
 * Verbs of moving that tell only people held getting free ("hostages escaped", "have run out of
 * the bank"): a force that ran or escaped moved no line ("ran out of ammunition", "ran into an
 * ambush", "escaped unhurt"), and one that escaped or ran something else moved nothing ("escaped
 * injury", "ran a red light").
 */
export const FREEING_VERBS: readonly string[] = ['escape', 'run'];

/**
 * Verbs of arriving whose passive names the mover after "by", and only there: "the barracks were
 * surrounded by militia fighters" closed in, "troops were surrounded by rebels" credits the
 * rebels, not the troops, and "surrounded by cheering crowds" no force. So for a place occupied:
 * "the town was occupied by rebel troops", not "occupied by protesters".
 */
export const ENCLOSING_VERBS: readonly string[] = [
  'surround',
  'encircle',
  'encircled',
  'occupy',
  'occupied',
];

/** Lemmas of the nouns of people held, whose moving tells their release. */
export const FREED_NOUNS: readonly string[] = [
  'hostage',
  'prisoner',
  'detainee',
  'captive',
  'pow',
  'inmate',
];

/**
 * Participles that, right after a noun of people, say they were held or freed ("Five Americans
 * held for years in Iran", "the prisoners released by Hanoi"): people so described are freed
 * people when they move.
 */
export const HELD_PARTICIPLES: readonly string[] = [
  'hold',
  'free',
  'release',
  'detain',
  'kidnap',
  'abduct',
  'capture',
];

/** Words after the verb that send a force away: "moved out", "crossed back", "retired behind". */
export const OUTWARD_WORDS: readonly string[] = [
  'out',
  'back',
  'away',
  'off',
  'behind',
  'from',
  'home',
];

/** Words after the verb that send a force in: "moved into", "marched on", "moved towards". */
export const INWARD_WORDS: readonly string[] = [
  'in',
  'into',
  'on',
  'onto',
  'toward',
  'towards',
  'across',
  'through',
  'past',
  'forward',
  'up',
  'against',
  'at',
];

/**
 * Words of way that, right after a verb of arriving, say where the force came from, not that it
 * left: "crossed from Tajikistan into the valley", "landed from ships" went in.
 */
export const ORIGIN_WORDS: readonly string[] = ['from'];

/**
 * Words of way that say a force returns, leaving the way to the word after them where it is one of
 * `INWARD_WORDS`: "moved back into Crater" went in again; "moved back", "moved back to the line"
 * went away.
 */
export const RETURN_WORDS: readonly string[] = ['back'];

/**
 * Places where people are held, and only held: not a camp or custody, where the freed go as often
 * ("a camp for displaced people", "the custody of the Red Cross"). People held taken to one are
 * moved from one hold to another, not set free: "the hostages were moved to another hideout",
 * "flown to a prison in the north".
 */
export const HOLDING_PLACES: readonly string[] = [
  'jail',
  'gaol',
  'prison',
  'penitentiary',
  'hideout',
  'hide-out',
  'cell',
  'dungeon',
  'detention',
  'lockup',
];

/** Words after which a noun is where people are taken: "moved to a jail", "flown into custody". */
export const TAKEN_TO_WORDS: readonly string[] = ['to', 'into', 'in', 'inside', 'at', 'onto'];

/** Words after which a noun is where people are taken from: "brought out of prison". */
export const TAKEN_FROM_WORDS: readonly string[] = ['out', 'from'];

/**
 * Lemmas of nouns of people who bear no arms: what they give up or will not leave is their own,
 * not ground ("the suspect surrendered to police", "residents said they would not leave their
 * homes"). Read by `byUnarmed`.
 */
export const UNARMED_NOUNS: readonly string[] = [
  'civilian',
  'resident',
  'villager',
  'inhabitant',
  'family',
  'farmer',
  'refugee',
  'suspect',
  'shopkeeper',
  'trader',
  'tenant',
  'patient',
];
