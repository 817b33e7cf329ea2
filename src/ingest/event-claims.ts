import type {
  Actor,
  ActorRole,
  AttributionLink,
  ClaimContent,
  Modality,
  Occurrence,
  Polarity,
  QuotaCount,
} from '../core/evidence/claim.js';
import { agentParty, occurrenceOf } from '../core/evidence/claim.js';
import type { PartyId } from '../core/ids.js';
import type { Place } from '../core/evidence/place.js';
import type { Quantity } from '../core/quantity/quantity.js';
import { DAY_MS } from '../core/time/time-interval.js';
import type { TimeInterval, TimePrecision } from '../core/time/time-interval.js';
import { Temporal } from 'temporal-polyfill';
import { HOSTILE_EVENT_TYPES } from '../core/vocabulary/event-types.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import { chainAt } from './attribution.js';
import type { SentenceAttribution } from './attribution.js';
import { compileAlternatives, compilePattern, matchText } from './compile-pattern.js';
import { actorFinder, namedEntities } from './find-actors.js';
import { allySides, reportSides, tellerSides } from './teller-side.js';
import { ALLIES, OTHER_SIDE_DESCRIPTIONS, OWN_SIDE_WORDS } from './tables/author-descriptions.js';
import type { Ally } from './tables/author-descriptions.js';
import type { ActorFinder, ActorMention, AgreementParties } from './find-actors.js';
import type { Located, PlaceMention } from './gazetteer.js';
import { countryPlace, isCapital, lookupPlace, speaksAsGovernment } from './gazetteer.js';
import { readQuantities } from './read-quantities.js';
import { foldName } from '../core/text/fold-name.js';
import type { QuantityMention } from './read-quantities.js';
import { wordsOfClause } from './clause-words.js';
import { firstTokenEndingAfter, firstTokenFrom, isNominal, lemma } from './token.js';
import { byUnarmed, movementType } from './movement-type.js';
import type { Sentence } from './structure.js';
import type { Token } from './token.js';
import {
  AGREEING_BEFORE,
  ACCUSED_BEFORE,
  ALLEGED_BEFORE,
  ALLEGED_WINDOW,
  CHARGED_WHEN_DONE_TO_TELLER,
  CLAUSE_BREAK,
  CONDITIONAL_BEFORE,
  CONDITIONAL_WINDOW,
  DENIAL_BEFORE,
  FAILURE_BEFORE,
  FUTURE_NEGATION_BEFORE,
  MUTUAL_ACTS,
  JOINT_ACTS,
  SAID_ACTS,
  STANCE_ACTS,
  UNCARRIED_ACTS,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NEGATION_WINDOW,
  NEGATION_WORDS,
  PLANNED_AFTER,
  PLANNED_BEFORE,
  PLANNED_CHAIN_CUE,
  PLANNED_CHAIN_LINK,
  PLANNED_MODAL_AFTER,
  PLANNED_WINDOW,
} from './tables/modality-cues.js';
import { CATEGORY_WORDS, COUNTED_EVENT_TYPES, PERSON_EVENT_TYPES } from './tables/quantities.js';
import {
  AREA_WIDE_TYPES,
  HANDED_ARMS,
  HANDED_GROUND,
  LOCATIVE_WORDS,
  SAID_AT_VENUE_TYPES,
  VENUE_TYPES,
} from './tables/places.js';
import {
  BACKGROUND_AFTER_DAYS,
  DATE_LINE_CHARS,
  IN_THE_COVERED_PERIOD,
  LEAD_DAYS,
  NOW_CUES,
  ONGOING_CUES,
  STILL_HOLDING_CUES,
  RECENT_DAYS,
  ACT_NOUN_PREDICATES,
  LASTING_ACTS,
} from './tables/time-words.js';
import { COUNTED_AT, OUTSIDE_QUOTA } from './tables/quota-cues.js';
import { SAYING_PARTICIPLES, SPEECH_VERBS } from './tables/speech.js';
import {
  AGREED_PAUSE_WORDS,
  AGREEING_VERBS,
  AGREEMENT_NOUNS,
  FRAMED_ACTS,
  NOT_EVENTS,
  TRIGGERS,
} from './tables/triggers.js';
import { TRIGGER_LEMMAS } from './tables/trigger-lemmas.js';
import {
  MODAL_PERFECT_BEFORE,
  NOT_YET_GAP,
  NOT_YET_PERFECT,
  PERFECT_BEFORE,
  POSSESSIVE_WORDS,
} from './tables/claim-cues.js';
import type { TriggerRule } from './tables/triggers.js';
import { phraseStart } from './time-expressions.js';
import type { TimeMention } from './time-expressions.js';
import { isTaughtRule, taughtRuleOf, taughtRules } from './learned-triggers.js';
import { triggersOfToken } from './trigger-lexicon.js';
import { actsOnPeople, byArmedMen, takesPeople } from './taken-people.js';
import { namesAPause } from './names-a-pause.js';
import { relativeClauseHead } from './relative-clause-head.js';
import { complementClause } from './complement-clause.js';
import { lastWordsBefore } from './last-words.js';
import { lastingSpan, lengthOf } from './lasting-span.js';
import { meansOfAttack } from './attack-means.js';
import { claimFeatures } from './claim-features.js';
import { NO_CLAIM, judgeTrigger, readClaimAs, readJudged } from './claim-model.js';
import { chooseJointly, pairFeatures, secondActs } from './joint-choice.js';
import type { JointTrigger, TriggerPair } from './joint-choice.js';
import type { ClaimModelFile } from './claim-model.js';
import { mostNamedCountry, placeCandidates, reportPlacesOf } from './place-features.js';
import type { PlaceCandidate, PlacesBySentence } from './place-features.js';
import { choosePlace } from './place-ranker.js';

/** A claim as extraction suggests it: the claim's content and the rule that made it. */
export type ExtractedClaim = ClaimContent & { readonly rule: string };

/** Why a claim was suggested: the rule that found its trigger, the model's features and reasons. */
export interface ClaimExplanation {
  readonly rule: string;
  /** Every feature the classifier saw (what `npm run train` learns from). */
  readonly features: readonly string[];
  /** The features that weighed most for the claim's type, strongest first; empty without a model. */
  readonly reasons: readonly string[];
}

/**
 * The triggers a word may begin: those with a cue the word starts with (a cue of several words
 * counts by its first). Words recur from report to report, so the answer is remembered.
 */
const RULES: readonly {
  readonly cues: readonly string[];
  readonly re: RegExp;
  readonly trigger: TriggerRule | null;
}[] = [
  ...TRIGGERS.map((rule) => ({ cues: rule.cues, re: compilePattern(rule.pattern), trigger: rule })),
  // Non-events are rules too: they are matched only where one of their cues is, and mask.
  ...NOT_EVENTS.map((n) => ({ cues: n.cues, re: compilePattern(n.pattern), trigger: null })),
];
const CUES = RULES.flatMap((rule, i) =>
  rule.cues.map((cue) => ({ prefix: foldName(cue.split(' ')[0] ?? cue), rule: i })),
);
const triggersOfWord = new Map<string, readonly number[]>();
const MAX_REMEMBERED_WORDS = 50_000;
function triggersStartedBy(folded: string): readonly number[] {
  let rules = triggersOfWord.get(folded);
  if (rules === undefined) {
    rules = [...new Set(CUES.filter((c) => folded.startsWith(c.prefix)).map((c) => c.rule))];
    if (triggersOfWord.size >= MAX_REMEMBERED_WORDS) triggersOfWord.clear();
    triggersOfWord.set(folded, rules);
  }
  return rules;
}
const negation = compilePattern(NEGATION_BEFORE, 'iu');
const denial = compilePattern(DENIAL_BEFORE, 'iu');
const agreeing = compilePattern(AGREEING_BEFORE, 'giu');
const futureNegation = compilePattern(FUTURE_NEGATION_BEFORE, 'iu');
const failure = compilePattern(FAILURE_BEFORE, 'iu');
const planned = compilePattern(PLANNED_BEFORE, 'iu');
const plannedAfter = compilePattern(PLANNED_AFTER, 'iu');
const plannedModalAfter = compilePattern(PLANNED_MODAL_AFTER, 'iu');
const plannedChainCue = compilePattern(PLANNED_CHAIN_CUE, 'iu');
const plannedChainLink = compilePattern(PLANNED_CHAIN_LINK, 'iu');
const alleged = compilePattern(ALLEGED_BEFORE, 'iu');
const accused = compilePattern(ACCUSED_BEFORE, 'iu');
const conditional = compilePattern(CONDITIONAL_BEFORE, 'iu');
const clauseBreak = compilePattern(CLAUSE_BREAK);
const ongoing = compilePattern(ONGOING_CUES, 'iu');
const stillHolding = compilePattern(STILL_HOLDING_CUES, 'iu');
const goingOnNow = compilePattern(NOW_CUES, 'iu');
const inTheCoveredPeriod = compilePattern(IN_THE_COVERED_PERIOD, 'iu');
const perfectBefore = compilePattern(PERFECT_BEFORE, 'iu');
const modalPerfectBefore = compilePattern(MODAL_PERFECT_BEFORE, 'iu');
const notYetPerfect = compilePattern(NOT_YET_PERFECT, 'giu');
const notYetGap = compilePattern(NOT_YET_GAP, 'iu');
const outsideQuota = compilePattern(OUTSIDE_QUOTA, 'iu');
const countedAt = compilePattern(COUNTED_AT, 'iu');
const categoryWord = compileAlternatives(Object.keys(CATEGORY_WORDS));
const locative = compileAlternatives(LOCATIVE_WORDS, 'iu');
const hostile = new Set<EventType>(HOSTILE_EVENT_TYPES);
const chargedWhenDoneToTeller = new Set<EventType>(CHARGED_WHEN_DONE_TO_TELLER);
const mutualActs = new Set<EventType>(MUTUAL_ACTS);
const jointActs = new Set<EventType>(JOINT_ACTS);
const saidActs = new Set<EventType>(SAID_ACTS);
const stanceActs = new Set<EventType>(STANCE_ACTS);
const uncarriedActs = new Set<EventType>(UNCARRIED_ACTS);
const otherSide = compileAlternatives(OTHER_SIDE_DESCRIPTIONS, 'giu');
const allyNames = compileAlternatives(
  ALLIES.flatMap((a) => a.names),
  'giu',
);
const allyOfName = new Map(
  ALLIES.flatMap((a) => a.names.map((n) => [n.toLowerCase(), a] as const)),
);
const ownSide = compileAlternatives(OWN_SIDE_WORDS, 'giu');
const negationAfter = compilePattern(NEGATION_AFTER, 'iu');
const counted = new Set<string>(COUNTED_EVENT_TYPES);
const aboutPersons = new Set<string>(PERSON_EVENT_TYPES);
/** Types whose trigger is itself an agreement: "agreed to prolong" tells it, plans nothing. */
const agreedActs = new Set<EventType>(['agreement_announced', 'truce_extended']);
/** Types whose claims carry the end of the pause as the report gives it. */
const bounded = new Set<EventType>(['truce_start', 'truce_extended']);
const MAX_CLAIM_TEXT = 5000;
const PLACE_PRECISION = ['point', 'city', 'region', 'country', 'unknown'];
/** "through Qatari and Egyptian mediators": the words before an intermediary. */
const VIA = /\b(?:through|via)\s+(?:the\s+)?(?:[\p{L}’']+\s+(?:and\s+)?){0,3}$/iu;

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly rule: TriggerRule;
}

/** A trigger read in its sentence: the type and modality it reports. */
interface Reading {
  readonly trigger: Trigger;
  readonly type: EventType;
  readonly modality: Modality;
  /** A negation reads the trigger: denied, or a refusal ("would not observe the pause"). */
  readonly negated: boolean;
  /** The negation looks ahead ("will not hand the town back until …"): a refusal, no denial. */
  readonly refused?: true;
  /** The trigger's clause, [start, end) into the clean text. */
  readonly clause: { readonly start: number; readonly end: number };
  /** Told as another's charge ("accused the army of shelling"): the teller alleges it. */
  readonly charged?: boolean;
  /** The act a framing verb's object names ("announced a ceasefire"), not the verb's row. */
  readonly framed?: true;
}

/** How far past "both sides reported" the accusation's own word may come ("… sporadic violations"). */
const RECIPROCAL_REACH = 40;

/** How far past a trigger's end "no" still negates its verb ("fired no missiles"). */
const NEGATED_AFTER_REACH = 16;

/**
 * The sides of "the two sides traded accusations", where an accusation is told between them:
 * one claim per side, each in its own name. Null where the accusation is not theirs.
 */
function reciprocalChains(
  reading: Reading,
  attribution: SentenceAttribution | undefined,
): readonly (readonly AttributionLink[])[] | null {
  const mutual = attribution?.reciprocal ?? null;
  return reading.type === 'accusation' &&
    mutual !== null &&
    reading.trigger.start >= mutual.start &&
    reading.trigger.start < mutual.end + RECIPROCAL_REACH
    ? mutual.chains
    : null;
}

/**
 * Turns every trigger of the v1 vocabulary into a claim: one per mention. With a model, each
 * claim carries the polarity, occurrence and confidence the classifier gives it.
 */
export function extractEventClaims(
  located: Located,
  findActors: ActorFinder,
  model: ClaimModelFile | null,
  agreement: AgreementParties | null = null,
): {
  claims: ExtractedClaim[];
  explanations: ClaimExplanation[];
  pairs: TriggerPair[];
  /** With the rules alone, each claim's place candidates: what the place ranker learns from. */
  placeCandidates: PlaceCandidate[][];
} {
  const text = matchText(located.text);
  const tokens = bucket(located.tokens, located.sentences);
  const year = located.published === null ? null : new Date(located.published).getUTCFullYear();
  const bySentence = triggersBySentence(text, located, taughtRules(model?.reviews?.triggers));
  const actors = bucket(findActors(located.text, located.knownSources), located.sentences);
  const index: SentenceIndex = {
    times: group(located.times, located.sentences.length),
    places: group(located.places, located.sentences.length),
    venues: group(located.venues, located.sentences.length),
    blockOf: located.sentences.map((x) => x.block),
    ...mainPlacesOf(located),
    venue: venueOf(located),
    publishedIso: located.published === null ? null : new Date(located.published).toISOString(),
  };
  // The candidates are gathered to train the ranker (the rules alone) or for it to choose.
  const ranker = model?.place;
  const reportPlaces =
    model === null || ranker !== undefined ? reportPlacesOf(located, index) : null;
  const candidatesOf: PlaceCandidate[][] = [];
  // Who alleges is read from the teller's side: the agreement's parties, else the sides the
  // report names (its forces and governments, by the known-source table).
  const sides =
    agreement !== null && agreement.parties.length > 0
      ? agreement
      : reportSides(located.knownSources);
  const sideFinder = sides === null ? null : sides === agreement ? findActors : actorFinder(sides);
  const sideOf = sideFinder === null ? null : tellerSides(sideFinder, located.text);
  const allySide = sideFinder === null ? () => null : allySides(sideFinder);
  const sideActors =
    sideFinder === null || sideFinder === findActors
      ? actors
      : bucket(sideFinder(located.text, located.knownSources), located.sentences);
  const sidesOwnActors = sideActors === actors;
  const claims: {
    claim: ExtractedClaim;
    anchor: TimeMention['anchor'];
    explanation: ClaimExplanation;
  }[] = [];
  // Where the rules read alone (training), the pairs of triggers sharing a sentence, and the
  // claim each trigger gave.
  const pairsOf: {
    a: unknown;
    b: unknown;
    triggers: TriggerPair['triggers'];
    features: string[];
  }[] = [];
  const claimOf = new Map<unknown, number>();
  // By type, the paragraph of the last sentence with a trigger of that type so far: what the
  // rules read, so that training and extraction see the same.
  const toldInBlock = new Map<string, number>();
  for (const s of located.sentences) {
    const found = bySentence[s.index] ?? [];
    if (found.length === 0) continue;
    const sentence = text.slice(s.start, s.end);
    const breaks = [...sentence.matchAll(clauseBreak)].map(
      (m) => [m.index, m.index + m[0].length] as const,
    );
    const sentenceTokens = (tokens[s.index] ?? []).map((t) => ({
      ...t,
      start: t.start - s.start,
      end: t.end - s.start,
    }));
    // Who may announce a pause here, and whether the report shows them fighting (a side): in a
    // report that shows no sides, none is known to be a mediator.
    const sidesHere = sideActors[s.index] ?? [];
    const announcers =
      sideFinder === null
        ? []
        : [...(actors[s.index] ?? []), ...sidesHere].map((a) => ({
            start: a.start,
            end: a.end,
            side: sidesHere.some((b) => b.party !== null && b.start < a.end && a.start < b.end),
          }));
    const foundReadings = mergeMentions(
      found
        .map((t) => readTrigger(t, sentence, s.start, breaks))
        .filter((r): r is Reading => r !== null)
        .filter(
          (r) =>
            r.trigger.rule.placeOnly !== true ||
            movesPlace(r, tokens[s.index] ?? [], index.places[s.index] ?? []),
        )
        .filter(
          (r) =>
            r.trigger.rule.peopleOnly !== true ||
            actsOnPeople(
              r.trigger,
              r.clause,
              tokens[s.index] ?? [],
              index.places[s.index] ?? [],
              text,
            ),
        )
        .filter(
          (r) =>
            r.trigger.rule.pauseOnly !== true ||
            namesAPause(
              r.trigger,
              wordsOfClause(tokens[s.index] ?? [], { start: s.start, end: s.end }, 'letter'),
            ),
        )
        .filter(
          (r) =>
            r.trigger.rule.notByUnarmed !== true ||
            !byUnarmed(r.trigger, r.clause, tokens[s.index] ?? []),
        )
        .map((r) => {
          if (r.trigger.rule.byMover !== true) return r;
          const moved = movementType(r.trigger, r.clause, tokens[s.index] ?? [], text);
          return moved === null ? null : { ...r, type: moved };
        })
        .filter((r): r is Reading => r !== null)
        .map((r) =>
          r.trigger.rule.placeType !== undefined &&
          r.type === r.trigger.rule.type &&
          movesPlace(r, tokens[s.index] ?? [], index.places[s.index] ?? [])
            ? { ...r, type: r.trigger.rule.placeType }
            : r,
        )
        .map((r) =>
          r.trigger.rule.aimedType !== undefined &&
          r.type === r.trigger.rule.type &&
          aimedAtPeople(
            r,
            tokens[s.index] ?? [],
            index.places[s.index] ?? [],
            index.times[s.index] ?? [],
          )
            ? { ...r, type: r.trigger.rule.aimedType }
            : r,
        )
        .map((r) => {
          const means =
            r.trigger.rule.byMeans === true
              ? meansOfAttack(r.trigger, r.clause, tokens[s.index] ?? [], text)
              : null;
          return means === null ? r : { ...r, type: means };
        })
        .map((r) =>
          r.trigger.rule.peopleType !== undefined &&
          r.type === r.trigger.rule.type &&
          takesPeople(r.trigger, r.clause, tokens[s.index] ?? [], index.places[s.index] ?? [], text)
            ? { ...r, type: r.trigger.rule.peopleType }
            : r,
        )
        .map((r) =>
          r.trigger.rule.armedMenType !== undefined &&
          r.type === r.trigger.rule.type &&
          byArmedMen(r.trigger, r.clause, text)
            ? { ...r, type: r.trigger.rule.armedMenType }
            : r,
        )
        .map((r) => {
          const framed =
            r.type === 'agreement_announced'
              ? framedType(r, tokens[s.index] ?? [], announcers, index.times[s.index] ?? [])
              : null;
          return framed === null ? r : { ...r, type: framed, framed: true as const };
        })
        // "announced that it had taken the town": a that-clause's act is its own trigger's.
        .filter(
          (r, _, all) =>
            r.type !== 'agreement_announced' ||
            r.framed === true ||
            !framesNoOwnAct(r, all, tokens[s.index] ?? [], index.times[s.index] ?? []),
        )
        // "agreed to hold talks": where the object is a trigger of its own, it tells the act.
        .filter(
          (r, _, all) =>
            r.framed !== true ||
            !all.some(
              (o) =>
                o.framed !== true &&
                o.type === r.type &&
                o.trigger.start >= r.clause.start &&
                o.trigger.end <= r.clause.end,
            ),
        ),
    );
    const previous = located.sentences[s.index - 1];
    const named = actors[s.index] ?? [];
    const namedHere = named.filter((a) => !isPlaceHere(a, text));
    const sidesNamed = (sideActors[s.index] ?? []).filter(
      (a) => a.party !== null && !isPlaceHere(a, text),
    );
    // Every act the sentence may tell, before any is dropped: the place ranker reads a place
    // named beyond another of them as likelier that act's.
    const acts = foundReadings.map((r) => r.trigger);
    // The classifier reads every trigger first: it may drop one or retype it, and the counts
    // and merged mentions below are those of the claims that remain.
    const perTrigger = foundReadings.flatMap((found, rank) => {
      const rule = `trigger.${found.trigger.rule.id}`;
      const features = claimFeatures({
        sentence,
        trigger: [found.trigger.start - s.start, found.trigger.end - s.start],
        clause: [found.clause.start - s.start, found.clause.end - s.start],
        tokens: sentenceTokens,
        rule,
        ruleType: found.type,
        ruleModality: found.modality,
        quoted:
          (located.blocks[s.block]?.quoted ?? null) !== null ||
          located.quotations.some(([a, b]) => a <= found.trigger.start && found.trigger.end <= b),
        leads: previous === undefined || previous.block !== s.block,
        year,
        others: foundReadings.filter((r) => r !== found).map((r) => r.type),
        rank,
        toldBefore: toldInBlock.has(found.type)
          ? toldInBlock.get(found.type) === s.block
            ? 'paragraph'
            : 'report'
          : null,
        namesPlaceOrTime:
          (index.places[s.index]?.length ?? 0) + (index.times[s.index]?.length ?? 0) > 0,
        agent: agentBefore(found, sidesNamed, namedHere),
      });
      // An earlier sentence's claim of this type is what a definite noun may point back to.
      const toldBefore = claims.some((c) => c.claim.type === found.type);
      const verdict = model === null ? null : judgeTrigger(model, features, found.type, toldBefore);
      // An analyst taught this word's act: neither dropped nor retyped by weights that never saw it.
      const taughtHere = isTaughtRule(found.trigger.rule.id);
      // The keep head drops a pattern only as another pattern's act told again: beside mere
      // candidate words, the pattern (its object, its roles) is the better reading of the act.
      const patternAmongWords =
        !isCandidateWord(found.trigger.rule) &&
        foundReadings.every((r) => r === found || isCandidateWord(r.trigger.rule));
      // Sides accusing each other are what the reader asked for, one claim each: weights that
      // learnt most general charges go unrecorded neither drop nor retype them.
      const mutual = reciprocalChains(found, located.attributions[s.index]) !== null;
      const dropped =
        verdict !== null &&
        verdict.type === NO_CLAIM &&
        !taughtHere &&
        !patternAmongWords &&
        !mutual;
      // A dropped trigger's polarity, occurrence and reasons reach nothing (one brought back
      // below is read again), so only a kept one is read whole.
      const read =
        model === null || verdict === null || dropped ? null : readJudged(model, features, verdict);
      const reading: Reading =
        read === null || read.type === found.type || read.type === NO_CLAIM || taughtHere || mutual
          ? found
          : { ...found, type: read.type as EventType };
      return [{ reading, rule, features, read, dropped, mutual }];
    });
    for (const r of foundReadings) toldInBlock.set(r.type, s.block);
    const attribution = located.attributions[s.index];
    const jointTriggerOf = ({ reading, rule }: (typeof perTrigger)[number]): JointTrigger => {
      const teller =
        attribution === undefined ? undefined : chainAt(attribution, reading.trigger.start).at(-1);
      const author = namedHere
        .filter((m) => m.start >= reading.clause.start && m.end <= reading.trigger.start)
        .pop();
      return {
        trigger: [reading.trigger.start - s.start, reading.trigger.end - s.start],
        clause: [reading.clause.start - s.start, reading.clause.end - s.start],
        type: reading.type,
        rule,
        ...(teller === undefined ? {} : { teller: foldName(teller.name) }),
        ...(author === undefined ? {} : { author: author.party ?? foldName(author.name) }),
      };
    };
    // A trigger the keep head dropped beside one it kept comes back where the joint head reads
    // the two as two acts of force: read alone, a second act looks like a second telling.
    const droppedHere = perTrigger.filter((r) => r.dropped);
    const keptHere = perTrigger.filter((r) => !r.dropped);
    const second =
      model?.joint === undefined || keptHere.length === 0 || droppedHere.length === 0
        ? new Map<number, string>()
        : secondActs(
            model.joint,
            keptHere.map(jointTriggerOf),
            droppedHere.map(jointTriggerOf),
            sentence,
            sentenceTokens,
          );
    const secondReason = new Map(
      [...second].map(([i, reason]) => [droppedHere[i]!, reason] as const),
    );
    const kept = perTrigger
      .filter((r) => !r.dropped || secondReason.has(r))
      .map((r) => {
        if (!r.dropped || model === null) return r;
        const again = readClaimAs(model, r.features, r.reading.type);
        return { ...r, read: { ...again, reasons: [secondReason.get(r)!, ...again.reasons] } };
      });
    const jointTriggers = kept.map(jointTriggerOf);
    // The triggers kept one by one are then chosen together: one act told twice is one claim.
    const joint =
      model?.joint === undefined || kept.length < 2
        ? null
        : chooseJointly(
            model.joint,
            jointTriggers,
            sentence,
            sentenceTokens,
            model.jointType,
            (index.times[s.index] ?? []).map((t) => [t.start - s.start, t.end - s.start] as const),
          );
    // What remains, each by its place among the kept, with the type the pair gave it.
    const classified = kept.flatMap((entry, at) => {
      if (joint?.dropped.has(at) === true && !entry.mutual) return [];
      const type = entry.mutual ? undefined : joint?.types.get(at);
      return [
        { ...entry, at, reading: type === undefined ? entry.reading : { ...entry.reading, type } },
      ];
    });
    if (model === null) {
      // Read with the rules alone, every pair of the sentence's triggers is a training example.
      kept.forEach((a, i) =>
        kept.slice(i + 1).forEach((b, k) => {
          const features = pairFeatures(
            jointTriggers[i]!,
            jointTriggers[i + 1 + k]!,
            sentence,
            sentenceTokens,
          );
          const at = (r: typeof a) => [r.reading.trigger.start, r.reading.trigger.end] as const;
          pairsOf.push({ a, b, triggers: [at(a), at(b)], features });
        }),
      );
    }
    const readings = mergeMentions(classified.map((c) => c.reading));
    const quantities = readings.some((r) => counted.has(r.type))
      ? readQuantities(sentence).map((q) => ({
          ...q,
          start: q.start + s.start,
          end: q.end + s.start,
        }))
      : [];
    let sentenceActors = namedHere;
    if (sentenceActors.length === 0 && mayNameSomeone(located, s)) {
      sentenceActors = namedEntities(located.text.slice(s.start, s.end), s.start).filter(
        (a) => !located.places.some((p) => a.start < p.end && p.start < a.end),
      );
    }
    // The sides' names in the sentence, the same for each of its claims (where the sides are
    // the actors, the actors' own names serve).
    const sided = sidesOwnActors
      ? []
      : (sideActors[s.index] ?? []).filter((a) => !isPlaceHere(a, text));
    for (const entry of classified) {
      const { reading, rule, features, read } = entry;
      if (!readings.includes(reading)) continue; // merged into an earlier mention
      const told = read?.occurrence ?? occurrenceOf({ modality: reading.modality });
      const timed = timeOf(located, index, s, reading, told);
      const { anchor, own, started } = timed;
      // A length planned or told as coming ("will begin three days of talks") is not run back.
      const interval =
        LASTING_ACTS.has(reading.type) && reading.modality === 'asserted'
          ? lastingSpan(
              text,
              reading.trigger,
              timed.interval,
              located.timeZone,
              located.publicationDay,
            )
          : timed.interval;
      // What runs since a date long past is background, however recent its end.
      const dated = started === null ? interval : { ...interval, latest: started };
      const occurrence = occurrenceByDate(told, dated, own, located.publicationDay);
      const modality = modalityOf(reading, occurrence);
      const polarity = polarityByRule(reading) ?? read?.polarity;
      const until = untilOf(index, s, reading);
      const countsToward = quotaOf(index, s, reading, sentence, interval, located.timeZone);
      const chain =
        attribution === undefined
          ? [located.publisher]
          : chainAt(attribution, reading.trigger.start);
      const chains = reciprocalChains(reading, attribution) ?? [chain];
      const jointReason = joint?.reasons.get(entry.at);
      claimOf.set(kept[entry.at], claims.length);
      for (const chain of chains) {
        const actors = actorsOf(reading, sentenceActors, text, chain);
        const origin = chain[chain.length - 1];
        // Without an agreement, the sides' names give the act's author its side.
        const sidedActors = sidesOwnActors ? actors : actorsOf(reading, sided, text, chain);
        const byTeller =
          sideOf === null || origin === undefined
            ? modality
            : modalityByTeller(
                modality,
                reading,
                sidedActors,
                sideOf(origin),
                sidesAfter(reading, sidesOwnActors ? named : sided, text),
                describedAuthor(reading, sidesOwnActors ? named : sided, text, allySide),
              );
        // A side's own act said not to have happened is its denial, in polarity too.
        const claimPolarity: Polarity | undefined =
          byTeller === 'denied' && modality !== 'denied' ? 'denied' : polarity;
        const ruled = placeOf(index, s, reading);
        const candidates =
          reportPlaces === null
            ? []
            : placeCandidates(reportPlaces, {
                sentence: s.index,
                clause: reading.clause,
                trigger: reading.trigger,
                type: reading.type,
                ruled,
                acts,
              });
        if (model === null) candidatesOf.push(candidates);
        claims.push({
          anchor,
          explanation: {
            rule,
            features,
            reasons: [
              ...(jointReason === undefined ? [] : [jointReason]),
              ...(read?.reasons ?? []),
            ],
          },
          claim: {
            type: reading.type,
            when: interval,
            where: ranker === undefined ? ruled : choosePlace(ranker, candidates),
            actors,
            quantities: quantitiesOf(reading, readings, quantities),
            categories: categoriesOf(reading, sentence, quantities),
            modality: byTeller,
            attribution: chain,
            // The quote is the text at the span, so a sentence too long to quote whole is cut in both.
            span: [s.start, Math.min(s.end, s.start + MAX_CLAIM_TEXT)],
            text: located.text.slice(s.start, Math.min(s.end, s.start + MAX_CLAIM_TEXT)),
            rule,
            ...(until === null ? {} : { until }),
            ...(countsToward === null ? {} : { countsToward }),
            ...(read === null
              ? {
                  ...(occurrence === told ? {} : { occurrence }),
                  ...(claimPolarity === undefined ? {} : { polarity: claimPolarity }),
                }
              : {
                  polarity: claimPolarity ?? read.polarity,
                  occurrence,
                  confidence: read.confidence,
                }),
          },
        });
      }
    }
  }
  const pairs = pairsOf.flatMap(({ a, b, triggers, features }): TriggerPair[] => {
    const first = claimOf.get(a);
    const second = claimOf.get(b);
    return first === undefined || second === undefined
      ? []
      : [{ first, second, triggers, features }];
  });
  return {
    pairs,
    claims: claims.map(({ claim, anchor }) =>
      anchor === null ? claim : anchoredTo(claim, anchor, claims),
    ),
    explanations: claims.map((c) => c.explanation),
    placeCandidates: candidatesOf,
  };
}

/**
 * Is there a run of capitalised words, past the first word, that is not a place, a day or a
 * month? Only then is compromise worth its cost (about a millisecond a sentence).
 */
function mayNameSomeone(located: Located, s: Sentence): boolean {
  const sentence = located.text.slice(s.start, s.end);
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    if (!/\p{L}/u.test(sentence.slice(0, m.index))) continue;
    const words = m[0].split(/\s+/).filter((w) => !CALENDAR_WORDS.test(w));
    if (
      words.length > 0 &&
      lookupPlace(words.join(' ')) === null &&
      !words.every((w) => lookupPlace(w) !== null)
    ) {
      return true;
    }
  }
  return false;
}

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;
const CALENDAR_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Times and places by sentence, so each claim looks only at its own (a long page stays linear). */
interface SentenceIndex extends PlacesBySentence {
  readonly times: readonly (readonly TimeMention[])[];
  /** The publication instant in UTC, the latest a claim with no time of its own can be. */
  readonly publishedIso: string | null;
}

function group<T extends { readonly sentence: number }>(
  items: readonly T[],
  sentences: number,
): T[][] {
  const out: T[][] = Array.from({ length: sentences }, () => []);
  for (const item of items) out[item.sentence]?.push(item);
  return out;
}

/** Spans (in text order) by the sentence that contains them. */
function bucket<T extends { readonly start: number; readonly end: number }>(
  items: readonly T[],
  sentences: readonly Sentence[],
): T[][] {
  const out: T[][] = sentences.map(() => []);
  let i = 0;
  for (const item of items) {
    while (i < sentences.length && (sentences[i]?.end ?? 0) <= item.start) i++;
    const s = sentences[i];
    if (s !== undefined && item.start >= s.start && item.end <= s.end) out[i]?.push(item);
  }
  return out;
}

/** The indices of the tokens that open a sentence: the first at or after each one's start. */
function sentenceOpeners(
  tokens: readonly Token[],
  sentences: readonly { readonly start: number }[],
): ReadonlySet<number> {
  const openers = new Set<number>();
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && tokens[i]!.start < s.start) i++;
    if (i < tokens.length) openers.add(i);
  }
  return openers;
}

/** Tags a describing participle stands after ("the besieged city", "in besieged Kelmor"). */
const BEFORE_DESCRIBING = new Set(['DET', 'ADP']);
/** Tags of what a describing participle describes. */
const DESCRIBED = new Set(['NOUN', 'PROPN']);

/** Does token i stand between an article or a word of place and the noun it describes? */
const describesNoun = (tokens: readonly Token[], i: number): boolean =>
  BEFORE_DESCRIBING.has(tokens[i - 1]?.pos ?? '') && DESCRIBED.has(tokens[i + 1]?.pos ?? '');

/** Trigger matches by sentence, the longest winning where two overlap, none inside a non-event. */
function triggersBySentence(
  text: string,
  located: Located,
  taught: ReadonlyMap<string, TriggerRule>,
): Trigger[][] {
  const { sentences, words } = located;
  const all: Trigger[] = [];
  const masked: (readonly [number, number])[] = [];
  for (const s of sentences) {
    const candidates = new Set<number>();
    for (let w = s.words[0]; w < s.words[1]; w++) {
      for (const rule of triggersStartedBy(words[w]?.folded ?? '')) candidates.add(rule);
    }
    if (candidates.size === 0) continue;
    const sentence = text.slice(s.start, s.end);
    const rules = [...candidates]
      .sort((a, b) => a - b)
      .map((r) => RULES[r])
      .filter((r) => r !== undefined);
    const masks = rules
      .filter((r) => r.trigger === null)
      .flatMap((r) =>
        [...sentence.matchAll(r.re)].map(
          (m) => [s.start + (m.index ?? 0), s.start + (m.index ?? 0) + m[0].length] as const,
        ),
      );
    masked.push(...masks);
    for (const rule of rules) {
      if (rule.trigger === null) continue;
      for (const m of sentence.matchAll(rule.re)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].trimEnd().length;
        if (masks.some(([a, b]) => start >= a && end <= b)) continue;
        all.push({ start, end, rule: rule.trigger });
      }
    }
  }
  // Single words by lemma ("liberated", "bombardment"), after the patterns so that a pattern
  // matching the same words, or more, wins below.
  const openers = sentenceOpeners(located.tokens, sentences);
  for (const [i, token] of located.tokens.entries()) {
    const afterHave = located.tokens[i - 1]?.lemma.toLowerCase() === 'have';
    // The tagger takes a capitalised noun opening a sentence for a name ("Negotiations went on");
    // one before another name is a name's first word ("Strike Force Alpha").
    const common =
      token.pos === 'PROPN' && openers.has(i) && located.tokens[i + 1]?.pos !== 'PROPN';
    const tag = common ? 'NOUN' : token.pos;
    const known = triggersOfToken(text.slice(token.start, token.end), token.lemma, tag, afterHave);
    // A word the store's hand-coded claims taught counts where no table knows the word.
    const learned = known.length === 0 ? taughtRuleOf(taught, token) : undefined;
    const rules = learned === undefined ? known : [learned];
    if (rules.length === 0 || masked.some(([a, b]) => token.start >= a && token.end <= b)) continue;
    for (const rule of rules) {
      all.push({ start: token.start, end: token.end, rule });
    }
  }
  // A participle describing a noun tells a state, whether a pattern or the lemma found it: "the
  // occupied territories", "in besieged Kelmor".
  const stated = all.some((t) => t.rule.stateBeforeNoun === true);
  const tokenAt = new Map(stated ? located.tokens.map((token, i) => [token.start, i]) : []);
  const acts = all.filter((t) => {
    const i = t.rule.stateBeforeNoun === true ? tokenAt.get(t.start) : undefined;
    return i === undefined || !describesNoun(located.tokens, i);
  });
  acts.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Trigger[] = [];
  for (const t of acts) {
    const last = kept[kept.length - 1];
    if (last === undefined || t.start >= last.end) kept.push(t);
    else if (t.end - t.start > last.end - last.start) kept[kept.length - 1] = t;
  }
  return bucket(
    kept.sort((a, b) => a.start - b.start),
    sentences,
  );
}

const handedGround = new Set(HANDED_GROUND);
const handedArms = new Set(HANDED_ARMS);
/** Words read between a handing verb and what it hands over. */
const HANDED_REACH = 6;
/** Words that may stand between a handing verb and its object ("handed back the city of"). */
const HANDING_PARTICLES = new Set(['over', 'back', 'of']);

/**
 * Does the act of `r` hand over ground or arms: a place or a noun of `HANDED_GROUND` or
 * `HANDED_ARMS` as its object, with no other noun and no preposition but "over", "back" and "of"
 * before it ("handed control of Kibumba", "hand Lashio back", "handed over 3,875 weapons"), or
 * as the subject of its passive ("The Aghdam district shall be returned")? "Handed over the
 * bodies of Gaza residents" and "were returned to Gaza" hand over people. "In" right after the
 * verb is a particle only before arms ("hand in their weapons"), not before a place ("released
 * in Gaza").
 */
function movesPlace(
  r: Reading,
  tokens: readonly Token[],
  places: readonly PlaceMention[],
): boolean {
  // The clause's words are read once per clause; those after the trigger are a suffix of them,
  // those before a prefix, so each trigger reads only its own few.
  const words = wordsOfClause(tokens, r.clause, 'letter');
  const isArms = (t: Token): boolean => handedArms.has(t.lemma.toLowerCase());
  const isGround = (t: Token): boolean =>
    handedGround.has(t.lemma.toLowerCase()) ||
    isArms(t) ||
    places.some((p) => p.start <= t.start && t.start < p.end);
  // Is the word at `k` no preposition's object, save a particle of handing's?
  const freeNoun = (k: number): boolean => {
    const b = words[k - 1];
    return b === undefined || b.pos !== 'ADP' || HANDING_PARTICLES.has(b.lemma.toLowerCase());
  };
  const from = firstTokenFrom(words, r.trigger.end);
  const after = words.slice(from, from + HANDED_REACH);
  const handedIn = after[0]?.pos === 'ADP' && after[0].lemma.toLowerCase() === 'in';
  for (const [i, t] of after.entries()) {
    if (handedIn) {
      if (i === 0) continue;
      if (isArms(t)) return true;
    } else if (isGround(t)) return freeNoun(from + i);
    // A noun before another names its kind ("the Myanmar city"); the last one is the object.
    const modifier = after[i + 1]?.pos === 'NOUN' || after[i + 1]?.pos === 'PROPN';
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !modifier) break;
    if (t.pos === 'VERB' || (t.pos === 'ADP' && !HANDING_PARTICLES.has(t.lemma.toLowerCase())))
      break;
  }
  let passive = false;
  for (let k = firstTokenEndingAfter(words, r.trigger.start) - 1; k >= 0; k--) {
    const t = words[k]!;
    if (t.lemma.toLowerCase() === 'be') passive = true;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') return passive && isGround(t) && freeNoun(k);
    else if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Words that aim fire at what follows them ("fired on", "firing at", "fired into the crowd"). */
const AIMING_WORDS = new Set(['on', 'at', 'upon', 'into']);
/** The aiming word is among the first words after a firing verb, at most three between ("fired warning shots at"). */
const AIMED_REACH = 4;
/** Words read after the aiming word for ground or a place ("on the Terter and Aghdam districts"). */
const TARGET_REACH = 5;
/** Nouns the lemma table reads as shelling in their own right ("artillery", "mortar"): weapons. */
const shellingNouns = new Set(
  TRIGGER_LEMMAS.filter((l) => l.pos === 'noun' && l.type === 'shelling').map((l) => l.lemma),
);

/**
 * Is the act of `r` aimed at people or things rather than ground: an aiming word after it, with
 * at most a noun phrase between ("fired warning shots at"), and neither a place the gazetteers
 * know nor a noun of `HANDED_GROUND` in what it aims at, nor a weapon of the lemma table before
 * it as what fires ("mortars fired on")? A firing told with no target ("no firing was reported")
 * keeps its type: what it hit is not told.
 */
function aimedAtPeople(
  r: Reading,
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  times: readonly TimeMention[],
): boolean {
  // The clause's words are read once per clause, and each trigger reads only its own few of them.
  const words = wordsOfClause(tokens, r.clause, 'letter');
  if (firstWeapon(words) < firstTokenEndingAfter(words, r.trigger.start)) return false;
  // "fired on Tuesday night into the village", "fired at dawn": a time and its preposition are
  // when the fire fell, not what it was aimed at.
  const inTime = (t: Token | undefined): boolean => t !== undefined && withinTime(times, t);
  const after: Token[] = [];
  for (let k = firstTokenFrom(words, r.trigger.end); k < words.length; k++) {
    if (after.length === AIMED_REACH + TARGET_REACH) break;
    const t = words[k]!;
    if (!inTime(t) && !(t.pos === 'ADP' && inTime(words[k + 1]))) after.push(t);
  }
  const aim = after
    .slice(0, AIMED_REACH)
    .findIndex((t) => t.pos === 'ADP' && AIMING_WORDS.has(lemma(t)));
  if (aim < 0 || after.slice(0, aim).some((t) => t.pos === 'VERB' || t.pos === 'ADP')) return false;
  const target = after.slice(aim + 1, aim + 1 + TARGET_REACH);
  const head = target.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  if (head < 0) return false;
  // The target's phrase runs to its first preposition or verb: "at suspects who approached".
  const end = target.findIndex((t, i) => i > head && (t.pos === 'ADP' || t.pos === 'VERB'));
  const phrase = target.slice(0, end < 0 ? target.length : end);
  return !phrase.some(
    (t) => handedGround.has(lemma(t)) || places.some((p) => p.start <= t.start && t.start < p.end),
  );
}

const firstWeapons = new WeakMap<readonly Token[], number>();

/**
 * The index of the first weapon of the lemma table among a clause's words, or their count where
 * none is: found once per clause, so each trigger asks only whether it stands before it.
 */
function firstWeapon(words: readonly Token[]): number {
  let first = firstWeapons.get(words);
  if (first === undefined) {
    first = words.findIndex((t) => shellingNouns.has(lemma(t)));
    if (first < 0) first = words.length;
    firstWeapons.set(words, first);
  }
  return first;
}

const framedActs = FRAMED_ACTS.map((f) => ({
  type: f.type,
  verbs: new Set(f.verbs),
  nouns: new Set(f.nouns),
  acts: new Set(f.acts ?? []),
}));
const agreedPauseWords = new Set(AGREED_PAUSE_WORDS);
const agreementNouns = new Set([
  ...AGREEMENT_NOUNS,
  ...FRAMED_ACTS.filter((f) => f.type === 'truce_start').flatMap((f) => f.nouns),
]);
const agreeingVerbs = new Set(AGREEING_VERBS);
/** Words of a that-clause's predicate read for its act, from its first verb: "would test missiles". */
const PREDICATE_REACH = 4;
const possessiveWords = new Set(POSSESSIVE_WORDS);
/** Words read between a framing verb and its object ("agreed to hold direct talks"). */
const FRAMED_REACH = 6;
/** Verbs that only carry a framed object ("agreed to hold talks", "announced the start of"). */
const CARRYING_VERBS = new Set(['hold', 'start', 'begin', 'resume', 'launch', 'open', 'be']);
/** Parts of speech that open a verb's object: where one follows the verb, it is no relative's. */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * A framing verb of a trigger, read once: the verb, its clause's words and those before and after
 * it (in text order), and the that-clause its object is, if any.
 */
interface Framing {
  readonly verb: Token;
  /** The clause's words, punctuation left out. */
  readonly words: readonly Token[];
  readonly before: readonly Token[];
  readonly after: readonly Token[];
  readonly complement: readonly Token[] | null;
}

/** By trigger, its framing: whether it frames an act and whether its clause tells its own. */
const framings = new WeakMap<Trigger, Framing | null>();

/**
 * The framing verb among the words of `r`'s trigger, with its clause read around it; null where
 * none is. Both framing rules read it, so each trigger's is read once.
 */
function framingOf(
  r: Reading,
  tokens: readonly Token[],
  times: readonly TimeMention[],
): Framing | null {
  if (framings.has(r.trigger)) return framings.get(r.trigger) ?? null;
  // The verb is sought among the trigger's few words, and the clause's words are gathered once
  // per clause: a long sentence of many acts is not read whole again for each one.
  let verb: Token | undefined;
  for (let i = firstTokenFrom(tokens, r.trigger.start); verb === undefined; i++) {
    const t = tokens[i];
    if (t === undefined || t.start >= r.trigger.end) break;
    if (
      t.end <= r.trigger.end &&
      t.start >= r.clause.start &&
      t.end <= r.clause.end &&
      /\p{L}/u.test(t.lemma) &&
      framedActs.some((f) => f.verbs.has(t.lemma.toLowerCase()))
    )
      verb = t;
  }
  let framing: Framing | null = null;
  if (verb !== undefined) {
    const inClause = wordsOfClause(tokens, r.clause, 'letter');
    // Words do not overlap: those starting before the verb end before it.
    const after = inClause.slice(firstTokenFrom(inClause, verb.end));
    framing = {
      verb,
      words: inClause,
      before: inClause.slice(0, firstTokenFrom(inClause, verb.start)),
      after,
      complement: complementClause(after, (t) => withinTime(times, t)),
    };
  }
  framings.set(r.trigger, framing);
  return framing;
}

/** Does word `t` stand in one of a sentence's time mentions ("on Tuesday night")? */
const withinTime = (times: readonly TimeMention[], t: Token): boolean =>
  times.some((m) => m.start <= t.start && t.start < m.end);

/**
 * Is `r` a framing verb whose that-clause tells an act other than its own agreement, so that the
 * verb is no claim: "announced that the ceasefire has begun", "agreed that the detainees shall
 * be released" (the act is the clause's trigger, among `all`, told once), "declared that Africa
 * had shown it could settle its disputes" (no act of the vocabulary). The clause's act is a
 * trigger in its predicate, from its first verb to a few words on ("that its forces would test
 * missiles"), not a noun of its subject ("that the talks were over") nor one far down it. A verb
 * of agreeing tells the sides' agreement where its clause tells no act; a verb of announcing
 * only where the clause names a pause or an agreement ("announced that both sides would observe
 * the ceasefire") (`test/corpus/README.md`, _Framing verbs_).
 */
function framesNoOwnAct(
  r: Reading,
  all: readonly Reading[],
  tokens: readonly Token[],
  times: readonly TimeMention[],
): boolean {
  const framing = framingOf(r, tokens, times);
  const clause = framing?.complement ?? null;
  if (framing === null || clause === null) return false;
  const verbAt = clause.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const predicate = clause.slice(verbAt, verbAt + PREDICATE_REACH);
  const first = predicate[0]!;
  const last = predicate[predicate.length - 1]!;
  const toldByItsOwn = all.some(
    (o) => o !== r && o.trigger.end > first.start && o.trigger.start < last.end,
  );
  if (toldByItsOwn) return true;
  if (agreeingVerbs.has(framing.verb.lemma.toLowerCase())) return false;
  return !clause.some((t) => agreementNouns.has(t.lemma.toLowerCase()));
}

/**
 * The act a framing verb of `r`'s trigger tells by its object, or null where it tells the
 * agreement itself: the object's head noun after the verb ("announced a unilateral ceasefire",
 * "agreed to hold direct talks", "announced the second phase of Operation 1027"), a verb that
 * names the act ("agreed to meet"), or the noun a
 * participle or passive of it describes ("the truce announced this afternoon", "talks were
 * announced"). A that-clause, a deal or an agreement is no framed act.
 */
function framedType(
  r: Reading,
  tokens: readonly Token[],
  announcers: readonly { start: number; end: number; side: boolean }[],
  times: readonly TimeMention[],
): EventType | null {
  const framing = framingOf(r, tokens, times);
  if (framing === null) return null;
  const { verb } = framing;
  const frames = framedActs.filter((f) => f.verbs.has(lemma(verb)));
  // The tagger leaves some plurals as they stand ("ceasefires").
  const frameOf = (noun: Token): (typeof frames)[number] | undefined =>
    frames.find((f) => f.nouns.has(lemma(noun)) || f.nouns.has(lemma(noun).replace(/s$/u, '')));
  const actOf = (noun: Token, rest: readonly Token[]): EventType | null => {
    const act = frameOf(noun);
    if (act === undefined) return null;
    if (act.type !== 'truce_start') return act.type;
    const agreedPause = rest.slice(0, 3).some((t) => agreedPauseWords.has(lemma(t)));
    // A pause a mediator or another state announces is the sides' agreement: one side's own
    // pause is told by that side, or by no one the sentence names.
    const by = framing.after.find((t) => lemma(t) === 'by');
    const announcer =
      announcers
        .filter((a) => a.start >= r.clause.start && a.end <= verb.start)
        .sort((a, b) => b.start - a.start)[0] ??
      (by === undefined
        ? undefined
        : announcers
            .filter((a) => a.start >= by.end && a.end <= r.clause.end)
            .sort((a, b) => a.start - b.start)[0]);
    return agreedPause || (announcer !== undefined && !announcer.side) ? null : act.type;
  };
  const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  // The noun a participle or passive describes comes first: in "the truce announced this
  // afternoon", "afternoon" is no object.
  for (const t of [...framing.before].reverse()) {
    if (isNoun(t)) {
      const act = actOf(t, framing.after);
      if (act !== null) return act;
      break;
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV' && lemma(t) !== 'be') break;
  }
  const after = framing.after.slice(0, FRAMED_REACH);
  // A verb with no object of its own may be a relative clause's: "the ceasefire (that) the AUC
  // declared on 1 December" declares the ceasefire. A side's own pause is told by that side;
  // several acting together ("that the two parties announced together") agree to it.
  const inTime = (t: Token): boolean => withinTime(times, t);
  const object = after.find((t) => t.pos !== 'ADV' && !inTime(t));
  // A that-clause is the verb's object ("the Emperor declared that …"): no relative clause's.
  if ((object === undefined || !OBJECT_OPENERS.has(object.pos)) && framing.complement === null) {
    // Punctuation kept: "after the ceasefire, the army announced" opens no relative clause.
    const head = relativeClauseHead(
      tokens.slice(firstTokenFrom(tokens, r.clause.start), firstTokenFrom(tokens, verb.start)),
      after,
      (t) => frameOf(t) !== undefined,
    );
    if (head !== null) {
      const act = actOf(
        head.noun,
        framing.words.filter((w) => w.start >= head.noun.end),
      );
      if (act !== null && !(act === 'truce_start' && head.joint)) return act;
    }
  }
  for (const [i, t] of after.entries()) {
    // A noun before another names its kind ("ceasefire talks"): the last one is the head. The
    // tagger reads some heads as adjectives ("a new offensive").
    const head = isNoun(t) || (t.pos === 'ADJ' && !isNoun(after[i + 1]) && actOf(t, []) !== null);
    if (head && !isNoun(after[i + 1])) {
      const act = actOf(t, after.slice(i + 1));
      // "the second phase of Operation 1027": a head no table names passes to its "of".
      if (act !== null || lemma(after[i + 1] ?? t) !== 'of') return act;
    } else if (t.pos === 'VERB' && !CARRYING_VERBS.has(lemma(t))) {
      return frames.find((f) => f.acts.has(lemma(t)))?.type ?? null;
    } else if (t.pos === 'SCONJ' || (t.pos === 'PRON' && !possessiveWords.has(lemma(t))))
      return null;
  }
  return null;
}

/** A single word of the lemma table, not a pattern: the weakest kind of trigger. */
const isCandidateWord = (rule: TriggerRule): boolean => rule.id.startsWith('lemma.');

/** Words before a trigger its cues read: the widest window, and the word it stops in. */
const WORDS_BEFORE =
  Math.max(CONDITIONAL_WINDOW, NEGATION_WINDOW, ALLEGED_WINDOW, PLANNED_WINDOW) + 1;

/** Type and modality of one trigger, or null when it reports nothing (an if-clause). */
function readTrigger(
  t: Trigger,
  sentence: string,
  offset: number,
  breaks: readonly (readonly [number, number])[],
): Reading | null {
  const at = t.start - offset;
  const local = clauseAround(breaks, sentence.length, at, t.end - offset);
  const clause = { start: offset + local.start, end: offset + local.end };
  const beforeWords = lastWordsBefore(sentence, local.start, at, WORDS_BEFORE);
  const lastWords = (n: number): string => beforeWords.slice(-n - 1).join(' ');
  let type = t.rule.type;
  let modality: Modality = 'asserted';
  if (conditional.test(lastWords(CONDITIONAL_WINDOW))) return null;
  // Each window's words are joined once, however many cues read them.
  const negationWords = lastWords(NEGATION_WINDOW);
  const allegedWords = lastWords(ALLEGED_WINDOW);
  const negated =
    negation.test(negationWords) ||
    negationAfter.test(
      sentence.slice(at, Math.min(local.end, t.end - offset + NEGATED_AFTER_REACH)),
    );
  // A modal inside a pattern's own words plans the act too ("would release", "the truce shall
  // come into effect"): the trigger's words before its last count with the words before it.
  const words = sentence.slice(at, t.end - offset);
  const inside = words.replace(/\s*\S+$/u, '');
  const after = sentence.slice(t.end - offset, local.end);
  const told = `${lastWords(PLANNED_WINDOW)} ${inside}`;
  const plannedWindow = agreedActs.has(type) ? told.replace(agreeing, ' ') : told;
  const refused = negated && futureNegation.test(negationWords);
  if (negated) {
    // "will not withdraw (until …)" plans not to act; "denied withdrawing" is the actor's
    // denial; "did not withdraw" asserts the act did not happen (its polarity says so).
    if (t.rule.negatedType !== undefined) type = t.rule.negatedType;
    else if (refused) modality = 'planned';
    else if (denial.test(negationWords)) modality = 'denied';
  } else if (
    !failure.test(plannedWindow) &&
    (planned.test(plannedWindow) ||
      plannedAfter.test(after) ||
      (!/ed$/iu.test(words) && plannedModalAfter.test(after)) ||
      inPlannedChain(sentence.slice(local.start, at), words, type))
  ) {
    modality = 'planned';
  } else if (alleged.test(allegedWords)) modality = 'alleged';
  return {
    trigger: t,
    type,
    modality,
    negated: negated && t.rule.negatedType === undefined,
    ...(refused ? { refused: true } : {}),
    clause,
    ...(modality === 'alleged' && accused.test(allegedWords) ? { charged: true } : {}),
  };
}

/** An act in a chain of infinitives after one that plans, within its clause (`PLANNED_CHAIN_CUE`). */
function inPlannedChain(before: string, words: string, type: EventType): boolean {
  if (!plannedChainLink.test(before) || /^\S*(?:ed|ing)\b/iu.test(words)) return false;
  return plannedChainCue.test(agreedActs.has(type) ? before.replace(agreeing, ' ') : before);
}

/**
 * What a negation read by rule says of the act: denied by its actor ("denied firing"), or said
 * not to have happened ("did not fire", "no trucks entered"); undefined where the rule reads no
 * negation and the classifier decides.
 */
function polarityByRule(reading: Reading): Polarity | undefined {
  if (reading.modality === 'denied') return 'denied';
  return reading.negated ? 'not_happened' : undefined;
}

/**
 * Who alleges (test/corpus/README.md, "Who alleges"): a told act is alleged when its teller
 * speaks for a party and the act is another side's, by the claim's agent (`agentParty`, the one
 * rule for who acted), else by an act of force done to the teller's side with no author named,
 * else by a cue ("accused … of"); a party's own act, one it took part in, and whatever a teller
 * who is no party tells are asserted. Accusations, denials and plans keep their reading.
 */
function modalityByTeller(
  told: Modality,
  reading: Reading,
  actors: readonly Actor[],
  teller: PartyId | null,
  after: SidesAfter,
  described: DescribedAuthor | null,
): Modality {
  const type = reading.type;
  if ((told !== 'asserted' && told !== 'alleged') || type === 'accusation' || type === 'denial')
    return told;
  if (teller === null) return 'asserted';
  // "The RSF accused the army of shelling": the charge is another's act, whoever the subject.
  if (told === 'alleged' && reading.charged === true) return 'alleged';
  if (jointActs.has(type)) return 'asserted';
  if (mutualActs.has(type) && actors.some((a) => a.party === teller)) return 'asserted';
  if (after.from !== null) return after.from === teller ? 'asserted' : 'alleged';
  const agent = agentParty({ actors });
  // "We fired no missiles": a side saying its own act did not happen denies it.
  if (reading.negated && reading.refused !== true && described?.kind === 'own') return 'denied';
  // "the enemy shelled", "Eritrean troops had not left": the author by description.
  if (described?.kind === 'other') return 'alleged';
  if (described?.kind === 'ally') return described.party === teller ? 'asserted' : 'alleged';
  // The teller's own name may stand before the act as its subject ("The RSF said a strike hit
  // RSF positions"): an act of force done to its side is another's all the same.
  const doneToTeller = chargedWhenDoneToTeller.has(type) && after.at.includes(teller);
  if (doneToTeller && (agent === null || agent === teller)) return 'alleged';
  if (agent !== null) return agent === teller ? 'asserted' : 'alleged';
  return told;
}

/** An act's author named by description: the other side's, an ally of a party, or one's own. */
type DescribedAuthor =
  | { readonly kind: 'other' }
  | { readonly kind: 'ally'; readonly party: PartyId }
  | { readonly kind: 'own' };

/** How far before a trigger its author's description is looked for. */
const DESCRIBED_REACH = 60;
/**
 * A description after these words is no subject: what the act was done to ("fired on enemy
 * positions") or another act's author ("repelled the attacks of the enemy and retook …").
 */
const DESCRIBED_AS_TARGET =
  /\b(?:on|at|against|toward|towards|into|of|with|targeting|targeted|hit|struck)\s+(?:the\s+)?$/iu;
/**
 * '203 "terrorists" were "neutralised"': a description that is the subject of a passive act is
 * what the act was done to, not its author.
 */
const PASSIVE_BEFORE_ACT = /^\S*\s+(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?["“]?$/u;
/** "the White Army militia": a description after a capitalised name is that force's name. */
const NAMED_FORCE =
  /(?<![\p{L}])(?!(?:The|A|An|Two|Three|Four|Five|Several|Some|Armed|Unknown|Unidentified)\s)\p{Lu}[\p{L}'’-]*\s+$/u;

/**
 * The author a clause names by description (tables/author-descriptions.ts): the one nearest
 * before the trigger's first word, unless a named side stands nearer, else one after "by".
 * `partyOf` finds the party an ally fights beside; an ally of no known party is no reading.
 */
function describedAuthor(
  reading: Reading,
  mentions: readonly ActorMention[],
  text: string,
  partyOf: (ally: Ally) => PartyId | null,
): DescribedAuthor | null {
  const t = reading.trigger;
  const firstWord = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(t.start, t.end))?.[0].length ?? 0;
  const from = Math.max(reading.clause.start, t.start - DESCRIBED_REACH);
  const region = text.slice(from, t.start + firstWord);
  const found: { end: number; author: DescribedAuthor | null }[] = [];
  const read = (re: RegExp, author: (m: string) => DescribedAuthor | null): void => {
    for (const m of region.matchAll(re)) {
      const before = region.slice(0, m.index);
      if (DESCRIBED_AS_TARGET.test(before) || NAMED_FORCE.test(before)) continue;
      if (PASSIVE_BEFORE_ACT.test(text.slice(from + m.index + m[0].length, t.start))) continue;
      found.push({ end: from + m.index + m[0].length, author: author(m[0]) });
    }
  };
  read(otherSide, () => ({ kind: 'other' }));
  read(ownSide, () => (reading.negated ? { kind: 'own' } : null));
  read(allyNames, (m) => {
    const ally = allyOfName.get(m.toLowerCase());
    const party = ally === undefined ? null : partyOf(ally);
    return party === null ? null : { kind: 'ally', party };
  });
  const nearest = found.sort((a, b) => b.end - a.end)[0];
  const named = mentions.filter((m) => m.end <= t.start && m.start >= from).pop();
  if (nearest !== undefined && (named === undefined || named.end < nearest.end))
    return nearest.author;
  const by = /^\s+by\s+(?:the\s+)?/iu.exec(text.slice(t.end, t.end + 20));
  if (by === null) return null;
  const after = text.slice(t.end + by[0].length, t.end + by[0].length + 40);
  const startsWith = (re: RegExp): boolean => {
    re.lastIndex = 0;
    return re.exec(after)?.index === 0;
  };
  if (startsWith(otherSide)) return { kind: 'other' };
  return reading.negated && startsWith(ownSide) ? { kind: 'own' } : null;
}

/** Sides named just after an act: where it came from ("fired from Lebanon") and what it hit. */
interface SidesAfter {
  readonly from: PartyId | null;
  readonly at: readonly PartyId[];
}

/** The parties of the mentions after the trigger, up to the clause's punctuation. */
function sidesAfter(reading: Reading, mentions: readonly ActorMention[], text: string): SidesAfter {
  const t = reading.trigger;
  let from: PartyId | null = null;
  const at: PartyId[] = [];
  for (const m of mentions) {
    if (m.start < t.end || m.party === null) continue;
    const between = text.slice(t.end, m.start);
    if (m.start - t.end > 80 || /[;.,]/.test(between)) break;
    if (/\b(?:by|from)\s+(?:the\s+)?$/i.test(between)) from ??= m.party;
    else at.push(m.party);
  }
  return { from: hostile.has(reading.type) ? from : null, at };
}

/**
 * A planned or expected act has the `planned` modality, whatever words told it
 * (test/corpus/README.md, conventions): "a return flight is expected on Monday"; a demand,
 * accusation or denial is the saying itself, told when said (`SAID_ACTS`).
 */
function modalityOf(reading: Reading, occurrence: Occurrence): Modality {
  const told = reading.modality;
  if (saidActs.has(reading.type)) return told === 'planned' ? 'asserted' : told;
  return (occurrence === 'planned' || occurrence === 'expected') && told !== 'denied'
    ? 'planned'
    : told;
}

/**
 * One claim per mention: the same type told twice in one sentence ("a terror attack …, a
 * shooting that …") is one mention. A denial that only carries another claim's negation goes.
 */
function mergeMentions(readings: readonly Reading[]): Reading[] {
  const merged: Reading[] = [];
  for (const r of readings) if (!merged.some((m) => sameMention(m, r))) merged.push(r);
  const carriesDenial = merged.some((r) => r.negated);
  return merged.filter((r) => !(r.type === 'denial' && carriesDenial));
}

/** An accusation is one, however its words are hedged ("accusing the group of violating"). */
const sameMention = (a: Reading, b: Reading): boolean =>
  a.type === b.type && (a.modality === b.modality || a.type === 'accusation');

/** The clause around [start, end) of a sentence, given where its clause breaks are. */
function clauseAround(
  breaks: readonly (readonly [number, number])[],
  length: number,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = 0;
  let to = length;
  for (const [b, e] of breaks) {
    if (e <= start) from = e;
    else if (b >= end) {
      to = b;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * When: the nearest time expression in the sentence that dates the occurrence (not the
 * statement); else the last one earlier in the paragraph; else the introducing paragraph's;
 * else, for an act told as done, the lead's day or the day of publication; else "before
 * publication". A plan is
 * dated only by its own sentence.
 */
/** The time `timeOf` gives an act, and what it was read from. */
interface ActTime {
  interval: TimeInterval;
  anchor: TimeMention['anchor'];
  own: boolean;
  /** The end of the time a "since" interval runs from, when it is one. */
  started: string | null;
}

function timeOf(
  located: Located,
  index: SentenceIndex,
  s: Sentence,
  reading: Reading,
  occurrence: Occurrence,
): ActTime {
  const { clause } = reading;
  // "extended until Thursday": the end of the pause is its `until`, not when it was extended;
  // "agreed to a ceasefire from midnight": midnight is when the pause starts, not the agreement.
  const inSentence = (index.times[s.index] ?? []).filter(
    (t) =>
      !t.ofStatement &&
      !(t.until && bounded.has(reading.type)) &&
      !(t.from && reading.type === 'agreement_announced') &&
      !(reading.type === 'release' && inCountedAt(located, s, t)) &&
      !(t.headsClause && t.start > reading.trigger.start) &&
      !(t.countedBack && !countedBackDates(located, s, t, reading.trigger)) &&
      !(reading.type === 'demand' && datesTheActDemanded(located, t, reading.trigger)),
  );
  // The clause's own time; else one told before the trigger in the sentence ("On Friday, …
  // hours after the truce took effect"); a time after it in another clause dates something else.
  // Overlap, not containment: "Not long after that" straddles the clause break "after".
  // A month or a year well after the trigger names another thing's time ("respect the
  // agreement of October 2020"), unless it follows the trigger closely ("seized Lashio in August")
  // or is the act's own adverb: "in", with no verb between ("signed the agreement … in March 2014").
  const own = inSentence.filter(
    (m) =>
      ((m.end > clause.start && m.start < clause.end) ||
        timeEndsClause(located.text, m, clause, reading.trigger)) &&
      !(
        isCoarse(m.interval) &&
        phraseStart(located.text, m.start) - reading.trigger.end > COARSE_REACH &&
        !adverbOfTheAct(located, m, reading.trigger)
      ),
  );
  const since = sinceAnAct(located, index, s, reading, occurrence, own);
  if (since !== null) {
    return { interval: since.interval, anchor: null, own: false, started: since.started };
  }
  // "Partners have not yet been able to reach the district": what has not happened by the
  // report has no day; a day told elsewhere, or a live blog's entry stamp, is another act's.
  if (toldNotYet(located, reading) && !own.some((m) => !m.entryStamp)) {
    return undated(index.publishedIso);
  }
  const candidates =
    own.length > 0 ? own : inSentence.filter((t) => t.end <= reading.trigger.start);
  // A live blog's entry stamp ("16:30 Their spokesman told us the rebels would not enter the
  // town") is when the entry was written: it dates what the entry tells as done, not a plan, an
  // expectation or a condition it reports. A demand is the saying itself, made then.
  const notDone =
    reading.modality === 'planned' || (occurrence !== 'happened' && occurrence !== 'background');
  // Nor does the day a plan was announced date it ("said on Saturday there would be no talks
  // until …"): the plan has only the time its own clause gives it.
  const dating =
    notDone && !saidActs.has(reading.type)
      ? candidates.filter((m) => !m.entryStamp && !datesTheSaying(located, s, m, reading.trigger))
      : candidates;
  const nearest = dating.sort(
    (a, b) => distance(a, reading.trigger) - distance(b, reading.trigger),
  )[0];
  if (nearest !== undefined) {
    const planned =
      reading.modality === 'planned' || occurrence === 'planned' || occurrence === 'expected';
    const since = sinceThen(nearest, reading, occurrence, index.publishedIso);
    const interval =
      planned && since === nearest.interval ? upToDeadline(nearest, located.publicationDay) : since;
    const started = interval === nearest.interval ? null : nearest.interval.latest;
    return { interval, anchor: nearest.anchor, own: nearest.anchor === null, started };
  }
  // "a charge Sudan rejects", "which Asmara denies": a denial told in the present is a stance
  // held at publication, begun no one says when. A charge told so is often the day's news
  // ("each accuse the other of breaking the ceasefire"), and keeps its day. Told in the present
  // perfect ("Kyiv has accused", "has long denied", "has called on both sides"), a charge, a
  // denial, a call or an offer is such a stance too: a day told before its sentence is another
  // act's, and the day's news is not its own.
  if (
    (reading.type === 'denial' && toldInThePresent(located, reading.trigger)) ||
    (stanceActs.has(reading.type) && toldInThePerfect(located, reading))
  ) {
    return undated(index.publishedIso);
  }
  // "Aerial bombardment continued during the reporting period": the period a situation report
  // covers is the act's own time, named in its clause. A call or a charge is made on one day of
  // it, not over it, even so told (decision 0274).
  if (
    located.coveredPeriod !== null &&
    !saidActs.has(reading.type) &&
    reading.modality !== 'planned' &&
    occurrence === 'happened' &&
    inTheCoveredPeriod.test(located.text.slice(clause.start, clause.end))
  ) {
    return { interval: located.coveredPeriod, anchor: null, own: false, started: null };
  }
  // "Residents said on Tuesday that clashes had resumed": with no time of its own, what the
  // statement reports as done is dated by the statement; a plan or an expectation is not.
  if (
    reading.modality !== 'planned' &&
    (occurrence === 'happened' || occurrence === 'background')
  ) {
    const said = statementTime(index, s, reading);
    if (said !== null) return { interval: said, anchor: null, own: false, started: null };
  }
  // An act told as going on now ("is now releasing") is the publication day's, whatever time
  // the paragraph told before it.
  if (
    reading.modality !== 'planned' &&
    occurrence !== 'background' &&
    located.publicationDay !== null &&
    goingOnNow.test(located.text.slice(clause.start, clause.end))
  ) {
    return { interval: located.publicationDay, anchor: null, own: false, started: null };
  }
  // A state told as still holding ("flights remain suspended", "fighting is reported around
  // the town") holds as the report is written: the publication day, as the corpus dates it,
  // whatever day the paragraph told before it ("Fighting … continues around Bo").
  if (
    reading.modality !== 'planned' &&
    occurrence === 'happened' &&
    located.publicationDay !== null &&
    stillHolding.test(located.text.slice(clause.start, clause.end))
  ) {
    return { interval: located.publicationDay, anchor: null, own: false, started: null };
  }
  // Only what happened takes the time told before it: background happened long before, and
  // what is planned, expected or conditional has not happened by publication.
  // Told in the present ("We call on them", "It enters into force"), an act is done as the
  // report is written: neither the day told before it nor the lead's day is its own.
  const now = toldInThePresent(located, reading.trigger);
  // Talks run over days a report seldom tells: neither a day it tells for another act nor the
  // day's news is theirs (decision 0271), unless it tells how long they lasted ("after five days
  // of talks", "talks that lasted five days", up to that day, 0263 and 0274), or tells them in
  // the present ("are holding talks"), held as the report is written.
  const uncarried =
    uncarriedActs.has(reading.type) && lengthOf(located.text, reading.trigger) === null;
  const dayOfNews =
    reading.modality !== 'planned' && occurrence === 'happened' && (!uncarried || now);
  if (dayOfNews && !now) {
    const inherited = inheritedTime(located, index, s, saidActs.has(reading.type));
    if (inherited !== null) return { interval: inherited, anchor: null, own: false, started: null };
  }
  // What a report tells as done, with no date anywhere, is the day's news: the span a situation
  // report covers, else the lead's day, else the publication day; a state still running
  // ("fighting continues") and background are not dated by it. A said act is the saying, made
  // then, whatever it asks to last ("calls on them to remain", decision 0208). A piece that looks
  // back tells of acts it does not date: the day it came out is not theirs (decision 0271).
  if (
    dayOfNews &&
    located.publicationDay !== null &&
    (saidActs.has(reading.type) || !ongoing.test(located.text.slice(clause.start, clause.end)))
  ) {
    // A call or a charge is made on a day within the period a situation report covers, not over
    // it: the corpus leaves it undated there (decision 0274).
    if (!now && located.coveredPeriod !== null && saidActs.has(reading.type)) {
      return undated(index.publishedIso);
    }
    const interval =
      (now ? null : (located.coveredPeriod ?? leadTime(located, index, s, reading.type))) ??
      recentDay(located, located.datelineDay) ??
      (located.looksBack ? null : located.publicationDay);
    if (interval !== null) return { interval, anchor: null, own: false, started: null };
  }
  const bound = notDone ? null : index.publishedIso;
  return undated(bound);
}

/** An act given no day of its own: only the bound `undatedBefore` sets. */
function undated(bound: string | null): ActTime {
  return { interval: undatedBefore(bound), anchor: null, own: false, started: null };
}

/** No day, only a bound: done before `bound` (the publication), or at any time when it is null. */
function undatedBefore(bound: string | null): TimeInterval {
  return {
    earliest: null,
    latest: bound,
    label: bound === null ? '' : 'before publication',
    precision: 'unresolved',
  };
}

/**
 * "trying to capture Tripoli since April", "hit by rockets after noon": "since", "after" and
 * "before" break a clause, but a time right after them, close after the trigger, is the act's.
 */
function timeEndsClause(
  text: string,
  m: TimeMention,
  clause: { readonly end: number },
  trigger: { readonly end: number },
): boolean {
  const word = TIME_AFTER_BREAK.exec(text.slice(Math.max(0, m.start - 8), m.start));
  if (word === null) return false;
  const at = m.start - word[0].length;
  return Math.abs(at - clause.end) <= 1 && at - trigger.end <= COARSE_REACH;
}
/**
 * "ended a year-long informal truce with the military in November 2023": a time after "in",
 * with no verb between it and the trigger, tells when the trigger's act was done; after "of",
 * or after another verb ("the ceasefire signed in October 2020"), it dates something else; so
 * does one in the possessive ("despite last year's accord"), the time of the noun after it.
 */
function adverbOfTheAct(located: Located, m: TimeMention, trigger: Trigger): boolean {
  const { text } = located;
  if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) return false;
  // "in late August and September": "in" before the part of the month.
  const start = phraseStart(text, m.start);
  const after = IN_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  const own = text.slice(m.start, m.end);
  // "began attacking police posts early last year": a span named from publication modifies no
  // noun before it, and with no verb between, it is the act's own adverb.
  const relative =
    RELATIVE_FIRST.test(own) && !OF_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  if (!after && !IN_FIRST.test(own) && !relative) return false;
  // "Talks between the two capitals are expected to begin in September": after a noun act, the
  // verbs that only tell it taking place are its own, and the time is the act's. Past a
  // relative word they belong to another noun ("talks on the vote that will be held in
  // September"), and the time is that noun's; "that" as a determiner ("on that footing") is none.
  const { tokens } = located;
  const opensClause = (t: Token): boolean => RELATIVE_WORD.test(t.lemma) && t.pos !== 'DET';
  const noun =
    isNominal(tokens[firstTokenFrom(tokens, trigger.start)]) &&
    !verbBetween(located, trigger.end, m.start, (ts, t) => opensClause(ts[t]!));
  const counts = (tokens: readonly Token[], t: number): boolean =>
    isVerb(tokens, t) && !(noun && ACT_NOUN_PREDICATES.has(lemma(tokens[t]!)));
  return !verbBetween(located, trigger.end, m.start, counts);
}

/**
 * "Iraq invaded Iran ten years ago", "Six days ago the president announced": a count back from
 * publication dates the verb it follows at once, or, heading its sentence, the act told after
 * it; "since the war began two years ago" dates the beginning, not the exchange before it.
 */
function countedBackDates(
  located: Located,
  s: Sentence,
  t: TimeMention,
  trigger: Trigger,
): boolean {
  if (t.start > trigger.start) return !verbBetween(located, trigger.end, t.start);
  return located.text.slice(s.start, t.start).trim() === '';
}

/**
 * "said on Saturday (that) there would be no talks", "were saying as late as November that they
 * would not negotiate": a time before the trigger whose nearest verb before it is one of saying
 * tells when it was said, not when what was said is to happen. Past a "that" after the verb
 * ("said that on Saturday the troops would withdraw") the time is in what was said.
 */
function datesTheSaying(located: Located, s: Sentence, m: TimeMention, trigger: Trigger): boolean {
  if (m.end > trigger.start) return false;
  const { tokens, text } = located;
  for (let t = firstTokenFrom(tokens, m.start) - 1; t >= 0; t--) {
    const token = tokens[t];
    if (token === undefined || token.start < s.start || token.lemma === 'that') return false;
    if (!isClauseVerb(tokens, t)) continue;
    return sayingWords.has(text.slice(token.start, token.end).toLowerCase());
  }
  return false;
}
const sayingWords = new Set([...SPEECH_VERBS, ...SAYING_PARTICIPLES]);

/**
 * "calls on the gunmen to hand in their weapons by Friday": a time after a demand, with the verb
 * of the act demanded between, after the "to" or "that" that opens it, tells when that act is
 * to be done, not when the demand was made. A verb before that opener is the demand's own
 * telling ("demanded in a speech delivered on Thursday that …").
 */
function datesTheActDemanded(located: Located, m: TimeMention, trigger: Trigger): boolean {
  if (m.start < trigger.end) return false;
  const { tokens } = located;
  for (let t = firstTokenFrom(tokens, trigger.end); (tokens[t]?.start ?? Infinity) < m.start; t++) {
    const token = tokens[t];
    if (token?.lemma !== 'to' && token?.lemma !== 'that') continue;
    return verbBetween(located, token.end, m.start, isClauseVerb);
  }
  return false;
}

/** Any verb or auxiliary, as the tagger reads it. */
function isVerb(tokens: readonly Token[], t: number): boolean {
  const pos = tokens[t]?.pos;
  return pos === 'VERB' || pos === 'AUX';
}

/**
 * A verb that heads a clause: not one a determiner puts in a noun phrase ("a televised speech",
 * "a widely televised speech", past the adverbs between).
 */
function isClauseVerb(tokens: readonly Token[], t: number): boolean {
  if (!isVerb(tokens, t)) return false;
  let before = t - 1;
  while (tokens[before]?.pos === 'ADV') before--;
  return tokens[before]?.pos !== 'DET';
}

/**
 * Whether a verb stands between two offsets: a time after it is that verb's, not the one before.
 * `counts` asks another question of each token in the span instead.
 */
function verbBetween(
  located: Located,
  from: number,
  to: number,
  counts: (tokens: readonly Token[], t: number) => boolean = isVerb,
): boolean {
  const { tokens } = located;
  for (let t = firstTokenFrom(tokens, from); (tokens[t]?.start ?? Infinity) < to; t++) {
    if (counts(tokens, t)) return true;
  }
  return false;
}
const IN_BEFORE = /\bin\s+$/i;
const IN_FIRST = /^in\s/i;
const RELATIVE_FIRST = /^(?:last|this|next)\s/i;
const OF_BEFORE = /\b(?:of|for)\s+(?:(?:early|late)\s+)?$/i;
const POSSESSIVE_AFTER = /^['’]s\b/u;

/**
 * "have killed hundreds since the ceasefire was declared", "Since then, clashes have been
 * reported", "has since been freed": an act told in the perfect beside a "since" ran from the
 * time "since" names to publication. Where that phrase gives no date of its own, the last day told
 * before it (in its sentence, else its paragraph) is the one it names. Null where no "since"
 * stands at the edge of the act's clause, the verb is not in the perfect, or nothing dates the
 * start; a plan, a pause's start and "the largest … since" (one act, ranked) take no span.
 */
function sinceAnAct(
  located: Located,
  index: SentenceIndex,
  s: Sentence,
  reading: Reading,
  occurrence: Occurrence,
  own: readonly TimeMention[],
): { interval: TimeInterval; started: string | null } | null {
  const published = index.publishedIso;
  if (published === null || reading.modality === 'planned') return null;
  if (occurrence !== 'happened' && occurrence !== 'background') return null;
  // "The truce has held since the first drops on 29 April": a pause starting is the point the
  // state it opens runs from, so it takes the day "since" names, not the span since (as in
  // `sinceThen`). A pause a framing verb declares is an act told within the span.
  const pauseStart = reading.type === 'truce_start' && reading.framed !== true;
  const { text, tokens } = located;
  const { clause, trigger } = reading;
  const word = sinceAtClauseEdge(located, s, clause);
  if (word === null) return null;
  const before = word.start < trigger.start;
  // The words "since" governs: up to the act when it opens the act's clause, else to the next break.
  const phraseEnd = before
    ? trigger.start
    : word.end + (nextBreak(text.slice(word.end, s.end)) ?? s.end - word.end);
  // A time that starts in the phrase is its own, though a comma breaks it ("since June 26, 1948").
  const inPhrase = (m: TimeMention): boolean => m.start >= word.end && m.start < phraseEnd;
  // A time of the act's own clause dates it ("signed in Rome on Sunday", whatever ran since 1976).
  if (own.some((m) => !inPhrase(m))) return null;
  if (!inThePerfect(text, clause, trigger, word, phraseEnd, before)) return null;
  if (!before && sinceOfAnotherVerb(located, trigger, word)) return null;
  const lo = firstTokenFrom(tokens, word.start);
  for (let t = Math.max(0, lo - RANKED_REACH); t < lo; t++) {
    const token = tokens[t];
    if (token?.start !== undefined && token.start >= s.start) {
      const prior = tokens[t - 1];
      const atBefore = prior !== undefined && /^at$/i.test(text.slice(prior.start, prior.end));
      if (isRanked(text.slice(token.start, token.end), token.pos, atBefore)) return null;
    }
  }
  const named = (index.times[s.index] ?? []).find(
    (m) => inPhrase(m) && !m.ofStatement && m.interval.precision !== 'unresolved',
  );
  const back = (): TimeInterval | null =>
    datingTimes(index, s.index, false)
      .filter((m) => m.end <= Math.min(word.start, trigger.start))
      .at(-1)?.interval ??
    (pointsBack(located, word.end, phraseEnd) ? inheritedTime(located, index, s) : null);
  const from = named?.interval ?? back();
  if (from?.earliest == null || from.latest === null || from.latest >= published) return null;
  if (pauseStart) return { interval: from, started: null };
  const label = `since ${from.label.replace(/^on\s+/i, '')}`;
  return {
    interval: { earliest: from.earliest, latest: published, label, precision: 'days' },
    started: from.latest,
  };
}

/**
 * Whether the act's own verb is in the perfect: in its clause when "since" opens it ("Since then,
 * clashes have been reported"); before "since" when it follows, but not in a relative clause
 * after the act ("set fire to cars … against the units that have been installed since 2008"),
 * or right after "since then" ("The fighting since then has killed thousands").
 */
function inThePerfect(
  text: string,
  clause: { readonly start: number; readonly end: number },
  trigger: Trigger,
  word: { readonly start: number; readonly end: number },
  phraseEnd: number,
  before: boolean,
): boolean {
  // "has since been freed": the auxiliary stands just before "since", the verb's own adverb.
  if (before) {
    const aux = PERFECT_AUX.test(text.slice(clause.start, clause.end));
    return (
      aux || /\b(?:has|have|had)\s*$/i.test(text.slice(Math.max(0, word.start - 20), word.start))
    );
  }
  if (/^\s*then\s+(?:has|have|had)\b/i.test(text.slice(word.end, phraseEnd))) return true;
  const upToTrigger = text.slice(clause.start, trigger.end);
  if (PERFECT_AUX.test(upToTrigger)) return true;
  const after = text.slice(trigger.end, word.start);
  return PERFECT_AUX.test(after) && !RELATIVE_WORD.test(after);
}
/**
 * "has demanded that the roads, closed since 2015, reopen": a verb between the act and "since"
 * that is not the act's perfect ("have been reported since") takes the "since" itself.
 */
function sinceOfAnotherVerb(
  located: Located,
  trigger: Trigger,
  word: { readonly start: number },
): boolean {
  const { tokens, text } = located;
  const lo = firstTokenFrom(tokens, trigger.end);
  const hi = firstTokenFrom(tokens, word.start);
  for (let t = hi - 1; t >= lo; t--) {
    if (!isClauseVerb(tokens, t)) continue;
    const chain = tokens.slice(Math.max(lo, t - PERFECT_CHAIN), t + 1);
    return !chain.some((k) => PERFECT_AUX.test(text.slice(k.start, k.end)));
  }
  return false;
}
/** How many words before a participle its perfect auxiliary may stand ("have not yet been reported"). */
const PERFECT_CHAIN = 4;
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose|where)\b/i;

/** A "since" that ends the act's clause or opens it: the clause break itself. */
function sinceAtClauseEdge(
  located: Located,
  s: Sentence,
  clause: { readonly start: number; readonly end: number },
): { start: number; end: number } | null {
  const after = /^\s*since\b/i.exec(located.text.slice(clause.end, s.end));
  if (after !== null) {
    const end = clause.end + after[0].length;
    return { start: end - 'since'.length, end };
  }
  // Only the words just before the clause: a page-long sentence is not read again for each act.
  const from = Math.max(s.start, clause.start - SINCE_SPAN);
  const before = /\bsince\s*$/i.exec(located.text.slice(from, clause.start));
  if (before !== null) {
    const start = from + before.index;
    return { start, end: start + 'since'.length };
  }
  return null;
}

/** "since" and the spaces after it. */
const SINCE_SPAN = 12;
const nextBreak = (rest: string): number | null => {
  const m = /[;:.!?]|,\s|\b(?:but|while|whereas|although|though|because|and)\b/i.exec(rest);
  return m === null ? null : m.index;
};
/** has, have, had, 've: the perfect that "since" asks for; not "have to". */
const PERFECT_AUX = /\b(?:has|have|had)\b(?!\s+to\b)|['’]ve\b/i;
/** How many words before "since" a ranking word may stand ("the largest exchange since"). */
const RANKED_REACH = 4;
/**
 * A word that ranks the act among others: "most", "first", "only", or a superlative as the tagger
 * reads one (an adjective or adverb in "-est": "the largest", not the nouns "harvest", "unrest").
 * `atBefore`: "at least six villages since", "at most" count the act's objects; they rank nothing.
 */
const isRanked = (word: string, pos: string, atBefore: boolean): boolean =>
  (/^(?:most|least)$/i.test(word) && !atBefore) ||
  /^(?:first|only)$/i.test(word) ||
  (/^\p{L}{2,}est$/iu.test(word) && (pos === 'ADJ' || pos === 'ADV'));
/**
 * "since then", "has since been freed": a "since" that points back to the last day told; "since
 * the coup" names an act of its own, whose day the paragraph need not have told.
 */
function pointsBack(located: Located, from: number, to: number): boolean {
  const { text, tokens } = located;
  if (/^[\s,]*(?:then\b|$)/i.test(text.slice(from, to))) return true;
  // "has since been freed", "have since withdrawn": "since" as the verb's own adverb.
  return isVerb(tokens, firstTokenFrom(tokens, from));
}

/** "since April", "after noon", "before dawn": the time follows the word at once. */
const TIME_AFTER_BREAK = /\b(?:since|after|before)\s+(?:the\s+)?$/i;

/**
 * "Since the corridor opened on Aug. 1, more than 11 million tonnes have been shipped": what
 * is told since a time runs from it to publication. Not the act the "since" phrase itself
 * tells ("since it began on Sunday" dates the beginning), nor a plan or a condition.
 */
function sinceThen(
  time: TimeMention,
  reading: Reading,
  occurrence: Occurrence,
  publishedIso: string | null,
): TimeInterval {
  const { interval } = time;
  const t = reading.trigger;
  if (time.since === null || publishedIso === null || interval.earliest === null) return interval;
  if (occurrence !== 'happened' && occurrence !== 'background') return interval;
  if (t.start > time.since && t.start < time.start) return interval;
  // "a ceasefire … has held since 10 February": a pause starting is the point the state it
  // opens runs from, so its start is that time, not the span since. A pause a framing verb
  // declares ("has announced a ceasefire in three districts") is an act told within the span.
  if (reading.type === 'truce_start' && reading.framed !== true) return interval;
  if (interval.latest !== null && interval.latest >= publishedIso) return interval;
  const label = `since ${interval.label.replace(/^on\s+/i, '')}`;
  return { ...interval, latest: publishedIso, label, precision: 'days' };
}

/**
 * "is to withdraw by 20 November", "are to leave before April 1": a plan told by its deadline
 * runs from the day it is told to the deadline, as the corpus dates it; a deadline already past
 * at publication is left as read.
 */
function upToDeadline(time: TimeMention, publicationDay: TimeInterval | null): TimeInterval {
  const { interval } = time;
  const from = publicationDay?.earliest ?? null;
  if (!time.deadline || from === null || interval.earliest === null || interval.latest === null) {
    return interval;
  }
  if (interval.earliest <= from) return interval;
  return { ...interval, earliest: from, precision: 'days' };
}

/**
 * The occurrence a claim's date gives it, over the one its words gave: an act the text dates
 * more than `BACKGROUND_AFTER_DAYS` before publication is background, and one its own sentence
 * dates to the publication day or the day before (`RECENT_DAYS`) is not (corpus conventions,
 * test/corpus/README.md). A plan, an expectation or a condition keeps its reading.
 */
function occurrenceByDate(
  told: Occurrence,
  when: TimeInterval,
  own: boolean,
  publicationDay: TimeInterval | null,
): Occurrence {
  if (publicationDay?.earliest == null || when.latest === null) return told;
  const days = (Date.parse(publicationDay.earliest) - Date.parse(when.latest)) / DAY_MS;
  if (told === 'happened' && days > BACKGROUND_AFTER_DAYS) return 'background';
  const from =
    when.earliest === null
      ? Infinity
      : (Date.parse(publicationDay.earliest) - Date.parse(when.earliest)) / DAY_MS;
  // The whole of it that recent: "over the past four days" may tell of the days before.
  if (told === 'background' && own && from <= RECENT_DAYS) return 'happened';
  return told;
}

/** How far after its trigger a month or a year may stand and still date it. */
const COARSE_REACH = 30;
/** A month, a year or a span of weeks: a paragraph's background, not the thread of its days. */
const isCoarse = (t: TimeInterval): boolean =>
  t.earliest !== null &&
  t.latest !== null &&
  Date.parse(t.latest) - Date.parse(t.earliest) > 20 * DAY_MS;

/** The time inside the sentence's attributing words nearest the trigger ("said late on Monday"). */
function statementTime(index: SentenceIndex, s: Sentence, reading: Reading): TimeInterval | null {
  const said = (index.times[s.index] ?? []).filter(
    (t) => t.ofStatement && !t.until && t.anchor === null && t.interval.precision !== 'unresolved',
  );
  const nearest = said.sort(
    (a, b) => distance(a, reading.trigger) - distance(b, reading.trigger),
  )[0];
  return nearest?.interval ?? null;
}

/** For the start or extension of a pause: the end the report gives it ("until Thursday 07:00"). */
function untilOf(index: SentenceIndex, s: Sentence, reading: Reading): TimeInterval | null {
  if (!bounded.has(reading.type)) return null;
  const ends = (index.times[s.index] ?? []).filter((t) => t.until && !t.ofStatement);
  const own = ends.filter((t) => t.end > reading.clause.start && t.start < reading.clause.end);
  const nearest = (own.length > 0 ? own : ends).sort(
    (a, b) => distance(a, reading.trigger) - distance(b, reading.trigger),
  )[0];
  return nearest?.interval ?? null;
}

/**
 * For a release: "counted toward Thursday's tally" (the time inside those words), or "outside
 * the deal"; null when the report says neither, and the release counts by its own time.
 */
function quotaOf(
  index: SentenceIndex,
  s: Sentence,
  reading: Reading,
  sentence: string,
  released: TimeInterval,
  timeZone: string,
): QuotaCount | null {
  if (reading.type !== 'release') return null;
  const counted = countedAt.exec(sentence);
  if (counted !== null) {
    const from = s.start + counted.index;
    const to = from + counted[0].length;
    const at = (index.times[s.index] ?? []).find((t) => t.start >= from && t.end <= to);
    if (at !== undefined && at.interval.precision !== 'unresolved') {
      return { kind: 'counted_at', when: firstAfter(at.interval, released, timeZone) };
    }
  }
  return outsideQuota.test(sentence) ? { kind: 'outside' } : null;
}

/**
 * A release is counted at a moment after it ("freed on Wednesday … counted toward Thursday's
 * tally"): a weekday read a week too late ("would be counted" looks ahead) comes back a week.
 */
function firstAfter(counted: TimeInterval, released: TimeInterval, zone: string): TimeInterval {
  if (counted.earliest === null || counted.latest === null || released.earliest === null) {
    return counted;
  }
  const weekBack = (iso: string): string =>
    new Date(
      Temporal.Instant.from(iso).toZonedDateTimeISO(zone).subtract({ weeks: 1 }).epochMilliseconds,
    ).toISOString();
  const earliest = weekBack(counted.earliest);
  if (Date.parse(earliest) < Date.parse(released.earliest)) return counted;
  return { ...counted, earliest, latest: weekBack(counted.latest) };
}

/** Is the time inside words that say when a release was counted, not when it happened? */
function inCountedAt(located: Located, s: Sentence, t: TimeMention): boolean {
  const sentence = located.text.slice(s.start, s.end);
  const m = countedAt.exec(sentence);
  return m !== null && t.start >= s.start + m.index && t.end <= s.start + m.index + m[0].length;
}

function inheritedTime(
  located: Located,
  index: SentenceIndex,
  s: Sentence,
  said = false,
): TimeInterval | null {
  const lastIn = (block: number, beforeSentence: number): TimeInterval | null => {
    for (let i = Math.min(beforeSentence, located.sentences.length) - 1; i >= 0; i--) {
      const sentence = located.sentences[i];
      if (sentence === undefined || sentence.block < block) break;
      if (sentence.block !== block) continue;
      const last = datingTimes(index, i, said).at(-1);
      if (last !== undefined) return last.interval;
    }
    return null;
  };
  const sameBlock = lastIn(s.block, s.index);
  if (sameBlock !== null) return sameBlock;
  const introducer = located.blocks[s.block]?.quoted?.introducer;
  if (introducer !== null && introducer !== undefined) return lastIn(introducer, Infinity);
  return null;
}

/**
 * The times of a sentence that may date an act told after them. A said act is a saying: the day
 * a statement was made ("the government said today that …", "said on Saturday") dates a demand,
 * a charge or a denial told after it, before the day of the deed the statement tells.
 */
function datingTimes(
  index: SentenceIndex,
  sentence: number,
  said: boolean,
): readonly TimeMention[] {
  const times = (index.times[sentence] ?? []).filter(
    (t) =>
      !t.until &&
      t.anchor === null &&
      !t.countedBack &&
      t.interval.precision !== 'unresolved' &&
      !isCoarse(t.interval) &&
      // What is ahead of publication dates no act told as done after it.
      !(
        index.publishedIso !== null &&
        t.interval.earliest !== null &&
        t.interval.earliest > index.publishedIso
      ),
  );
  const statements = said ? times.filter((t) => t.ofStatement) : [];
  return statements.length > 0 ? statements : times.filter((t) => !t.ofStatement);
}

/**
 * The lead's day: a report's first paragraph that dates an act tells the day of its news
 * ("… took control of the mayor's office on Tuesday"), and what a later paragraph tells as
 * done, with no time of its own or of its paragraph, happened then, not on the day the report
 * came out. Only a day or a part of one: a clock time is a live blog's entry, not a lead.
 */
function leadTime(
  located: Located,
  index: SentenceIndex,
  s: Sentence,
  type: EventType,
): TimeInterval | null {
  const said = saidActs.has(type);
  for (const sentence of located.sentences) {
    if (sentence.block >= s.block) return null;
    const first = datingTimes(index, sentence.index, said)[0];
    if (first === undefined) continue;
    // A demand or a denial is the report's saying, made on the day its date line gives.
    if (!said && isDateLine(located, sentence, first.interval)) continue;
    return LEAD_PRECISIONS.has(first.interval.precision)
      ? recentDay(located, first.interval)
      : null;
  }
  return null;
}

/**
 * Is the sentence's paragraph a date line: short, dating the publication day, and with no verb?
 * A short lead dated that day ("Rebels seized the airport today.") tells an act, and is the lead.
 */
function isDateLine(located: Located, sentence: Sentence, day: TimeInterval): boolean {
  const block = located.blocks[sentence.block];
  const published = located.publicationDay?.earliest;
  if (
    block === undefined ||
    block.end - block.start > DATE_LINE_CHARS ||
    published == null ||
    day.earliest === null ||
    Date.parse(day.earliest) !== Date.parse(published)
  ) {
    return false;
  }
  const { tokens } = located;
  for (let i = firstTokenEndingAfter(tokens, block.start); i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= block.end) break;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return true;
}

/**
 * "Partners call on all parties", "each side accuses the other": a verb in the simple present
 * tells what is done as the report is written, not within the span it looks back on.
 */
function toldInThePresent(located: Located, trigger: Trigger): boolean {
  return presentAt(located, firstTokenFrom(located.tokens, trigger.start));
}

/** Infinitives read back to the verb heading them: "wants to try to call" is two. */
const INFINITIVE_LINKS = 4;

/** Is the token at `at` a verb in the simple present, or an infinitive one heads ("continues to call")? */
function presentAt(located: Located, at: number, links = 0): boolean {
  const { tokens } = located;
  const verb = tokens[at];
  // "did not fire": a verb after an auxiliary, with or without "not", is no simple present.
  let back = at - 1;
  while (NEGATIONS.has(wordAt(located, tokens[back]))) back--;
  const before = tokens[back];
  if (verb === undefined || before?.pos === 'AUX') return false;
  // "went on the radio to ask": an infinitive is in the tense of the verb it follows.
  // A longer chain is no sentence a reader follows, and reading it whole had no bound.
  if (wordAt(located, before) === 'to')
    return links < INFINITIVE_LINKS && presentAt(located, back - 1, links + 1);
  const said = located.text.slice(verb.start, verb.end).toLowerCase();
  const base = verb.lemma.toLowerCase();
  // The light tagger reads a bare verb after a plural subject as a noun ("Partners call on").
  const afterPlural =
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    /s$/i.test(located.text.slice(before.start, before.end));
  if (verb.pos === 'NOUN' && afterPlural && said === base) return true;
  return verb.pos === 'VERB' && [base, `${base}s`, `${base}es`].includes(said);
}

const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_WORDS);
const wordAt = (located: Located, token: Token | undefined): string =>
  token === undefined ? '' : located.text.slice(token.start, token.end).toLowerCase();

const PERFECT_REACH = 40;
/** How far before the trigger its not-yet words may stand ("have not yet been able to reach"). */
const NOT_YET_REACH = 48;
/** How far after a noun trigger they may start, as its verb ("Aid convoys have not yet …"). */
const NOT_YET_AFTER = 16;

/**
 * "have not yet been able to reach", "An armistice has not yet been concluded": the present
 * perfect told as not yet done, just before the trigger or as the verb of the noun it is; further
 * after it ("suspended the session, saying the government has still not sent") it tells another act.
 */
function toldNotYet(located: Located, reading: Reading): boolean {
  const { clause, trigger } = reading;
  const from = Math.max(clause.start, trigger.start - NOT_YET_REACH);
  const to = Math.min(clause.end, trigger.end + NOT_YET_AFTER + NOT_YET_REACH);
  for (const m of located.text.slice(from, to).matchAll(notYetPerfect)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (end <= trigger.start) {
      if (notYetGap.test(located.text.slice(end, trigger.start))) return true;
    } else if (start <= trigger.end + NOT_YET_AFTER) return true; // in the trigger, or its noun's verb
  }
  return false;
}

/**
 * "has accused", "have long denied": the present perfect just before the trigger, in its clause;
 * not "would have denied".
 */
function toldInThePerfect(located: Located, reading: Reading): boolean {
  // The auxiliary stands within a few words of the trigger: a long clause need not be read whole.
  const from = Math.max(reading.clause.start, reading.trigger.start - PERFECT_REACH);
  const before = located.text.slice(from, reading.trigger.start);
  return perfectBefore.test(before) && !modalPerfectBefore.test(before);
}

/** The day, when it is the day's news: at most `LEAD_DAYS` before the publication day. */
function recentDay(located: Located, day: TimeInterval | null): TimeInterval | null {
  const from = located.publicationDay?.earliest;
  if (day?.earliest == null || from == null) return null;
  const before = Date.parse(from) - Date.parse(day.earliest);
  return before >= 0 && before <= LEAD_DAYS * DAY_MS ? day : null;
}
const LEAD_PRECISIONS: ReadonlySet<TimePrecision> = new Set(['day', 'part_of_day']);

/** "In the hours leading to the end of the pause": dated by the nearest truce_end claim. */
function anchoredTo(
  claim: ExtractedClaim,
  anchor: NonNullable<TimeMention['anchor']>,
  all: readonly { claim: ExtractedClaim }[],
): ExtractedClaim {
  const at = claim.span?.[0] ?? 0;
  const target = all
    .map((c) => c.claim)
    .filter(
      (c) => c.type === anchor.eventType && c.when.earliest !== null && c.when.latest !== null,
    )
    .sort((a, b) => Math.abs((a.span?.[0] ?? 0) - at) - Math.abs((b.span?.[0] ?? 0) - at))[0];
  if (target?.when.earliest == null || target.when.latest === null) return claim;
  const earliest = new Date(
    Date.parse(target.when.earliest) - anchor.hoursBefore * 3_600_000,
  ).toISOString();
  return {
    ...claim,
    when: {
      earliest,
      latest: target.when.latest,
      label: claim.when.label,
      precision: 'part_of_day',
    },
  };
}

const distance = (m: { start: number; end: number }, t: Trigger): number =>
  m.end <= t.start ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0;

/** Where: the place named nearest the trigger in its clause. */
function placeOf(index: SentenceIndex, s: Sentence, reading: Reading): Place | null {
  const { clause, trigger: t } = reading;
  // "suspended the Jeddah talks", "signed the Khartoum Declaration": talks and agreements named
  // by their town are that town's.
  if (venueTypes.has(reading.type)) {
    const named = [...(index.venues[s.index] ?? [])].sort(
      (a, b) => distance(a, t) - distance(b, t),
    )[0];
    if (named !== undefined) return named.place;
  }
  // Where talks were held or a deal signed ("the ceasefire signed in Accra") is the place of
  // what was said and agreed there, not of an act on the ground the sentence tells.
  const sentencePlaces = (index.places[s.index] ?? []).filter(
    (p) => placedAtVenue.has(reading.type) || p.venue !== true,
  );
  const own = sentencePlaces.filter(
    (p) =>
      p.start >= clause.start &&
      p.end <= clause.end &&
      (!p.asSubject || (t.start >= p.end && t.start - p.end <= PASSIVE_REACH)),
  );
  // The area the act covers wins ("strikes across the Strip killed two in Rafah"), then the
  // most precise place ("into Gaza through Kerem Shalom"), then one the trigger's own
  // words lead to ("clashes in Marib"), then the nearest. A place told again ("the capital")
  // gives way to one the clause names, and where fire came from ("from Lebanon") to its target.
  const fromOrigin = (p: PlaceMention): number =>
    Number(hostile.has(reading.type) && p.from === true);
  const leadsTo = (p: PlaceMention): number =>
    Number(p.start >= t.end && p.start - t.end <= ATTACHED_REACH);
  // Talks and a signing are where the clause says they were held ("agreements on Laos were
  // signed in Geneva").
  const heldAt = (p: PlaceMention): number =>
    Number(venueTypes.has(reading.type) && p.venue === true);
  const best = own.sort(
    (a, b) =>
      heldAt(b) - heldAt(a) ||
      Number(b.covers === true) - Number(a.covers === true) ||
      Number(a.seat === true) - Number(b.seat === true) ||
      Number(a.retold === true) - Number(b.retold === true) ||
      fromOrigin(a) - fromOrigin(b) ||
      rank(a) - rank(b) ||
      leadsTo(b) - leadsTo(a) ||
      distance(a, t) - distance(b, t),
  )[0];
  if (best !== undefined) return best.place;
  // None in its clause: the sentence's place nearest the trigger ("…, in the town of Adigrat"),
  // no one's seat ("the authorities in Hargeisa") beyond its clause.
  const elsewhere = sentencePlaces.filter((p) => !p.asSubject && p.seat !== true);
  const nearest = elsewhere.sort(
    (a, b) =>
      Number(b.covers === true) - Number(a.covers === true) ||
      Number(a.retold === true) - Number(b.retold === true) ||
      distance(a, t) - distance(b, t),
  )[0];
  if (nearest !== undefined) return nearest.place;
  // A truce covers the report's area, not the town its paragraph last named.
  if (areaWide.has(reading.type) && index.mainArea !== null) return index.mainArea;
  // Talks and what is agreed at them happen at the venue.
  if (venueTypes.has(reading.type) && index.venue !== null) return index.venue;
  // Else the last place told earlier in its paragraph, as a time is carried.
  for (let k = s.index - 1; k >= 0 && index.blockOf[k] === index.blockOf[s.index]; k--) {
    const told = (index.places[k] ?? []).filter((p) => !p.asSubject && p.seat !== true);
    const last = told[told.length - 1];
    if (last !== undefined) return last.place;
  }
  return index.mainPlace;
}

/**
 * The town or landmark the report names most often (the first of equals): where a claim's
 * paragraph names no place, the report's own is the likeliest ("clashes resumed" in a report on
 * Tripoli; "troops withdrew" in one on the Heglig oil field, before the capitals that speak of it).
 * Towns first: on the training and dev reports, areas or countries beside them placed fewer claims
 * right, save a region of the town's country named at least as often (a report on a front); a
 * report that names no town is about the area it places acts in most.
 * And the area a truce covers: the region or country the report places acts in most, in that
 * town's country and named at least as often as the town (none in a report that names no town,
 * where a country is more often a mediator's than a front's) (a report on Hodeidah's truce names
 * Hodeidah more than Yemen; one on Yemen's truce names Yemen more than Sanaa).
 * A capital the report names twice and places once at most stands for its state: the country
 * is the report's place then (`seatOfState`).
 */
function mainPlacesOf(located: Located): { mainPlace: Place | null; mainArea: Place | null } {
  // A capital that speaks or owns ("Kyiv said", "Bamako's forces") is its government: it says
  // nothing of where the report's acts are.
  // A venue ("signed in Accra", "talks in Geneva") is where delegations met, not where the
  // report's acts are.
  // Where the report was filed ("signed here") is not where its acts are.
  const named = [
    ...located.places.filter((p) => p.venue !== true && p.filed !== true),
    ...located.unplaced.filter((p) => !speaksAsGovernment(located.text, p) && p.filed !== true),
  ];
  // The town of the country the report places most in: a venue abroad or a mediator's capital
  // named more often ("talks in Stockholm", "in Berlin") is no act's town.
  const country = mostNamedCountry(located.places);
  const towns = mostNamed(named, MAIN_PRECISIONS);
  const town = towns.find((t) => t.place.country === country) ?? towns[0];
  // A report that names no town is about its area: the one it places acts in most; one that
  // names no place at all, about its dateline's town ("WOUNDED KNEE, S.D., May 8 (AP)").
  if (town === undefined)
    return {
      mainPlace:
        mostNamed(located.places, AREA_PRECISIONS)[0]?.place ??
        located.unplaced.find((p) => p.filed === true && p.place.precision === 'city')?.place ??
        null,
      mainArea: null,
    };
  const area = mostNamed(located.places, AREA_PRECISIONS).find(
    (a) => a.place.country === town.place.country,
  );
  const covered = area !== undefined && area.n >= town.n ? area.place : null;
  // A report about a front names its region at least as often as any town of it: its acts are
  // the region's. A country so named is as often a party's as a front's: it places truces only.
  return {
    mainPlace:
      covered?.precision === 'region'
        ? covered
        : (seatOfState(located, town, country) ?? town.place),
    mainArea: covered,
  };
}

/**
 * The country a capital stands for, where the report names it twice at most, places something
 * in it once at most, and no act covers it (`SCENE_OF_ACTS`): named in passing ("updates in
 * Bangkok time", "a radar site near Tehran", "writes from Colombo"), it tells no act's town, and
 * an act the report gives no place is the country's (a peace accord's cantonments, a truce's
 * breaches), in the country the report places most in. A capital that is the scene of fighting
 * is named and placed more often, or covered ("a ceasefire has taken effect across Tripoli"),
 * and stays the report's town.
 */
function seatOfState(
  located: Located,
  town: { place: Place; n: number },
  country: string | undefined,
): Place | null {
  const { place } = town;
  if (place.precision !== 'city' || !isCapital(place) || town.n > SCENE_OF_ACTS.named) return null;
  const scenes = located.places.filter(
    (p) =>
      p.place.name === place.name &&
      !p.asSubject &&
      p.seat !== true &&
      p.filed !== true &&
      p.venue !== true,
  );
  if (scenes.length > SCENE_OF_ACTS.placed || scenes.some((p) => p.covers === true)) return null;
  return countryPlace(country ?? place.country) ?? null;
}
/** How often a capital may be named, and placed, and still stand for its state, not a front. */
const SCENE_OF_ACTS = { named: 2, placed: 1 } as const;

/** The first town or landmark the report names as a venue: a word of meeting, then "in" or "at". */
function venueOf(located: Located): Place | null {
  for (const p of located.places) {
    if (p.place.precision !== 'city' && p.place.precision !== 'point') continue;
    if (p.venue === true) return p.place;
  }
  return null;
}

const venueTypes = new Set<EventType>(VENUE_TYPES);
const placedAtVenue = new Set<EventType>([...VENUE_TYPES, ...SAID_AT_VENUE_TYPES]);

/** Places of the given grains by how often the report names them, most first (stable). */
function mostNamed(
  places: readonly PlaceMention[],
  precisions: ReadonlySet<Place['precision']>,
): { place: Place; n: number }[] {
  const tally = new Map<string, { place: Place; n: number }>();
  for (const { place, asSubject, seat } of places) {
    if (asSubject || seat === true || !precisions.has(place.precision)) continue;
    const seen = tally.get(place.name) ?? tally.set(place.name, { place, n: 0 }).get(place.name)!;
    seen.n += 1;
  }
  return [...tally.values()].sort((a, b) => b.n - a.n);
}
const MAIN_PRECISIONS = new Set<Place['precision']>(['city', 'point']);
const AREA_PRECISIONS = new Set<Place['precision']>(['region', 'country']);
const areaWide = new Set<EventType>(AREA_WIDE_TYPES);

/** How far after the trigger a place still reads as the trigger's own ("clashes in southern Marib"). */
const ATTACHED_REACH = 30;
/** "Stepanakert was shelled": a place as subject is where the verb just after it happened. */
const PASSIVE_REACH = 20;
const rank = (p: PlaceMention): number => PLACE_PRECISION.indexOf(p.place.precision);

/**
 * Who is named in a trigger's clause before it, where its agent stands ("Israeli forces shelled",
 * "the mediators said the plan would"): a side of the conflict, someone else, or no one.
 */
function agentBefore(
  reading: Reading,
  sides: readonly ActorMention[],
  named: readonly ActorMention[],
): 'side' | 'named' | null {
  const before = (a: ActorMention): boolean =>
    a.start >= reading.clause.start && a.end <= reading.trigger.start;
  if (sides.some(before)) return 'side';
  return named.some(before) ? 'named' : null;
}

/** "in Doha" names a place, not Qatar as an actor. */
function isPlaceHere(a: ActorMention, text: string): boolean {
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const lastWord = /(\p{L}+)\s+(?:the\s+)?$/u.exec(before)?.[1] ?? '';
  locative.lastIndex = 0;
  return lookupPlace(text.slice(a.start, a.end)) !== null && locative.test(lastWord);
}

/** Who took part, by position: before the trigger, after it, after "by", after "through". */
function actorsOf(
  reading: Reading,
  mentions: readonly ActorMention[],
  text: string,
  chain: readonly { name: string }[] | undefined,
): Actor[] {
  const t = reading.trigger;
  const roles = {
    before: 'agent' as ActorRole,
    after: (hostile.has(reading.type) || reading.type === 'accusation'
      ? 'target'
      : 'recipient') as ActorRole,
    by: 'agent' as ActorRole,
    ...t.rule.roles,
  };
  const out: Actor[] = [];
  // "an Israeli aircraft struck": a name may end inside the trigger that starts with its noun.
  const before = mentions.filter((m) => m.start < t.start && m.end <= t.end);
  for (const m of before) if (isVia(m, text)) out.push(actor(m, 'intermediary'));
  const candidates = before.filter((m) => !isVia(m, text));
  // The subject: the actor nearest the trigger in its clause, else the sentence's first.
  const subject = candidates.filter((m) => m.start >= reading.clause.start).pop() ?? candidates[0];
  for (const m of mentions.filter((m) => m.start >= t.start)) {
    if (/[;.,]/.test(text.slice(t.end, m.start)) || m.start - t.end > 80) break;
    if (isVia(m, text)) out.push(actor(m, 'intermediary'));
    else if (/\bby\s+(?:the\s+)?$/i.test(text.slice(t.start, m.start)))
      out.push(actor(m, roles.by));
    else out.push(actor(m, roles.after));
  }
  // "freed by Hamas": with its author named after it, the act's subject is what it was done to.
  // "Humala was arrested": the subject of a passive act is what it was done to, its author unsaid.
  const passive =
    roles.before === 'agent' &&
    (out.some((a) => a.role === 'agent') ||
      (subject !== undefined &&
        PASSIVE_GAP.test(text.slice(subject.end, t.start)) &&
        !/^\p{L}+ing\b/u.test(text.slice(t.start, t.end))));
  if (subject !== undefined)
    out.unshift({
      name: subject.name,
      role: passive ? roles.after : roles.before,
      party: subject.party,
    });
  // "The Hamas terror group did not fulfill its obligations": the accuser is who says so.
  const origin = chain !== undefined && chain.length > 1 ? chain[chain.length - 1] : undefined;
  if (roles.before === 'target' && origin !== undefined && !out.some((a) => a.role === 'agent')) {
    out.push({ name: origin.name, role: 'agent', party: null });
  }
  return dedupe(out);
}

/**
 * The words between a subject and its act that make the act passive ("has also been detained"),
 * where the act is no "-ing" ("are shelling").
 */
const PASSIVE_GAP = /\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+|also\s+)?$/iu;

const actor = (m: ActorMention, role: ActorRole): Actor => ({ name: m.name, role, party: m.party });
const isVia = (m: ActorMention, text: string): boolean => {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return VIA_WORD.test(before) && VIA.test(before); // the plain test first: it is much cheaper
};
const VIA_WORD = /\b(?:through|via)\b/i;

/** One role per actor: the first found (the subject's) wins. */
const dedupe = (actors: readonly Actor[]): Actor[] =>
  actors.filter((a, i) => actors.findIndex((b) => b.name === a.name) === i);

/**
 * Counts near the trigger: each count goes to the nearest trigger of a counted type, one per
 * unit and role (three killed and six injured are both persons).
 */
function quantitiesOf(
  reading: Reading,
  all: readonly Reading[],
  quantities: readonly QuantityMention[],
): Quantity[] {
  if (!counted.has(reading.type)) return [];
  const candidates = all.filter((r) => counted.has(r.type));
  const mine = quantities.filter(
    (q) =>
      candidates.sort((a, b) => distance(q, a.trigger) - distance(q, b.trigger))[0]?.trigger ===
      reading.trigger,
  );
  const out: Quantity[] = [];
  for (const q of mine) {
    const { unit, role } = q.quantity;
    if (!out.some((o) => o.unit === unit && o.role === role)) out.push(q.quantity);
  }
  return out;
}

/** Categories of persons, for releases, lists and arrests: from the counts and the words near. */
function categoriesOf(
  reading: Reading,
  sentence: string,
  quantities: readonly QuantityMention[],
): string[] {
  if (!aboutPersons.has(reading.type)) return [];
  const found = new Set(quantities.flatMap((q) => q.categories));
  categoryWord.lastIndex = 0;
  for (const m of sentence.matchAll(categoryWord)) {
    const category = CATEGORY_WORDS[m[0].toLowerCase()];
    if (category !== undefined) found.add(category);
  }
  return [...found];
}
