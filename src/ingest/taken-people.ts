import { wordsOfClause } from './clause-words.js';
import { compileAlternatives } from './compile-pattern.js';
import type { PlaceMention } from './gazetteer.js';
import { firstTokenEndingAfter, firstTokenFrom, isNominal, lemma } from './token.js';
import type { Token } from './token.js';
import { PAUSE_NOUNS } from './tables/pause-nouns.js';
import { HONORIFICS } from './tables/speech.js';
import { ARMED_MEN, TAKEN_PEOPLE, TAKING_VERBS } from './tables/taken-people.js';

const takenPeople = new Set(TAKEN_PEOPLE);
const takingVerbs = new Set(TAKING_VERBS);
const honorifics = new Set(HONORIFICS.toLowerCase().split('|'));
/** Object pronouns that can only stand for people ("who seized him"). */
const PERSONAL_PRONOUNS = new Set(['him', 'her']);
/** Pronouns that stand before what is taken as a determiner does ("seized their commander"). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** Words read after the verb for what it takes ("seized 15 British sailors and marines"). */
const TAKEN_REACH = 6;

/** Pronouns that stand for people as the subject of a passive ("he has been held since then"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** Words that open a count, read past before what is taken or held ("at least two", "more than 60,000"). */
const COUNT_OPENERS = new Set([
  'at least',
  'more than',
  'up to',
  'about',
  'around',
  'some',
  'over',
]);
/** Nouns of a pause or a pact, which hold as a state ("the truce holds"), never hold people. */
const PACTS = new Set([...PAUSE_NOUNS, 'deal', 'agreement', 'accord']);
/** Nouns of a count whose "of" opens what is counted ("thousands of prisoners", "dozens of"). */
const COUNT_NOUNS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands']);

/**
 * Does the act of taking whose trigger spans [start, end) take people rather than ground or a
 * building: a verb of `TAKING_VERBS` in the trigger, and people as what it acts on
 * (`actsOnPeople`). A name alone does not tell: "seized Bara" and "captured Tiwintza" take towns
 * the gazetteers do not know.
 */
export function takesPeople(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  text: string,
): boolean {
  // A rule may read other acts than taking ("raids on", "stormed"): only a verb of taking detains.
  // Only the trigger's few words are read, not the whole sentence again for each trigger.
  let taking = false;
  for (let i = firstTokenFrom(tokens, trigger.start); !taking && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= trigger.end) break;
    taking = t.end <= trigger.end && takingVerbs.has(lemma(t));
  }
  return taking && actsOnPeople(trigger, clause, tokens, places, text);
}

/**
 * Is what the act whose trigger spans [start, end) acts on people: a noun of `TAKEN_PEOPLE`, a
 * personal pronoun or a titled name as the head of its object, past the words of a count ("seized
 * 15 British sailors", "still hold at least two villagers", "holds thousands of prisoners",
 * "captured Mr Gbagbo", "seized him"), or of the subject of its passive ("one of the gunmen was
 * captured", "he has been held since then")? "Held the town" and "seized Bara" act on ground.
 */
export function actsOnPeople(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  text: string,
): boolean {
  // The clause's words are read once per clause: a clause of many acts of taking is not read from
  // its start again for each one. Those before the trigger are a prefix of them, those after a
  // suffix, as words are in text order and do not overlap.
  const words = wordsOfClause(tokens, clause, 'letter-or-digit');
  const before = firstTokenEndingAfter(words, trigger.start);
  const inPlace = (t: Token): boolean => places.some((p) => p.start <= t.start && t.start < p.end);
  // "fishermen", "crewmen", "tribesmen": a noun of men is people, as the table's nouns are.
  const isPeopleNoun = (t: Token): boolean =>
    takenPeople.has(lemma(t)) || (t.pos === 'NOUN' && /.{2,}m[ae]n$/u.test(lemma(t)));
  // The head of a run of nouns is its last ("the tour bus"); a run of names is a person's where
  // an honorific or a person's noun opens it ("Mr Gbagbo", "his wife Elena", "President Zelaya").
  const isPerson = (run: readonly Token[]): boolean => {
    const head = run[run.length - 1]!;
    if (head.pos === 'NOUN') return isPeopleNoun(head);
    const titled =
      honorifics.has(text.slice(run[0]!.start, run[0]!.end).toLowerCase().replace(/\.$/u, '')) ||
      run.some(isPeopleNoun);
    return titled && !run.some(inPlace);
  };
  // A pause that holds holds no one: "the truce holds" above a paragraph its heading is glued
  // to would otherwise take that paragraph's first words as its object.
  const subject = words[lastNominals(words)[before]!];
  if (subject !== undefined && PACTS.has(lemma(subject))) return false;
  const from = firstTokenFrom(words, trigger.end);
  const after = words.slice(from, from + TAKEN_REACH);
  for (let i = 0; i < after.length; i++) {
    const t = after[i]!;
    if (t.pos === 'PRON') {
      // "her" is the object itself ("seized her") unless what it owns follows ("her car").
      const owns = after[i + 1]?.pos;
      if (
        POSSESSIVES.has(lemma(t)) &&
        (isNominal(after[i + 1]) || owns === 'ADJ' || owns === 'NUM')
      )
        continue;
      return PERSONAL_PRONOUNS.has(lemma(t));
    }
    if (COUNT_NOUNS.has(lemma(t))) {
      if (after[i + 1] !== undefined && lemma(after[i + 1]!) === 'of') i += 1;
      continue;
    }
    if (isNominal(t)) {
      let end = i;
      while (isNominal(after[end + 1])) end += 1;
      return isPerson(after.slice(i, end + 1));
    }
    // "at least two", "about 40": words that open a count, where a number or a count follows.
    const pair = `${lemma(t)} ${after[i + 1] === undefined ? '' : lemma(after[i + 1]!)}`;
    const opener = COUNT_OPENERS.has(pair) ? 2 : COUNT_OPENERS.has(lemma(t)) ? 1 : 0;
    const counted = after[i + opener];
    if (
      opener > 0 &&
      counted !== undefined &&
      (counted.pos === 'NUM' || COUNT_NOUNS.has(lemma(counted)) || lemma(counted) === 'a')
    ) {
      i += opener - 1;
      continue;
    }
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ') break;
  }
  // No object: the subject of a passive ("were captured", "had been seized", "he was held").
  let passive = false;
  for (let k = before - 1; k >= 0; k--) {
    const t = words[k]!;
    if (lemma(t) === 'be') passive = true;
    else if (t.pos === 'PRON') return passive && SUBJECT_PRONOUNS.has(lemma(t));
    else if (isNominal(t)) {
      if (!passive) return false;
      let start = k;
      while (isNominal(words[start - 1])) start -= 1;
      return isPerson(words.slice(start, k + 1));
    } else if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

const lastNominalsOf = new WeakMap<readonly Token[], Int32Array>();

/**
 * For each count `n` of a clause's first words, the index of the last noun or name among them
 * (-1: none), made once per clause: the subject of each act is found without reading back.
 */
function lastNominals(words: readonly Token[]): Int32Array {
  let last = lastNominalsOf.get(words);
  if (last === undefined) {
    last = new Int32Array(words.length + 1);
    last[0] = -1;
    for (const [i, t] of words.entries()) last[i + 1] = isNominal(t) ? i : last[i]!;
    lastNominalsOf.set(words, last);
  }
  return last;
}

const armedMen = compileAlternatives(ARMED_MEN, 'iu');
/** The same names, shortest first and global: at each place, the name there that ends soonest. */
const armedMenSoonest = compileAlternatives(ARMED_MEN, 'giu', 'shortest');

/** Of the last text read, by clause, where the first name of `ARMED_MEN` in it to end ends. */
let firstEnds: { readonly text: string; readonly byClause: Map<string, number> } | undefined;

/**
 * Where the first name of `ARMED_MEN` to end in the clause, read alone, ends (Infinity: none),
 * found once per clause. Names are tried at every place a match starts, as a later one may end
 * first ("armed gang members" holding "gang"), until no later one can.
 */
function firstArmedMenEnd(
  clause: { readonly start: number; readonly end: number },
  text: string,
): number {
  if (firstEnds?.text !== text) firstEnds = { text, byClause: new Map() };
  const key = `${clause.start}:${clause.end}`;
  let end = firstEnds.byClause.get(key);
  if (end === undefined) {
    const read = text.slice(clause.start, clause.end);
    end = Infinity;
    armedMenSoonest.lastIndex = 0;
    for (let m = armedMenSoonest.exec(read); m !== null && m.index < end;) {
      end = Math.min(end, m.index + m[0].length);
      armedMenSoonest.lastIndex = m.index + 1;
      m = armedMenSoonest.exec(read);
    }
    end += clause.start;
    firstEnds.byClause.set(key, end);
  }
  return end;
}

/**
 * Is the act of taking whose trigger spans [start, end) done by armed men, not a force: a name of
 * `ARMED_MEN` before the trigger in its clause ("the gunmen stormed the mall", "armed men led by
 * a former commander entered the residence")?
 */
export function byArmedMen(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  text: string,
): boolean {
  if (trigger.start > clause.end) return armedMen.test(text.slice(clause.start, trigger.start));
  // A name that ends, with the character after it, before the trigger is read as it would be in
  // the clause's words before the trigger alone; so is the absence of one, except that a name
  // running into the trigger's first letter ends the words before it. A name ends in a word
  // character, as the names' pattern reads one (flags `iu`), so after any other none can.
  if (firstArmedMenEnd(clause, text) < trigger.start) return true;
  if (trigger.start <= clause.start || !/\w/iu.test(text[trigger.start - 1]!)) return false;
  return armedMen.test(text.slice(clause.start, trigger.start));
}
