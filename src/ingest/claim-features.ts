import type { Modality } from '../core/evidence/claim.js';
import { compilePattern } from './compile-pattern.js';
import type { Token } from './token.js';
import {
  CLAIM_CUES,
  CLAUSE_OPENER,
  DEFINITE_WORDS,
  WHETHER_ONLY_FEATURES,
} from './tables/claim-cues.js';
import { NEGATION_WORDS } from './tables/modality-cues.js';

/** What the classifier sees of one trigger read in its sentence. */
export interface ClaimContext {
  /** The sentence, and the trigger and its clause as [start, end) into it. */
  readonly sentence: string;
  readonly trigger: readonly [number, number];
  readonly clause: readonly [number, number];
  /** The sentence's tokens, offsets into the sentence. */
  readonly tokens: readonly Token[];
  readonly rule: string;
  readonly ruleType: string;
  readonly ruleModality: Modality;
  /** Inside an inline quotation, or a block quoted from elsewhere. */
  readonly quoted: boolean;
  /** The sentence opens its paragraph. */
  readonly leads: boolean;
  /** The publication year, for years told long before it. */
  readonly year: number | null;
  /** The types the sentence's other triggers report, in text order. */
  readonly others: readonly string[];
  /** How many of the sentence's triggers come before this one. */
  readonly rank: number;
  /**
   * Where the rules already found a trigger of this one's type (found, not kept: training reads
   * no weights, so extraction must not either): in an earlier sentence of the same paragraph, in
   * an earlier paragraph, or nowhere (`null`).
   */
  readonly toldBefore: 'paragraph' | 'report' | null;
  /** The sentence names a place or a time: what a retelling may add to an act told before. */
  readonly namesPlaceOrTime: boolean;
  /**
   * Who is named before the trigger in its clause, where an act's agent stands: a side of the
   * conflict, someone else, or no one (`null`).
   */
  readonly agent: 'side' | 'named' | null;
}

const cues = CLAIM_CUES.map((c) => ({
  name: c.name,
  where: c.where,
  re: compilePattern(c.pattern, 'iu'),
}));
const WITH = 'with=';
/** Does another trigger share the sentence of the trigger these features read? */
export const sharesSentence = (features: readonly string[]): boolean =>
  features.some((f) => f.startsWith(WITH));
const MODIFIER = 'modifier';
const TOLD_BEFORE = 'told-before=';
const AGENT = 'agent=';
/**
 * The features that tell whether a trigger reports anything, not how it is told, so the
 * polarity and occurrence heads leave them out: which other triggers share the sentence, a
 * trigger naming another noun's kind, a type told before, who is named as agent, and the
 * `whetherOnly` cues.
 */
export const isWhetherFeature = (f: string): boolean =>
  f.startsWith(WITH) ||
  f.startsWith('others=') ||
  f === 'first' ||
  f === 'later' ||
  f === MODIFIER ||
  f.startsWith(TOLD_BEFORE) ||
  f.startsWith(AGENT) ||
  WHETHER_ONLY_FEATURES.has(f);
/**
 * The features that tell how an act is told in time, from its verb group and the word that opens
 * its clause: only the polarity and occurrence heads learn from them, so whether a trigger
 * reports anything does not move with them.
 */
export const isTenseFeature = (f: string): boolean =>
  f.startsWith(AUX) || f.startsWith(FORM) || f.startsWith(OPENER);
const AUX = 'aux=';
const FORM = 'form=';
const OPENER = 'opener=';
const clauseOpener = compilePattern(CLAUSE_OPENER, 'giu');
/**
 * How far before its clause the opening word is looked for ("minutes after", with room to
 * spare): searched from the sentence's start, each trigger's look would grow with the sentence,
 * quadratic in a long one with many clauses.
 */
const OPENER_REACH = 40;
/** The word right before the trigger in its clause, as `claimFeatures` names it. */
const BEFORE_1 = 'before1=';
/** Verb-group words that set an act before the time the report tells ("had been killed"). */
export const PERFECT_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', "'d", "'ve"]);
/** Verb-group words that tell an act not yet done: a modal or "to" (a plan, an ability, a wish). */
export const MODAL_AUX: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'to',
]);
/**
 * Verb-group words that tell an act not done as the report speaks: a modal or "to" ("had no
 * authority to negotiate", "when he will return") or a negation ("did not negotiate", "could not
 * confirm who fired").
 */
const NOT_DONE: ReadonlySet<string> = new Set([...MODAL_AUX, ...NEGATION_WORDS]);
/**
 * Whether a trigger's own grammar leaves room for it to tell no act: a noun may name an act's kind
 * without reporting one ("attended the signing"), a perfect may tell background ("had been
 * killed since the morning"), and a modal, "to" or a negation an act not done (decision 0159).
 * Only such a trigger alone in its sentence may be dropped.
 */
export const mayTellNoAct = (features: readonly string[]): boolean =>
  features.includes(`${FORM}noun`) ||
  features.some((f) => {
    if (!f.startsWith(AUX)) return false;
    const word = f.slice(AUX.length);
    return PERFECT_AUX.has(word) || NOT_DONE.has(word);
  });
const DEFINITE = new Set(DEFINITE_WORDS);
/**
 * Whether a noun trigger is presented as known, right after a definite determiner: "the swap
 * took place near Chernihiv" names an act the reader is taken to have met, where "a swap" brings
 * a new one. A noun whose "of" follows ("the release of ten fighters") is made definite by what
 * it acts on, which may be told for the first time.
 */
export const namesAKnownAct = (features: readonly string[]): boolean =>
  features.includes(`${FORM}noun`) &&
  !features.includes('after1=of') &&
  features.some((f) => f.startsWith(BEFORE_1) && DEFINITE.has(f.slice(BEFORE_1.length)));
/**
 * Told inside a quotation or a quoted block: that says who tells the act, not whether there is
 * one, so the type and keep heads leave it out. A report quoting another outlet's paragraph is
 * as much a report of acts as the outlet's own page.
 */
export const isTellerFeature = (f: string): boolean => f === QUOTED;
const QUOTED = 'quoted';
/** Parts of speech a verb group's words before its verb may have ("had not yet been"). */
const VERB_GROUP = new Set(['AUX', 'PART', 'ADV']);
const ING = /ing$/u;
const S_FORM = /(?:[^s]s|ses|xes|ches|shes)$/u;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 4;

/**
 * What every trigger of a sentence reads alike: its words, the cues matching anywhere in it,
 * and the years it names.
 */
interface SentenceReading {
  readonly sentence: string;
  readonly words: readonly Token[];
  /** By index into `cues`: whether a cue read in the whole sentence matches. */
  readonly sentenceCues: readonly boolean[];
  /** The years the sentence names, in text order. */
  readonly years: readonly number[];
}

/**
 * A sentence's triggers share its tokens array: the words, the sentence-wide cues and the years
 * are read once for all of them, not once per trigger.
 */
const readSentences = new WeakMap<readonly Token[], SentenceReading>();

function sentenceReadOnce(c: ClaimContext): SentenceReading {
  const known = readSentences.get(c.tokens);
  if (known?.sentence === c.sentence) return known;
  const reading: SentenceReading = {
    sentence: c.sentence,
    words: c.tokens.filter((t) => /\p{L}/u.test(c.sentence.slice(t.start, t.end))),
    sentenceCues: cues.map((cue) => {
      if (cue.where !== 'sentence') return false;
      cue.re.lastIndex = 0;
      return cue.re.test(c.sentence);
    }),
    years: Array.from(c.sentence.matchAll(YEAR), (m) => Number(m[1])),
  };
  readSentences.set(c.tokens, reading);
  return reading;
}

/**
 * The features of one trigger: the rule and what it read, the lemmas of the trigger and of
 * the words around it in its clause, the cue patterns of `tables/claim-cues.ts` that match
 * before it, after it or anywhere in its sentence, and where it sits in the quote structure.
 * Binary, named so that `--explain` can print them.
 */
export function claimFeatures(c: ClaimContext): string[] {
  const f = new Set<string>([
    'bias',
    `rule=${c.rule}`,
    `type=${c.ruleType}`,
    `modality=${c.ruleModality}`,
  ]);
  const [ts, te] = c.trigger;
  const [cs, ce] = c.clause;
  const { words, sentenceCues, years } = sentenceReadOnce(c);
  const inside = words.filter((t) => t.start >= ts && t.end <= te);
  const before = words.filter((t) => t.end <= ts && t.start >= cs).slice(-WINDOW_BEFORE);
  const after = words.filter((t) => t.start >= te && t.end <= ce).slice(0, WINDOW_AFTER);
  for (const t of inside) f.add(`lemma=${t.lemma}`);
  const head = inside[inside.length - 1];
  if (head !== undefined) f.add(`head=${head.lemma}/${head.pos}`);
  // "the ceasefire talks", "a drone attack", "rocket launchers": a noun naming the kind of the
  // noun right after it names no act of its own.
  const next = words.find((t) => t.start >= te);
  if (
    head?.pos === 'NOUN' &&
    next?.pos === 'NOUN' &&
    c.sentence.slice(te, next.start).trim() === ''
  )
    f.add(MODIFIER);
  // A pattern's own words may hold the modal ("will release"): the verb is its first full verb.
  const verb = inside.find((t) => t.pos === 'VERB') ?? inside[0];
  f.add(`${FORM}${verbForm(c.sentence, verb)}`);
  for (const aux of verbGroup(c.sentence, words, verb?.start ?? ts, cs)) f.add(`${AUX}${aux}`);
  // Searched from just before the clause, the whole sentence still in view for word boundaries.
  clauseOpener.lastIndex = Math.max(0, cs - OPENER_REACH);
  const opener = clauseOpener.exec(c.sentence.slice(0, cs));
  if (opener !== null) {
    const word = opener[2]!.toLowerCase();
    f.add(`${OPENER}${word}`);
    // "a week after" sets the clause back by days or more; "hours after" keeps it on the day.
    if (opener[1] !== undefined) f.add(`${OPENER}${word}/days`);
  }
  for (const [i, t] of before.reverse().entries()) {
    f.add(`before=${t.lemma}`);
    if (i < 2) f.add(`before${i + 1}=${t.lemma}`);
  }
  for (const [i, t] of after.entries()) {
    f.add(`after=${t.lemma}`);
    if (i === 0) f.add(`after1=${t.lemma}`);
  }
  const left = c.sentence.slice(cs, ts);
  const right = c.sentence.slice(te, ce);
  for (const [k, cue] of cues.entries()) {
    if (cue.where === 'sentence') {
      if (sentenceCues[k] === true) f.add(`cue=${cue.name}`);
      continue;
    }
    cue.re.lastIndex = 0;
    if (cue.re.test(cue.where === 'before' ? left : right)) f.add(`cue=${cue.name}`);
  }
  // A sentence often tells one act in several trigger words ("agreed to extend the truce"):
  // which others share it is what tells the keep head this one adds nothing.
  f.add(`others=${Math.min(c.others.length, 2)}`);
  f.add(c.rank === 0 ? 'first' : 'later');
  for (const other of c.others) f.add(`${WITH}${other}`);
  if (c.quoted) f.add(QUOTED);
  if (c.leads) f.add('leads');
  // The gold records an act once, where it is first told: a type already claimed, above all in
  // the same paragraph, is often the same act told again.
  if (c.toldBefore !== null) {
    f.add(`${TOLD_BEFORE}${c.toldBefore}`);
    if (!c.namesPlaceOrTime) f.add(`${TOLD_BEFORE}${c.toldBefore}/bare`);
  }
  // An act needs someone to do it: a side named as its agent, or no one (a plan, a term, a toll).
  f.add(`${AGENT}${c.agent ?? 'none'}`);
  if (c.year !== null) {
    for (const y of years) {
      if (y < c.year) f.add('year-before');
      else if (y > c.year) f.add('year-after');
    }
  }
  return [...f];
}

/**
 * The tense a trigger word's own form tells, which its lemma hides: `past` ("fought", "shelled",
 * a participle too), `ing`, `s` (present, third person), `base` ("will release", "to withdraw"),
 * or `noun` for a trigger that is no verb.
 */
function verbForm(sentence: string, t: Token | undefined): string {
  if (t === undefined || (t.pos !== 'VERB' && t.pos !== 'AUX')) return 'noun';
  const word = sentence.slice(t.start, t.end).toLowerCase();
  if (word === t.lemma) return 'base';
  if (ING.test(word)) return 'ing';
  if (S_FORM.test(word) && word.startsWith(t.lemma.slice(0, -1))) return 's';
  return 'past';
}

/**
 * The words of the verb group right before a trigger's verb, in its clause, as written: "had", "has",
 * "will", "would", "to", "been", "not" — the tense and mood its lemmas ("have", "be") lose.
 */
function verbGroup(
  sentence: string,
  words: readonly Token[],
  verbStart: number,
  clauseStart: number,
): string[] {
  const group: string[] = [];
  for (let i = words.findIndex((t) => t.start >= verbStart) - 1; i >= 0; i--) {
    const t = words[i]!;
    if (t.start < clauseStart || !VERB_GROUP.has(t.pos) || group.length === 4) break;
    group.push(sentence.slice(t.start, t.end).toLowerCase());
  }
  return group;
}
