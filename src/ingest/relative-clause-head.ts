import type { Token } from './token.js';
import {
  EACH_WORDS,
  JOINT_PRONOUNS,
  POSSESSIVE_WORDS,
  RELATIVE_WORDS,
  TOGETHER_WORDS,
} from './tables/claim-cues.js';

/** The noun a relative clause tells of, and whether the clause's subject acts as one body. */
export interface RelativeHead {
  readonly noun: Token;
  /**
   * The subject may be several sides acting together ("that our party and the old regime
   * announced", "they declared", "announced together"), not one side alone.
   */
  readonly joint: boolean;
}

/** Words read as the clause's subject: "the AUC", "our party and the old regime". */
const SUBJECT_REACH = 8;
/** Words read after the verb for "together". */
const AFTER_REACH = 3;

const relativeWords = new Set(RELATIVE_WORDS);
const jointPronouns = new Set(JOINT_PRONOUNS);
const eachWords = new Set(EACH_WORDS);
const togetherWords = new Set(TOGETHER_WORDS);
const possessiveWords = new Set(POSSESSIVE_WORDS);

const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
/** Words between a subject and its verb: "had", "unilaterally", "itself", "each". */
const isLeadWord = (t: Token): boolean =>
  t.pos === 'AUX' ||
  t.pos === 'ADV' ||
  t.pos === 'PART' ||
  eachWords.has(t.lemma) ||
  (t.pos === 'PRON' && /sel(?:f|ves)$/u.test(t.lemma));
const isSubjectWord = (t: Token): boolean =>
  isNoun(t) ||
  t.pos === 'DET' ||
  t.pos === 'ADJ' ||
  t.pos === 'NUM' ||
  (t.pos === 'CCONJ' && t.lemma === 'and') ||
  (t.pos === 'PRON' && !relativeWords.has(t.lemma));

/**
 * The noun that `before`'s last words, a relative clause whose verb follows them, tell of: in
 * "the ceasefire (that) the AUC declared", the ceasefire. Read back from the verb: its
 * auxiliaries and adverbs, a subject (a pronoun, or a noun phrase of up to eight words), an
 * optional "that" or "which", and the nearest noun before them that `isAct` names. A noun
 * directly before the subject's first word names its kind ("the ceasefire commission"), not the
 * clause's head. `after` are the words after the verb, read for "together". Null where the
 * words take no such shape.
 */
export function relativeClauseHead(
  before: readonly Token[],
  after: readonly Token[],
  isAct: (t: Token) => boolean,
): RelativeHead | null {
  let end = before.length;
  while (end > 0 && isLeadWord(before[end - 1]!)) end--;
  const leads = before.slice(end);
  // The subject's words, then "that" or "which", then the noun.
  for (let i = end - 1; i >= 0 && i >= end - 2 - SUBJECT_REACH; i--) {
    const t = before[i]!;
    if (isAct(t) && isNoun(t)) {
      const opens = relativeWords.has(before[i + 1]?.lemma ?? '') ? i + 2 : i + 1;
      const subject = before.slice(opens, end);
      if (subject.length === 0 || subject.length > SUBJECT_REACH || before[i + 1]?.pos === 'NOUN')
        return null;
      if (
        subject.length === 1 &&
        subject[0]!.pos === 'PRON' &&
        possessiveWords.has(subject[0]!.lemma)
      )
        return null;
      const words = [...leads, ...subject, ...after.slice(0, AFTER_REACH)];
      const several =
        subject.some((w) => w.pos === 'CCONJ') ||
        (subject.length === 1 && jointPronouns.has(subject[0]!.lemma));
      const joint =
        !words.some((w) => eachWords.has(w.lemma)) &&
        (several || words.some((w) => togetherWords.has(w.lemma)));
      return { noun: t, joint };
    }
    // "that" or "which" opens the clause only right after the noun it tells of.
    if (relativeWords.has(t.lemma)) {
      const noun = before[i - 1];
      if (noun === undefined || !isNoun(noun) || !isAct(noun)) return null;
    } else if (!isSubjectWord(t)) return null;
  }
  return null;
}
