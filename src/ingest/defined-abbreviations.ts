import { knownSourceNamed } from './known-source-index.js';

/**
 * Names a report defines by an abbreviation in brackets right after them: "United Nations
 * Mission for the Referendum in Western Sahara (MINURSO)". Only the whole run of capitalised and
 * linking words before the brackets is the name, its leading article dropped, so "Western Sahara"
 * is not "MINURSO"; a name of one word or an agency credited in brackets ("Kyiv, Ukraine (AP)")
 * defines nothing. Keys are the name squeezed (spaces folded, lower case).
 */
export function abbreviationsDefinedIn(text: string): ReadonlyMap<string, string> {
  if (text !== last.text) {
    const found = new Map<string, string>();
    for (const m of text.matchAll(DEFINITION)) {
      const name = squeezeName(m[1] ?? '').replace(LEADING_LINKS, '');
      // "KYIV, Ukraine (AP) —" credits an agency after a dateline's place: no definition.
      const credit = knownSourceNamed(m[2] ?? '')?.kind;
      if (credit === 'news_agency' || credit === 'outlet' || !name.includes(' ')) continue;
      if (!abbreviates(m[1] ?? '', m[2] ?? '')) continue;
      // A name defined two ways is left to neither: one source, one name, or no guess.
      if (found.has(name) && found.get(name) !== m[2]) found.set(name, '');
      else found.set(name, m[2] ?? '');
    }
    last = { text, found };
  }
  return last.found;
}

/**
 * Whether the letters in brackets can abbreviate the name: more than half of them are initials
 * of its capitalised words. "Ministry of Defence (UK)" and "State Department (US)" give a
 * country, not the body's abbreviation; "United Nations Mission for the Referendum in Western
 * Sahara (MINURSO)", abbreviated from the mission's French name, still shares five of seven.
 */
export function abbreviates(name: string, abbreviation: string): boolean {
  const initials = new Set(
    name
      .split(/[\s-]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]),
  );
  const letters = [...abbreviation].filter((ch) => /\p{Lu}/u.test(ch));
  const shared = letters.filter((l) => initials.has(l)).length;
  return letters.length >= 2 && shared * 2 > letters.length;
}

/**
 * Whether an abbreviation spells out the name: its letters are initials of the name's
 * capitalised words in their order, for more than half of those words ("ECMM" for "European
 * Community Monitor Mission", "OCHA" for "United Nations Office for the Coordination of
 * Humanitarian Affairs"). Stricter than `abbreviates`: another body's letters sharing a few
 * initials ("UNHCR" under "United Nations Children's Fund") spell out nothing.
 */
export function spellsOut(name: string, abbreviation: string): boolean {
  const initials = name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '');
  const letters = [...abbreviation].filter((ch) => /\p{Lu}/u.test(ch));
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at += 1;
  return letters.length >= 2 && at === letters.length && letters.length * 2 > initials.length;
}

/** A name as `abbreviationsDefinedIn` keys it. */
export const squeezeName = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an) /, '');

// The last text's definitions: a report's names are looked up many times over.
let last: { text: string; found: ReadonlyMap<string, string> } = { text: '', found: new Map() };
/** Words a body's name may hold between its capitalised words. */
const LINKING = 'of|the|for|in|on|and|to';
const DEFINITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])((?:(?:\p{Lu}[\p{L}'’.&-]*|${LINKING}) )+)\((\p{Lu}[\p{Lu}\p{N}&./-]{1,11})\)`,
  'gu',
);
const LEADING_LINKS = new RegExp(`^(?:(?:${LINKING}) )+`, 'u');
