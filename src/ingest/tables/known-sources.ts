import type { SourceKind } from '../../core/evidence/source.js';

/**
 * Who may speak or act in a report, under one canonical name. Attribution uses the kind;
 * event claims use the entries marked `actor` when no agreement names the parties.
 * Aliases are matched whole-word, ignoring case, accents and hyphens.
 */
export interface KnownSource {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: SourceKind;
  /** Can take part in an occurrence (a force, a government), not only report on it. */
  readonly actor: boolean;
  /** What a generic description ("the military", "the group") may refer back to. */
  readonly classes?: readonly string[];
  /**
   * The side it speaks for or fights beside, by that side's `name`, where no agreement names
   * the parties (test/corpus/README.md, "Who alleges"): a `party` is its own side unless told.
   */
  readonly side?: string;
}

export const KNOWN_SOURCES: readonly KnownSource[] = [
  // news agencies and outlets
  { name: 'Reuters', aliases: [], kind: 'news_agency', actor: false },
  {
    name: 'AP',
    aliases: ['Associated Press', 'the Associated Press'],
    kind: 'news_agency',
    actor: false,
  },
  {
    name: 'AFP',
    aliases: ['Agence France-Presse', 'Agence France Presse'],
    kind: 'news_agency',
    actor: false,
  },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], kind: 'news_agency', actor: false },
  { name: 'Interfax', aliases: [], kind: 'news_agency', actor: false },
  { name: 'TASS', aliases: [], kind: 'news_agency', actor: false },
  { name: 'WAFA', aliases: ['Wafa news agency'], kind: 'news_agency', actor: false },
  { name: 'SUNA', aliases: ['Sudan News Agency'], kind: 'news_agency', actor: false },
  { name: 'Axios', aliases: [], kind: 'outlet', actor: false },
  { name: 'The Times of Israel', aliases: ['Times of Israel'], kind: 'outlet', actor: false },
  { name: 'Haaretz', aliases: [], kind: 'outlet', actor: false },
  { name: 'Al Jazeera', aliases: ['Aljazeera'], kind: 'outlet', actor: false },
  { name: 'BBC', aliases: ['BBC News'], kind: 'outlet', actor: false },
  { name: 'CNN', aliases: [], kind: 'outlet', actor: false },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], kind: 'outlet', actor: false },
  { name: 'HotAir', aliases: ['Hot Air'], kind: 'outlet', actor: false },
  { name: 'Channel 12', aliases: ['Israel’s Channel 12', 'N12'], kind: 'outlet', actor: false },
  { name: 'Kan', aliases: ['Kan public broadcaster'], kind: 'outlet', actor: false },
  // parties, forces and governments
  {
    name: 'Israel',
    aliases: ['Israeli government', 'the Israeli government'],
    kind: 'party',
    actor: true,
    classes: ['government'],
  },
  {
    name: 'IDF',
    aliases: [
      'Israel Defense Forces',
      'Israel Defence Forces',
      'Israeli military',
      'Israeli army',
      'Israeli forces',
      'Israeli troops',
      'Israeli jets',
      'Israeli aircraft',
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'army'],
    side: 'Israel',
  },
  {
    name: 'Mossad',
    aliases: ['the Mossad'],
    kind: 'official_body',
    actor: true,
    classes: ['agency'],
    side: 'Israel',
  },
  {
    name: 'Netanyahu’s office',
    aliases: [
      'Israeli prime minister’s office',
      "Israeli prime minister's office",
      "Netanyahu's office",
      'Prime Minister’s Office',
      "Prime Minister's Office",
      'the Prime Minister’s Office',
      'PMO',
    ],
    kind: 'official_body',
    actor: true,
    classes: ['office', 'government'],
    side: 'Israel',
  },
  {
    name: 'Hamas',
    aliases: [
      'Qassam Brigades',
      'al-Qassam Brigades',
      'Ezzedine al-Qassam Brigades',
      'Hamas’ armed wing',
      'Hamas militants',
    ],
    kind: 'party',
    actor: true,
    classes: ['group', 'movement'],
  },
  {
    name: 'Islamic Jihad',
    aliases: ['Palestinian Islamic Jihad', 'PIJ'],
    kind: 'party',
    actor: true,
    classes: ['group'],
    side: 'Hamas',
  },
  { name: 'Hezbollah', aliases: ['Hizbollah'], kind: 'party', actor: true, classes: ['group'] },
  {
    name: 'Gaza health ministry',
    aliases: [
      'Gaza’s health ministry',
      "Gaza's health ministry",
      'the health ministry in Gaza',
      'Hamas-run health ministry',
    ],
    kind: 'official_body',
    actor: false,
    classes: ['ministry'],
    side: 'Hamas',
  },
  {
    name: 'Qatar',
    aliases: [
      'Qatari prime minister',
      'Qatar’s prime minister',
      "Qatar's prime minister",
      'Qatari mediators',
      'Qatari foreign ministry',
      'Qatar’s foreign ministry',
      "Qatar's foreign ministry",
      'Doha',
    ],
    kind: 'mediator',
    actor: true,
    classes: ['ministry', 'mediator'],
  },
  {
    name: 'Egypt',
    aliases: ['Egyptian mediators', 'Egyptian officials', 'Cairo'],
    kind: 'mediator',
    actor: true,
    classes: ['mediator'],
  },
  {
    name: 'United States',
    aliases: ['US', 'U.S.', 'Washington', 'the White House', 'White House', 'State Department'],
    kind: 'mediator',
    actor: true,
    classes: ['government'],
  },
  {
    name: 'ICRC',
    aliases: ['Red Cross', 'International Committee of the Red Cross', 'the Red Cross'],
    kind: 'monitor',
    actor: true,
    classes: ['organisation'],
  },
  // UN agencies that issue reports under their own names, each one source by its name and its
  // abbreviation ("World Food Programme" is "WFP"); a country office keeps its own name
  // ("OCHA Myanmar"), as test/corpus/README.md has it.
  {
    name: 'WFP',
    aliases: ['World Food Programme', 'UN World Food Programme', 'the World Food Programme'],
    kind: 'monitor',
    actor: false,
    classes: ['organisation', 'agency'],
  },
  {
    name: 'UNHCR',
    aliases: [
      'UN Refugee Agency',
      'the UN Refugee Agency',
      'Office of the UN High Commissioner for Refugees',
      'Office of the United Nations High Commissioner for Refugees',
    ],
    kind: 'monitor',
    actor: false,
    classes: ['organisation', 'agency'],
  },
  {
    name: 'UN OHCHR',
    aliases: [
      'OHCHR',
      'UN Human Rights Office',
      'Office of the UN High Commissioner for Human Rights',
      'Office of the United Nations High Commissioner for Human Rights',
    ],
    kind: 'monitor',
    actor: false,
    classes: ['organisation', 'agency'],
  },
  {
    name: 'United Nations',
    aliases: [
      'UN',
      'U.N.',
      'UNRWA',
      'OCHA',
      'UN OCHA',
      'UN Office for the Coordination of Humanitarian Affairs',
      'UN humanitarian office',
    ],
    kind: 'monitor',
    actor: true,
    classes: ['organisation', 'agency'],
  },
  {
    name: 'RSF',
    aliases: ['Rapid Support Forces', 'the paramilitary Rapid Support Forces', 'paramilitary RSF'],
    kind: 'party',
    actor: true,
    classes: ['paramilitary', 'group', 'force'],
  },
  {
    name: 'SAF',
    aliases: [
      'Sudanese Armed Forces',
      'Sudanese army',
      'Sudan’s army',
      "Sudan's army",
      'the Sudanese military',
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'army'],
  },
  {
    name: 'Saudi Arabia',
    aliases: ['Saudi mediators', 'Riyadh'],
    kind: 'mediator',
    actor: true,
    classes: ['mediator'],
  },
  {
    name: 'Russia',
    aliases: [
      'Russian forces',
      'Russian military',
      'Moscow',
      'Kremlin',
      'the Kremlin',
      'Russian defence ministry',
      'Russian defense ministry',
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'government'],
  },
  {
    name: 'Ukraine',
    aliases: [
      'Ukrainian forces',
      'Ukrainian military',
      'Kyiv',
      'Kiev',
      'Ukrainian navy',
      'Ukraine’s infrastructure ministry',
      "Ukraine's infrastructure ministry",
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'government'],
  },
  {
    name: 'Turkey',
    aliases: ['Türkiye', 'Ankara', 'Turkish officials'],
    kind: 'mediator',
    actor: true,
    classes: ['mediator'],
  },
  {
    name: 'mediators',
    aliases: ['the mediators', 'mediator'],
    kind: 'mediator',
    actor: true,
    classes: ['mediator'],
  },
  // a regional body that mediates and monitors ceasefires under its own name and letterhead
  {
    name: 'IGAD',
    aliases: ['Intergovernmental Authority on Development'],
    kind: 'mediator',
    actor: false,
    classes: ['organisation'],
  },
  {
    name: 'Joint Coordination Centre',
    aliases: ['JCC', 'Joint Coordination Center'],
    kind: 'monitor',
    actor: true,
    classes: ['centre'],
  },
  {
    name: 'Armenia',
    aliases: [
      'Armenian forces',
      'Armenian defence ministry',
      'Armenian defense ministry',
      'Yerevan',
      'Armenian military',
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'ministry'],
  },
  {
    name: 'Azerbaijan',
    aliases: [
      'Azerbaijani forces',
      'Azerbaijani defence ministry',
      'Azerbaijani defense ministry',
      'Baku',
      'Azerbaijani military',
      'Azerbaijani army',
    ],
    kind: 'party',
    actor: true,
    classes: ['military', 'ministry'],
  },
  {
    name: 'Nagorno-Karabakh authorities',
    aliases: ['Karabakh authorities', 'ethnic Armenian authorities', 'Artsakh'],
    kind: 'party',
    actor: true,
    classes: ['authorities'],
    side: 'Armenia',
  },
];
