import type { Quantity } from '../core/quantity/quantity.js';
import { quantityOf } from '../core/quantity/quantity.js';
import { ROLE_OF_UNIT } from '../core/quantity/quantity-role.js';
import type { QuantityRole } from '../core/quantity/quantity-role.js';
import { unitKey } from '../core/quantity/unit-key.js';
import { compileAlternatives, compilePattern } from './compile-pattern.js';
import { foldName } from '../core/text/fold-name.js';
import { readNumber } from './read-number.js';
import {
  CASUALTY_WORDS,
  COUNTED_NOUNS,
  NUMBER_WORDS,
  QUALIFIERS,
  SINGLE_UNITS,
  VAGUE_COUNTS,
} from './tables/quantities.js';

/** A count found in a sentence, with the categories of persons its noun names. */
export interface QuantityMention {
  /** [start, end) into the text searched. */
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
  readonly categories: readonly string[];
}

const nounInfo = new Map<string, { unit: string; categories: readonly string[] }>();
for (const n of COUNTED_NOUNS) {
  for (const w of n.words)
    nounInfo.set(foldName(w), { unit: n.unit, categories: n.categories ?? [] });
}
const casualtyRole = new Map<string, QuantityRole>();
for (const c of CASUALTY_WORDS) for (const w of c.words) casualtyRole.set(foldName(w), c.role);
/** The unit a casualty figure without a noun of persons counts. */
const PERSONS = 'persons';

const numberWords = Object.keys(NUMBER_WORDS)
  .filter((w) => !w.includes(' '))
  .sort((a, b) => b.length - a.length);
const NUMBER = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?: (?:hundred|thousand|million))?|(?:${numberWords.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))?|${Object.keys(VAGUE_COUNTS).join('|')})`;
const QUALIFIER = `(?:(${QUALIFIERS.map((q) => q.pattern).join('|')}) )?`;
const NOUN = `((?:${[...nounInfo.keys()].sort((a, b) => b.length - a.length).join('|')}))`;
/**
 * Letters of the Latin, Greek, Cyrillic, Hebrew and Arabic scripts, spelt out rather than as
 * \p{L}: without the `u` flag V8 matches this pattern about three times faster.
 */
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u06FF\\u1E00-\\u1EFF';
/**
 * qualifier, figure, "more", up to three words that are not themselves a figure ("three
 * strikes killed nine people" is two counts), counted noun (optionally "and" another).
 */
const quantityPattern = compilePattern(
  `\\b${QUALIFIER}${NUMBER}(?: (more|other|additional|further))?(?: of)?(?:(?: (?!(?:${numberWords.join('|')})\\b)[${LETTER}’'-]+){0,3}? ${NOUN}(?: and ${NOUN})?)?\\b`,
);
const casualtyWord = compileAlternatives(CASUALTY_WORDS.flatMap((c) => c.words));
/**
 * "two terrorists were killed": a noun, perhaps an auxiliary, then the casualty word; not one
 * after "and" ("killed three and wounded 12": the three were killed).
 */
const passiveCasualty = new RegExp(
  `^\\s+(?:(?!(?:and|or|but)\\b)[\\w-]+\\s+)?(?:(?:were|was|have been|had been|are|got)\\s+)?(${CASUALTY_WORDS.flatMap((c) => c.words).join('|')})\\b`,
  'iu',
);
const qualifierOf = new Map(
  QUALIFIERS.flatMap((q) => q.pattern.split('|').map((p) => [p, q.qualifier] as const)),
);
const CASUALTY_REACH = 30;

interface Counted {
  readonly unit: string;
  readonly role: QuantityRole | undefined;
}

/**
 * What a figure counts: persons with a role after a casualty word ("killed three people"),
 * else its noun's unit ("three strikes killed nine" keeps its three strikes), else, for "six
 * more", what the figure before it counted.
 */
function countedBy(
  noun: { readonly unit: string } | undefined,
  casualty: QuantityRole | null,
  more: boolean,
  last: Counted | null,
): Counted | null {
  const ofPersons = noun === undefined || ROLE_OF_UNIT[unitKey(noun.unit)] === 'persons';
  if (casualty !== null && ofPersons) return { unit: noun?.unit ?? PERSONS, role: casualty };
  if (noun !== undefined) return { unit: noun.unit, role: undefined };
  return more ? last : null;
}

/** Reads the counts of a sentence: "over 400 targets", "three people killed", "six more". */
export function readQuantities(sentence: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  let last: Counted | null = null;
  for (const m of sentence.matchAll(quantityPattern)) {
    const [text, qualifierText, figureText, more, noun, secondNoun] = m;
    if (figureText === undefined) continue;
    const start = m.index;
    const end = start + text.length;
    const vague = VAGUE_COUNTS[figureText.toLowerCase()];
    const figure = vague?.min ?? readNumber(figureText);
    if (figure === null) continue;
    const info =
      noun === undefined ? undefined : nounInfo.get(noun.toLowerCase().replace(/\s+/g, ' '));
    const second =
      secondNoun === undefined
        ? undefined
        : nounInfo.get(secondNoun.toLowerCase().replace(/\s+/g, ' '));
    const casualty = casualtyNear(sentence, start, end);
    const single = /^an?$/i.test(figureText);
    const counted = countedBy(info, casualty, more !== undefined, last);
    if (counted === null) continue;
    if (single && (info === undefined || !SINGLE_UNITS.includes(info.unit) || casualty !== null))
      continue;
    if (/^\d{4}$/.test(figureText) && info === undefined) continue; // a year, not a count
    const qualifier =
      vague?.qualifier ??
      qualifierOf.get(qualifierText?.toLowerCase().replace(/\s+/g, ' ') ?? '') ??
      'exact';
    last = counted;
    const quantity = quantityOf(figure, qualifier, counted.unit);
    out.push({
      start,
      end,
      quantity: counted.role === undefined ? quantity : { ...quantity, role: counted.role },
      categories: [...(info?.categories ?? []), ...(second?.categories ?? [])],
    });
  }
  return out;
}

/** "killed three people", "three people were killed": the count is of casualties. */
function casualtyNear(sentence: string, start: number, end: number): QuantityRole | null {
  const before = sentence.slice(Math.max(0, start - CASUALTY_REACH), start);
  const after = sentence.slice(end, end + CASUALTY_REACH);
  const passive = passiveCasualty.exec(after)?.[1];
  if (passive !== undefined) return casualtyRole.get(foldName(passive)) ?? null;
  const lastBefore = [...before.matchAll(casualtyWord)].pop();
  if (lastBefore !== undefined && !/[,;.]/.test(before.slice(lastBefore.index))) {
    return casualtyRole.get(foldName(lastBefore[0])) ?? null;
  }
  return null;
}
