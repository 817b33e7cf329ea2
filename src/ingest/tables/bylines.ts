import { NUMBER_WORDS } from './quantities.js';
import { HONORIFICS } from './speech.js';

/**
 * How a report names the agency it came through, and where: each pattern's first group is the
 * agency. `where`: the report's opening (a dateline, "(AFP) –"), or any line of its own
 * ("Source: Reuters", "via AP"). Regex sources; add rows for other conventions.
 */
export interface BylinePattern {
  readonly where: 'opening' | 'line';
  readonly pattern: string;
}

/** News agencies a dateline, credit or source line may name; add rows for others. */
export const AGENCY_NAMES: readonly string[] = [
  'AFP',
  'Agence France-Presse',
  'Reuters',
  'AP',
  'Associated Press',
  'Anadolu',
  'Anadolu Agency',
  'Xinhua',
  'dpa',
  'EFE',
  'ANSA',
  'WAFA',
  'SUNA',
  'Tass',
  'Interfax',
  'UNIAN',
  'Ukrinform',
  'PTI',
  'IANS',
  'ANI',
  'Kyodo',
  'Yonhap',
  'Europa Press',
  'Colprensa',
  'APA',
  'Armenpress',
];
const AGENCIES = [...AGENCY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * The start of a line in a pattern read over a whole text, with its leading spaces: not across
 * line ends, since "^\s*" would scan a run of blank lines from each of its lines in turn.
 */
const LINE_START = '^[^\\S\\n\\r\\u2028\\u2029]*';

/** Characters of the opening a dateline may sit in. */
export const OPENING_CHARS = 300;

export const WIRE_PATTERNS: readonly BylinePattern[] = [
  // "KHARTOUM (Reuters) - ", "Gaza City, Dec 2 (AFP) — ", "Madrid, 24 February (EFE). - ",
  // "Bogota, Nov 9 (EFE).- "
  {
    where: 'opening',
    pattern: `\\((${AGENCIES})\\)\\.?\\s*[-–—]`,
  },
  // "ATTARI, Mar 1 (PTI) Indian …", "Bogotá, 3 August (Colprensa). As of …": agencies whose
  // house style has no dash
  {
    where: 'opening',
    pattern: `\\((${AGENCIES})\\)\\.?\\s+(?=\\p{Lu})`,
  },
  // "PORT SUDAN, Nov 24 (Kordofan Wire) -- ", "ADEN, Yemen, April 16 (Gulf Press) - ": a dateline
  // whose city is in capitals credits whatever its brackets name, listed agency or not; a page
  // may set it on a byline line of its own ("SEOUL, Dec. 12 (Yonhap)"), a house style may put a
  // full stop before the dash ("MEXICO CITY, 16 January (Notimex). -")
  {
    where: 'opening',
    pattern: `(?:^|\\n)\\s*\\p{Lu}{2}[\\p{Lu}'’. -]*(?:/\\p{Lu}{2}[\\p{Lu}'’. -]*)*(?:, \\p{Lu}[\\p{L} ]{1,30})?, (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}(?: \\d{4})?) \\((\\p{Lu}[\\p{L} .&'-]{1,30}?)\\)(?:\\.?\\s*[-–—]|[ \\t]*(?=\\n|$))`,
  },
  // "OKA, Que. (CP) - ", "JUBA (SSNA) — ": a dateline whose city is in capitals and gives no
  // date credits the abbreviation in its brackets, listed agency or not, when a dash follows
  {
    where: 'opening',
    pattern: `(?:^|\\n)\\s*\\p{Lu}{2}[\\p{Lu}'’. -]*(?:, \\p{Lu}[\\p{L}. ]{1,30})? \\((\\p{Lu}{2,6})\\)\\s*[-–—]`,
  },
  // "Monday, August 28, 2000 | JOLO, Philippines (AFP)": a page's dateline line, the date before
  // the city, closes with the agency it credits; with no dash after it, only a listed agency
  // does, as a headline in capitals may close with a tag ("(VIDEO)")
  {
    where: 'opening',
    pattern: `(?:^|\\n|\\| )\\s*\\p{Lu}{2}[\\p{Lu}'’. -]*(?:, \\p{Lu}[\\p{L}. ]{1,30})? \\((${AGENCIES})\\)[ \\t]*(?=\\n|$)`,
  },
  // "Arabia Now, with Reuters · 2 June 2022", "Levant Today with AFP | 15 December 2016",
  // "Source: Levant Wire, with reporting from Agence France-Presse"
  {
    where: 'line',
    pattern: `${LINE_START}(?:Source:\\s*)?\\p{Lu}[\\p{L} .&'-]{1,50}?,? with (?:reporting (?:from|by) )?(${AGENCIES})\\s*(?:[|·,.]|$)`,
  },
  // "By Horn Dispatch staff and AP", "By Irrawaddy Monitor staff, with Reuters"
  {
    where: 'line',
    pattern: `${LINE_START}By [\\p{L} .&'-]{1,50}? staff,? (?:and|with) (${AGENCIES})\\s*(?:[|·,]|$)`,
  },
  // "Source: Reuters": a "Source:" line names the wire only when it is an agency; a situation
  // report's "Source: UNHCR" names its publisher (PUBLISHER_PATTERNS)
  {
    where: 'line',
    pattern: `${LINE_START}(?:Source|Sources|Credit)\\s*:\\s*(${AGENCIES}|[\\p{L} ]{0,30}Agency|[\\p{L} ]{0,30}News)\\s*$`,
  },
  {
    where: 'line',
    pattern: `${LINE_START}(?:[-–—]\\s*)?via\\s+([\\p{Lu}][\\p{L} .&-]{1,40}?)\\s*\\.?\\s*$`,
  },
];

/**
 * A translator's note opening a translated dispatch names the agency whose copy it is
 * ("[Translated from the Nepali. Dispatch of Rastriya Samachar Samiti, the national news agency,
 * …]", "[… Dispatch of the news agency Notimex, …]", "[… Communique of the General Staff …, as distributed by the Maghreb Arab Press agency
 * (MAP) …]"): the agency is the wire, as a dateline's "(AFP) –" would credit it. The first group
 * is the agency's name, the second its abbreviation in brackets, which is what a dateline credits
 * and is read in its place. Only an agency distributes or carries: "posted by the Joint
 * Operations Command" names an issuer (`ISSUER_TRANSLATOR_NOTE`). Matched with case.
 */
export const WIRE_TRANSLATOR_NOTE =
  "^\\s*\\[[^\\]]*?(?:\\b[Dd]ispatch (?:of|by|from) (?:the )?(?:(?:news )?agency )?(\\p{Lu}[\\p{L}'’ -]{1,60}?)(?: news agency| agency)?(?:\\s*\\((\\p{Lu}{2,10})\\))?\\s*[,.;\\]]|\\b(?:distributed|carried|transmitted) by (?:the )?(\\p{Lu}[\\p{L}'’ -]{1,60}?) (?:news )?agency(?:\\s*\\((\\p{Lu}{2,10})\\))?)";

/** Labels a signed piece's heading line opens with: "Opinion | …", "COMMENTARY | By …". */
export const PIECE_LABELS =
  '(?:Opinion|OPINION|Commentary|COMMENTARY|Comment|COMMENT|Analysis|ANALYSIS|Column|COLUMN)';
/** A person's name written in capitals ("RODRIGO ROA DUTERTE"). */
const PERSON_CAPITALS = "\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){1,3}";
/** A person's name in title case, each word with a small letter or an initial ("Andrew D. Sens"). */
const PERSON_TITLED =
  "\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)(?: (?:\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)|al|el|bin|ibn|de|da|van|von|du)){1,3}";
/** A person's name in a byline: two to four words in title case ("Karim Haddad"). */
const PERSON = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3}";

/**
 * How a report names its own publisher, line by line: each pattern's first group is the
 * publisher. Used when none is given and the page names no site. Regex sources, multiline;
 * add rows for other house styles.
 */
/** A page title ending with its site's name: "Headline | Arabia Now", "Headline – Horn Review". */
export const TITLE_SITE = "\\s[|–—]\\s+(\\p{Lu}[\\p{L}&.' -]{1,40})$";
/**
 * The same after a hyphen ("Headline - Sahel Dispatch"), which a headline may also hold between
 * two of its own parts: read as the site only where the page names it again (its masthead, a
 * photo credit, its copyright line).
 */
export const TITLE_SITE_AFTER_HYPHEN = "\\s-\\s+(\\p{Lu}[\\p{L}&.' ]{1,40})$";

/**
 * A branch named before the body it belongs to ("compiled by the Civil Affairs Branch, SHAEF
 * Mission (Netherlands)"): the body issues the report, the branch only writes it, as the report's
 * heading and its readers name the body. Only a body's name follows so, by its abbreviation or
 * its noun: "compiled by the Information Unit, Geneva" names where the unit sits.
 */
const PRODUCER_BRANCH =
  '\\p{Lu}[\\p{L} ]{1,40}? (?:Branch|Section|Unit|Division|Cell), (?:the )?(?=[^,.]*?(?:\\b\\p{Lu}{2}|\\b(?:Mission|Office|Delegation|Command|Headquarters)\\b))';

/** A body's abbreviation as a report writes it: "ECMM", "UNRRA", "SHAEF". Regex source. */
export const ABBREVIATION = '\\p{Lu}{2,10}';

/**
 * Where an office sits or what it is for, after its name: a bracket in title case ("SHAEF Mission
 * (Netherlands)", "ICRC Delegation (Central African Republic)") or "in" and up to three
 * capitalised words closing the clause ("ICRC Delegation in South Sudan"). The first group is
 * the bracket's words, the second those after "in".
 */
export const OFFICE_SEAT =
  ' (?:\\((\\p{Lu}\\p{Ll}[\\p{L} ]{1,30})\\)|in (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})(?= ?[,.]|$))';

/**
 * A report's own line naming who produced it: "This report is produced by OCHA Somalia in
 * collaboration with …", "This Flash Update is produced by OCHA Syria …" (the kind may carry its
 * own word), "This note is issued by the UN Secretariat of the Joint Coordination Centre (JCC)
 * in Istanbul."; "for" and "on" end the name where a phrase in lower case follows ("for
 * partners", "on the basis of …"), not where the name goes on in capitals ("by UNHCR's Regional
 * Office for Central Asia"); "from" ends it too ("by the ECMM Dubrovnik team from its own
 * observations"). A bracket in title case or "in" and a name closing the sentence's clause
 * after the name are part of it ("SHAEF Mission (Netherlands)", "ICRC Delegation in Lebanon"),
 * for the reader to tell a country from a town (`officeName`); an abbreviation in capitals is
 * not. The first group is the producer.
 */
export const REPORT_PRODUCER = `${LINE_START}This (?:\\p{L}+ )?(?:[Rr]eport|[Uu]pdate|[Nn]ote|[Bb]ulletin|[Dd]ocument|[Bb]riefing|[Ss]napshot) (?:is|was|has been) (?:produced|issued|prepared|published|compiled) by (?:the )?(?:${PRODUCER_BRANCH})?(\\p{Lu}[\\p{L} .&'-]{1,60}?(?:${OFFICE_SEAT})?)\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,|\\.|\\s(?:in|with|from|(?:on|for)(?! \\p{Lu}))\\b|$)`;

export const PUBLISHER_PATTERNS: readonly string[] = [
  // a situation report's "Source: UNHCR, the UN Refugee Agency" (an agency there is the wire)
  // or "Source: UN Office for the Coordination of Humanitarian Affairs (OCHA)"
  `${LINE_START}Source:\\s*(?!(?:${AGENCIES})\\s*$)(\\p{Lu}[\\p{L} .&'-]{1,60}?)\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,|$)`,
  REPORT_PRODUCER,
  // a statement's closing "Issued by the Joint Implementation Committee - Media Office"
  // or a situation report's heading "Issued by the Office of the UN Resident and Humanitarian
  // Coordinator for the Sudan", whose names run long
  `${LINE_START}Issued by (?:the )?(\\p{Lu}[\\p{L} .&'-]{1,100}?)\\s*(?:[-–—,.]|$)`,
  // a signed piece's heading line, labelled as one: "Opinion | Lena Hart | Kyiv Review | 18 April",
  // "COMMENTARY | By Lena Hart | Caucasus Notes | Yerevan, 28 May", "By Lena Hart | Opinion | Levant
  // Notes | 17 March"; without the label the slot after the name may be a place ("By Lena Hart |
  // New Delhi | 25 February")
  `${LINE_START}(?:By ${PERSON}\\s*[|·]\\s*${PIECE_LABELS}|${PIECE_LABELS}\\s*[|·]\\s*(?:By )?${PERSON})\\s*[|·]\\s*(\\p{Lu}[\\p{L} .&'-]{1,50}?)\\s*(?:[|·]|$)`,
  // "Prepared by the Local Coordination Team with information from …"
  `${LINE_START}Prepared by (?:the )?(\\p{Lu}[\\p{L} .&'-]{1,60}?)(?:\\s+with\\b|,|\\.|$)`,
  // "-- Dnipro Wire with AFP", "Arabia Monitor with AFP | 6 June 2022"
  `${LINE_START}(?:[-–—]{1,2}\\s*)?(\\p{Lu}[\\p{L} .&'-]{1,50}?) with (?:AFP|Reuters|AP|Associated Press|agencies)\\s*(?:\\||$)`,
  // "By Aminata Kone, Sahel Review contributor"; "By His Excellency's command," over a name
  // is a signature's formula (`SIGNATURE_BY_ORDER`), no byline
  `${LINE_START}By (?!(?:His|Her|Their|Order|Command|Direction|Authority)\\b)\\p{Lu}[\\p{L}.' -]{1,40}?,\\s*(\\p{Lu}[\\p{L} .&'-]{1,50}?)(?:\\s+(?:contributor|correspondent|staff writer|reporter))?\\s*$`,
  // a live blog's header: "Levant Live | Wednesday 27 November", "Great Lakes Live - updated …"
  // or a date: "Maghreb Live | 14 May 2025 | times are Tripoli's"; a report's kind is no publisher
  `${LINE_START}(?!(?:Situation|Flash|Briefing|Press|Daily|Weekly|Monthly)\\b)(\\p{Lu}[\\p{L} .&'-]{1,40}?)\\s+[-|–—]\\s+(?:updated|live|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\\b`,
  // "Press release of the Tigray Communication Affairs Bureau"
  `${LINE_START}(?:Press release|Statement|Communiqué) (?:of|by|from) (?:the )?(\\p{Lu}[\\p{L} .&'-]{1,60}?)\\s*\\.?$`,
  // "Contact: WFP Ethiopia, Addis Ababa"; "Contact: Press spokesperson, tel. …" names a desk
  `${LINE_START}Contact:\\s*(?!(?:Press|Media) (?:spokes\\w+|office|officer|desk)\\b)(\\p{Lu}[\\p{L} .&'-]{1,40}?),`,
];

/**
 * The words a newspaper or broadcaster is named by ("The Kelm Herald", "THE GUARDIAN"): a name
 * alone above a byline that ends on one is the outlet's masthead, not a headline. Matched whole,
 * ignoring case.
 */
export const PRESS_TITLE_WORDS = [
  'Chronicle',
  'Courier',
  'Gazette',
  'Guardian',
  'Herald',
  'Journal',
  'Ledger',
  'Mercury',
  'Monitor',
  'News',
  'Observer',
  'Telegraph',
  'Times',
  'Tribune',
];

/**
 * A news outlet's name as a heading or footer writes it: up to six words in title case, with the
 * small words and articles of names ("Le Courrier du Levant", "Gulf & Iran Desk").
 */
export const OUTLET_NAME =
  "(?:The |Le |La |El |Al )?\\p{Lu}[\\p{L}&'’.-]*(?: (?:of|the|and|&|du|de|del|des|di|da|do|dos|la|le|al|el|\\p{Lu}[\\p{L}&'’.-]*)){0,5}";
/**
 * A team's credit in a heading: "Posted by the Mediterranean Times live team", "By Irrawaddy
 * Monitor staff, with Reuters", "Mideast Now live desk | …". The first group is the outlet.
 */
export const OUTLET_TEAM = `^(?:(?:By|Posted by) (?:the )?)?(${OUTLET_NAME}) (?:live |news |foreign |editorial )?(?:desk|team|staff)\\b`;
/** A copyright line: "Copyright 2022 Black Sea Trade Daily. All rights reserved.", "(c) X - …". */
export const OUTLET_COPYRIGHT = `^(?:Copyright|©|\\([cC]\\))\\s*(?:©\\s*)?(?:\\d{4}\\s+)?(${OUTLET_NAME}?)\\.?\\s*(?:[.,–—-]|All rights|$)`;
/**
 * A translator's note naming the paper it translates: "Original published by Al-Furat Daily,
 * Damascus", "[… Original: Al-Rafidain Newspaper, Baghdad, …]", "Article published in Le
 * Courrier du Levant (Beirut)". The first group is the paper.
 */
export const OUTLET_ORIGINAL = `\\b(?:Original(?:ly)? (?:published|printed|broadcast) (?:by|in)|Original:|Article published in|First published (?:by|in))\\s+(${OUTLET_NAME}?)\\s*(?:[,(]|$)`;

/**
 * A translator's note that names the paper, its town and its date right after the language:
 * "[Translated from the French. La Tribune du Matin, Algiers, 25 September 1997. …]". The first
 * group is the paper.
 */
export const OUTLET_TRANSLATED = `\\bTranslated from (?:the )?\\p{Lu}\\p{L}+\\.\\s+(${OUTLET_NAME}?), \\p{Lu}[\\p{L} -]{1,30}, (?:\\p{Lu}\\p{L}+day,? )?\\d{1,2} \\p{Lu}\\p{L}+ \\d{4}\\b`;

/**
 * A statement's heading naming who issues it ("Remarks of the Secretary-General at …",
 * "Joint communiqué of the Peace Dialogue Table between …", "Address of President Ilham Aliyev
 * to the nation"): the statement's own sentences are the issuer's word. The first group is the
 * issuer, cut where the heading goes on to say what about. Read in the opening lines only.
 */
export const ISSUER_PATTERN =
  "^\\s*(?:Joint |Press |Official |Public )?(?:statement|communiqu[eé]|announcement|information|remarks|address|message|press release|update)s? (?:of|by|from) (?:the )?(\\p{Lu}[\\p{L}\\d'’./ -]{1,80}?)(?:\\s*\\([^)]*\\))?(?:,.*| (?:on|to|at|in|for|between|about|regarding|concerning|as)\\b.*)?\\s*$";

/**
 * A statement's heading naming its issuers and then, after "the", the name it gives them in
 * brackets ("Joint Statement by the Governments of Norway, the United Kingdom and the United
 * States (the Troika) on …"): the heading defines that name for the issuers, as a list of
 * members is one group. An abbreviation in brackets ("… between the Government and the National
 * Liberation Army (ELN)") defines the name just before it, not the issuers, and a name after the
 * subject ("… on the signing of the Framework Agreement (the Agreement)") defines the subject's.
 * The first group is the name. Matched with case, before `ISSUER_PATTERN`.
 */
export const ISSUER_DEFINED =
  "^\\s*(?:(?:Joint|Press|Official) )?(?:[Ss]tatement|[Cc]ommuniqu[eé]|[Dd]eclaration|[Pp]ress release)s? (?:of|by|from) (?:the )?\\p{Lu}(?:(?! (?:on|about|regarding|concerning) )[^()\\n]){2,160}? \\(the (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3})\\)(?: (?:on|to|at|in|for|between|about|regarding|concerning)\\b.*)?\\s*$";

/**
 * A statement's heading naming its issuer by office and then by name ("Statement by the UN
 * Special Envoy for Yemen, Hans Grundberg, on …"): the person is the issuer, as an office speaks
 * for its holder. The first group is the name. Matched with case, before `ISSUER_PATTERN`.
 */
export const ISSUER_NAMED = `^\\s*(?:(?:Joint|Press|Official) )?(?:[Ss]tatement|[Rr]emarks|[Aa]ddress|[Mm]essage|[Bb]riefing)s? (?:of|by|from) (?:the )?[^,]{2,80}, (${PERSON}),`;

/**
 * What a letterhead may close with in brackets: its abbreviation, which the second group of each
 * letterhead pattern takes, as the name the body goes by in the paper and in the gold ("… RELATING
 * TO AFGHANISTAN (UNOCA)"), or any other note, dropped.
 */
const LETTERHEAD_BRACKETS = '(?:\\s*\\((\\p{Lu}[\\p{Lu}&-]{1,9})\\)|\\s*\\([^)]*\\))?';

/** A word that names a body in a letterhead in capitals. */
export const LETTERHEAD_BODY_WORD =
  '\\b(?:ORGANI[SZ]ATION|OFFICE|MINISTRY|HEADQUARTERS|COMMAND|COMMISSION|COMMITTEE|COUNCIL|SECRETARIAT|PRESIDENCY|MISSION|AGENCY|BUREAU|DEPARTMENT|AUTHORITY|CENTRE|CENTER)\\b';

/**
 * A statement's letterhead: a line in capitals naming a body ("OFFICE OF THE HIGH COMMISSIONER
 * FOR PEACE", "COORDINATION HEADQUARTERS FOR THE TREATMENT OF PRISONERS OF WAR", "ORGANIZATION
 * OF AFRICAN UNITY"), which issues it. The first group is the name; a heading in capitals that
 * names no body ("SOUTH SUDAN", "KEY POINTS", "JOINT STATEMENT") is none. Matched with case.
 * A line in capitals closing with a bracketed abbreviation ("UNITED NATIONS OPERATION IN THE
 * CONGO (ONUC)") is one too, but only where the abbreviation can abbreviate the name
 * (`abbreviates`, checked in `letterheadAt`), which a headline's tag ("(UPDATE)", "(VIDEO)") cannot.
 */
export const ISSUER_LETTERHEAD = `^\\s*(?=.*${LETTERHEAD_BODY_WORD}|.*\\(\\p{Lu}{2,9}\\)\\s*$)(\\p{Lu}[\\p{Lu}\\d ,.'’&/-]{3,160}?)${LETTERHEAD_BRACKETS}\\s*$`;

/**
 * Where an office sits, after its name on a letterhead's line ("Chief Secretary's Office,
 * Nairobi", "Department of Humanitarian Affairs - Geneva"): the office issues, not its town.
 */
const LETTERHEAD_SEAT = "(?:(?:,| [-–—]) \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})?";

/**
 * A letterhead in title case, told from a headline by the line under it: a body's name
 * ("Royal Norwegian Ministry of Foreign Affairs", "Joint Operations Command", "Uganda Red Cross
 * Society", its seat after it dropped) on the line above
 * the kind of paper ("Press release", "Statement No. 3"). `ISSUER_BODY_LINE` (with case) is the
 * name, its first group the body, whose noun may open it ("Ministry of External Affairs");
 * `ISSUER_KIND_LINE` (without case) the line below it.
 */
export const ISSUER_BODY_LINE = `^\\s*((?:\\p{Lu}[\\p{L}'’ -]{0,80}?\\s)?(?:Ministry|Office|Headquarters|Command|Commission|Committee|Council|Secretariat|Presidency|Mission|Agency|Bureau|Department|Authority|Centre|Center|Society|Societies)\\b[\\p{L}'’ -]{0,80}?)${LETTERHEAD_SEAT}${LETTERHEAD_BRACKETS}\\s*$`;
/**
 * A second line of a letterhead, between the body's name and the kind of paper: the government
 * or state the body belongs to ("Government of India"), a few words in title case and no
 * sentence. Matched with case.
 */
export const ISSUER_LETTERHEAD_MORE =
  "^\\s*\\p{Lu}[\\p{L}'’-]*(?: (?:of|the|and|\\p{Lu}[\\p{L}'’-]*)){0,5}\\s*$";
/**
 * An office through which a body speaks, named under the body's letterhead or after it and a
 * dash: its information or press office ("Department of Information and Publicity" under
 * "AFRICAN NATIONAL CONGRESS", "LEBANESE ARMY COMMAND - DIRECTORATE OF ORIENTATION") or the
 * organ that governs it ("Central Committee" under a party's name). The paper is the body's word,
 * as its unnamed spokesman's is (test/corpus/README.md, "Who a speaker speaks for"). Matched
 * without case, on the whole name.
 */
export const BODY_VOICE_OFFICE =
  '^(?:(?:Department|Directorate|Office|Bureau|Centre|Center) of (?:Information|Publicity|Orientation|Public Affairs|Media|Public Information)(?: and (?:Information|Publicity|Media|Communications?))?|(?:Information|Media|Press|Publicity|Public Affairs|Public Information) (?:Department|Office|Service|Centre|Center|Bureau|Directorate|Section|Unit)|Central Committee|Political Bureau|Politburo|(?:General )?Headquarters)$';

/**
 * A report's subject, the place in capitals and then the matter ("ALBANIA: CIVIL UNREST",
 * "SOMALIA: Conflict in Laascaanood / Sool region"), which a situation report may set between
 * its letterhead and its kind. Matched with case.
 */
export const ISSUER_SUBJECT_LINE =
  "^\\s*\\p{Lu}[\\p{Lu}'’ -]{1,40}:\\s*\\p{Lu}[\\p{L}\\d'’ ,/()-]{1,80}\\s*$";
/**
 * "HEADQUARTERS, COMMANDER-IN-CHIEF FAR EAST" heads the commander's paper: as an office speaks
 * for its holder, the headquarters of a command speaks for the command it names.
 */
export const LETTERHEAD_HEADQUARTERS = '^Headquarters,\\s+(?=\\p{Lu})';
/**
 * A person's name alone, as a heading names who speaks, after an honorific if it gives one ("Dr
 * Javier Solana"): no publisher, though it issues.
 */
export const PERSON_NAME = `^(?:(?:${HONORIFICS})\\.? )?${PERSON}$`;
/**
 * A letterhead that is a body's abbreviation alone ("NATO" over "Press Release"): read only as the
 * publisher, as the heading under it may name the person who speaks. Matched with case.
 */
export const LETTERHEAD_ABBREVIATION = '^\\s*(\\p{Lu}{2,8})\\s*$';
/**
 * A body's abbreviation and the kind of paper on one line ("NATO PRESS RELEASE", "UNICEF
 * Statement"): the first group is the body, the second what must read as the kind of paper
 * (`ISSUER_KIND_LINE`), a line that is all kind ("JOINT STATEMENT", "FINAL COMMUNIQUE") naming no one. Matched with
 * case.
 */
export const ABBREVIATION_BEFORE_KIND = '^\\s*(\\p{Lu}{2,8}) (\\p{L}+(?: \\p{L}+){0,2})\\s*$';
/**
 * A paper's number in its kind line, in figures or in words ("Statement No. 3", "COMMUNIQUÉ
 * NUMBER THREE"), as a movement's communiqués count themselves. Matched without case.
 */
const PAPER_NUMBER = `(?:No\\.?|Number)\\s*(?:\\d[\\d,/]*|${Object.keys(NUMBER_WORDS)
  .filter((word) => /^[a-z]{3,}$/.test(word))
  .join('|')})\\b`;
export const ISSUER_KIND_LINE =
  '^\\s*(?:(?:joint|press|official|media|daily|weekly|final|full|closing|opening|draft|revised|updated|urgent|special|public|formal|further|latest|summary) )*(?:statement|communiqu[eé]|press release|declaration|information|situation report)(?:\\s+' +
  PAPER_NUMBER +
  ')?(?:,\\s*(?:[\\p{L} -]{2,30},\\s*)?\\d{1,2} \\p{L}+ \\d{4})?\\s*$';

/**
 * The kind of paper told with its subject, as a situation report heads itself ("Humanitarian
 * Update: Sadr City, Baghdad", "EMERGENCY UPDATE No. 2", "Flash update on the Kosti bridge"),
 * as a statement does ("Statement on the surrender of …"): under a body's name it is that
 * body's paper as much as a bare `ISSUER_KIND_LINE`. An update's
 * kind word opens the line or follows a colon, so a headline about an update is none. Matched
 * without case.
 */
export const ISSUER_KIND_HEADING =
  '^\\s*(?:[^:\\n]{1,60}:\\s*)?(?:(?:humanitarian|emergency|flash|situation|operational|weekly|daily|monthly|security|field|special|regional) )*(?:update|situation report|sitrep|information notes?|bulletin|statement|communiqu[eé]|press release|declaration)(?:\\s+' +
  PAPER_NUMBER +
  ')?(?:\\s*[:—–-]\\s*\\S.*|\\s+(?:on|for|from)\\s+\\S.*)?\\s*$';

/**
 * A letterhead in capitals whose head noun names a body only by where it stands ("NEW ZEALAND
 * GOVERNMENT", "COMMONWEALTH MONITORING FORCE" over "Daily situation report"), a movement by
 * its kind ("SANDINISTA NATIONAL LIBERATION FRONT", "KAREN NATIONAL UNION"), or a government
 * by a short name ("GOVERNMENT OF INDIA"): a capitals headline may open with "GOVERNMENT FORCES
 * …" or "GOVERNMENT OF TARSA RESIGNS", so these are read only on the line above the kind of
 * paper. The first group is the name, a bracketed abbreviation dropped as in
 * `ISSUER_LETTERHEAD`. Matched with case.
 */
export const ISSUER_LETTERHEAD_OVER_KIND = `^\\s*(?=.*\\b(?:GOVERNMENT|FORCES?|GROUP|EMBASSY|DELEGATION|FRONT|UNION|MOVEMENT|PARTY|ARMY|SOCIETY)\\s*(?:\\(|$)|.*\\bOF THE (?:[\\p{Lu}'’-]+ )?REPUBLIC OF |GOVERNMENT OF(?: THE)?(?: [\\p{Lu}'’-]+){1,3}\\s*$)(\\p{Lu}[\\p{Lu}\\d ,.'’&/-]{3,100}?)${LETTERHEAD_BRACKETS}\\s*$`;

/**
 * A translator's note opening a translated statement names who issued the original ("[Translated
 * from the Indonesian. The original press release was issued in Jakarta by the Information
 * Centre of …]", "[… of a statement posted on the website of the Ministry of Defence of …]"):
 * the statement is that body's word, whatever its letterhead abbreviates. The first group is
 * the body. Read in the opening lines only, before the heading.
 */
export const ISSUER_TRANSLATOR_NOTE =
  "^\\s*\\[[^\\]]*?\\b(?:issued|posted|published|released|read|distributed)\\b[^\\]]*?\\b(?:by|on the website of) (?:the )?(\\p{Lu}[\\p{L}'’ -]{1,80}?)(?:\\s*\\([^)]*\\))?\\s*[.;,\\]]";

/**
 * A translator's note naming the paper it translates by its kind and its issuer ("[Translated
 * from the Japanese. Announcement of the Nagano Prefectural Police Headquarters, distributed to
 * the press …]", "Communiqué of the Ministry of War of the Republic of Colombia, published in
 * …", "Bulletin of the Provisional Government of the Republic, Ciudad Juárez, …", "Communication
 * of TASS, printed in …"): the paper is that body's word, as a heading "Communiqué of …" says.
 * The name ends at a comma, a full stop, the participle telling how the paper went out or the
 * "to" before those it is addressed to ("Communiqué of the Command of the Home Army to the
 * population of the capital"), a word in lower case after it: "Permanent Mission of Japan to the
 * United Nations" is one name. Read before `ISSUER_TRANSLATOR_NOTE`, whose "distributed by" may
 * name the agency that carried it. The first group is the body. Matched with case.
 */
export const ISSUER_TRANSLATOR_NOTE_KIND =
  "^\\s*\\[[^\\]]*?\\b(?:[Ss]tatement|[Cc]ommuniqu[eé]|[Aa]nnouncement|[Dd]eclaration|[Pp]roclamation|[Pp]ress release|[Mm]essage|[Bb]ulletin|[Cc]ommunication)s? (?:of|by|from) (?:the )?(\\p{Lu}[\\p{L}'’ -]{1,80}?)(?:\\s*\\([^)]*\\))?(?:\\s*[.;,\\]]| (?:as|to(?= (?:the \\p{Ll}|(?!the )\\p{Ll}))|read|published|distributed|released|issued|broadcast|posted|carried|sent)\\b)";

/**
 * A note in the opening saying who signed the text it heads ("… Broadcast by Radio Kabul.
 * Signed by the Chief of the General Staff, Omar Khalid."): the text is the signer's word, as a
 * signature under it would say (`SIGNATURE_NAME`). The sentence opens with "Signed by", so an
 * agreement "signed by" its parties in a report's own sentence is none; the name ends it. The
 * first group is the name. Read in the opening lines only, matched with case.
 */
export const ISSUER_SIGNED = `(?:^|[.!?]\\s+)Signed by (?:the )?(?:[^,\\n]{2,100}, )?(${PERSON_TITLED})\\.?\\s*$`;

/**
 * An issuer a heading names by office alone ("Statement by the Special Envoy on …"): the
 * statement's opening names the holder beside the office, and an office speaks for its holder
 * (test/corpus/README.md, _Who a speaker speaks for_). Matched with case.
 */
export const ISSUER_OFFICE =
  '^(?:(?:UN|United Nations|Deputy|Special|Personal|High|Chief|Joint) )*(?:Envoy|Secretary-General|Representative|Coordinator|Commissioner|Mediator|Facilitator|Chair|Chairperson)$';

/**
 * What follows the office's last word in the opening where its holder is named: "the Special
 * Envoy of the Secretary-General for Yemen, Hans Grundberg, announces". The first group is the
 * holder; read in the first `ISSUER_HOLDER_CHARS` characters.
 */
export const ISSUER_HOLDER_AFTER = `[^,.;\\n]{0,60}, (${PERSON}),`;
export const ISSUER_HOLDER_CHARS = 800;

/**
 * A statement that opens with its issuer speaking in the present tense ("The State of Qatar
 * announces that …", "UNSMIL welcomes the signing …", "Geneva, 8 October 2021 - The Mission
 * condemns the …"), where no heading names one: a news report tells what was said in the past
 * tense, and a headline drops the article a statement's sentence keeps, so the verb must be
 * followed by "that", an article or a possessive. The first group is the issuer, an abbreviation
 * in brackets after it dropped. Read in the opening lines only, matched with case.
 */
export const ISSUER_OPENING =
  "^\\s*(?:(?!\\d{1,2}[:.]\\d{2})[^\\n–—-]{1,60}\\s[-–—]\\s+)?(?:The )?(\\p{Lu}[\\p{L}\\d'’./ -]{1,80}?)(?:\\s*\\([^)]*\\))? (?:(?:strongly|warmly|firmly|hereby|also) )?(?:announces|welcomes|condemns|informs|declares|reaffirms|reiterates|deplores) (?:that|the|a|an|its|their|his|her)\\b";

/**
 * A statement's heading in two lines (or the two joined as its title): a label ("JOINT PRESS
 * STATEMENT", "Joint Communiqué"), then the meeting of a body it comes from ("Extraordinary
 * General Border Committee (GBC) Meeting between …", "Third Meeting of the Joint Border
 * Commission"): the body that met speaks. `ISSUER_LABEL` is matched without case; in
 * `ISSUER_MEETING` (with case) the first group or the second is the body.
 */
export const ISSUER_LABEL =
  '^\\s*(?:(?:joint|press|official|final) )*(?:statement|communiqu[eé]|press release|declaration)(?:\\s+|$)';
const BODY_NOUN = '(?:Committee|Commission|Council|Board|Group|Mechanism|Forum)';
export const ISSUER_MEETING = `^\\s*(?:(\\p{Lu}[\\p{L}'’ -]{1,80}?\\b${BODY_NOUN})(?:\\s*\\([^)]*\\))?\\s+(?:Meeting|Session|Summit)\\b|(?:[\\p{L}\\d]+ ){0,3}(?:Meeting|Session) of the (\\p{Lu}[\\p{L}'’ -]{1,80}?\\b${BODY_NOUN})\\b)`;

/** Words kept in lower case when a letterhead in capitals is written as a name. */
export const NAME_SMALL_WORDS: readonly string[] = [
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'to',
  'at',
  'by',
];

/**
 * "the Republic of Azerbaijan" in an issuer's name, or "Republic of Ruritania" opening it, is the
 * state as reports name it.
 */
export const ISSUER_STATE_FORM =
  '(?:^|\\bthe (?:\\p{Lu}\\p{L}+ )*)Republic of (?:the )?(?=\\p{Lu})';

/**
 * A statement's signature, in its last lines: the signer's name alone on a line, in capitals
 * ("RICHARD NIXON") or in title case ("Prachanda"), under the body's last sentence or a date,
 * with only office lines under it ("President of the Philippines", "Chairman"). A statement
 * signed so is its signer's word, whatever office or body its heading names. `SIGNATURE_NAME`
 * (with case) is a name of two to four words; one word is a name only above an office line,
 * which `SIGNATURE_OFFICE` (with case) reads by its office noun; a line with a body's word
 * (`SIGNATURE_BODY_WORDS`) or an abbreviation ("ICRC Beirut") signs for a body, not a person.
 */
export const SIGNATURE_NAME = `^(?:${PERSON_CAPITALS}|${PERSON_TITLED})$`;
export const SIGNATURE_ONE_WORD = "^\\p{Lu}\\p{Ll}[\\p{Ll}'’-]+$";
export const SIGNATURE_OFFICE =
  "^(?:(?:\\p{Lu}[\\p{L}'’-]*|of|the|for|and) ){0,6}?(?:President|Chairman|Chairwoman|Chair|Chairperson|Prime Minister|Minister|Secretary|Secretary-General|Governor|Commander|Commander-in-Chief|Spokesman|Spokeswoman|Spokesperson|Leader|Head|Chief|Director|Envoy|Coordinator|Representative|General|King|Emir|Premier)(?: (?:\\p{Lu}[\\p{L}'’-]*|of|the|for|and|de|du))*$";
/** Words that make a signed line a body's name ("Myanmar National Democratic Alliance Army"). */
export const SIGNATURE_BODY_WORDS =
  '\\b(?:Army|Forces?|Front|Movement|Council|Committee|Command|Office|Ministry|Government|Party|Congress|Alliance|Union|Nations|Commission|Secretariat|Headquarters|Centre|Center|Agency|Mission|Group|Brigades?|Republic|Kingdom|States)\\b';
/**
 * Words no signer's name holds, though a closing line in title case may ("Thank You", "Read
 * More", "Related Coverage", "Long Live the Revolution", the closing "Allahu Akbar"): such a line
 * signs for no one. A surname that is also a word ("Long", "Hart") is not among them.
 */
export const SIGNATURE_NOT_NAME_WORDS =
  '\\b(?:You|Your|We|Us|Our|More|From|Now|Live|Read|Related|Coverage|Thank|Thanks|See|Also|Ends|Share|Follow|Contact|Here|Click|Allahu)\\b';
/** A date line a signature may stand under: "27 August 2003", "Jakarta, 29 December 2005". */
export const SIGNATURE_DATE =
  '^(?:\\p{Lu}[\\p{L} ]{1,30}, )?(?:\\d{1,2} \\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+ \\d{1,2},) \\d{4}$';
/**
 * The formula a signer writes above his name when he signs by another's order: "By His
 * Excellency's command,", "By order of the Council,", "By Authority". Matched without case.
 */
export const SIGNATURE_BY_ORDER =
  "^By (?:(?:his|her|their) [\\p{L} ]{1,40}['’]s |the )?(?:command|order|direction|authority)(?: of [\\p{L} ]{1,60})?,?$";
/** Lines from the end a signature may stand in, bracketed notes under it aside. */
export const SIGNATURE_LINES = 4;

/** Lines of a report's opening a statement's heading may stand in. */
export const ISSUER_LINES = 4;

/**
 * Characters of an opening line a translator's or signer's note is read in: a note runs a few
 * sentences, and its patterns, tried from each bracket and name, would take time growing with
 * the square of a page-long line.
 */
export const ISSUER_NOTE_REACH = 1000;

/**
 * An hour on a byline's line ("By Park Ji-won | Published 29 June 2002, 19:30 KST", "9:40 pm"):
 * a news page stamps when its report went up; a commentary's byline gives at most its day
 * (decision 0271); not a date written with dots ("02.12.2023"). A regex source, case-insensitive.
 */
export const BYLINE_HOUR = '\\b\\d{1,2}[:.]\\d{2}\\b(?![.\\/]\\d)|\\b\\d{1,2} ?[ap]\\.?m\\b';

/**
 * Lines of a byline read for its hour or agency: the line naming the author and those under it
 * up to a blank one, where a page sets the time or the credit in an element of its own.
 */
export const BYLINE_BLOCK_LINES = 3;

/**
 * A byline naming a person ("By Karim Haddad", "by James Maitland", "By Aminata Kone, Sahel Review contributor",
 * "Opinion | Karim Haddad | Levant Review", "Commentary by Lena Varga"):
 * what the text says in its own voice is the author's word. Staff bylines name no one.
 */
export const AUTHOR_PATTERN = `${LINE_START}(?:[Bb]y |${PIECE_LABELS}(?:\\s*[|·]\\s*(?:By )?| [Bb]y ))(?!.*\\bstaff\\b)(${PERSON})\\s*(?:[,|·]|$)`;

/**
 * A signed piece's heading in lines of their own: its label ("Commentary", "Analysis"), its
 * headline (unless taken out as the title), then the author's name alone on a line. The first
 * group is the name; read from the text's start only, as a name alone further down is a caption
 * or a signature.
 */
export const AUTHOR_UNDER_LABEL = `^\\s*${PIECE_LABELS}\\s*\\n(?:\\s*[^\\n]+\\n)??\\s*(${PERSON})[ \\t]*(?:\\n|$)`;

/**
 * A signed piece's closing note on its author ("María Fernanda Lleras teaches political science
 * in Bogotá."): the name it opens with is the author's where the heading writes it alone on a
 * line, as a byline with no "By". The first group is the name; read on the last line only.
 */
export const AUTHOR_NOTE = `^\\s*(${PERSON}) (?:is|was|teaches|taught|writes|works|worked|directs|heads|edits|covers|lectures|reports|served|has been|was formerly)\\b`;
/** Lines of a report's opening a byline with no "By" may stand in. */
export const AUTHOR_LINES = 6;
