import { munkres } from 'munkres';
import { Temporal } from 'temporal-polyfill';
import { occurrenceOf, originOf, polarityOf } from '../core/evidence/claim.js';
import type { Occurrence, Polarity } from '../core/evidence/claim.js';
import type { Place } from '../core/evidence/place.js';
import { roleOfQuantity } from '../core/quantity/quantity-role.js';
import { abbreviates, abbreviationsDefinedIn, squeezeName } from './defined-abbreviations.js';
import { foldName } from '../core/text/fold-name.js';
import type { CorpusGold as GoldReport, GoldClaim } from './corpus-gold.js';
import type { ExtractedClaim } from './event-claims.js';
import type { ExtractResult } from './extract.js';
import { lookupPlace } from './gazetteer.js';
import { knownSourceNamed } from './known-source-index.js';
import { ISSUER_STATE_FORM } from './tables/bylines.js';

/** The gold of a report and of one of its claims: the corpus format's one schema. */
export { CorpusGold as GoldReport, GoldClaim } from './corpus-gold.js';

/** What is scored on matched claims, and on the report as a whole. */
export const ASPECTS = [
  'type',
  'modality',
  'polarity',
  'occurrence',
  'time',
  'place',
  'country',
  'counts',
  'count role',
  'origin',
  'publisher',
  'wire',
  'furniture',
] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface ReportScore {
  readonly name: string;
  /** Gold claims matched, gold claims missed, extracted claims matching no gold. */
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  /** [correct, scored] per aspect. */
  readonly aspects: Readonly<Record<Aspect, readonly [number, number]>>;
  /** One line per miss, extra or wrong aspect, for `--verbose`. */
  readonly notes: readonly string[];
}

/** The polarity a gold claim wants: its own, else read from its modality as a claim's is. */
export const goldPolarity = (g: GoldClaim): Polarity => polarityOf(g);
/** The occurrence a gold claim wants: its own, else read from its modality. */
export const goldOccurrence = (g: GoldClaim): Occurrence => occurrenceOf(g);

/** Places carry no country yet where the gazetteer gave none: scored as missing. */
const countryOf = (p: Place | null): string | null =>
  p !== null && 'country' in p && typeof p.country === 'string' ? p.country : null;

/**
 * Scores one report: claims paired by `matchClaims`, the type scored as one more aspect.
 * `received`: the report as received, to tell whether it shows the gold's publisher at all and
 * which names its heading defines by an abbreviation.
 */
export function scoreReport(
  name: string,
  gold: GoldReport,
  result: ExtractResult,
  received: string | null = null,
): ReportScore {
  const text = result.document.cleanText;
  const aspects = Object.fromEntries(ASPECTS.map((a) => [a, [0, 0]])) as Record<
    Aspect,
    [number, number]
  >;
  const notes: string[] = [];
  const score = (aspect: Aspect, ok: boolean, note: () => string): void => {
    aspects[aspect][1] += 1;
    if (ok) aspects[aspect][0] += 1;
    else notes.push(`${name}: wrong ${aspect}: ${note()}`);
  };

  const matches = matchClaims(gold, result, received);
  const parties = gold.agreement?.parties ?? [];
  const used = new Set(matches.flatMap((m) => (m.claim === null ? [] : [m.claim])));
  let tp = 0;
  let fn = 0;
  for (const { gold: g, claim, anchored } of matches) {
    if (!anchored) {
      fn += 1;
      notes.push(`${name}: anchor not in the clean text: “${g.anchor}”`);
      continue;
    }
    const c = claim === null ? undefined : result.claims[claim];
    if (c === undefined) {
      fn += 1;
      notes.push(`${name}: missed ${g.type} [${g.modality}] “${g.anchor}”`);
      continue;
    }
    tp += 1;
    const label = `${g.type} “${g.anchor}”`;
    score('type', c.type === g.type, () => `${label}: read as ${c.type}`);
    score('modality', c.modality === g.modality, () => `${label}: read as ${c.modality}`);
    if (g.polarity !== undefined) {
      score('polarity', polarityOf(c) === g.polarity, () => `${label}: read as ${polarityOf(c)}`);
    }
    if (g.occurrence !== undefined) {
      score(
        'occurrence',
        occurrenceOf(c) === g.occurrence,
        () => `${label}: read as ${occurrenceOf(c)}`,
      );
    }
    if (g.when !== undefined) {
      score(
        'time',
        sameDays(c, g.when, gold.timeZone),
        () => `${label}: ${c.when.earliest ?? '…'} – ${c.when.latest ?? '…'} (${c.when.label})`,
      );
    }
    if (g.where !== undefined) {
      score(
        'place',
        samePlace(c, g.where),
        () => `${label}: ${c.where?.name ?? 'none'} (wanted ${g.where ?? 'none'})`,
      );
    }
    if (g.country !== undefined && g.country !== null) {
      const country = countryOf(c.where);
      score('country', country === g.country, () => `${label}: ${country ?? 'none'}`);
    }
    for (const q of g.counts ?? []) {
      const found = c.quantities.find(
        (p) => p.unit === q.unit && p.min === q.min && p.max === q.max,
      );
      score('counts', found !== undefined, () => `${label}: ${JSON.stringify(c.quantities)}`);
      if (q.role !== undefined && found !== undefined) {
        score(
          'count role',
          roleOfQuantity(found) === q.role,
          () => `${label}: ${roleOfQuantity(found) ?? 'none'}`,
        );
      }
    }
    if (g.origin !== undefined) {
      score(
        'origin',
        sameSource(originOf(c).name, g.origin, parties, received ?? text),
        () => `${label}: ${c.attribution.map((l) => l.name).join(' → ')} (wanted ${g.origin})`,
      );
    }
  }
  result.claims.forEach((c, i) => {
    if (!used.has(i))
      notes.push(`${name}: extra ${c.type} [${c.modality}] “${c.text.slice(0, 70)}”`);
  });

  if (gold.byline !== undefined && gold.byline !== null) {
    const { publisher, wire } = gold.byline;
    if (publisher !== null && (received === null || showsPublisher(gold, publisher, received))) {
      score(
        'publisher',
        sameSource(result.document.publisher, publisher),
        () => `${publisher}: read as ${result.document.publisher}`,
      );
    }
    const found = result.document.wire;
    score(
      'wire',
      wire === null ? found === null : found !== null && sameSource(found, wire),
      () => `${wire ?? 'none'}: read as ${found ?? 'none'}`,
    );
  }
  const clean = squeeze(text);
  for (const f of gold.furniture ?? []) {
    const piece = squeeze(f);
    const gone = !clean.includes(piece);
    const listed = result.document.removed.some((r) => squeeze(r).includes(piece));
    score('furniture', gone && listed, () => `“${f}”: ${gone ? 'not listed' : 'left in'}`);
  }
  return { name, tp, fn, fp: result.claims.length - used.size, aspects, notes };
}

/**
 * Does the report show its publisher, given or in its own words, by any of its names? A gold
 * publisher the text never names ("Steppe Wire" over a Reuters story) cannot be read, and is not
 * scored: the byline is what "the text itself shows". Shown: every word of one of its names is a
 * word of the report ("Ministry of Defence of the Republic of Azerbaijan" shows "Ministry of
 * Defence of Azerbaijan").
 */
export function showsPublisher(gold: GoldReport, publisher: string, received: string): boolean {
  if (gold.publisher !== null) return true;
  const wordsOf = (s: string): string[] =>
    foldName(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !LINKING_WORDS.has(w));
  const text = new Set(wordsOf(received));
  const known = knownSourceNamed(publisher);
  const names = known === undefined ? [publisher] : [publisher, known.name, ...known.aliases];
  return names.some((n) => wordsOf(n).every((w) => text.has(w)));
}

const LINKING_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'for']);

/** Each gold claim with the index of the extracted claim it matches, if any. */
export interface ClaimMatch {
  readonly gold: GoldClaim;
  readonly claim: number | null;
  /** False when the gold anchor is not in the clean text at all. */
  readonly anchored: boolean;
}

/**
 * Pairs gold claims with extracted ones: an extracted claim whose span overlaps the gold
 * anchor, whatever its type; where several do, one of the gold type wins, then one of the gold
 * modality, then one of the gold origin. Each extracted claim matches one gold claim at most.
 *
 * The pairs are chosen over the whole report at once (an optimal assignment): as many gold
 * claims matched as can be, then as many of them of their own type, then modality, then origin.
 * Taken one gold claim at a time, an earlier gold claim could take the only claim of a later
 * one's type while a claim of its own type was there for neither. Where assignments tie, the
 * one-at-a-time pairing is kept. `received`, where given, defines names as `sameSource` reads them.
 */
export function matchClaims(
  gold: GoldReport,
  result: ExtractResult,
  received: string | null = null,
): ClaimMatch[] {
  const lower = result.document.cleanText.toLowerCase();
  const parties = gold.agreement?.parties ?? [];
  const anchors = gold.claims.map((g) => anchorIn(lower, g));
  const candidates = anchors.map((at) =>
    at === null
      ? []
      : result.claims.flatMap((c, i) => (c.span !== null && overlaps(c.span, at) ? [i] : [])),
  );
  // Names as the report defines them, its heading included ("… (MINURSO)" over a report).
  const text = received ?? result.document.cleanText;
  const inOrder = matchOneAtATime(gold.claims, candidates, result.claims, parties, text);
  const chosen = new Map<number, number>();
  if (candidates.some((c) => c.length > 0)) {
    // Each step of the order outweighs every lower step summed over the report.
    const base = Math.max(gold.claims.length, result.claims.length) + 1;
    const weight = (g: number, i: number): number => {
      const pref = preference(gold.claims[g]!, result.claims[i]!, parties, text);
      return (
        base ** 4 +
        (pref >= 4 ? base ** 3 : 0) +
        (pref % 4 >= 2 ? base ** 2 : 0) +
        (pref % 2 === 1 ? base : 0) +
        (inOrder[g] === i ? 1 : 0)
      );
    };
    const cost = gold.claims.map((_, g) =>
      result.claims.map((_, i) => (candidates[g]!.includes(i) ? -weight(g, i) : 0)),
    );
    for (const [g, i] of munkres(cost)) if (candidates[g]!.includes(i)) chosen.set(g, i);
  }
  return gold.claims.map((g, k) =>
    anchors[k] === null
      ? { gold: g, claim: null, anchored: false }
      : { gold: g, claim: chosen.get(k) ?? null, anchored: true },
  );
}

/** The pairing the documented rule gives taken one gold claim at a time, in the gold's order. */
function matchOneAtATime(
  golds: readonly GoldClaim[],
  candidates: readonly (readonly number[])[],
  claims: readonly ExtractedClaim[],
  parties: Parties,
  text: string,
): (number | null)[] {
  const used = new Set<number>();
  return golds.map((g, k) => {
    const best = candidates[k]!.filter((i) => !used.has(i)).sort(
      (a, b) => preference(g, claims[b]!, parties, text) - preference(g, claims[a]!, parties, text),
    )[0];
    if (best === undefined) return null;
    used.add(best);
    return best;
  });
}

/** Totals over a split: micro P/R/F1 over all claims, and macro F1 as the mean over reports. */
export interface SplitSummary {
  readonly reports: number;
  readonly gold: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Mean of per-report F1 over reports with a gold or an extracted claim. */
  readonly macroF1: number;
  readonly aspects: Readonly<Record<Aspect, readonly [number, number]>>;
}

export function summariseScores(scores: readonly ReportScore[]): SplitSummary {
  const sum = (f: (s: ReportScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.tp);
  const fp = sum((s) => s.fp);
  const fn = sum((s) => s.fn);
  const perReport = scores.filter((s) => s.tp + s.fp + s.fn > 0).map((s) => f1(s.tp, s.fp, s.fn));
  const aspects = Object.fromEntries(
    ASPECTS.map((a) => [a, [sum((s) => s.aspects[a][0]), sum((s) => s.aspects[a][1])]]),
  ) as Record<Aspect, [number, number]>;
  return {
    reports: scores.length,
    gold: tp + fn,
    found: tp + fp,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    f1: f1(tp, fp, fn),
    macroF1: perReport.reduce((a, b) => a + b, 0) / perReport.length,
    aspects,
  };
}

const f1 = (tp: number, fp: number, fn: number): number =>
  tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);

/** [start, end) of a gold claim's anchor in the lowercased clean text; null when absent. */
export const anchorIn = (lower: string, g: GoldClaim): readonly [number, number] | null =>
  findAnchor(lower, g.anchor.toLowerCase());

/** [start, end) of the anchor in the text, spaces compared loosely; null when absent. */
export function findAnchor(text: string, anchor: string): readonly [number, number] | null {
  const exact = text.indexOf(anchor);
  if (exact >= 0) return [exact, exact + anchor.length];
  const loose = new RegExp(
    anchor
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  ).exec(text);
  return loose === null ? null : [loose.index, loose.index + loose[0].length];
}

export const overlaps = (span: readonly [number, number], at: readonly [number, number]): boolean =>
  span[0] < at[1] && at[0] < span[1];

const preference = (g: GoldClaim, c: ExtractedClaim, parties: Parties, text: string): number =>
  (c.type === g.type ? 4 : 0) +
  (c.modality === g.modality ? 2 : 0) +
  (g.origin !== undefined && sameSource(originOf(c).name, g.origin, parties, text) ? 1 : 0);

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function localDay(iso: string, zone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** Gold null: no date can be given, so the claim must have no earliest moment. */
function sameDays(
  c: ExtractedClaim,
  when: readonly [string, string] | null,
  zone: string,
): boolean {
  if (when === null) return c.when.earliest === null;
  if (c.when.earliest === null || c.when.latest === null) return false;
  return localDay(c.when.earliest, zone) === when[0] && localDay(c.when.latest, zone) === when[1];
}

const samePlace = (c: ExtractedClaim, where: string | null): boolean => isGoldPlace(c.where, where);

/** Does the scorer count `place` as the gold's `where` (null: no place)? */
export function isGoldPlace(place: Place | null, where: string | null): boolean {
  if (where === null || place === null) return where === null && place === null;
  return foldName(place.name) === foldName(lookupPlace(where)?.name ?? where);
}

type Parties = NonNullable<GoldReport['agreement']>['parties'];

/**
 * Names compared as one source: canonical names of known sources, articles dropped, and any
 * name of one of the report's parties (its id or an alias the agreement gives) as that party.
 * A known source is its party by any of its names: "IDF" is the party whose alias is "Israeli
 * military", as "Israeli military" itself is. A name the report's raw `text` defines by an
 * abbreviation in brackets is that abbreviation ("United Nations Mission for the Referendum in
 * Western Sahara (MINURSO)").
 */
export function sameSource(a: string, b: string, parties: Parties = [], text = ''): boolean {
  if (definedAs(a, b, text) || definedAs(b, a, text)) return true;
  // A name written with its own abbreviation ("The State Administration Council (SAC)") is either.
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const own = OWN_ABBREVIATION.exec(x);
    if (
      own !== null &&
      abbreviates(own[1] ?? '', own[2] ?? '') &&
      (sameSource(own[1] ?? '', y, parties, text) || sameSource(own[2] ?? '', y, parties, text))
    )
      return true;
  }
  const partyOf = (s: string): string | undefined =>
    parties.find((p) => [p.id, ...p.aliases].some((n) => bare(n) === bare(s)))?.id;
  const canonical = (s: string): string => {
    const known = knownSourceNamed(s);
    const names = known === undefined ? [s] : [s, known.name, ...known.aliases];
    return names.map(partyOf).find((id) => id !== undefined) ?? bare(known?.name ?? s);
  };
  if (canonical(a) === canonical(b) || sameSurname(a, b) || sameSurname(b, a)) return true;
  const [ha, hb] = [speaksFor(a), speaksFor(b)];
  if (ha.some((x) => hb.some((y) => (x !== a || y !== b) && canonical(x) === canonical(y))))
    return true;
  // "Benjamin Netanyahu's office" is "Netanyahu's office": the owner told by surname.
  const [pa, pb] = [POSSESSED.exec(a), POSSESSED.exec(b)];
  return (
    pa !== null &&
    pb !== null &&
    bare(pa[2] ?? '') === bare(pb[2] ?? '') &&
    (sameSurname(pa[1] ?? '', pb[1] ?? '') || sameSurname(pb[1] ?? '', pa[1] ?? ''))
  );
}

/**
 * Whether the text writes `abbreviation` in brackets right after the whole of `name`, defining
 * one by the other: only that, so "United Nations" is not "MINURSO" where the text defines
 * "United Nations Mission for the Referendum in Western Sahara (MINURSO)".
 */
function definedAs(name: string, abbreviation: string, text: string): boolean {
  const defined = abbreviationsDefinedIn(text).get(squeezeName(name));
  return defined !== undefined && defined !== '' && defined === abbreviation;
}

const OWN_ABBREVIATION = /^(.*\S)\s*\((\p{Lu}[\p{Lu}\p{N}&./-]{1,11})\)$/u;
// "Government of the Republic of Mali" is "Government of Mali": the state's long form names the
// same state, as the issuer's reader already takes it (`ISSUER_STATE_FORM`).
const stateForm = new RegExp(ISSUER_STATE_FORM, 'gu');
const bare = (s: string): string => foldName(s.replace(stateForm, '')).replace(/^(the|a|an) /, '');
const POSSESSED = /^(.+?)(?:'s|’s) (.+)$/u;

/** A body's unnamed speaker ("the army's spokesman", "the IGAD Special Envoys"). */
const BODY_SPEAKER = 'spokes(?:man|woman|person)|special envoys?';
/** The speaker ending a name, after a word that may qualify him or name the body ("Arabic", "army"). */
const QUALIFIED_SPEAKER_AT_END = new RegExp(
  `(?:'s|’s)?\\s+(?:[\\p{L}-]+\\s+)?(?:${BODY_SPEAKER})$`,
  'iu',
);
/** The speaker ending a name, with no such word. */
const SPEAKER_AT_END = new RegExp(`(?:'s|’s)?\\s+(?:${BODY_SPEAKER})$`, 'iu');

/**
 * Who a speaker speaks for, by the corpus's convention (test/corpus/README.md): an office for
 * its holder ("Office of the President of Ukraine" is "President of Ukraine"), and a body's
 * unnamed spokesperson or envoys for the body ("the army's Arabic spokesman" is the army,
 * "the IGAD Special Envoys" IGAD, "a spokesman for the rebel alliance" the alliance). The word
 * before "spokesman" may qualify him ("Arabic") or name the body ("An army spokesman"), so
 * each reading is given, its article dropped. A name left with no word of its own is kept as it
 * was.
 */
function speaksFor(name: string): readonly string[] {
  const office = name
    .replace(/^(?:the )?office of (?:the )?/iu, '')
    .replace(/^(?:an? |the )?(?:[\p{L}-]+ )?spokes(?:man|woman|person) (?:for|of) /iu, '');
  const holders = [QUALIFIED_SPEAKER_AT_END, SPEAKER_AT_END]
    .map((speaker) => office.replace(speaker, '').replace(/^(?:the|a|an)\b\s*/iu, ''))
    .filter((h) => /\p{L}/u.test(h));
  return holders.length === 0 ? [name] : [...new Set(holders)];
}

/**
 * Words that make a name a body's, whose last word or words ("Forces", "General Staff") name no
 * one: "General Staff" is no surname of the "Turkish General Staff".
 */
const BODY_WORDS =
  /\b(?:army|forces|ministry|council|office|agency|bureau|government|front|movement|group|committee|mission|command|police|media|alliance|partners|staff|guards?|corps|brigades?|division|service|authority|administration|directorate|department|headquarters|party|league|union|congress|assembly|delegation)\b/i;

/**
 * A person told by surname is the person of that full name: "Trump" is "Donald Trump", and a
 * surname of two words is one too ("Martinez Campos" is "Arsenio Martinez Campos").
 */
function sameSurname(short: string, full: string): boolean {
  const words = full.trim().split(/\s+/);
  const surname = short.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || BODY_WORDS.test(full)) return false;
  if (surname.length > 2 || surname.length >= words.length) return false;
  // Names in title case only: "Outlook UNMISS" is a section label glued to a body's acronym.
  const titleCase = /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u;
  if (![...words, ...surname].every((w) => titleCase.test(w))) return false;
  return words.slice(-surname.length).every((w, i) => foldName(w) === foldName(surname[i] ?? ''));
}
