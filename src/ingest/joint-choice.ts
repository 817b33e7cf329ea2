import { EVENT_TYPE_INFO } from '../core/vocabulary/event-types.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import { bestIndex, probabilityAt, scoreVector } from './averaged-perceptron.js';
import type { PerceptronModel } from './averaged-perceptron.js';
import { compilePattern } from './compile-pattern.js';
import type { Token } from './token.js';
import {
  DEFINITE_WORDS,
  TALKS_AIM_WORDS,
  TALKS_HELD_LEMMAS,
  TALKS_UNDER_WAY_WORDS,
  TALKS_VENUE_WORDS,
} from './tables/claim-cues.js';
import { CONTRAST_JOINS } from './tables/contrast-joins.js';
import { FUTURE_CUES } from './tables/time-words.js';

/**
 * A sentence's claims chosen together. The keep head reads each trigger alone; the joint head
 * reads two triggers of one sentence as a pair and says whether the corpus records both, or
 * only the first or the second of them: one act told twice ("violated the pause by firing a
 * rocket", "the strike … killed six") is one claim, two acts side by side are two.
 */
export type JointLabel = 'both' | 'first' | 'second';

/** One trigger of a sentence as the joint head sees it: offsets into the sentence. */
export interface JointTrigger {
  readonly trigger: readonly [number, number];
  readonly clause: readonly [number, number];
  readonly type: EventType;
  readonly rule: string;
  /** Who tells it: the last link of its attribution chain, folded. */
  readonly teller?: string;
  /** Who does it: the side or name its own clause names before it, where it names one. */
  readonly author?: string;
}

/** Two triggers of one sentence, by claim index, and what the joint head reads of them. */
export interface TriggerPair {
  readonly first: number;
  readonly second: number;
  /** Where each trigger stands in the text, first then second: what training matches to the gold. */
  readonly triggers: readonly [readonly [number, number], readonly [number, number]];
  readonly features: readonly string[];
}

/** A count beside a trigger ("killed 12", "3 strikes") is read within this many words. */
const COUNT_REACH = 3;
/** Words between two triggers read one by one, up to this many. */
const BETWEEN_WORDS = 6;
const NUMBER = /^\d[\d,.]*$/u;

const isWord = (sentence: string, t: Token): boolean =>
  /[\p{L}\p{N}]/u.test(sentence.slice(t.start, t.end));

/** Does a figure stand within `COUNT_REACH` words of the trigger? */
function counted(
  sentence: string,
  words: readonly Token[],
  at: readonly [number, number],
): boolean {
  const before = words.filter((t) => t.end <= at[0]).slice(-COUNT_REACH);
  const after = words.filter((t) => t.start >= at[1]).slice(0, COUNT_REACH);
  return [...before, ...after].some(
    (t) => t.pos === 'NUM' || NUMBER.test(sentence.slice(t.start, t.end)),
  );
}

const kindOf = (rule: string): string => (rule.startsWith('trigger.lemma.') ? 'word' : 'pattern');
const gapOf = (n: number): string => (n <= 2 ? 'near' : n <= BETWEEN_WORDS ? 'mid' : 'far');

/**
 * The features of two triggers of one sentence, `a` before `b`: their types and families, whether
 * each is a table's word or a pattern, whether they share a clause, the words between them, and a
 * count beside either. Named strings, so that `--explain` can print the ones that decided. Not
 * their rules: most rules are one word of the tables, seen in few pairs, and weights learned on
 * them did not carry to reports the head had not seen (decision 0122).
 */
export function pairFeatures(
  a: JointTrigger,
  b: JointTrigger,
  sentence: string,
  tokens: readonly Token[],
): string[] {
  const words = tokens.filter((t) => isWord(sentence, t));
  const between = words.filter((t) => t.start >= a.trigger[1] && t.end <= b.trigger[0]);
  const fa = EVENT_TYPE_INFO[a.type].plover.type;
  const fb = EVENT_TYPE_INFO[b.type].plover.type;
  const f = new Set<string>([
    'bias',
    `pair=${a.type}+${b.type}`,
    `families=${fa}+${fb}`,
    `first=${a.type}`,
    `second=${b.type}`,
    `kinds=${kindOf(a.rule)}+${kindOf(b.rule)}`,
    `gap=${gapOf(between.length)}`,
  ]);
  if (a.type === b.type) f.add('same-type');
  else if (fa === fb) f.add('same-family');
  if (EVENT_TYPE_INFO[a.type].hostile && EVENT_TYPE_INFO[b.type].hostile) f.add('both-hostile');
  const sameClause = b.trigger[0] >= a.clause[0] && b.trigger[1] <= a.clause[1];
  f.add(sameClause ? 'same-clause' : 'other-clause');
  if (between.length <= BETWEEN_WORDS) {
    for (const t of between) f.add(`between=${t.lemma}`);
  }
  if (counted(sentence, words, a.trigger)) f.add('count-first');
  if (counted(sentence, words, b.trigger)) f.add('count-second');
  for (const x of talksTold(a, b, sentence, words)) f.add(x);
  return [...f];
}

const HELD = new Set(TALKS_HELD_LEMMAS);
const AIM = new Set(TALKS_AIM_WORDS);
const VENUE = new Set(TALKS_VENUE_WORDS);
const ahead = new RegExp(FUTURE_CUES, 'iu');
const underWay = compilePattern(`\\b(?:${TALKS_UNDER_WAY_WORDS.join('|')})\\b`, 'iu');
/** Words read after an aim word ("talks on a possible ceasefire") to the agreement trigger. */
const AIM_REACH = 4;
/** Words read after the talks for their venue ("talks in Doha", "talks at the UN"). */
const VENUE_REACH = 3;

/**
 * For talks and an agreement in one pair, how the sentence tells the talks: as an act of their
 * own — people meeting or arriving for them, talks held or resumed, a round, a venue, talks ahead
 * or under way — or with the agreement as their aim ("talks on a ceasefire"). Each named by the
 * talks' place in the pair, since the heads' labels are "first" and "second". Without them the
 * heads saw only the two types, and folded talks told for themselves into the agreement the
 * sentence also names (decision 0177).
 */
function talksTold(
  a: JointTrigger,
  b: JointTrigger,
  sentence: string,
  words: readonly Token[],
): string[] {
  const talksFirst = a.type === 'talks' && b.type === 'agreement_announced';
  if (!talksFirst && !(b.type === 'talks' && a.type === 'agreement_announced')) return [];
  const [talks, agreement] = talksFirst ? [a, b] : [b, a];
  const at = talksFirst ? 'talks-first' : 'talks-second';
  const text = (t: Token): string => sentence.slice(t.start, t.end);
  // The talks' clause, less the agreement trigger's own words where it stands in it.
  const clause = words.filter(
    (w) =>
      w.start >= talks.clause[0] &&
      w.end <= talks.clause[1] &&
      !(w.start >= agreement.trigger[0] && w.end <= agreement.trigger[1]),
  );
  const out: string[] = [];
  if (clause.some((w) => HELD.has(w.lemma.toLowerCase()))) out.push(`${at}:held`);
  const clauseText = sentence.slice(talks.clause[0], talks.clause[1]);
  if (ahead.test(clauseText) || underWay.test(clauseText)) out.push(`${at}:ahead`);
  const after = words.filter((w) => w.start >= talks.trigger[1]);
  const venue = after.slice(0, VENUE_REACH).findIndex((w) => VENUE.has(text(w).toLowerCase()));
  const place = after.slice(venue + 1).find((w) => text(w).toLowerCase() !== 'the');
  if (venue >= 0 && place !== undefined && /^\p{Lu}/u.test(text(place))) out.push(`${at}:venue`);
  if (
    talksFirst &&
    after[0] !== undefined &&
    AIM.has(text(after[0]).toLowerCase()) &&
    after.slice(0, AIM_REACH + 1).some((w) => w.start >= agreement.trigger[0])
  )
    out.push(`${at}:aim`);
  if (settingOf(talks, sentence, words) !== null) out.push(`${at}:setting`);
  return out;
}

const contrastJoin = compilePattern(CONTRAST_JOINS, 'iu');

/** One teller named twice, in full and in short ("Volodymyr Zelensky", "Zelensky"). */
function oneTeller(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = new Set(long.split(' '));
  return short.split(' ').every((w) => words.has(w));
}

/**
 * Why two triggers of one sentence, `a` before `b`, are two acts whatever the joint head reads
 * of them, or null: a contrast joins them ("…, while …", `CONTRAST_JOINS`), two tellers tell
 * them ("The RSF accused the army …, while the army said …"), or each stands in a clause of its
 * own that names a different author ("Hamas fired rockets at Sderot, and Israel shelled Gaza").
 * One act told twice is told by one teller of one author in one breath; within one clause, the
 * one charged ("accused the army of shelling") is no author of the charge, so clauses count.
 */
export function toldApart(a: JointTrigger, b: JointTrigger, sentence: string): string | null {
  const join = contrastJoin.exec(sentence.slice(a.trigger[1], b.trigger[0]));
  if (join !== null) return `joined by "${join[0].replace(/^[\s,;–—-]+|[\s,]+$/gu, '')}"`;
  if (a.teller !== undefined && b.teller !== undefined && !oneTeller(a.teller, b.teller)) {
    return `told by ${a.teller} and ${b.teller}`;
  }
  const otherClause = b.trigger[0] >= a.clause[1] || b.trigger[1] <= a.clause[0];
  if (otherClause && a.author !== undefined && b.author !== undefined && a.author !== b.author) {
    return `done by ${a.author} and ${b.author}`;
  }
  return null;
}

/** Prepositions that set an act in the talks it came out of ("agreed after a day of talks"). */
const SETTING_WORDS = new Set(['in', 'after', 'at', 'during', 'following', 'through']);
/**
 * Lemmas that take talks for their object through "in" ("agreed to take part in talks",
 * "participate in talks"): the talks are then what was agreed, no setting.
 */
const JOINING_WORDS = new Set(['part', 'participate', 'engage', 'involve', 'join']);
/** Words read back from a talks trigger to the preposition that sets it. */
const SETTING_REACH = 8;

/**
 * Where a talks trigger is told as the setting of another act, the start of the preposition that
 * sets it, else null: after a preposition of `SETTING_WORDS`, with only a determiner, a number, a
 * modifier or a measure "… of" between ("after five days of talks", "at the end of proximity
 * talks", "in talks facilitated by").
 */
function settingOf(t: JointTrigger, sentence: string, tokens: readonly Token[]): number | null {
  const before = tokens.filter((w) => w.end <= t.trigger[0] && isWord(sentence, w));
  for (let k = before.length - 1; k >= Math.max(0, before.length - SETTING_REACH); k--) {
    const w = before[k]!;
    const word = sentence.slice(w.start, w.end).toLowerCase();
    if (SETTING_WORDS.has(word))
      return JOINING_WORDS.has(before[k - 1]?.lemma.toLowerCase() ?? '') ? null : w.start;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || w.pos === 'SCONJ') return null;
  }
  return null;
}

const KNOWN_WORDS = new Set(DEFINITE_WORDS);

/**
 * Whether an agreement trigger names an agreement the reader already knows: its first noun, in
 * its own words or as the trigger itself, right after a definite determiner ("The deal was
 * signed", "announced the deal", "reached the agreement"), where "a ceasefire" brings a new one.
 */
function namesAKnownAgreement(
  t: JointTrigger,
  sentence: string,
  tokens: readonly Token[],
): boolean {
  const words = tokens.filter((w) => isWord(sentence, w));
  const at = words.findIndex(
    (w) =>
      w.start >= t.trigger[0] && w.end <= t.trigger[1] && (w.pos === 'NOUN' || w.pos === 'PROPN'),
  );
  const before = at > 0 ? words[at - 1]! : undefined;
  return (
    before !== undefined && KNOWN_WORDS.has(sentence.slice(before.start, before.end).toLowerCase())
  );
}

/**
 * Which of two triggers told as one act, talks and an agreement, names its type, where the talks
 * are told as the agreement's setting: the agreement where the sentence brings it ("agreed on
 * Sunday, after a day of talks") or dates it ("The ceasefire was agreed on 9 June in Havana at
 * the end of the third round of talks"); the talks where it names an agreement already known and
 * gives it no time of its own before the talks ("The deal was signed … after five days of
 * talks"), for the talks are then what the sentence tells that is new. Null where the talks are
 * no setting, or for any other pair, and the heads choose.
 */
function talksOrAgreement(
  a: JointTrigger,
  b: JointTrigger,
  sentence: string,
  tokens: readonly Token[],
  times: readonly (readonly [number, number])[],
): JointTrigger | null {
  const agreement = [a, b].find((t) => t.type === 'agreement_announced');
  const talks = [a, b].find((t) => t.type === 'talks');
  if (agreement === undefined || talks === undefined) return null;
  const setting = settingOf(talks, sentence, tokens);
  if (setting === null) return null;
  const dated = times.some(([start]) => start >= agreement.clause[0] && start < setting);
  return !dated && namesAKnownAgreement(agreement, sentence, tokens) ? talks : agreement;
}

/**
 * How sure the joint head must be that a pair is one act before the claim it does not choose
 * is dropped. Learned only from pairs the gold's own words tell as one act (decision 0267), the
 * head is right sooner than when it was set at 0.9.
 */
export const JOINT_DROP_AT = 0.75;

/** What the joint choice decided for a sentence's triggers, by their order in it. */
export interface JointChoice {
  /** The triggers dropped as one act told again. */
  readonly dropped: ReadonlySet<number>;
  /** For a trigger kept over one of another type: the other's type, where the pair-type head names it. */
  readonly types: ReadonlyMap<number, EventType>;
  /** For a trigger kept over another: "joint=one act with <rule> (p)". */
  readonly reasons: ReadonlyMap<number, string>;
}

/**
 * Chooses a sentence's claims together: every pair of its triggers not told apart
 * (`toldApart`) is read by the joint head, the surest "one act" first; the trigger the head does not choose is dropped, unless it was
 * already chosen over another. Where the two are of different types, the pair-type head
 * (`typeModel`) says which of them names the act's type: the claim kept takes it, so that the
 * trigger best placed to give the act's time and modality need not also give its type.
 */
export function chooseJointly(
  model: PerceptronModel,
  triggers: readonly JointTrigger[],
  sentence: string,
  tokens: readonly Token[],
  typeModel?: PerceptronModel,
  times: readonly (readonly [number, number])[] = [],
): JointChoice {
  const verdicts: { keep: number; drop: number; p: number }[] = [];
  for (let i = 0; i < triggers.length; i++) {
    for (let j = i + 1; j < triggers.length; j++) {
      if (toldApart(triggers[i]!, triggers[j]!, sentence) !== null) continue;
      const scores = scoreVector(model, pairFeatures(triggers[i]!, triggers[j]!, sentence, tokens));
      const best = bestIndex(scores);
      const label = model.classes[best] as JointLabel | undefined;
      const p = probabilityAt(scores, best);
      if (label === undefined || label === 'both' || p < JOINT_DROP_AT) continue;
      verdicts.push(label === 'first' ? { keep: i, drop: j, p } : { keep: j, drop: i, p });
    }
  }
  verdicts.sort((x, y) => y.p - x.p || x.drop - y.drop);
  const dropped = new Set<number>();
  const reasons = new Map<number, string>();
  const types = new Map<number, EventType>();
  for (const { keep, drop, p } of verdicts) {
    if (dropped.has(keep) || dropped.has(drop) || reasons.has(drop)) continue;
    dropped.add(drop);
    reasons.set(keep, `joint=one act with ${triggers[drop]!.rule} (${p.toFixed(2)})`);
    const other = triggers[drop]!;
    const news = talksOrAgreement(triggers[keep]!, other, sentence, tokens, times);
    if (news !== null) {
      if (news === other) types.set(keep, other.type);
      const why = news.type === 'talks' ? 'the agreement known' : 'the talks its setting';
      reasons.set(keep, `${reasons.get(keep)!}, its type ${news.type}: ${why}`);
      continue;
    }
    if (typeModel === undefined || triggers[keep]!.type === other.type || types.has(keep)) continue;
    const [i, j] = keep < drop ? [keep, drop] : [drop, keep];
    const scores = scoreVector(
      typeModel,
      pairFeatures(triggers[i]!, triggers[j]!, sentence, tokens),
    );
    const named = typeModel.classes[bestIndex(scores)] === 'first' ? i : j;
    if (named !== drop) continue;
    types.set(keep, other.type);
    reasons.set(keep, `${reasons.get(keep)!}, its type ${other.type}`);
  }
  return { dropped, reasons, types };
}

/**
 * How sure the joint head must be that two acts of force are two before it keeps one the keep
 * head dropped.
 */
export const JOINT_KEEP_AT = 0.9;

/**
 * The triggers the keep head dropped that the joint head reads as a second act of force beside
 * one it kept ("resumed its offensive with air strikes and artillery fire", "struck a radar in
 * response to a missile launch"): by index into `dropped`, each with its reason, "joint=a second
 * act beside <rule> (p)". The keep head reads each trigger alone and learns that a sentence's
 * second trigger mostly adds nothing; the joint head reads the pair. Only two hostile acts are
 * kept so: beside a frame (an agreement, an accusation, a denial) a dropped word was more often
 * a term or a background than an act.
 */
export function secondActs(
  model: PerceptronModel,
  kept: readonly JointTrigger[],
  dropped: readonly JointTrigger[],
  sentence: string,
  tokens: readonly Token[],
): Map<number, string> {
  const both = model.classes.indexOf('both');
  const found = new Map<number, string>();
  if (both < 0) return found;
  dropped.forEach((d, i) => {
    if (!EVENT_TYPE_INFO[d.type].hostile) return;
    let best: { p: number; rule: string } | null = null;
    for (const k of kept) {
      if (!EVENT_TYPE_INFO[k.type].hostile) continue;
      // The pair in text order, as the joint head was trained on it.
      const features =
        k.trigger[0] <= d.trigger[0]
          ? pairFeatures(k, d, sentence, tokens)
          : pairFeatures(d, k, sentence, tokens);
      const scores = scoreVector(model, features);
      if (bestIndex(scores) !== both) continue;
      const p = probabilityAt(scores, both);
      if (p >= JOINT_KEEP_AT && (best === null || p > best.p)) best = { p, rule: k.rule };
    }
    if (best !== null) {
      found.set(i, `joint=a second act beside ${best.rule} (${best.p.toFixed(2)})`);
    }
  });
  return found;
}
