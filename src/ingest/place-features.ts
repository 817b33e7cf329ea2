import type { Place } from '../core/evidence/place.js';
import { foldName } from '../core/text/fold-name.js';
import { HOSTILE_EVENT_TYPES } from '../core/vocabulary/event-types.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import { countryPlace, isCapital } from './gazetteer.js';
import type { Located, PlaceMention } from './gazetteer.js';
import { AREA_WIDE_TYPES, VENUE_TYPES } from './tables/places.js';
import { wordsBetweenIn } from './words-between.js';
import type { WordsBetween } from './words-between.js';

/**
 * The places a claim may be placed in, each with the features the place ranker reads
 * (decision 0165): every place its sentence names, those told earlier in its paragraph, the
 * report's main place and area, its venue, the countries it names, and no place at all.
 */
export interface PlaceCandidate {
  readonly place: Place | null;
  readonly features: readonly string[];
  /** The place the hand-ordered rules (`placeOf`) give the claim: the ranker's tie goes to it. */
  readonly ruled: boolean;
}

/** A report's places by sentence, and the places it is about, as the rules read them. */
export interface PlacesBySentence {
  /** Place mentions by sentence (the located ones, as `placeOf` reads them). */
  readonly places: readonly (readonly PlaceMention[])[];
  /** Towns naming talks or agreements ("the Jeddah talks"), by sentence. */
  readonly venues: readonly (readonly PlaceMention[])[];
  /** Each sentence's paragraph (block), by sentence index. */
  readonly blockOf: readonly number[];
  /** The place the report is about, for a claim that names none near it. */
  readonly mainPlace: Place | null;
  /** The area (region or country) the report names most, for a truce whose sentence names none. */
  readonly mainArea: Place | null;
  /** Where the report's talks were held ("talks in Doha"), for talks whose sentence names none. */
  readonly venue: Place | null;
}

/** What the report says of its places, read once for all its claims. */
export interface ReportPlaces extends PlacesBySentence {
  readonly text: string;
  /** How often each place (by folded name) is named, placed or not, and placed as an act's. */
  readonly named: ReadonlyMap<string, number>;
  readonly placed: ReadonlyMap<string, number>;
  /** Places its headline and its first paragraph name, by folded name. */
  readonly headline: ReadonlySet<string>;
  readonly lead: ReadonlySet<string>;
  /** The country it places most in, and each country it names or its places lie in. */
  readonly mainCountry: string | undefined;
  readonly countries: readonly Place[];
  /** Every place the report names, once each, in the order first named. */
  readonly everyPlace: readonly Place[];
  /** By folded name, the sentences that name each place, placed or not, in order. */
  readonly toldIn: ReadonlyMap<string, readonly number[]>;
}

/** What the ranker needs of a claim: where its trigger and clause are, and its type. */
export interface PlaceQuestion {
  readonly sentence: number;
  readonly clause: { readonly start: number; readonly end: number };
  readonly trigger: { readonly start: number; readonly end: number };
  readonly type: EventType;
  /** The rules' choice. */
  readonly ruled: Place | null;
  /** The triggers of every act its sentence may tell, its own among them. */
  readonly acts: readonly { readonly start: number; readonly end: number }[];
}

/** Each place's folded name, folded once: every claim of a report asks it of every place. */
const keys = new WeakMap<Place, string>();
function key(p: Place): string {
  let k = keys.get(p);
  if (k === undefined) keys.set(p, (k = foldName(p.name)));
  return k;
}

/**
 * The country the report places most in, any grain (the first of equals), where no one sits and
 * no delegations met.
 */
export function mostNamedCountry(places: readonly PlaceMention[]): string | undefined {
  const tally = new Map<string, number>();
  for (const { place, seat, venue } of places)
    if (place.country !== undefined && seat !== true && venue !== true)
      tally.set(place.country, (tally.get(place.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [country, n] of tally) if (best === undefined || n > tally.get(best)!) best = country;
  return best;
}

/** By folded name, the sentences naming each place, each once, in order. */
function sentencesNaming(mentions: readonly PlaceMention[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of [...mentions].sort((a, b) => a.sentence - b.sentence)) {
    let told = out.get(key(m.place));
    if (told === undefined) out.set(key(m.place), (told = []));
    if (told[told.length - 1] !== m.sentence) told.push(m.sentence);
  }
  return out;
}

function tally(mentions: readonly PlaceMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) out.set(key(m.place), (out.get(key(m.place)) ?? 0) + 1);
  return out;
}

/**
 * The report's places, read once: counts, headline and lead, and the countries it touches. The
 * places, venues and paragraphs by sentence, and the main place, area and venue, are those the
 * rules read (extraction's sentence index), not gathered a second time.
 */
export function reportPlacesOf(located: Located, index: PlacesBySentence): ReportPlaces {
  const { blockOf } = index;
  const all = [...located.places, ...located.unplaced, ...located.venues];
  const firstBlock = blockOf[0];
  // The first paragraph after the headline; a report with one block has its lead as headline.
  const leadBlock = blockOf.find((b) => b !== firstBlock) ?? firstBlock;
  const inBlock = (b: number | undefined): Set<string> =>
    new Set(all.filter((m) => blockOf[m.sentence] === b).map((m) => key(m.place)));
  const mainCountry = mostNamedCountry(located.places);
  const codes = new Set(
    [index.mainPlace?.country, mainCountry, ...all.map((m) => m.place.country)].filter(
      (c): c is string => c !== undefined,
    ),
  );
  return {
    text: located.text,
    places: index.places,
    venues: index.venues,
    blockOf,
    mainPlace: index.mainPlace,
    mainArea: index.mainArea,
    venue: index.venue,
    named: tally(all),
    placed: tally(located.places.filter((p) => !p.asSubject && p.seat !== true)),
    headline: inBlock(firstBlock),
    lead: inBlock(leadBlock),
    mainCountry,
    countries: [...codes].flatMap((c) => countryPlace(c) ?? []),
    everyPlace: [
      ...new Map(
        [...all].sort((a, b) => a.start - b.start).map((m) => [key(m.place), m.place]),
      ).values(),
    ],
    toldIn: sentencesNaming(all),
  };
}

/**
 * A candidate's features but the last, the one that reads the claim's type, and the candidate
 * built from them for each type asked.
 */
interface AlikeCandidates {
  readonly untyped: readonly string[];
  readonly byType: Map<EventType, PlaceCandidate>;
}

/**
 * By report, its candidates by place and then by what else their features read (the source, the
 * features of its relation to the claim, the claim's kind and the rules' mark): the same objects
 * for every claim that asks for the same, so the ranker scores each once.
 */
const alikeByReport = new WeakMap<ReportPlaces, Map<Place | null, Map<string, AlikeCandidates>>>();

function alikeCandidates(report: ReportPlaces): Map<Place | null, Map<string, AlikeCandidates>> {
  let alike = alikeByReport.get(report);
  if (alike === undefined) alikeByReport.set(report, (alike = new Map()));
  return alike;
}

const hostile = new Set<EventType>(HOSTILE_EVENT_TYPES);
const areaWide = new Set<EventType>(AREA_WIDE_TYPES);
const venueTypes = new Set<EventType>(VENUE_TYPES);

/** By report, the counter of words between spans of its text, made once for all its claims. */
const wordCounters = new WeakMap<ReportPlaces, WordsBetween>();

function wordCounter(report: ReportPlaces): WordsBetween {
  let counter = wordCounters.get(report);
  if (counter === undefined) wordCounters.set(report, (counter = wordsBetweenIn(report.text)));
  return counter;
}

/** A count put in a few buckets, so that rare values share their weight. */
function bucket(n: number, edges: readonly number[]): string {
  const edge = edges.find((e) => n <= e);
  return edge === undefined ? `>${edges[edges.length - 1]}` : `<=${edge}`;
}

/**
 * The candidates of one claim, the rules' choice marked, each with its features. Each feature
 * is also read beside the claim's kind (area-wide, venue, hostile, other) and the candidate's
 * grain, which is where the rules' fixed order goes wrong: the grain a truce and a shelling want
 * differ.
 */
export function placeCandidates(report: ReportPlaces, q: PlaceQuestion): PlaceCandidate[] {
  const kind = areaWide.has(q.type)
    ? 'area-wide'
    : venueTypes.has(q.type)
      ? 'venue-type'
      : hostile.has(q.type)
        ? 'hostile'
        : 'other';
  const ruledKey = q.ruled === null ? null : key(q.ruled);
  const out: PlaceCandidate[] = [];
  const alike = alikeCandidates(report);
  const add = (place: Place | null, source: string, relation: readonly string[]): void => {
    // How far from the claim the report names the place: an act whose sentence names none is
    // told of the place named around it, not of one the report named pages before.
    const own = place === null ? relation : [...relation, toldAway(report, place, q.sentence)];
    const ruled = place === null ? q.ruled === null : key(place) === ruledKey;
    // A candidate's features read only the report, the place, the claim's type and what this key
    // holds: a claim that asks for the same gets the same candidate. No feature holds a line break.
    const alikeKey = `${source}\n${kind}\n${ruled}\n${own.join('\n')}`;
    let byKey = alike.get(place);
    if (byKey === undefined) alike.set(place, (byKey = new Map()));
    let known = byKey.get(alikeKey);
    if (known === undefined)
      byKey.set(
        alikeKey,
        (known = {
          untyped: untypedFeatures(report, place, source, own, kind, ruled),
          byType: new Map(),
        }),
      );
    let candidate = known.byType.get(q.type);
    if (candidate === undefined) {
      const features = [...known.untyped, `type=${q.type}|${place?.precision ?? 'none'}`];
      known.byType.set(q.type, (candidate = { place, features, ruled }));
    }
    out.push(candidate);
  };
  const wordsBetween = wordCounter(report);
  const t = q.trigger;
  const sentenceMentions = report.places[q.sentence] ?? [];
  const nearest = nearestTo(sentenceMentions, t);
  // Another act's trigger lies between a place and the claim's where it starts after the place
  // and ends before the claim's trigger (or the other way round): found once per claim as the
  // latest start of those ending before the trigger and the earliest end of those starting
  // after it, so each place is one comparison, not a walk over the sentence's acts.
  let lastStartBefore = -Infinity;
  let firstEndAfter = Infinity;
  for (const a of q.acts) {
    if (a.end <= t.start) lastStartBefore = Math.max(lastStartBefore, a.start);
    if (a.start >= t.end) firstEndAfter = Math.min(firstEndAfter, a.end);
  }
  for (const p of sentenceMentions) {
    const inClause = p.start >= q.clause.start && p.end <= q.clause.end;
    const before = p.end <= t.start;
    const words = before ? wordsBetween(p.end, t.start) : wordsBetween(t.end, p.start);
    add(p.place, inClause ? 'clause' : 'sentence', [
      `side=${before ? 'before' : 'after'}`,
      `words${bucket(words, [0, 2, 5, 10, 20])}`,
      `side=${before ? 'before' : 'after'}|words${bucket(words, [0, 2, 5, 10])}`,
      ...(p === nearest ? ['nearest'] : []),
      // Another act's trigger between the name and the claim's: the place is likelier that act's.
      ...((before ? lastStartBefore >= p.end : firstEndAfter <= p.start) ? ['act-between'] : []),
      ...(p.covers === true ? ['covers'] : []),
      ...(p.seat === true ? ['seat'] : []),
      ...(p.retold === true ? ['retold'] : []),
      ...(p.from === true ? ['from'] : []),
      ...(p.filed === true ? ['filed'] : []),
      ...(p.venue === true ? ['venue'] : []),
      ...(p.asSubject ? ['as-subject'] : []),
    ]);
  }
  for (const p of report.venues[q.sentence] ?? []) add(p.place, 'venue-named', []);
  // The paragraph's places told before, nearest sentence first.
  for (
    let k = q.sentence - 1, back = 1;
    k >= 0 && report.blockOf[k] === report.blockOf[q.sentence];
    k--, back++
  ) {
    const told = (report.places[k] ?? []).filter((p) => !p.asSubject && p.seat !== true);
    told.forEach((p, i) =>
      add(p.place, 'paragraph', [
        `back${bucket(back, [1, 2, 4])}`,
        ...(i === told.length - 1 ? ['last-told'] : []),
      ]),
    );
  }
  if (report.mainPlace !== null) add(report.mainPlace, 'report-main', []);
  if (report.mainArea !== null) add(report.mainArea, 'report-area', []);
  if (report.venue !== null) add(report.venue, 'report-venue', []);
  for (const c of report.countries) add(c, 'country', []);
  // Any other place the report names ("talks in Havana" told in another paragraph).
  const gathered = new Set(out.map((c) => (c.place === null ? '' : key(c.place))));
  for (const p of report.everyPlace) if (!gathered.has(key(p))) add(p, 'report-named', []);
  // The rules may place the claim where no candidate above is (none is left out today).
  if (q.ruled !== null && !out.some((c) => c.ruled)) add(q.ruled, 'rules-only', []);
  add(null, 'none', []);
  return out;
}

/**
 * A candidate's features but the one of the claim's type: its source and own relation to the
 * claim, what the report says of its place and the rules' mark, each also read beside the claim's
 * kind, the place's grain and the mark.
 */
function untypedFeatures(
  report: ReportPlaces,
  place: Place | null,
  source: string,
  own: readonly string[],
  kind: string,
  ruled: boolean,
): string[] {
  const base = [`source=${source}`, ...own];
  if (place !== null) {
    const k = key(place);
    const grain = `grain=${place.precision}`;
    base.push(
      grain,
      `named${bucket(report.named.get(k) ?? 0, [0, 1, 2, 4])}`,
      `placed${bucket(report.placed.get(k) ?? 0, [0, 1, 2, 4])}`,
    );
    if (report.mainPlace !== null && key(report.mainPlace) === k) base.push('main-place');
    if (report.mainArea !== null && key(report.mainArea) === k) base.push('main-area');
    if (report.venue !== null && key(report.venue) === k) base.push('the-venue');
    if (place.country !== undefined && place.country === report.mainCountry)
      base.push('in-main-country');
    else if (place.country !== undefined) base.push('abroad');
    if (isCapital(place)) base.push('capital');
    // A place without coordinates (decision 0174): a name only the report's own words make a
    // place, or a GeoNames point moved to the report's country (`settleCountries`), whose
    // coordinates were a namesake's abroad.
    if (place.lat === null) base.push('unknown-name');
    if (report.headline.has(k)) base.push('in-headline');
    if (report.lead.has(k)) base.push('in-lead');
  }
  if (ruled) base.push('ruled');
  return [
    'bias',
    ...base,
    ...base.map((f) => `${kind}|${f}`),
    ...(place === null ? [] : base.map((f) => `grain=${place.precision}|${f}`)),
    ...(ruled ? base.map((f) => `ruled|${f}`) : []),
  ];
}

/**
 * How many sentences from the claim's is the nearest that names the place (0 its own, 1 the next
 * or the one before), bucketed; a place no sentence names (a country the report's towns lie in)
 * is told nowhere.
 */
function toldAway(report: ReportPlaces, place: Place, sentence: number): string {
  const told = report.toldIn.get(key(place));
  if (told === undefined || told.length === 0) return 'told-nowhere';
  // The first sentence naming it at or after the claim's, and the one before that.
  let [lo, hi] = [0, told.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (told[mid]! < sentence) lo = mid + 1;
    else hi = mid;
  }
  const after = told[lo] === undefined ? Infinity : told[lo]! - sentence;
  const before = lo === 0 ? Infinity : sentence - told[lo - 1]!;
  return `told${bucket(Math.min(after, before), [0, 1, 2, 4, 8])}`;
}

/** The mention nearest the trigger, the first of equals. */
function nearestTo(
  mentions: readonly PlaceMention[],
  t: { readonly start: number; readonly end: number },
): PlaceMention | undefined {
  let nearest: PlaceMention | undefined;
  let least = Infinity;
  for (const m of mentions) {
    const d = spanDistance(m, t);
    if (d < least) [nearest, least] = [m, d];
  }
  return nearest;
}

const spanDistance = (
  m: { readonly start: number; readonly end: number },
  t: { readonly start: number; readonly end: number },
): number => (m.end <= t.start ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0);
