import { compileAlternatives } from './compile-pattern.js';
import type { PlaceMention } from './gazetteer.js';
import type { Token } from './token.js';
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
const PACTS = new Set([
  'truce',
  'ceasefire',
  'cease-fire',
  'pause',
  'lull',
  'calm',
  'deal',
  'agreement',
  'accord',
  'armistice',
]);
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
  const taking = tokens.some(
    (t) =>
      t.start >= trigger.start && t.end <= trigger.end && takingVerbs.has(t.lemma.toLowerCase()),
  );
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
  const inClause = tokens.filter(
    (t) => t.start >= clause.start && t.end <= clause.end && /[\p{L}\p{N}]/u.test(t.lemma),
  );
  const lemma = (t: Token): string => t.lemma.toLowerCase();
  const isNominal = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
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
  const subject = inClause.filter((t) => t.end <= trigger.start && isNominal(t)).at(-1);
  if (subject !== undefined && PACTS.has(lemma(subject))) return false;
  const after = inClause.filter((t) => t.start >= trigger.end).slice(0, TAKEN_REACH);
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
  const before = inClause.filter((t) => t.end <= trigger.start).reverse();
  let passive = false;
  for (const [i, t] of before.entries()) {
    if (lemma(t) === 'be') passive = true;
    else if (t.pos === 'PRON') return passive && SUBJECT_PRONOUNS.has(lemma(t));
    else if (isNominal(t)) {
      let start = i;
      while (isNominal(before[start + 1])) start += 1;
      return passive && isPerson(before.slice(i, start + 1).reverse());
    } else if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

const armedMen = compileAlternatives(ARMED_MEN, 'iu');

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
  return armedMen.test(text.slice(clause.start, trigger.start));
}
