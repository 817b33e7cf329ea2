// What `scripts/detection-misses.ts --extras` sorts each extra claim by: the kind of telling its
// sentence gives (a toll, background, an act not told as happening, a term of the agreement, a
// noun naming the conflict, an act told again), read from the grammar and cue words of the
// sentence and the trigger's features; and which rule or head let the claim through.
import { MODAL_AUX, PERFECT_AUX } from '../src/ingest/claim-features.js';
import type { ExtractedClaim } from '../src/ingest/event-claims.js';

const TOLL_WORDS = new Set(['kill', 'die', 'dead', 'death', 'wound', 'injure', 'casualty', 'toll']);
const NUMBER =
  /\b(?:\d[\d,.]*|dozens?|hundreds?|thousands?|scores?|two|three|four|five|six|seven|eight|nine|ten)\b/iu;
const CONDITION = /\b(?:if|unless|whether|once|until)\b/iu;
const AGREEMENT_NOUN =
  /\b(?:agreement|deal|accord|ceasefire|cease-fire|truce|plan|text|memorandum|protocol|terms?|declaration|arrangement)\b/iu;
const PROVIDES =
  /\b(?:provides?|provided for|calls? for|under (?:the|its)|stipulat\w*|requires?|commits?|includes?|envisag\w*|foresees?|clauses?|articles?|oblig\w*|terms?|phases?)\b/iu;
const CONFLICT_NOUNS = new Set([
  'war',
  'conflict',
  'fighting',
  'violence',
  'insurgency',
  'hostility',
  'crisis',
  'campaign',
  'battle',
  'rebellion',
  'uprising',
  'occupation',
]);

/** The kind of extra an extracted claim is, by what its sentence tells; the first that fits. */
export function extraKindOf(
  claim: ExtractedClaim,
  features: readonly string[],
  earlier: readonly ExtractedClaim[],
): string {
  const lemmas = features.filter((f) => f.startsWith('lemma=')).map((f) => f.slice(6));
  const aux = features.filter((f) => f.startsWith('aux=')).map((f) => f.slice(4));
  const text = claim.text;
  const occurrence = claim.occurrence ?? 'happened';
  if (lemmas.some((l) => TOLL_WORDS.has(l)) && NUMBER.test(text)) return 'a count or toll';
  if (
    occurrence === 'background' ||
    aux.some((a) => PERFECT_AUX.has(a)) ||
    /\bsince\b/iu.test(text) ||
    features.includes('year-before')
  )
    return 'background: a perfect, "since", a year long past';
  if (AGREEMENT_NOUN.test(text) && PROVIDES.test(text))
    return 'a term of the agreement read as an act';
  if (
    occurrence !== 'happened' ||
    claim.modality === 'planned' ||
    aux.some((a) => MODAL_AUX.has(a)) ||
    CONDITION.test(text)
  )
    return 'not told as happening: a modal, a condition, a plan';
  if (
    features.includes('form=noun') &&
    (lemmas.some((l) => CONFLICT_NOUNS.has(l)) || features.includes('modifier'))
  )
    return 'a noun naming the conflict or a kind of act';
  if (earlier.some((o) => o.type === claim.type))
    return 'told again: its type claimed in an earlier sentence';
  return 'the rest: a word that tells no act where it stands, or an act the gold omits';
}

/** What the rule or head that let an extra through did, as the keep and joint heads read it. */
export function gateOf(at: {
  readonly none: number;
  readonly dropAt: number;
  readonly shared: boolean;
  readonly mayDrop: boolean;
  readonly broughtBack: boolean;
  readonly keptAsAct: boolean;
}): string {
  if (at.broughtBack) return 'the joint head kept it as a second act';
  if (at.keptAsAct) return 'the keep head read an act';
  if (at.none < at.dropAt)
    return `the keep head not sure enough (${at.shared ? 'shared' : 'alone'})`;
  if (!at.shared && !at.mayDrop) return 'alone, a verb the grammar gate keeps';
  return 'a pattern beside candidate words, or a taught word';
}
