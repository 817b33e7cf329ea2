import { compileAlternatives } from './compile-pattern.js';
import type { PlaceMention } from './gazetteer.js';
import type { Token } from './structure.js';
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

/**
 * Does the act of taking whose trigger spans [start, end) take people rather than ground or a
 * building: a verb of `TAKING_VERBS` in the trigger, and a noun of `TAKEN_PEOPLE`, a personal
 * pronoun or a titled name as the head of its object ("seized 15 British sailors", "seized him",
 * "captured Mr Gbagbo") or of the subject of its passive ("one of the gunmen was captured",
 * "his wife Elena were captured")? A name alone does not tell: "seized Bara" and "captured
 * Tiwintza" take towns the gazetteers do not know.
 */
export function takesPeople(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  text: string,
): boolean {
  const inClause = tokens.filter(
    (t) => t.start >= clause.start && t.end <= clause.end && /\p{L}/u.test(t.lemma),
  );
  const lemma = (t: Token): string => t.lemma.toLowerCase();
  // A rule may read other acts than taking ("raids on", "stormed"): only a verb of taking detains.
  const taking = inClause.some(
    (t) => t.start >= trigger.start && t.end <= trigger.end && takingVerbs.has(lemma(t)),
  );
  if (!taking) return false;
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
      honorifics.has(text.slice(run[0]!.start, run[0]!.end).toLowerCase()) ||
      run.some(isPeopleNoun);
    return titled && !run.some(inPlace);
  };
  const after = inClause.filter((t) => t.start >= trigger.end).slice(0, TAKEN_REACH);
  for (const [i, t] of after.entries()) {
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
    if (isNominal(t)) {
      let end = i;
      while (isNominal(after[end + 1])) end += 1;
      return isPerson(after.slice(i, end + 1));
    }
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ') break;
  }
  // No object: the subject of a passive ("were captured", "had been seized").
  const before = inClause.filter((t) => t.end <= trigger.start).reverse();
  let passive = false;
  for (const [i, t] of before.entries()) {
    if (lemma(t) === 'be') passive = true;
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
