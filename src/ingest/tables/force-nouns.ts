/**
 * The nouns of a side's forces and arms, once for every reading of them: a force's moving tells a
 * ground operation or a withdrawal (`movementType`), a force leaving a place a withdrawal
 * (`withdrawal.forces-left` in `triggers.ts`), and a side's adjective before any of them names
 * the side as an act's author ("Azerbaijani troops attacked", "Russian drones struck",
 * `find-actors.ts`). Lower case. Extend freely.
 */
export interface ForceNoun {
  /** The noun, singular: "soldier", "army", "air force". */
  readonly noun: string;
  /** Its plural, where it has one; the tagger sometimes gives it as the lemma ("marines"). */
  readonly plural?: string;
  /**
   * - `regular`: a side's armed men, their units and vehicles. They move, leave, and are named by
   *   their side's adjective ("Azerbaijani troops").
   * - `irregular`: armed men of no state's forces. They move and leave, but an adjective before
   *   them names a people, not a side: "Syrian rebels" are not the Syrian government's.
   * - `arms`: what strikes from afar, and its fire. Named by their side's adjective ("Russian
   *   drones"), but their moving is no force's: "civilian aircraft bringing troops".
   */
  readonly kind: 'regular' | 'irregular' | 'arms';
  /**
   * A body of armed men whose plural leaving a place is a withdrawal ("the rebels left the
   * town"). Not units named by their shape or their gear, nor armed men of no body: "columns of
   * refugees left", "deep divisions left the talks stalled", "the tanks left ruts", "the gunmen
   * left the bank in a car".
   */
  readonly leaves?: true;
}

/** The force noun a side's aliases use most ("Ukrainian forces"): a side's adjective is read through it. */
export const COMMON_FORCE_NOUN = 'forces';

export const FORCE_NOUNS: readonly ForceNoun[] = [
  { noun: 'force', plural: 'forces', kind: 'regular', leaves: true },
  { noun: 'troop', plural: 'troops', kind: 'regular', leaves: true },
  { noun: 'soldier', plural: 'soldiers', kind: 'regular', leaves: true },
  { noun: 'army', plural: 'armies', kind: 'regular' },
  { noun: 'military', kind: 'regular' },
  { noun: 'navy', plural: 'navies', kind: 'regular' },
  { noun: 'air force', plural: 'air forces', kind: 'regular' },
  { noun: 'unit', plural: 'units', kind: 'regular', leaves: true },
  { noun: 'battalion', plural: 'battalions', kind: 'regular' },
  { noun: 'brigade', plural: 'brigades', kind: 'regular' },
  { noun: 'division', plural: 'divisions', kind: 'regular' },
  { noun: 'regiment', plural: 'regiments', kind: 'regular' },
  { noun: 'column', plural: 'columns', kind: 'regular' },
  { noun: 'contingent', plural: 'contingents', kind: 'regular' },
  { noun: 'detachment', plural: 'detachments', kind: 'regular' },
  { noun: 'infantry', kind: 'regular' },
  { noun: 'cavalry', kind: 'regular' },
  { noun: 'paratrooper', plural: 'paratroopers', kind: 'regular' },
  { noun: 'commando', plural: 'commandos', kind: 'regular' },
  { noun: 'marine', plural: 'marines', kind: 'regular', leaves: true },
  { noun: 'peacekeeper', plural: 'peacekeepers', kind: 'regular', leaves: true },
  { noun: 'tank', plural: 'tanks', kind: 'regular' },
  { noun: 'fighter', plural: 'fighters', kind: 'irregular', leaves: true },
  { noun: 'rebel', plural: 'rebels', kind: 'irregular', leaves: true },
  { noun: 'guerrilla', plural: 'guerrillas', kind: 'irregular' },
  { noun: 'militant', plural: 'militants', kind: 'irregular', leaves: true },
  { noun: 'militia', plural: 'militias', kind: 'irregular' },
  { noun: 'militiaman', plural: 'militiamen', kind: 'irregular' },
  { noun: 'insurgent', plural: 'insurgents', kind: 'irregular' },
  { noun: 'mercenary', plural: 'mercenaries', kind: 'irregular', leaves: true },
  { noun: 'gunman', plural: 'gunmen', kind: 'irregular' },
  { noun: 'aircraft', kind: 'arms' },
  { noun: 'warplane', plural: 'warplanes', kind: 'arms' },
  { noun: 'jet', plural: 'jets', kind: 'arms' },
  { noun: 'plane', plural: 'planes', kind: 'arms' },
  { noun: 'helicopter', plural: 'helicopters', kind: 'arms' },
  { noun: 'drone', plural: 'drones', kind: 'arms' },
  { noun: 'missile', plural: 'missiles', kind: 'arms' },
  { noun: 'mortar', plural: 'mortars', kind: 'arms' },
  { noun: 'rocket', plural: 'rockets', kind: 'arms' },
  { noun: 'artillery', kind: 'arms' },
  { noun: 'shelling', kind: 'arms' },
  { noun: 'shell', plural: 'shells', kind: 'arms' },
  { noun: 'strike', plural: 'strikes', kind: 'arms' },
  { noun: 'airstrike', plural: 'airstrikes', kind: 'arms' },
  { noun: 'air strike', plural: 'air strikes', kind: 'arms' },
  { noun: 'fire', kind: 'arms' },
  { noun: 'gunfire', kind: 'arms' },
];

/** A noun's plural, then the noun itself. */
const formsOf = (n: ForceNoun): string[] =>
  n.plural === undefined ? [n.noun] : [n.plural, n.noun];

/** Every form of the nouns whose moving is a force's moving: what `movementType` reads. */
export const MOVING_FORCE_NOUNS: readonly string[] = FORCE_NOUNS.filter(
  (n) => n.kind !== 'arms',
).flatMap(formsOf);

/**
 * The plurals of the nouns of a force whose leaving a place is a withdrawal: bodies of armed men
 * (`leaves`). One of them, or one force named alone, leaving is not ("the monitoring force left the valley").
 */
export const LEAVING_FORCE_NOUNS: readonly string[] = FORCE_NOUNS.flatMap((n) =>
  n.leaves === true && n.plural !== undefined ? [n.plural] : [],
);

/**
 * Every form of the nouns a side's adjective before names the side by: an agreement alias made of
 * one capitalised word and one of these ("Azerbaijani forces") gives that word as the party's
 * adjective, and the adjective before any of these names the party as an act's author
 * ("Azerbaijani troops attacked", "Russian drones struck").
 */
export const SIDE_FORCE_NOUNS: readonly string[] = FORCE_NOUNS.filter(
  (n) => n.kind !== 'irregular',
).flatMap(formsOf);
