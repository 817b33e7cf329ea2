import { lookupPlace } from './gazetteer.js';
import { knownSourceNamed } from './known-source-index.js';
import {
  ISSUER_KIND_LINE,
  OUTLET_COPYRIGHT,
  OUTLET_NAME,
  OUTLET_ORIGINAL,
  OUTLET_TEAM,
  OUTLET_TRANSLATED,
  PIECE_LABELS,
  PRESS_TITLE_WORDS,
} from './tables/bylines.js';

/** How many of a report's first lines may be its heading: headline, byline, date, label. */
const HEADING_LINES = 6;
/** A sentence of this many words is the body's first paragraph: the heading has ended. */
const BODY_WORDS = 14;
/** How many of a report's last lines may hold its copyright line. */
const FOOTER_LINES = 4;

const name = new RegExp(`^${OUTLET_NAME}$`, 'u');
const team = new RegExp(OUTLET_TEAM, 'u');
const copyright = new RegExp(OUTLET_COPYRIGHT, 'u');
const original = new RegExp(OUTLET_ORIGINAL, 'u');
const translated = new RegExp(OUTLET_TRANSLATED, 'u');
const label = new RegExp(
  `^(?:${PIECE_LABELS}|Live(?: updates| blog| coverage)?|LIVE|Breaking)$`,
  'u',
);
const byPerson = /^By\s/u;
const kindOfPaper = new RegExp(ISSUER_KIND_LINE, 'iu');
/**
 * A field that dates or times the report: a weekday, a month, a year, a clock time, a zone. Each
 * word whole, so that "Kivu Monitor" or "Marsh Review" is not read as a date.
 */
const dated =
  /\b(?:\d{1,2}[:.]\d{2}|\d{4}|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|GMT|UTC|updated|[Tt]imes? (?:are|in))(?!\p{L})/u;

/**
 * The news outlet a report's own heading or footer names, when no byline pattern did: the
 * field of a heading line ("By Dawit Mengistu | Horn Policy Notes | 20 August 2023", "The
 * Coastal Desk | Live | Sunday 19 January 2025") that is neither a date, a label, a person nor a
 * place; a team's credit ("Posted by the Mediterranean Times live team", "By Irrawaddy Monitor
 * staff"); a translator's note naming the paper ("Original published by Al-Furat Daily,
 * Damascus"); a copyright line. Null when no line names one, or a heading line names two: it
 * declines to guess rather than take a section for the outlet.
 */
export function findOutlet(lines: string): string | null {
  const all = lines
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // A translator's note may be a long line, so it is looked for in the first lines whatever
  // their length.
  for (const line of all.slice(0, HEADING_LINES)) {
    const paper = original.exec(line)?.[1] ?? translated.exec(line)?.[1];
    if (paper !== undefined) return paper;
  }
  const heading = headingOf(all);
  for (const line of heading) {
    const credited = team.exec(line)?.[1];
    if (credited !== undefined) return credited;
  }
  for (const line of heading) {
    const outlet = outletOfFields(line);
    if (outlet !== null) return outlet;
  }
  for (const k of heading.keys()) {
    const outlet = mastheadAt(heading, k) ?? mastheadAboveByline(heading, k);
    if (outlet !== null) return outlet;
  }
  for (const line of all.slice(-FOOTER_LINES)) {
    // A name's word may end in a full stop ("Daily. All rights reserved."), which is no part of it.
    const owner = copyright.exec(line)?.[1];
    if (owner !== undefined) return owner.replace(/\.$/u, '');
  }
  return null;
}

/** A name without the team it credits: "Mideast Now live desk" → "Mideast Now". */
export const withoutTeam = (name: string): string => team.exec(name)?.[1] ?? name;

/** The lines before the body's first paragraph, among the first few. */
function headingOf(lines: readonly string[]): string[] {
  const heading: string[] = [];
  for (const line of lines.slice(0, HEADING_LINES)) {
    const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    if (words >= BODY_WORDS && /[.!?"”]$/u.test(line)) break;
    heading.push(line);
  }
  return heading;
}

/**
 * The one field of a line split by "|" or "·" that names an outlet. A field of comma parts
 * ("Gulf & Iran Desk, The Meridian Review") gives its last name that is no place: a desk is
 * named before the outlet it belongs to.
 */
function outletOfFields(line: string): string | null {
  const fields = line.split(/\s[|·]\s/u).map((f) => f.trim());
  if (fields.length < 2) return null;
  const names = fields
    .filter((f) => !dated.test(f) && !label.test(f) && !byPerson.test(f))
    .map((f) => lastName(f))
    .filter((f): f is string => f !== null);
  return names.length === 1 ? names[0]! : null;
}

/** The most words a masthead's name has. */
const MASTHEAD_WORDS = 4;
/** The most words a line that dates the report has ("Thursday 12 June 2008, last updated 23:10"). */
const DATE_LINE_WORDS = 10;
const nameAlone = new RegExp(`^(${OUTLET_NAME})(?: live)?$`, 'u');
const nameAndLabel = new RegExp(`^(${OUTLET_NAME})\\s+[-–—|]\\s+(?:${PIECE_LABELS}|Live)$`, 'u');

/**
 * A masthead at heading line `k`: an outlet's name with a label ("Revista Istmo - Opinion"), or
 * alone ("Andean Times", "Kyiv Ledger live") above a label or the report's date. A name alone on
 * the first line above a date is taken for a headline in title case, not a masthead.
 */
function mastheadAt(heading: readonly string[], k: number): string | null {
  const line = heading[k]!;
  const labelled = nameAndLabel.exec(line)?.[1];
  if (labelled !== undefined) return mastheadName(labelled);
  const alone = nameAlone.exec(line)?.[1];
  const next = heading[k + 1];
  if (alone === undefined || next === undefined) return null;
  const aboveDate = k > 0 && dated.test(next) && next.split(/\s+/u).length <= DATE_LINE_WORDS;
  return label.test(next) || aboveDate ? mastheadName(alone) : null;
}

const pressTitle = new RegExp(`(?:^|\\s)(?:${PRESS_TITLE_WORDS.join('|')})$`, 'iu');

/**
 * A masthead at heading line `k` above the byline ("The Kelm Herald" or "BBC News" over "By
 * Tomas Verhaal"): a name alone that is a known outlet or ends on a word papers are named by. A
 * commentary's headline stands there too ("THE PEACE OF VILLAFRANCA"), so a name alone is not
 * enough: its author would be taken for a guest of the paper it headlines.
 */
function mastheadAboveByline(heading: readonly string[], k: number): string | null {
  const alone = nameAlone.exec(heading[k]!)?.[1];
  if (alone === undefined || !heading.slice(k + 1).some((l) => byPerson.test(l))) return null;
  const press = knownSourceNamed(alone)?.kind === 'outlet' || pressTitle.test(alone);
  return press ? mastheadName(alone) : null;
}

/** A masthead's name: an outlet's name of a few words, as a line alone has no other field. */
const mastheadName = (candidate: string): string | null =>
  candidate.split(' ').length <= MASTHEAD_WORDS && mayNameOutlet(candidate) ? candidate : null;

/** Whether words may name an outlet: a name, no place, and not the kind of paper ("COMMUNIQUE"). */
const mayNameOutlet = (words: string): boolean =>
  name.test(words) && !kindOfPaper.test(words) && lookupPlace(words) === null;

function lastName(field: string): string | null {
  return field.split(/,\s*/u).filter(mayNameOutlet).at(-1) ?? null;
}
