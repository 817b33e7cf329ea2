import type { PlacePrecision } from '../../core/evidence/place.js';
import type { EventType } from '../../core/vocabulary/event-types.js';

/**
 * Places of our own, checked before the GeoNames cities: regions, crossings, countries and the
 * spellings conflict reporting uses. Matching ignores case, accents, hyphens and apostrophes,
 * so "Khan Younis", "Khan Yunis" and "Khān Yūnis" are one entry. Coordinates are approximate
 * centres, enough for a map, never for anything more.
 */
export interface PlaceAlias {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly precision: PlacePrecision;
  /** ISO 3166-1 alpha-2 code of the country the place lies in; none for open waters. */
  readonly country?: string;
  /**
   * The administrative areas it lies in, largest first, as ACLED's admin1–admin3 columns name
   * them (governorates and districts in its Palestine rows, for example); as many as are known.
   */
  readonly admin?: readonly [string, string?, string?];
  /**
   * Descriptions that name it only in a report that places something in its country: "the
   * demilitarised zone" is Korea's in a report on Korea, and some other zone elsewhere.
   */
  readonly described?: readonly string[];
}

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  // Gaza and Israel
  {
    name: 'Gaza Strip',
    aliases: ['Gaza', 'the Strip', 'the enclave', 'Gaza enclave'],
    lat: 31.42,
    lon: 34.37,
    country: 'PS',
    precision: 'region',
    admin: ['Gaza Strip'],
  },
  {
    name: 'northern Gaza',
    aliases: [
      'north Gaza',
      'northern Gaza Strip',
      'the north of Gaza',
      'northern part of the Strip',
      'northern part of the enclave',
    ],
    lat: 31.53,
    lon: 34.5,
    country: 'PS',
    precision: 'region',
    admin: ['Gaza Strip', 'North Gaza'],
  },
  {
    name: 'southern Gaza',
    aliases: [
      'south Gaza',
      'southern Gaza Strip',
      'the south of Gaza',
      'southern part of the Strip',
      'southern part of the enclave',
      'southern Gaza city',
    ],
    lat: 31.3,
    lon: 34.3,
    country: 'PS',
    precision: 'region',
    admin: ['Gaza Strip'],
  },
  {
    name: 'central Gaza',
    aliases: ['central Gaza Strip'],
    lat: 31.42,
    lon: 34.37,
    country: 'PS',
    precision: 'region',
    admin: ['Gaza Strip', 'Deir El Balah'],
  },
  {
    name: 'Gaza City',
    aliases: ['Gaza city'],
    lat: 31.5,
    lon: 34.47,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'Gaza City', 'Gaza City'],
  },
  {
    name: 'Khan Younis',
    aliases: ['Khan Yunis', 'Khān Yūnis', 'Khan Younes', 'Khan Yunus'],
    lat: 31.34,
    lon: 34.31,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'Khan Yunis', 'Khan Yunis'],
  },
  {
    name: 'Deir al-Balah',
    aliases: ['Deir al Balah', 'Deir el-Balah', 'Dayr al-Balah'],
    lat: 31.42,
    lon: 34.35,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'Deir El Balah', 'Deir El Balah'],
  },
  {
    admin: ['Gaza Strip', 'Rafah', 'Rafah'],
    name: 'Rafah',
    aliases: ['Rafaḩ'],
    lat: 31.29,
    lon: 34.25,
    country: 'PS',
    precision: 'city',
  },
  {
    name: 'Rafah crossing',
    aliases: ['Rafah border crossing', 'Rafah crossing point'],
    lat: 31.25,
    lon: 34.26,
    country: 'PS',
    precision: 'point',
    admin: ['Gaza Strip', 'Rafah', 'Rafah'],
  },
  {
    name: 'Kerem Shalom',
    aliases: ['Kerem Shalom crossing', 'Kerem Abu Salem', 'Karem Abu Salem'],
    lat: 31.23,
    lon: 34.28,
    country: 'IL',
    precision: 'point',
    admin: ['HaDarom', "Be'er Sheva"],
  },
  {
    name: 'Jabalia',
    aliases: ['Jabaliya', 'Jabalya', 'Jabalia refugee camp', 'Jabalia camp'],
    lat: 31.53,
    lon: 34.48,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'North Gaza', 'Jabalya'],
  },
  {
    name: 'Beit Lahia',
    aliases: ['Beit Lahiya'],
    lat: 31.55,
    lon: 34.5,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'North Gaza', 'Beit Lahiya'],
  },
  {
    name: 'Beit Hanoun',
    aliases: ['Beit Hanun'],
    lat: 31.54,
    lon: 34.54,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'North Gaza', 'Beit Hanoun'],
  },
  {
    name: 'Nuseirat',
    aliases: ['Nuseirat camp', 'Nuseirat refugee camp'],
    lat: 31.45,
    lon: 34.39,
    country: 'PS',
    precision: 'city',
    admin: ['Gaza Strip', 'Deir El Balah', 'Nuseirat'],
  },
  {
    name: 'Netzarim corridor',
    aliases: ['Netzarim'],
    lat: 31.46,
    lon: 34.42,
    country: 'PS',
    precision: 'region',
    admin: ['Gaza Strip'],
  },
  {
    admin: ['Jerusalem', 'Jerusalem'],
    name: 'Jerusalem',
    aliases: [],
    lat: 31.77,
    lon: 35.22,
    country: 'IL',
    precision: 'city',
  },
  {
    name: 'Tel Aviv',
    aliases: ['Tel Aviv-Yafo'],
    lat: 32.08,
    lon: 34.78,
    country: 'IL',
    precision: 'city',
    admin: ['Tel Aviv', 'Tel Aviv'],
  },
  {
    admin: ['HaDarom', 'Ashqelon', 'Sderot'],
    name: 'Sderot',
    aliases: [],
    lat: 31.52,
    lon: 34.6,
    country: 'IL',
    precision: 'city',
  },
  {
    admin: ['HaDarom', 'Ashqelon'],
    name: 'Ashkelon',
    aliases: [],
    lat: 31.67,
    lon: 34.57,
    country: 'IL',
    precision: 'city',
  },
  {
    name: 'West Bank',
    aliases: ['occupied West Bank'],
    lat: 31.95,
    lon: 35.3,
    country: 'PS',
    precision: 'region',
    admin: ['West Bank'],
  },
  {
    name: 'southern Israel',
    aliases: ['south Israel'],
    lat: 31.25,
    lon: 34.8,
    country: 'IL',
    precision: 'region',
    admin: ['HaDarom'],
  },
  { name: 'Israel', aliases: [], lat: 31.5, lon: 34.9, country: 'IL', precision: 'country' },
  // The gold's country of the whole mandate territory as of the state; GeoNames has only towns.
  {
    name: 'Palestine',
    aliases: ['State of Palestine'],
    lat: 31.9,
    lon: 35.2,
    country: 'PS',
    precision: 'country',
  },
  { name: 'Egypt', aliases: [], lat: 26.8, lon: 30.8, country: 'EG', precision: 'country' },
  { name: 'Qatar', aliases: [], lat: 25.3, lon: 51.2, country: 'QA', precision: 'country' },
  { name: 'Lebanon', aliases: [], lat: 33.85, lon: 35.86, country: 'LB', precision: 'country' },
  {
    name: 'southern Lebanon',
    aliases: ['south Lebanon'],
    lat: 33.27,
    lon: 35.4,
    country: 'LB',
    precision: 'region',
  },
  // Sudan
  { name: 'Sudan', aliases: [], lat: 15.5, lon: 30.2, country: 'SD', precision: 'country' },
  {
    name: 'Khartoum',
    aliases: ['Khartum'],
    lat: 15.55,
    lon: 32.53,
    country: 'SD',
    precision: 'city',
    admin: ['Khartoum', 'Khartoum'],
  },
  {
    admin: ['Khartoum', 'Um Durman'],
    name: 'Omdurman',
    aliases: [],
    lat: 15.64,
    lon: 32.48,
    country: 'SD',
    precision: 'city',
  },
  {
    name: 'Khartoum North',
    aliases: ['Bahri'],
    lat: 15.64,
    lon: 32.55,
    country: 'SD',
    precision: 'city',
    admin: ['Khartoum', 'Khartoum Bahri'],
  },
  {
    name: 'El-Obeid',
    aliases: ['El Obeid', 'Al-Ubayyid', 'Al Ubayyid', 'Obeid'],
    lat: 13.18,
    lon: 30.22,
    country: 'SD',
    precision: 'city',
    admin: ['North Kordofan'],
  },
  {
    name: 'El Fasher',
    aliases: ['El-Fasher', 'Al-Fashir', 'Al Fashir', 'Fasher'],
    lat: 13.63,
    lon: 25.35,
    country: 'SD',
    precision: 'city',
    admin: ['North Darfur'],
  },
  {
    admin: ['South Darfur'],
    name: 'Nyala',
    aliases: [],
    lat: 12.05,
    lon: 24.88,
    country: 'SD',
    precision: 'city',
  },
  {
    name: 'Geneina',
    aliases: ['El Geneina', 'El-Geneina', 'Al-Junaynah'],
    lat: 13.45,
    lon: 22.45,
    country: 'SD',
    precision: 'city',
    admin: ['West Darfur'],
  },
  { name: 'Darfur', aliases: [], lat: 13.5, lon: 24.0, country: 'SD', precision: 'region' },
  {
    admin: ['North Darfur'],
    name: 'North Darfur',
    aliases: [],
    lat: 15.0,
    lon: 25.0,
    country: 'SD',
    precision: 'region',
  },
  {
    admin: ['West Darfur'],
    name: 'West Darfur',
    aliases: [],
    lat: 13.0,
    lon: 22.6,
    country: 'SD',
    precision: 'region',
  },
  {
    admin: ['Red Sea'],
    name: 'Port Sudan',
    aliases: [],
    lat: 19.62,
    lon: 37.22,
    country: 'SD',
    precision: 'city',
  },
  {
    name: 'Jeddah',
    aliases: ['Jidda', 'Jiddah'],
    lat: 21.49,
    lon: 39.19,
    country: 'SA',
    precision: 'city',
  },
  // Regions no state's first-level division holds (Natural Earth's admin-1 areas leave out
  // breakaway and occupied territories and the regions named by their landform), where whole
  // fronts are fought: reports name them as often as a province.
  {
    name: 'South Ossetia',
    aliases: ['Tskhinvali Region'],
    lat: 42.3,
    lon: 44.0,
    country: 'GE',
    precision: 'region',
  },
  {
    name: 'Golan Heights',
    aliases: ['the Golan'],
    lat: 33.0,
    lon: 35.75,
    country: 'SY',
    precision: 'region',
  },
  {
    name: 'Donbas',
    aliases: ['Donbass'],
    lat: 48.3,
    lon: 38.5,
    country: 'UA',
    precision: 'region',
  },
  {
    name: 'Sinai',
    aliases: ['Sinai Peninsula', 'the Sinai'],
    lat: 29.5,
    lon: 33.8,
    country: 'EG',
    precision: 'region',
  },
  // Nagorno-Karabakh
  {
    name: 'Nagorno-Karabakh',
    aliases: ['Nagorno Karabakh', 'Karabakh', 'Artsakh'],
    lat: 39.82,
    lon: 46.75,
    country: 'AZ',
    precision: 'region',
  },
  {
    name: 'Stepanakert',
    aliases: ['Khankendi', 'Xankəndi'],
    lat: 39.82,
    lon: 46.75,
    country: 'AZ',
    precision: 'city',
  },
  {
    name: 'Shusha',
    aliases: ['Shushi', 'Şuşa'],
    lat: 39.76,
    lon: 46.75,
    country: 'AZ',
    precision: 'city',
  },
  {
    name: 'Ganja',
    aliases: ['Gəncə', 'Gyandzha'],
    lat: 40.68,
    lon: 46.36,
    country: 'AZ',
    precision: 'city',
  },
  {
    name: 'Lachin corridor',
    aliases: ['Lachin', 'Lachin road'],
    lat: 39.64,
    lon: 46.55,
    country: 'AZ',
    precision: 'region',
  },
  { name: 'Hadrut', aliases: [], lat: 39.52, lon: 47.03, country: 'AZ', precision: 'city' },
  { name: 'Armenia', aliases: [], lat: 40.2, lon: 44.9, country: 'AM', precision: 'country' },
  { name: 'Azerbaijan', aliases: [], lat: 40.4, lon: 47.6, country: 'AZ', precision: 'country' },
  // Black Sea
  { name: 'Black Sea', aliases: [], lat: 43.4, lon: 34.0, precision: 'region' },
  {
    admin: ['Odesa'],
    name: 'Odesa',
    aliases: ['Odessa'],
    lat: 46.48,
    lon: 30.73,
    country: 'UA',
    precision: 'city',
  },
  {
    name: 'Chornomorsk',
    aliases: ['Chernomorsk'],
    lat: 46.3,
    lon: 30.65,
    country: 'UA',
    precision: 'city',
    admin: ['Odesa'],
  },
  {
    name: 'Pivdennyi',
    aliases: ['Yuzhny', 'Pivdennyi port'],
    lat: 46.62,
    lon: 31.01,
    country: 'UA',
    precision: 'point',
  },
  {
    name: 'Istanbul',
    aliases: ['İstanbul'],
    lat: 41.01,
    lon: 28.98,
    country: 'TR',
    precision: 'city',
  },
  {
    name: 'Bosphorus',
    aliases: ['Bosporus'],
    lat: 41.12,
    lon: 29.07,
    country: 'TR',
    precision: 'region',
  },
  { name: 'Ukraine', aliases: [], lat: 49.0, lon: 31.4, country: 'UA', precision: 'country' },
  // GeoNames calls the US capital "Washington, D.C.": its "Washington" is a town in England.
  {
    name: 'Washington',
    aliases: ['Washington DC', 'Washington, D.C.'],
    lat: 38.9,
    lon: -77.04,
    country: 'US',
    precision: 'city',
  },
  { name: 'Russia', aliases: [], lat: 61.5, lon: 105.3, country: 'RU', precision: 'country' },
  // Towns GeoNames knows only by their local name ("Genève", "Al Ḩudaydah"), so that the English
  // one finds a namesake abroad (Geneva, Illinois) or nothing.
  { name: 'Geneva', aliases: [], lat: 46.2, lon: 6.15, country: 'CH', precision: 'city' },
  {
    name: 'Hodeidah',
    aliases: ['Hodeida', 'Hudaydah', 'Al Hudaydah', 'Hudayda'],
    lat: 14.8,
    lon: 42.95,
    country: 'YE',
    precision: 'city',
  },
  {
    name: 'Naqoura',
    aliases: ['Naqura', 'Ras Naqoura'],
    lat: 33.12,
    lon: 35.14,
    country: 'LB',
    precision: 'city',
  },
  // Landmarks reports name as the place of an act: crossings, bases, dams, bridges, sites and
  // lines no gazetteer of towns holds, and towns GeoNames spells otherwise or leaves out.
  // The Indian district on the Line of Control; Pakistan's side is Poonch division, Rawalakot.
  { name: 'Poonch', aliases: ['Punch'], lat: 33.77, lon: 74.09, country: 'IN', precision: 'city' },
  {
    name: 'Line of Control',
    aliases: ['LoC', 'the Line of Control'],
    lat: 34.0,
    lon: 74.1,
    country: 'IN',
    precision: 'region',
  },
  {
    name: 'Ta Muen Thom',
    aliases: ['Ta Muen Thom temple', 'Prasat Ta Muen Thom', 'Ta Moan Thom'],
    lat: 14.35,
    lon: 103.27,
    country: 'TH',
    precision: 'point',
  },
  {
    name: 'Al Udeid',
    aliases: ['Al Udeid air base', 'Al Udeid base', 'Al-Udeid', 'Al-Udeid air base'],
    lat: 25.12,
    lon: 51.32,
    country: 'QA',
    precision: 'point',
  },
  {
    name: 'Fordow',
    aliases: ['Fordo', 'Fordow enrichment site'],
    lat: 34.88,
    lon: 50.99,
    country: 'IR',
    precision: 'point',
  },
  { name: 'Natanz', aliases: [], lat: 33.72, lon: 51.73, country: 'IR', precision: 'point' },
  {
    name: 'Tishrin Dam',
    aliases: ['Tishreen Dam', 'Tishrin dam'],
    lat: 36.38,
    lon: 38.18,
    country: 'SY',
    precision: 'point',
  },
  {
    name: 'Shebaa Farms',
    aliases: ['Shebaa Farms area', 'Chebaa Farms'],
    lat: 33.27,
    lon: 35.73,
    country: 'LB',
    precision: 'point',
  },
  {
    name: 'Litani',
    aliases: ['Litani River', 'Litani river'],
    lat: 33.33,
    lon: 35.25,
    country: 'LB',
    precision: 'region',
  },
  {
    name: 'Ras Isa',
    aliases: ['Ras Isa port', 'Ras Issa'],
    lat: 15.12,
    lon: 42.62,
    country: 'YE',
    precision: 'point',
  },
  {
    name: 'Crimean bridge',
    aliases: ['Kerch bridge', 'Kerch Strait bridge', 'Crimea bridge'],
    lat: 45.31,
    lon: 36.51,
    country: 'UA',
    precision: 'point',
  },
  {
    name: 'Kafouri',
    aliases: ['Kafouri bridge', 'Kafuri'],
    lat: 15.66,
    lon: 32.56,
    country: 'SD',
    precision: 'point',
  },
  {
    name: 'Ben Gurion airport',
    aliases: ['Ben Gurion', 'Ben Gurion International Airport'],
    lat: 32.0,
    lon: 34.87,
    country: 'IL',
    precision: 'point',
  },
  {
    name: 'Ofer prison',
    aliases: ['Ofer', 'Ofer military prison'],
    lat: 31.88,
    lon: 35.17,
    country: 'PS',
    precision: 'point',
  },
  {
    name: 'Mekelle',
    aliases: ["Mek'ele", 'Mekele', 'Makelle'],
    lat: 13.5,
    lon: 39.47,
    country: 'ET',
    precision: 'city',
  },
  {
    name: 'Shire',
    aliases: ['Inda Selassie', 'Shire Inda Selassie', 'Indaselassie'],
    lat: 14.1,
    lon: 38.28,
    country: 'ET',
    precision: 'city',
  },
  {
    name: 'western Tigray',
    aliases: ['West Tigray'],
    lat: 14.0,
    lon: 36.9,
    country: 'ET',
    precision: 'region',
  },
  {
    name: 'Mocímboa da Praia',
    aliases: ['Mocimboa da Praia'],
    lat: -11.35,
    lon: 40.35,
    country: 'MZ',
    precision: 'city',
  },
];

/**
 * Lemmas of ground that can change hands ("handed over the port", "handed control of the town",
 * "the district shall be returned"): as the object of a trigger with a `placeType`, one of them
 * makes the act a withdrawal, as a place the gazetteers know does.
 */
export const HANDED_GROUND: readonly string[] = [
  'city',
  'town',
  'village',
  'port',
  'camp',
  'base',
  'district',
  'territory',
  'area',
  'region',
  'province',
  'control',
  'position',
  'airport',
  'checkpoint',
  'crossing',
];

/**
 * Lemmas of arms a side hands over or in ("handed over 3,875 weapons", "will hand in their
 * arms"): the vocabulary has no disarmament type, and the corpus records arms handed over under
 * an agreement as a withdrawal (test/corpus/README.md, near types), as it does ground.
 */
export const HANDED_ARMS: readonly string[] = [
  'weapon',
  'weaponry',
  'arm',
  'arms',
  'gun',
  'rifle',
  'ammunition',
  'munition',
  'explosive',
  'artillery',
  'missile',
];

/** A place name counts only after one of these ("in Doha", "across the Gaza Strip"). */
export const LOCATIVE_WORDS: readonly string[] = [
  'in',
  'at',
  'near',
  'from',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'towards',
  'toward',
  'through',
  'throughout',
  'on',
  'over',
  'off',
  // "pushed the rebels out of N'Djamena": the place left is where the act was (only before
  // "of": `LOCATIVE_BEFORE_OF`)
  'out',
  'to',
  'within',
  'along',
  // verbs whose object is a place ("entered Gaza", "shelled the city of Ganja"), and directions
  'entered',
  'reached',
  'struck',
  'hit',
  'shelled',
  'shelling',
  'attacked',
  'bombed',
  'captured',
  'stormed',
  'capture',
  'seized',
  'retook',
  'recaptured',
  'liberated',
  'left',
  // "took control of Minova", "control over Sake"
  'control',
  'east',
  'west',
  'north',
  'south',
];

/**
 * Verbs whose object right after them is ground taken or struck ("retake Musa Qala", "troops
 * raided La Legua"): a bare name there is a place, whatever no gazetteer knows. Verbs that take
 * people as often ("captured", "seized", "attacked") are left out; those that take ground more
 * often but people too are in `GROUND_OR_PERSON_ACTS`, read more narrowly.
 */
export const GROUND_ACTS: readonly string[] = [
  'shelled',
  'shelling',
  'bombed',
  'bombarded',
  'stormed',
  'raided',
  'overran',
  'retake',
  'retook',
  'retaking',
  'recaptured',
  'besieged',
  'occupied',
  'entered',
  // Ground closed on or come to: "encircled Derna", "a convoy reached Nubul", "took Brnjak".
  'encircled',
  'surrounded',
  'enter',
  'reach',
  'reached',
  'took',
];

/**
 * Of `GROUND_ACTS`, those whose object is a person often enough ("reached Tshisekedi by phone",
 * "took Kabila prisoner", "surrounded Ntaganda"): their name is a place only where it heads its
 * phrase and no word follows it that a person taken or reached stands before.
 */
export const GROUND_OR_PERSON_ACTS: readonly string[] = ['surrounded', 'reach', 'reached', 'took'];
/** Words after a person reached or taken: "by phone", "prisoner", "hostage", "into custody". */
export const AFTER_PERSON_TAKEN: readonly string[] = [
  'by',
  'prisoner',
  'prisoners',
  'hostage',
  'hostages',
  'captive',
  'captives',
  'into',
];

/**
 * Participles that say what befell ground after "was" or "were" ("Laukkai was shelled"): the
 * bare name before them is a place. "fell" counts where a word of time or place, or the
 * sentence's end, follows it ("Musa Qala fell to the Taliban").
 */
export const GROUND_SUFFERED: readonly string[] = [
  'shelled',
  'bombed',
  'bombarded',
  'overrun',
  'retaken',
  'recaptured',
  'besieged',
];

/** Words after "fell" that make it a place's fall, not a person's or a price's. */
export const AFTER_FELL: readonly string[] = ['to', 'on', 'after', 'within', 'without'];

/**
 * Two-word phrases whose second word is a locative word but which name a source or a cause, not
 * a place: "according to Lebanon's health ministry", "due to", "owing to" ("due in Damascus" is
 * a place).
 */
export const NOT_LOCATIVE_PHRASES: readonly string[] = ['according to', 'due to', 'owing to'];

/** Locative words only where "of" follows them: "out of Kidal", not "singled out Chad". */
export const LOCATIVE_BEFORE_OF: readonly string[] = ['out'];

/**
 * Nouns of office that make the place a locative word ties to them a seat, where someone sits
 * and no act happened ("the authorities in Hargeisa", "officials based in Britain", "told
 * reporters at the White House"): the preposition belongs to the noun, not to the act's verb.
 */
export const SEAT_NOUNS: readonly string[] = [
  'authorities',
  'government',
  'ministry',
  'embassy',
  'embassies',
  'ambassador',
  'based',
  'reporters',
];

/**
 * Locative words that only a place follows: a name after them is a place even where no
 * gazetteer knows it and the report never says so ("fighting near Kanyabayonga", "a checkpoint
 * outside Tinzaouaten"), in the country the report names most. Not "in" or "at", which people,
 * bodies and times follow too ("in Reuters' count", "at Christmas").
 */
export const NEAR_WORDS: readonly string[] = ['near', 'outside'];

/**
 * First words of place names that mean a settlement in the languages of the region ("Kfar" and
 * "Kafr" a village, "Beit" a house, "Deir" a monastery, "Khirbet" a ruin, "Tell" a hill, "Ain"
 * a spring): a name of two words or more that opens with one is a place after any locative
 * word, known to a gazetteer or not ("a strike on Kfar Tebnit"). Not "Wadi" or "Jebel", which
 * name bases and units as often ("the Wadi Seidna base"), nor "Kiryat", whose towns GeoNames
 * knows under another spelling.
 */
export const SETTLEMENT_HEADS: readonly string[] = [
  'Kfar',
  'Kafr',
  'Beit',
  'Deir',
  'Khirbet',
  'Khirbat',
  'Tell',
  'Ain',
  'Ein',
  // "Bab" a gate: border crossings ("through Bab al-Hawa")
  'Bab',
];

/**
 * Last words of place names that say what kind of place they are ("Ledra Street", "Tahrir
 * Square", "Allenby Bridge", "Zoobe Junction"): a name of two words or more that ends with one
 * is a place after any locative word, known to a gazetteer or not.
 */
export const LANDMARK_TAILS: readonly string[] = [
  'Street',
  'Road',
  'Avenue',
  'Square',
  'Bridge',
  'Junction',
  'Roundabout',
  'Heights',
  'Hill',
  'Valley',
  'Meadow',
  'Dam',
  'Crossing',
  'Checkpoint',
  'Airport',
  'Airbase',
  // "on Bushrod Island", "across the Bakassi Peninsula", "through the Khyber Pass"
  'Island',
  'Islands',
  'Peninsula',
  'Pass',
  'Gorge',
  'Mountains',
  'Corridor',
  // A built site's kind ("the Red House", "Tivoli Gardens", "the Presidential Palace", "Dodan
  // Barracks"): a name the report places, or an act's object ("stormed the Bardo Museum").
  'House',
  'Palace',
  'Gardens',
  'Barracks',
  'Base',
  'Airfield',
  'Refinery',
  'Mosque',
  'Monastery',
  'Cathedral',
  'Temple',
  'Museum',
  'Hotel',
  'Stadium',
  'Prison',
  // "around the Democracy Monument", "at the Central American University". Not "Hospital": a
  // report names one as where the wounded were taken, which becomes the place of acts told
  // without one.
  'Monument',
  'University',
  // "stormed the Attica Correctional Facility", "hostages in the Lindt Chocolate Café", "held at
  // the Terrorism Confinement Center". Not "Office" nor "Church": "the Foreign Office", "the
  // Catholic Church" are bodies more often than places. Read folded: "Café" is also "Cafe".
  'Facility',
  'Café',
  'Center',
  'Centre',
  'Compound',
];

/**
 * First words of site names that say what kind of site they are ("Fort Rupert", "Camp Bastion",
 * "the Hotel Ivoire"): read as `LANDMARK_TAILS` are.
 */
export const SITE_HEADS: readonly string[] = ['Fort', 'Camp', 'Hotel'];

/**
 * Kinds of place that, capitalised before "of" and a name, open one place's own name: "the
 * Strait of Hormuz", "the Freeport of Monrovia", "the Bridge of No Return", "the Church of the
 * Nativity". Not "House" ("the House of Commons" sits) nor "Port" ("Port of Spain" is a town).
 */
export const NAME_OF_HEADS: readonly string[] = [
  'Strait',
  'Straits',
  'Gulf',
  'Bay',
  'Sea',
  'Lake',
  'Cape',
  'Isle',
  'Island',
  'Islands',
  'Bridge',
  'Palace',
  'Church',
  'Freeport',
  'Hospital',
  'Valley',
  'Plain',
  'Forest',
];

/** Words allowed between the locative word and the name ("in the southern Gaza Strip"). */
export const PLACE_FILLERS: readonly string[] = [
  'the',
  'a',
  'parts',
  'part',
  'areas',
  'area',
  'outskirts',
  'edge',
  'centre',
  'center',
  'city',
  'town',
  'port',
  'of',
  'region',
  'province',
  'state',
  'camp',
  'eastern',
  'western',
  'central',
  // "in southern Marib": a direction before a name the gazetteers know
  'southern',
  'northern',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'besieged',
  'occupied',
  // "through the buffer zone of El Guerguerat": a zone is an area
  'zone',
  'buffer',
  // "in the capital Juba", "in several areas of the Strip"
  'capital',
  'several',
  'some',
  // "talks in neighbouring Chad": a word of nearness qualifies the place it comes before
  'neighbouring',
  'neighboring',
  'nearby',
];

/**
 * Directions before a country's name that name a part of it ("strikes on northern Iran", "into
 * northern Israel"): the part is the place, a region of that country. Before a province or a
 * town the direction stays a filler ("in northern Shan State", "clashes in southern Marib"):
 * their parts by direction are left to the table's own rows ("northern Gaza").
 */
export const DIRECTION_ADJECTIVES: readonly string[] = [
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
];

/**
 * Acts that take the venue of talks where their sentence names no place: talks, proposals,
 * agreements and walk-outs happen where the delegations met ("talks in Amman on the roads of
 * Taiz", then "the rebels proposed reopening one road": Amman). Corpus convention:
 * test/corpus/README.md.
 */
export const VENUE_TYPES: readonly EventType[] = [
  'talks',
  'proposal',
  'agreement_announced',
  'delegation_recalled',
];

/**
 * Words said where the speakers met, which a venue their sentence names places as it places the
 * talks ("the summit in Luanda called for a ceasefire"). Every other act is on the ground: the
 * town where a deal was signed or a conference held is not where the fighting it tells of was
 * ("the offensive began a week after the truce signed in Geneva").
 */
export const SAID_AT_VENUE_TYPES: readonly EventType[] = ['demand', 'accusation', 'denial'];

/**
 * What follows a town opening a sentence that makes it a dateline, where the report was filed:
 * a comma and a date ("Bamako, 15 November", "KHARTOUM, June 3"), or an agency or a dash
 * ("KHARTOUM (Reuters) -", "Goma —"), after its state or country if it gives one ("DAYTON, Ohio,
 * Nov 21", "KHASAVYURT, Russia (AP) -").
 */
export const DATELINE_AFTER_TOWN =
  '^(?:,\\s*\\p{Lu}[\\p{L}.]+(?=,|\\s*\\())?(?:,\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2})\\b|\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—])';

/**
 * Words that make the place after them, with a locative word, a venue: "talks in Doha", "signed
 * the agreement in Jeddah", "met the mediators in Cairo", "a summit hosted in Putrajaya".
 */
export const VENUE_WORDS: readonly string[] = [
  'talks',
  'negotiations',
  'negotiated',
  'consultations',
  'delegations',
  'meeting',
  'meetings',
  'met',
  'convened',
  'summit',
  'conference',
  'signed',
  'signing',
  'hosted',
];

/**
 * Nouns that make the town named just before them the venue of talks or of an agreement: "the
 * Jeddah talks", "the Khartoum Declaration", "the Algiers peace agreement", "the Sochi
 * memorandum". The town is the place of talks and agreements so named, of no other act (the
 * Pretoria agreement "silenced the guns in Tigray"). A word of `VENUE_NAME_FILLERS` may stand
 * between.
 */
export const VENUE_NAME_NOUNS: readonly string[] = [
  'talks',
  'negotiations',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'declaration',
  'protocol',
  'memorandum',
  'treaty',
  'convention',
  'conventions',
  'summit',
  'conference',
];

/** Words between a venue's name and its noun: "the Algiers peace agreement". */
export const VENUE_NAME_FILLERS: readonly string[] = ['peace', 'ceasefire', 'truce'];

/**
 * Acts that take the area the report is about where their sentence names no place: a truce
 * starting, extended or ending covers the front or the country, not the town its paragraph last
 * named nor the venue of its signing ("the truce will take effect on Monday" after a nationwide
 * ceasefire signed in Jeddah is Sudan's). Corpus convention: test/corpus/README.md.
 */
export const AREA_WIDE_TYPES: readonly EventType[] = ['truce_start', 'truce_extended', 'truce_end'];

/**
 * Words before a place that make it the area an act covers ("strikes across the Strip",
 * "a truce throughout Sudan", "shelling in several areas of Khan Younis"): the area is the act's
 * place, whatever town the sentence names inside it for something else. Locative words and
 * fillers alike; each must stand between the locative word and the name.
 */
export const AREA_WORDS: readonly string[] = ['across', 'throughout', 'several', 'parts'];

/**
 * The second half of a word that says who holds a place ("Israeli-held", "Houthi-controlled",
 * "rebel-run"): no part of the place's name, and allowed between a locative word and it.
 */
export const HOLDING_WORDS: readonly string[] = ['held', 'controlled', 'occupied', 'run'];

/** Capitalised words that are GeoNames cities somewhere but almost never places in these reports. */
export const NOT_PLACES: readonly string[] = [
  'Hamas',
  'Mossad',
  'Reuters',
  'Axios',
  'Barnea',
  'Netanyahu',
  'Biden',
  'Blinken',
  'Hezbollah',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'March',
  'May',
  'August',
  'Police',
  'Victoria',
  'Of',
  'The',
  'A',
  'An',
  'Most',
  'Mobile',
  'Grain',
  'Aid',
  'Red',
  'Cross',
  'Bus',
  'Bar',
  'Nice',
  'Ravid',
  'Brigades',
  'Forces',
  'Army',
  'Support',
];

/**
 * Nouns that name a settlement before "of" ("the village of Touline"), with the precision the
 * name then has: the name counts as a place even where no gazetteer knows it.
 */
export const NAMED_BEFORE: readonly {
  readonly noun: string;
  readonly precision: PlacePrecision;
}[] = [
  { noun: 'village', precision: 'point' },
  { noun: 'hamlet', precision: 'point' },
  { noun: 'farm', precision: 'point' },
  { noun: 'camp', precision: 'point' },
  // "the US base of Al Udeid", "the rebel stronghold of Kidal"
  { noun: 'base', precision: 'point' },
  { noun: 'stronghold', precision: 'city' },
  // "in the area of Sev Lich", "through the buffer zone of El Guerguerat"
  { noun: 'area', precision: 'point' },
  { noun: 'zone', precision: 'point' },
  { noun: 'neighbourhood', precision: 'point' },
  { noun: 'neighborhood', precision: 'point' },
  { noun: 'town', precision: 'city' },
  { noun: 'city', precision: 'city' },
  { noun: 'port', precision: 'city' },
  { noun: 'district', precision: 'region' },
  { noun: 'province', precision: 'region' },
  { noun: 'region', precision: 'region' },
  { noun: 'governorate', precision: 'region' },
];

/** Nouns that say the capitalised name before them is a place ("the Hadath area"). */
export const NAMED_AFTER: readonly string[] = [
  'area',
  'port',
  'city',
  'town',
  'district',
  'neighbourhood',
  'neighborhood',
  'camp',
  'crossing',
  'checkpoint',
  'airport',
  'hill',
  'hilltop',
  'meadow',
  'junction',
  'roundabout',
  'square',
  'bridge',
  'farm',
  'village',
  'province',
  'governorate',
  'region',
  'township',
  'sector',
  'oblast',
  'county',
  'prison',
  // landforms and works a fight is told at ("the Galwan valley", "the Jasana cave")
  'valley',
  'gorge',
  'pass',
  'cave',
  'glacier',
  'oilfield',
  'monastery',
];

/**
 * Nouns of a site a siege, a raid or a landing is told at ("the Lal Masjid complex", "on Gac Ma
 * reef", "the Basta quarter of Beirut"): like `NAMED_AFTER`, but read only after a name no
 * gazetteer knows that opens its phrase, as the nouns there are also read past a modifier ("the
 * Erebuni administrative district"). A known town before one keeps its own reading.
 */
export const SITE_NOUNS: readonly string[] = [
  'complex',
  'compound',
  'barracks',
  'hospital',
  'seminary',
  'intersection',
  'quarter',
  'reef',
  'island',
  'palace',
];

/**
 * Nouns of a built site that its name keeps, as a reader names it ("the Buhikira palace", "near
 * the Phan Fa bridge", "Cama hospital"): right after a name no gazetteer knows, the site is the
 * name with its noun. A district, a camp or a crossing is named by its name alone ("the Basta
 * quarter" is Basta), and a noun past a modifier ("the Akinci air base") leaves the name bare.
 */
export const BUILT_SITE_NOUNS: readonly string[] = [
  'palace',
  'prison',
  'bridge',
  'square',
  'hospital',
  'barracks',
];

/**
 * Nouns of a site that serves a town and lies outside it: "Kandahar airport" is the airport, a
 * place of its own, not the town that lends it its name ("the Kabul international airport" too).
 */
export const TOWN_SITE_NOUNS: readonly string[] = ['airport'];

/**
 * What may follow a name and a comma to say the name is a place no gazetteer knows ("in
 * Ardamata, on the edge of El Geneina"). A distance may come first ("25 kilometres west of"),
 * and "a mining town in" is read from the settlement nouns above.
 */
export const APPOSITION_CUES: readonly string[] = [
  'on the edge of',
  'on the outskirts of',
  'outside',
  'near',
  'close to',
  'north of',
  'south of',
  'east of',
  'west of',
  'north-east of',
  'north-west of',
  'south-east of',
  'south-west of',
  'northeast of',
  'northwest of',
  'southeast of',
  'southwest of',
];

/**
 * Nouns that, after "the", retell the last place of that kind the report named ("entered the
 * city", "shelling in the region", "talks at the airport"); `capital`: the last capital, as GeoNames marks them, the
 * report named, else the capital of the country of the last place named ("Zintan's fighters
 * will not take the capital" is Tripoli), else the last town.
 */
export const PLACE_RETOLD: readonly {
  readonly noun: string;
  readonly precision: PlacePrecision;
  readonly capital?: true;
  /** The last place whose own name ends in the noun: "at the airport" after "Kandahar airport". */
  readonly site?: true;
}[] = [
  { noun: 'city', precision: 'city' },
  { noun: 'town', precision: 'city' },
  { noun: 'capital', precision: 'city', capital: true },
  { noun: 'region', precision: 'region' },
  { noun: 'province', precision: 'region' },
  { noun: 'governorate', precision: 'region' },
  { noun: 'state', precision: 'region' },
  { noun: 'country', precision: 'country' },
  { noun: 'airport', precision: 'point', site: true },
];

/**
 * Languages, told after "in" as a place is ("a statement in Kurdish", "broadcast in Arabic"):
 * never a place, whatever their capital letter, and read wherever a people's adjective is. Those
 * ending in "-ian", and those that are already `DEMONYMS` ("French", "Turkish"), are not repeated.
 */
export const LANGUAGES: readonly string[] = [
  'Afrikaans',
  'Amharic',
  'Arabic',
  'Aramaic',
  'Azeri',
  'Baluchi',
  'Bengali',
  'Burmese',
  'Catalan',
  'Czech',
  'Danish',
  'Dari',
  'Dutch',
  'English',
  'Farsi',
  'Finnish',
  'Gaelic',
  'Greek',
  'Hausa',
  'Hebrew',
  'Hindi',
  'Irish',
  'Japanese',
  'Kazakh',
  'Khmer',
  'Kinyarwanda',
  'Kirundi',
  'Korean',
  'Kurdish',
  'Kurmanji',
  'Latin',
  'Lingala',
  'Malay',
  'Mandarin',
  'Nepali',
  'Pashto',
  'Polish',
  'Portuguese',
  'Punjabi',
  'Sango',
  'Sindhi',
  'Sinhala',
  'Sinhalese',
  'Slovak',
  'Sorani',
  'Spanish',
  'Swahili',
  'Swedish',
  'Tagalog',
  'Tamil',
  'Tetum',
  'Tigrinya',
  'Urdu',
  'Uzbek',
  'Vietnamese',
  'Welsh',
  'Yiddish',
];

/**
 * Bodies a sitting or a vote is told "in" as a place is ("told in Parliament", "passed in
 * Congress"): a name after any word of place ("in", "at", "near", "from", …) that is one of them
 * is the body, no place.
 */
export const SITTING_BODIES: readonly string[] = [
  'Parliament',
  'Congress',
  'Assembly',
  'Senate',
  'Cabinet',
  'Council',
  'Opposition',
  'Government',
  'Commons',
  'Knesset',
  'Duma',
  'Majlis',
  'Bundestag',
];

/**
 * Adjectives that name a country: "the northern Israeli town of Metula" is in Israel, and
 * "inside Lebanese territory" is in Lebanon. Each names the country as the place tables know it.
 */
export const DEMONYMS: readonly { readonly adjective: string; readonly country: string }[] = [
  { adjective: 'Afghan', country: 'Afghanistan' },
  { adjective: 'Algerian', country: 'Algeria' },
  { adjective: 'Angolan', country: 'Angola' },
  { adjective: 'Armenian', country: 'Armenia' },
  { adjective: 'Azerbaijani', country: 'Azerbaijan' },
  { adjective: 'Burundian', country: 'Burundi' },
  { adjective: 'Cambodian', country: 'Cambodia' },
  { adjective: 'Chadian', country: 'Chad' },
  { adjective: 'Chinese', country: 'China' },
  { adjective: 'Colombian', country: 'Colombia' },
  { adjective: 'Congolese', country: 'Democratic Republic of the Congo' },
  { adjective: 'Croatian', country: 'Croatia' },
  { adjective: 'Ecuadorian', country: 'Ecuador' },
  { adjective: 'Egyptian', country: 'Egypt' },
  { adjective: 'Emirati', country: 'United Arab Emirates' },
  { adjective: 'Eritrean', country: 'Eritrea' },
  { adjective: 'Estonian', country: 'Estonia' },
  { adjective: 'Ethiopian', country: 'Ethiopia' },
  { adjective: 'French', country: 'France' },
  { adjective: 'Georgian', country: 'Georgia' },
  { adjective: 'German', country: 'Germany' },
  { adjective: 'Indian', country: 'India' },
  { adjective: 'Indonesian', country: 'Indonesia' },
  { adjective: 'Iranian', country: 'Iran' },
  { adjective: 'Iraqi', country: 'Iraq' },
  { adjective: 'Israeli', country: 'Israel' },
  { adjective: 'Jordanian', country: 'Jordan' },
  { adjective: 'Kenyan', country: 'Kenya' },
  { adjective: 'Kyrgyz', country: 'Kyrgyzstan' },
  { adjective: 'Lebanese', country: 'Lebanon' },
  { adjective: 'Liberian', country: 'Liberia' },
  { adjective: 'Libyan', country: 'Libya' },
  { adjective: 'Malaysian', country: 'Malaysia' },
  { adjective: 'Malian', country: 'Mali' },
  { adjective: 'Moroccan', country: 'Morocco' },
  { adjective: 'Mozambican', country: 'Mozambique' },
  { adjective: 'Nepalese', country: 'Nepal' },
  { adjective: 'Nigerian', country: 'Nigeria' },
  { adjective: 'Omani', country: 'Oman' },
  { adjective: 'Pakistani', country: 'Pakistan' },
  { adjective: 'Peruvian', country: 'Peru' },
  { adjective: 'Qatari', country: 'Qatar' },
  { adjective: 'Russian', country: 'Russia' },
  { adjective: 'Rwandan', country: 'Rwanda' },
  { adjective: 'Saudi', country: 'Saudi Arabia' },
  { adjective: 'Sierra Leonean', country: 'Sierra Leone' },
  { adjective: 'Somali', country: 'Somalia' },
  { adjective: 'South Sudanese', country: 'South Sudan' },
  { adjective: 'Sri Lankan', country: 'Sri Lanka' },
  { adjective: 'Sudanese', country: 'Sudan' },
  { adjective: 'Swiss', country: 'Switzerland' },
  { adjective: 'Syrian', country: 'Syria' },
  { adjective: 'Tajik', country: 'Tajikistan' },
  { adjective: 'Thai', country: 'Thailand' },
  { adjective: 'Togolese', country: 'Togo' },
  { adjective: 'Turkish', country: 'Turkey' },
  { adjective: 'Ugandan', country: 'Uganda' },
  { adjective: 'Ukrainian', country: 'Ukraine' },
  { adjective: 'Yemeni', country: 'Yemen' },
];

/** Adjectives before a territory noun that make it the report's country ("the national territory"). */
export const NATION_WIDE: readonly string[] = ['national'];

/** Nouns after a country's adjective that make it a place ("into Israeli territory"). */
export const TERRITORY_NOUNS: readonly string[] = [
  'territory',
  'soil',
  'airspace',
  'waters',
  // "off the Somali coast": the country's own edge. Not "side": "the Indian side" is most
  // often a party ("sealing the border on the Indian side", "the Syrian side stated").
  'coast',
  'coastline',
];

/**
 * Nouns of a part of a country after its adjective, with no name of their own ("landed on a
 * Cambodian island", "shelled a Lebanese village"): the act is in that country. Followed by a
 * name ("the Tanzanian island of Zanzibar") the name is the place. A border is left out: "near
 * the Thai border" is as often the other side of it.
 */
export const COUNTRY_PART_NOUNS: readonly string[] = ['island', 'town', 'village', 'province'];

/** Titles before a person's name: the name after one is no place ("President Aliyev"). */
export const TITLES: readonly string[] = [
  'President',
  'Prime',
  'Minister',
  'General',
  'Gen',
  'Colonel',
  'Col',
  'Commander',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'chief',
  'leader',
  'Sheikh',
  'King',
  'Emir',
  'Lieutenant',
  'Major',
  'Captain',
  'Secretary',
  'Ambassador',
  'Senator',
];
