import type { Occurrence, Polarity } from '../../core/evidence/claim.js';

/**
 * Cue patterns the claim classifier sees as features (`cue=<name>`): it learns from the corpus
 * how much each says about polarity, occurrence and whether a trigger reports anything at all.
 * `where`: in the trigger's clause before it, after it, or anywhere in its sentence. Regex
 * sources, case-insensitive. Add a row and run `npm run train`.
 */
export interface ClaimCue {
  readonly name: string;
  readonly where: 'before' | 'after' | 'sentence';
  readonly pattern: string;
  /**
   * Read by `CUE_READINGS` only, not learned from: the classifier did worse on dev with it
   * as a feature (its other heads shifted), and the reading rule says all it knows.
   */
  readonly readingOnly?: boolean;
  /**
   * Learned by the keep and type heads only: the cue tells whether a trigger reports anything,
   * not how it is told, so the polarity and occurrence heads never see it.
   */
  readonly whetherOnly?: boolean;
}

/**
 * The word that opens a trigger's clause, a clause break of `CLAUSE_BREAK` ("after ten days of
 * talks", "since the truce", "a week after a first ceasefire failed"), with the span before it
 * that sets the clause further back ("days", "weeks") or not ("hours"): an act told in a clause
 * of time is often told as the story so far. Read against the sentence up to the clause.
 */
export const CLAUSE_OPENER =
  '(?:\\b(?:(days?|weeks?|months?|years?)|hours?|minutes?)\\s+)?\\b(after|before|since|when|while|because)\\s*$';

/** The auxiliary and the words it may stand before the trigger with, read alone or after a modal. */
const PERFECT_TAIL = '(?:has|have)(?: been)?(?: \\w+)? ?$';
/**
 * The present perfect, read in the clause before the trigger ("has accused", "have long denied",
 * "has been shelled"): an act done at some time before the report that these words do not give.
 */
export const PERFECT_BEFORE = `\\b${PERFECT_TAIL}`;
/**
 * The present perfect told as not yet done ("has not yet been concluded", "have still not been
 * allowed", "has yet to release", "there has been no agreement"): an act that has not happened by
 * the report has no day, and the corpus leaves it undated (decision 0274). Read in the act's
 * clause; the past perfect ("had still not left") tells a day the report has told, and is not read.
 */
export const NOT_YET_PERFECT =
  "\\b(?:has|have)(?: not yet| still not| yet to| been no|n['’]t yet|n['’]t still)\\b";
/**
 * What may stand between those words and the act they tell of ("has not yet been able to reach"):
 * auxiliaries and adverbs only. Any other word starts the act of another clause ("The army, which
 * has not yet withdrawn from the hills, shelled the town": the shelling keeps its day).
 */
export const NOT_YET_GAP = '^(?:\\s+(?:been|able|to|allowed|\\w+ly))*\\s*$';

/**
 * A perfect after a modal ("would have denied", "could have accused"): what was not done, or
 * may have been, not a stance held as the report is written. `PERFECT_BEFORE` matches it too;
 * the time rules read it apart, and the classifier's cue still sees the words it was trained on.
 * The modal may be negated or take an adverb ("wouldn't have", "would not have", "might well
 * have"); "May" after a preposition is the month ("since May have accused"), no modal.
 */
export const MODAL_PERFECT_BEFORE =
  "\\b(?:would|could|should|might|must|(?<!\\b(?:in|since|until|by|from|early|late|mid|last|this|next|of|on|during|through) )may|will|shall)(?:n't|n’t| not| never)?(?: also| well| still| already| even| \\w+ly)? " +
  PERFECT_TAIL;

export const CLAIM_CUES: readonly ClaimCue[] = [
  // polarity
  {
    name: 'negation',
    where: 'before',
    pattern:
      "\\b(?:not|no|never|neither|nor|didn't|doesn't|don't|hasn't|haven't|hadn't|wasn't|weren't|won't|without)\\b",
  },
  {
    name: 'denial',
    where: 'before',
    pattern: '\\b(?:denied|denies|deny|denying|refuted|rejected)\\b',
  },
  {
    name: 'failure',
    where: 'before',
    pattern: '\\b(?:fail(?:ed|s|ure)? to|refus(?:ed|es|al) to)\\b',
  },
  { name: 'no-object', where: 'after', pattern: '^\\W*(?:no|none)\\b' },
  // occurrence
  {
    name: 'future',
    where: 'before',
    pattern: "\\b(?:will|shall|'ll|going to|is to|are to|set to|due to|scheduled to)\\b",
  },
  { name: 'would', where: 'before', pattern: '\\b(?:would|could|might|may)\\b' },
  {
    name: 'plan',
    where: 'before',
    pattern:
      '\\b(?:plans?|planned|planning|prepar\\w+|intends?|aims?|vowed|promised|agreed|ready) to\\b',
  },
  {
    name: 'expected',
    where: 'sentence',
    pattern: '\\b(?:expected|expects|anticipated|likely|over the (?:next|coming)|in the coming)\\b',
  },
  {
    name: 'condition',
    where: 'sentence',
    pattern: '\\b(?:if|unless|provided that|on condition)\\b',
  },
  { name: 'until', where: 'sentence', pattern: '\\buntil\\b' },
  { name: 'past-perfect', where: 'before', pattern: "\\b(?:had|'d)(?: \\w+)? ?$|\\bhad been\\b" },
  // "X said Y had …" is reported speech shifted back a tense, not an earlier event.
  {
    name: 'reported',
    where: 'sentence',
    readingOnly: true,
    pattern:
      "\\b(?:said|says|say|told|reported|added|stated|claimed|announced|confirmed|insisted|according to)\\b(?:(?!\\b(?:but|while)\\b)[^;:])*?\\b(?:had|'d)\\b",
  },
  { name: 'perfect', where: 'before', pattern: PERFECT_BEFORE },
  { name: 'since', where: 'sentence', pattern: '\\bsince\\b' },
  {
    name: 'background',
    where: 'sentence',
    pattern:
      '\\b(?:earlier this year|last (?:year|month)|years? ago|months? ago|previous(?:ly)?|first (?:agreed|signed))',
  },
  // A sentence under a label that sets it apart as the story so far ("Background Russian forces
  // moved into Gori on 13 August", "Editor's note: the protocol was agreed …", "It is to be
  // recalled that …"): what it tells happened before the report's own time. Read by
  // `CUE_READINGS` only, so that the keep and type heads do not move with it.
  {
    name: 'background-label',
    where: 'sentence',
    readingOnly: true,
    pattern:
      "^\\W*(?:\\d{1,2}[:.]\\d{2}\\W+)?(?:(?:some )?background|context|how we got here|(?:editor|translator)['’]s note|note(?=:)|it is (?:to be )?recalled)(?![\\w'’])",
  },
  {
    name: 'allegation',
    where: 'before',
    pattern: '\\b(?:accus\\w+|alleg\\w+|blam\\w+|claimed)\\b',
  },
  {
    name: 'call',
    where: 'before',
    pattern: '\\b(?:call(?:ed|s)? (?:on|for)|urg\\w+|demand\\w*)\\b',
  },
  { name: 'question', where: 'sentence', pattern: '\\?' },
  // "hoped the truce would be renewed", "wishes to see the crossings open": a wish, not an act.
  {
    name: 'hope',
    where: 'before',
    whetherOnly: true,
    pattern: '\\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?)\\b',
  },
  // "the plan would see hostages freed", "the agreement provides for a withdrawal": the text
  // or the talks as the subject tell a term or a plan, not an act someone did. After a
  // preposition the text is a setting ("under the deal the militia released twenty"), and the
  // act is a side's; so too after "according to", or through its terms ("under the terms
  // of the accord").
  {
    name: 'thing-subject',
    where: 'before',
    whetherOnly: true,
    pattern:
      "(?<!\\b(?:under|in|by|with|after|following|per|despite|within|through|according to|pursuant to)\\s+(?:(?:the|its|their)\\s+)?(?:(?:terms|provisions?)\\s+of\\s+)?)\\b(?:the|this|that|its|their|a|an)\\s+(?:(?:draft|new|proposed|peace|ceasefire|truce)\\s+)?(?:agreement|deal|accord|plan|proposal|framework|text|document|resolution|arrangement|roadmap|memorandum|talks|negotiations|clause|provision|terms?)\\s+(?:[\\w’'-]+\\s+){0,3}$",
  },
  // Read by `CUE_READINGS` only: an if-clause around the trigger itself, not anywhere in the
  // sentence ("…and no rocket fire, …; aid will resume if calm holds" leaves the first alone).
  {
    name: 'condition-before',
    where: 'before',
    readingOnly: true,
    pattern: '\\b(?:if|unless|provided that|on condition|only if)\\b',
  },
  {
    name: 'condition-after',
    where: 'after',
    readingOnly: true,
    pattern: '\\b(?:if|unless|provided that|on condition that)\\b',
  },
  // "will not hand the town back until the bombing stops": a refusal with its condition.
  {
    name: 'refusal-until',
    where: 'sentence',
    readingOnly: true,
    pattern: "\\b(?:(?:will|would|shall) not|won't|wouldn't)\\b[^.;]*?\\b(?:until|unless)\\b",
  },
  // "A new round of talks is planned for January", "the exchange shall be carried out": the
  // plan told after the act's own words, a few words on in its clause.
  {
    name: 'planned-after',
    where: 'after',
    readingOnly: true,
    pattern:
      "^\\W*(?:[\\w’'-]+\\W+){0,10}?(?:(?:will|shall|is to|are to|must) be (?:held|carried out|completed|implemented|conducted|organi[sz]ed|signed|opened|reopened|released|freed|handed over|exchanged|withdrawn)|(?:is|are) planned (?:for|in|on)|(?:will|shall|is to|are to) (?:resume|begin|start|open|reopen|take place))\\b",
  },
  // "would not observe the pause": a plan not to act.
  {
    name: 'refusal',
    where: 'before',
    readingOnly: true,
    pattern: "\\b(?:(?:will|would|shall) not|won't|wouldn't|shan't)\\b",
  },
];

/**
 * What a cue says on its own: the first row whose cue the trigger has (and whose `unless` cue it
 * has not), in order, gives the polarity or occurrence. An explicit cue outranks the classifier,
 * which decides only where no row applies.
 */
export const CUE_READINGS: readonly {
  readonly cue: string;
  readonly unless?: string;
  readonly polarity?: Polarity;
  readonly occurrence?: Occurrence;
}[] = [
  { cue: 'condition-before', occurrence: 'conditional' },
  { cue: 'condition-after', occurrence: 'conditional' },
  { cue: 'refusal-until', occurrence: 'conditional' },
  { cue: 'planned-after', occurrence: 'planned' },
  { cue: 'expected', occurrence: 'expected' },
  { cue: 'past-perfect', unless: 'reported', occurrence: 'background' },
  { cue: 'background', occurrence: 'background' },
  { cue: 'background-label', occurrence: 'background' },
  { cue: 'failure', polarity: 'not_happened' },
  { cue: 'refusal', polarity: 'not_happened', occurrence: 'planned' },
];

/** The features of `whetherOnly` cues, which only the keep and type heads learn from. */
export const WHETHER_ONLY_FEATURES: ReadonlySet<string> = new Set(
  CLAIM_CUES.filter((c) => c.whetherOnly === true).map((c) => `cue=${c.name}`),
);

/** The features of `readingOnly` cues, which training leaves out. */
export const READING_ONLY_FEATURES: ReadonlySet<string> = new Set(
  CLAIM_CUES.filter((c) => c.readingOnly === true).map((c) => `cue=${c.name}`),
);

/**
 * Determiners that present a noun's referent as known to the reader ("the signing", "this
 * agreement"): a trigger after one may name an act or a deal told before, where "a swap" or "a
 * ceasefire" brings a new one.
 */
export const DEFINITE_WORDS: readonly string[] = ['the', 'this', 'that', 'these', 'those'];

/**
 * Possessive determiners, by lemma ("declared its holiday ceasefire"): the tagger reads them as
 * pronouns, but they open a noun phrase rather than stand for one.
 */
export const POSSESSIVE_WORDS: readonly string[] = [
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
];

/**
 * Words that open a relative clause on the noun before them ("the ceasefire that the rebels
 * declared"); with none, the clause follows the noun at once ("the ceasefire the rebels declared").
 */
export const RELATIVE_WORDS: readonly string[] = ['that', 'which'];

/**
 * A relative clause's subject that may be both sides at once ("the ceasefire they declared",
 * "that we announced"): the pause it names may be their agreement, not one side's.
 */
export const JOINT_PRONOUNS: readonly string[] = ['they', 'we'];

/**
 * Words that give an act of several subjects to each alone ("the ceasefires the army and the
 * rebels each declared") or to all together ("announced together").
 */
export const EACH_WORDS: readonly string[] = ['each', 'respectively', 'separately'];
export const TOGETHER_WORDS: readonly string[] = ['together', 'jointly'];

/**
 * Lemmas that tell talks as an act of their own in the talks' clause: people meeting, arriving
 * or sitting down for them, talks held, opened or resumed, a round or a session ("arrived in
 * Doha for talks", "the delegations met for a third round"). Read by the joint heads beside an
 * agreement the same sentence names (decision 0177).
 */
export const TALKS_HELD_LEMMAS: readonly string[] = [
  'meet',
  'arrive',
  'hold',
  'resume',
  'convene',
  'reconvene',
  'gather',
  'attend',
  'open',
  'begin',
  'start',
  'continue',
  'sit',
  'travel',
  'host',
  'round',
  'session',
];

/**
 * Words right after talks that name what the talks are for ("talks on a ceasefire", "talks
 * aimed at a truce"): an agreement named after one is the talks' aim, not an act told.
 */
export const TALKS_AIM_WORDS: readonly string[] = [
  'on',
  'over',
  'about',
  'for',
  'towards',
  'toward',
  'aimed',
  'to',
];

/**
 * Words that tell talks as under way ("talks were continuing", "negotiations are under way"):
 * read with `FUTURE_CUES` for talks told as an act ahead or going on, in the talks' clause.
 */
export const TALKS_UNDER_WAY_WORDS: readonly string[] = [
  'continuing',
  'ongoing',
  'under way',
  'underway',
];

/** Words right after talks that tell where they are held ("talks in Doha", "talks at the UN"). */
export const TALKS_VENUE_WORDS: readonly string[] = ['in', 'at'];
