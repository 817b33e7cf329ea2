/**
 * Reported speech: how a report says who said something. Extend these lists for another
 * language or house style; the attribution stage only reads them.
 */

/** Verbs of saying, every form a report uses them in. */
export const SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'reported',
  'reports',
  'report',
  'stated',
  'states',
  'announced',
  'announces',
  'claimed',
  'claims',
  'confirmed',
  'confirms',
  'wrote',
  'writes',
  'posted',
  'tweeted',
  'noted',
  'notes',
  'explained',
  'according',
  'stressed',
  'insisted',
  'acknowledged',
  'alleged',
  'alleges',
  'warned',
  'warns',
  'declared',
  'declares',
  'denied',
  'denies',
  'accused',
  'accuses',
  'blamed',
  'asserted',
  'revealed',
  'indicated',
  // verbs that carry a speaker's stance: "X rejected the claim", "X called for …"
  'announce',
  'confirm',
  'deny',
  'accuse',
  'blames',
  'blame',
  'rejected',
  'rejects',
  'dismissed',
  'condemned',
  'condemns',
  'urged',
  'urges',
  'welcomed',
  'welcomes',
  'called',
  'calls',
  'call',
  // verbs of citing, asking and pledging: "They cited air strikes", "X asked Y to intervene"
  'cited',
  'cites',
  'asked',
  'asks',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'undertakes',
  'undertook',
  // translated and official styles: "The Ministry informs that …", "X emphasised that …"
  'informs',
  'emphasised',
  'emphasized',
  'emphasises',
  'emphasizes',
  'underlined',
  'underscored',
  'reiterated',
  // verbs of demanding, hoping, planning and expecting name who tells what is wanted or
  // foreseen: "as European leaders demanded", "Partners hope the truce will be renewed"
  'demanded',
  'hope',
  'hopes',
  'plan',
  'plans',
  'expect',
  'expects',
  // more official styles: "X affirmed that", "X insists that", "X informed the centre that"
  'affirmed',
  'affirms',
  'insists',
  'informed',
  'reject',
  // verbs of recording name a monitor's count as its telling: "The General Staff recorded that
  // …", "Officials had counted more than 500 violations", "The mission documented …"
  'recorded',
  'documented',
  'counted',
  'logged',
  // verbs of complaining, maintaining and conceding: "X has complained of violations", "The BSF
  // maintains that its patrol …", "X admitted that", "has promised that troops will leave"; not
  // "argued", which as often tells a quarrel ("the delegations argued in a Nairobi hotel")
  'complained',
  'complains',
  'maintains',
  'maintained',
  'contended',
  'contends',
  'admitted',
  'admits',
  'conceded',
  'concedes',
  'promised',
  'promises',
  // a participle of saying after the act tells who tells it: "X suspended the talks, accusing …"
  'accusing',
  'saying',
  'claiming',
];

/**
 * Participles of saying that share the subject of the sentence's first verb: "The president
 * suspended the talks, accusing the group of …" is the president's telling, the act included.
 */
export const SAYING_PARTICIPLES: readonly string[] = ['accusing', 'saying', 'claiming'];

/**
 * Words set off by commas between a speaker and its verb, not part of its name: "Russia's
 * defence ministry, in turn, said …", "The army, for its part, said …". Regex source, without case.
 */
export const SPEAKER_ASIDE =
  ',\\s*(?:in turn|for (?:its|his|her|their) part|in response|in reply|meanwhile|however|too|likewise),\\s*$';

/**
 * Words that make a phrase a plausible speaker when no capitalised name is in it:
 * "a source briefed on the visit", "the statement", "three Israeli officials".
 */
export const SPEAKER_NOUNS: readonly string[] = [
  'source',
  'sources',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'statement',
  'statements',
  'ministry',
  'military',
  'army',
  'group',
  'movement',
  'agency',
  'office',
  'government',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'medics',
  'doctors',
  'diplomat',
  'diplomats',
  'mediators',
  'mediator',
  'negotiator',
  'negotiators',
  'authorities',
  'police',
  'paramilitary',
  'militia',
  'commander',
  'minister',
  'president',
  'leader',
  'person',
  'people',
  'analyst',
  'monitors',
  'observers',
  'report',
  'broadcaster',
  'channel',
  'website',
  'newspaper',
  'agency',
  'council',
  'committee',
  'centre',
  'center',
  'force',
  'forces',
  'responders',
  'partners',
  'groups',
  'agencies',
  'envoys',
  'envoy',
  'media',
  'services',
  'leaders',
  'coalition',
  'alliance',
  'rebels',
  'facilitators',
  'delegation',
  'delegations',
  'junta',
  // offices and bodies told in lower case: "the regional governor", "the joint command"
  'governor',
  'mayor',
  'ambassador',
  'chief',
  'presidency',
  'command',
  'mission',
  'navy',
  'opposition',
  'administration',
  'commission',
  'authority',
  'municipality',
  'prosecutor',
  'parliament',
  'cabinet',
  'monitor',
  'observer',
  'organisation',
  'organization',
  'coastguard',
  // people told by who they are, not by name: "One man, who asked not to be named, said …"
  'man',
  'woman',
  'men',
  'women',
  'activist',
  'activists',
  'workers',
  'elders',
  'staff',
  'body',
];

/**
 * Lower-case words a speaker named before "and" or an apposition may hold besides capitalised
 * names and speaker nouns ("the Saudi and US mediators", "local officials and residents", "the
 * Observatory for Human Rights, based in …"); any other lower-case word makes the part a clause,
 * not a speaker. Words it may not open with, too.
 */
export const CONJUNCT_WORDS: readonly string[] = [
  'the',
  'of',
  'for',
  'and',
  'local',
  'foreign',
  'senior',
  'state',
];
export const CONJUNCT_NOT_FIRST: readonly string[] = [
  'On',
  'In',
  'At',
  'By',
  'After',
  'Before',
  'During',
  'Since',
  'From',
  'When',
  'Then',
];

/** Speakers who are not named: the link's kind is `anonymous`. */
export const ANONYMOUS_SPEAKER =
  '\\b(source|sources|official|officials|diplomat|diplomats|person|people|witness|witnesses|resident|residents|insider|insiders)\\b';

/**
 * Leading words that wrap a speaker and are dropped from its name:
 * "a rare statement from Netanyahu’s office" → "Netanyahu’s office".
 */
export const SPEAKER_WRAPPERS: readonly string[] = [
  '^(?:an? |the )?(?:rare |brief |joint |short |written |separate |new |later )?(?:statement|communiqu[eé]|post|message|notice|announcement|press release|report) (?:from|by|of|issued by) ',
  '^(?:an? |the )?(?:spokesman|spokeswoman|spokesperson) (?:for|of) ',
  // "according to figures from the health ministry", "a tally by the mission"
  '^(?:an? |the )?(?:latest |preliminary |official |initial |new )?(?:figures|data|information|tally|count|toll|estimates?) (?:from|of|by|(?:released|issued|compiled|published) by) ',
];

/** Honorifics of address, said before a surname alone ("Mr. Witte"): regex source. */
export const ADDRESS_HONORIFICS = 'Dr|Mr|Mrs|Ms';

/**
 * Honorifics before a name, dropped as ranks are: "Dr Javier Solana" is Javier Solana, "Sir
 * Michael Rose" Michael Rose. A name they open alone ("Sheikh Hasina said") stays whole, as a
 * name must follow them (`SPEAKER_TITLES`). "Lord" stays: a peer's title is the name he goes by.
 */
export const HONORIFICS = `${ADDRESS_HONORIFICS}|Sir|Dame|Sheikh|Shaikh|Sheik|Sayyed|Sayyid|Sheikha`;

/**
 * Nouns that describe a person before the name, as a title does ("Shi'ite cleric Moqtada
 * al-Sadr", "opposition figure Kizza Besigye"). Regex source, lower case.
 */
export const DESCRIBING_NOUNS =
  'cleric|figure|activist|lawmaker|legislator|politician|veteran|dissident|militant|warlord|strongman|businessman|businesswoman|tycoon|diplomat|analyst|researcher|scholar|academic|historian|professor|journalist|reporter|correspondent|writer|author|lawyer|economist|expert|doctor|surgeon|monk|priest|imam|bishop|cardinal|rabbi|mullah|ayatollah|preacher|candidate|senator|deputy|rebel|guerrilla|fighter|negotiator|mediator|resident|witness|survivor|hostage|detainee|prisoner';

/**
 * Particles a name's word may open with in lower case ("Abdel Fattah al-Burhan", "Mohammed bin
 * Salman", "Pieter van der Merwe"): the name still reads as one behind an apposition.
 */
export const NAME_PARTICLES: readonly string[] = [
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'van',
  'von',
  'der',
  'du',
];

/**
 * A word of a person's name in title case, an apostrophe or a hyphen within it ("Witte",
 * "O'Neill", "Abu-Bakr"): regex source, one definition for every reading of a name.
 */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;

/**
 * The titles a person is named by, one table read two ways: before a name, where each is dropped
 * (`SPEAKER_TITLES`), and alone, where an office one person holds (`held`) stands for the holder
 * the report named ("The Governor, Lord Soames, has extended …" then "The Governor called on …":
 * `HELD_OFFICES`). `held` is true where the title is such an office as written, or lists the
 * offices it is part of ("Prime Minister", not every minister); a rank, a chief or a director
 * holds none the report could name alone. Regex source, each word's first letter in either case.
 */
export const TITLES: readonly {
  readonly title: string;
  readonly held?: true | readonly string[];
}[] = [
  {
    title: '[Mm]inister',
    held: ['[Pp]rime [Mm]inister', '[Ff]oreign [Mm]inister', '[Dd]efen[cs]e [Mm]inister'],
  },
  { title: '[Pp]resident', held: true },
  { title: '[Ss]ecretary-[Gg]eneral', held: true },
  { title: '[Ss]ecretary of [Ss]tate', held: true },
  { title: '[Ss]ecretary' },
  { title: '[Cc]ommissioner', held: true },
  { title: '[Ss]pokes(?:man|woman|person)' },
  { title: '[Cc]hief' },
  { title: '[Ee]nvoy', held: ['[Ss]pecial [Ee]nvoy', '[Ee]nvoy'] },
  { title: '[Gg]eneral' },
  { title: '[Cc]ommander', held: true },
  { title: '[Aa]mbassador', held: true },
  { title: '[Mm]ayor', held: true },
  { title: '[Gg]overnor', held: true },
  { title: '[Cc]hair(?:man|woman|person)', held: ['[Cc]hair(?:man|woman|person)?'] },
  { title: '[Mm]ediator', held: true },
  { title: '[Ll]eader' },
  { title: '[Cc]olonel' },
  { title: '[Ll]ieutenant' },
  { title: '[Mm]ajor' },
  { title: '[Bb]rigadier' },
  { title: '[Aa]dmiral' },
  { title: '[Cc]aptain' },
  { title: '[Dd]irector' },
  { title: '[Nn]egotiator' },
  { title: '[Aa]dvis[eo]r' },
  { title: '[Cc]oordinator' },
  { title: '[Cc]hancellor' },
];

/**
 * Titles before a name, dropped: "Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov",
 * "Armenia's defence ministry spokeswoman Shushan Stepanyan" → "Shushan Stepanyan". The title's
 * modifiers may be in lower case; a name must follow ("al-Ansari" and "bin Salman" are names), so
 * "Rwanda's government spokeswoman" with no name after it stays as written. Titles may follow one
 * another, ranks and honorifics abbreviated ("the army's spokesman Lt Gen Ali Musa" → "Ali Musa",
 * "Dr Javier Solana" → "Javier Solana"), a title may stand in apposition ("Hezbollah's
 * secretary-general, Sayyed Hassan Nasrallah" → "Hassan Nasrallah"), and a noun that describes a
 * person (`DESCRIBING_NOUNS`) does as a title does ("Shi'ite cleric Moqtada al-Sadr" → "Moqtada
 * al-Sadr"), unless what follows is a body's name ("the opposition Popular Party" is named as
 * written). Only such nouns: "Residents around Khan Younis" names no person. A rank joined to
 * another by a hyphen is one ("Lieutenant-Commander Le Van Thu" → "Le Van Thu"), and an office
 * may name its charge ("U.S. Secretary of State Marco Rubio", "NSW Police Commissioner Andrew
 * Scipione" → "Andrew Scipione").
 * Each title and the words before it are taken once, the fewest words first (a lookahead and its
 * backreference, which the matcher does not try again): a run of title words with no name after
 * it ("minister minister … said") is given up in linear time, not tried in every split of it.
 */
export const SPEAKER_TITLES =
  "^(?:the )?(?:(?=((?:[\\p{L}’'.-]+ ){0,4}?(?:\\p{Lu}\\p{Ll}+-)?(?:" +
  TITLES.map((t) => t.title).join('|') +
  '|official|(?:Lt|Gen|Maj|Col|Brig|Capt|Sgt|Adm|' +
  HONORIFICS +
  ")\\.?|(?:[\\p{L}’'.-]+ ){0,3}?(?:" +
  DESCRIBING_NOUNS +
  ")(?= (?!(?:\\p{Lu}[\\p{L}’'.-]* ){0,4}(?:Party|Forces|Army|Front|Movement|Council|Ministry|Government|Mission|Command|Alliance|Brigades?|Group|Committee|Office|Agency|Union|League|Organi[sz]ation|Authority|Police|Navy|Guard|Corps)\\b))),? ))\\1)+(?=\\p{Lu}[\\p{L}’'.-]* (?:\\p{Lu}|(?:" +
  NAME_PARTICLES.join('|') +
  ')[- ]))';

/**
 * Offices a report names once beside their holder and later alone ("Prime Minister Sheikh
 * Hasina" then "the Prime Minister said"): the office speaks for its holder (test/corpus/README.md,
 * _Who a speaker speaks for_). The `held` offices of `TITLES`, as regex source.
 */
export const HELD_OFFICES = `(?:${TITLES.flatMap((t) => (t.held === true ? [t.title] : (t.held ?? []))).join('|')})`;

/**
 * An honorific of address before a surname alone ("Mr. Witte said"), dropped: a person is their
 * name, and a surname is the full name the report gives elsewhere (`sameSource`). The surname is
 * one word of a name (`NAME_WORD`: "Mr. O'Neill") after its particles in either case ("Mr. de
 * Klerk", "Mr. Van der Merwe"); a title is no surname ("Mr. President" is an office addressed).
 * Not an office before a surname: "Supreme Allied Commander Europe" names its charge, and "in
 * what President Johnson called" is read as his word where the title kept it the wire's. Regex
 * source.
 */
export const TITLE_BEFORE_SURNAME = `^(?:${ADDRESS_HONORIFICS})\\.? (?!(?:${TITLES.map((t) => t.title).join('|')})$)(?=(?:(?:${NAME_PARTICLES.map((p) => `[${p.charAt(0).toUpperCase()}${p.charAt(0)}]${p.slice(1)}`).join('|')})[- ])*${NAME_WORD}$)`;

/**
 * An office's noun closing a speaker's phrase ("The Home Secretary", "The Minister of Defence"):
 * a title, not a name, so an apposition naming a person after it names who holds it and speaks
 * ("The Home Secretary, William Whitelaw, says …"). Regex source, matched with case.
 */
export const OFFICE_AT_END =
  "\\b(?:[Mm]inister|[Ss]ecretary|[Ss]ecretary-[Gg]eneral|[Pp]resident|[Gg]overnor|[Ee]nvoy|[Cc]ommander|[Aa]mbassador|[Mm]ayor|[Cc]hair(?:man|woman|person)?|[Mm]ediator|[Cc]oordinator|[Dd]irector)(?: (?:of|for) (?:the )?\\p{Lu}[\\p{L}'’ -]{0,60})?$";

/**
 * Words that make an office another one ("Vice President Lena Hart" is not "the President";
 * "former President" neither): regex source, first letter in either case.
 */
export const OFFICE_QUALIFIERS =
  '[Vv]ice|[Dd]eputy|[Ff]ormer|[Aa]cting|[Ii]nterim|[Ee]x|[Aa]ssistant|[Uu]nder|[Ll]ate';

/** Trailing words cut from a speaker phrase: "… issued on behalf of the spy agency". */
export const SPEAKER_TAIL =
  ',|\\b(?:after|before|during|following|amid|issued|released|published|posted|on behalf|who|which|that|in a|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|late|early|earlier|later|on|via|told|when|while)\\b';

/**
 * Words around a subject that are not the speaker's name, dropped before the name is read:
 * a dateline glued to the first word ("KHARTOUM, June 18 (Reuters) - The army", in capitals, so
 * matched with case), a day ("On 29 October the ministry", "On Friday the army"), an adverb or
 * a list opener ("Earlier the Houthis", "Those included"), a time phrase or a conjunction ("By
 * Friday night the ministry", "Within days the alliance", "after the army"), and auxiliaries or adverbs between
 * the name and its verb ("Baku had said", "the health ministry later said").
 */
export const SPEAKER_DATELINE =
  "^\\p{Lu}[\\p{Lu} ,.'’-]{2,40}?(?:\\s*\\([^)]{1,30}\\))?\\s*[-–—]\\s*";
/**
 * Unnamed members of a body told by what they are to it ("An official at the State Committee for
 * National Security", "representatives of the Constitutional Government", "the leadership of the
 * Kuna Party"): they speak for the body, as an unnamed spokesperson does (test/corpus/README.md,
 * _Who a speaker speaks for_), so the body is the name. Only before a name in capitals: "officials
 * of the two ministries" names no one body. Regex source, matched with case.
 */
export const SPEAKER_MEMBER_OF =
  '^(?:[Aa]n? |[Tt]he )?(?:[Ss]enior )?(?:[Oo]fficials?|[Rr]epresentatives?|[Ll]eadership|[Ll]eaders?) (?:of|for|at|from) (?=(?:the )?\\p{Lu})';

/**
 * The kind of source told beside its name, as a title is beside a person's: "state broadcaster
 * TRT", "the armed group JNIM", "the Somali militant group al-Shabaab", "the state-run National
 * News Agency", "the Anadolu news agency" all name the source their name names. The kind is
 * dropped only where a capitalised name stands on its other side, so "Sudanese state radio" and
 * "the rebel group" stay as written. Regex sources, matched with case on the whole phrase.
 */
const SOURCE_KIND_NOUNS =
  'broadcaster|news agency|news service|group|militia|newspaper|daily|television channel|state-run|state-owned|semi-official';
const SOURCE_NAME =
  "(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?: (?:of|the|and|for|(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{N}'’.&-]*))*";
export const SOURCE_KIND_BEFORE_NAME = `^(?:[Tt]he |[Aa]n? )?(?:[\\p{L}-]+ ){0,2}?(?:${SOURCE_KIND_NOUNS}) (?=${SOURCE_NAME}$)`;
export const SOURCE_KIND_AFTER_NAME = `^(?:[Tt]he )?(${SOURCE_NAME}) (?:news agency|news service)$`;

/**
 * A place told again after a speaker is not part of its name: "Residents of the capital" are
 * residents ("Residents of Lashio" keeps the town the text names).
 */
export const SPEAKER_RETOLD_PLACE =
  '\\s+(?:of|in|from) the (?:capital|city|town|village|area|region|camp|district)$';
/**
 * A participle phrase after a speaker's name, telling what it does or how it was reached, not who
 * it is: "European leaders visiting Kyiv", "the mechanism overseeing the ceasefire", "Residents of
 * Lashio reached by telephone". Regex source, matched with case after the name.
 */
export const SPEAKER_MODIFIER =
  '\\s+(?:\\p{Ll}+ing\\s+(?:the\\s+|\\p{Lu})|(?:reached|contacted|interviewed) by\\b).*$';
export const SPEAKER_LEAD =
  '^(?:[-–—•▪·]\\s*|(?:earlier|later|meanwhile|separately|also|however|but|and|then|overnight|today|tonight|yesterday|those included|these included|they included|in response|in turn|on \\d{1,2} \\p{L}+|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this) (?:week|month|night|morning)|(?:by|within|after|before|over|during|for) (?:(?:the|those|these|that|this|a|an|two|three|few|several|next|following|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+)\\s+)*(?:night|morning|evening|afternoon|noon|midnight|dawn|days?|hours?|weeks?|months?|years?|talks|meetings?|calls?|visits?)|in the course of (?:the )?(?:day|night|morning|evening|week)|(?:at|in|by|during) the (?:(?:start|end|beginning|middle|course|rest) of (?:the |this |that |last |next )?)?(?:week|month|year|day|morning|afternoon|evening|night)|on the (?:morning|afternoon|evening|night) of \\d{1,2} \\p{L}+|(?:the )?(?:same|next|following|previous) (?:day|morning|afternoon|evening|night|week)|that (?:day|morning|afternoon|evening|night)|after|before|when|while|once|(?:in|at|during|with) [^,]{1,40}(?=,)|whose [\\p{L}-]+),?\\s+)+';
/**
 * An adverb in "-ly" between a speaker's name and its verb ("the Troika warmly welcomes", "Baku
 * flatly denied") is no part of the name, whatever the adverb: a list of them never closes.
 * Nouns in "-ly" that end a speaker's name are kept, among them a paper named by how often it
 * appears ("the state-run daily reported"). Regex source, matched with case.
 */
export const SPEAKER_ADVERB_TRAIL =
  '(?:\\s+(?!(?:family|ally|assembly|supply|rally|reply|monopoly|anomaly|bully|daily|weekly|biweekly|fortnightly|monthly|quarterly)\\b)\\p{Ll}{2,}ly)+$';
export const SPEAKER_TRAIL =
  '(?:\\s+(?:(?:continued|continue|continues|began|begin|begins) to|has|have|had|is|was|were|also|later|earlier|again|previously|then|once|too|itself|themselves|first|last|already|separately|did|does|do|not|never|would|will|could|strongly|publicly|privately|repeatedly|reportedly|formally|officially|recently|now|still|both|each|all|(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \\d{1,2} \\p{L}+|yesterday|today|tonight|overnight|at the time|at first))+$';

/**
 * Words after which a passive verb of saying names its speaker: "the shelling was reported by
 * the observer mission", "it was stated by the press service". Regex source, matched without case.
 */
export const PASSIVE_SPEAKER =
  '\\b(?:was|were|is|are|been|being|be)\\s+(?:also\\s+|first\\s+|later\\s+)?(?:reported|confirmed|announced|stated|claimed|said|declared|alleged|denied|noted|posted|recorded|documented|counted|logged)\\s+by\\s+';

/**
 * A verb of saying that, with a noun phrase for its object and no clause, performs an act
 * instead of telling one: "Jakarta declared martial law", "The group had declared its holiday
 * ceasefire", "The president called off the talks", "troops maintained their positions", "the
 * hospital admitted two fighters", "the militia conceded the town" (these three say only
 * before "that", decision 0210), "the hijackers demanded the release of …" (a demand with a
 * noun phrase for its object, decision 0223: "demanded that …" still tells what is wanted). Its
 * subject is the act's author, not the sentence's teller, whose voice the sentence stays in.
 * Regex source, matched without case at the verb.
 */
export const PERFORMED_NOT_TOLD =
  '^(?:(?:declared?|declares|declaring)\\s+(?:(?:on|late|early|in|last|this)\\s+\\w+\\s+)?(?:a|an|its|their|his|her|the|martial|war)\\b|(?:call|calls|called|calling)\\s+off\\b|demanded\\s+(?!(?:\\S+\\s+){0,3}that\\b)(?!(?:to|from|for|in|on|at|by|with|after|before|since|during|last|this|again|also|of|and|but|or|as|when|while|if|until|unless)\\b)(?!\\p{L}+ly\\b(?![\\u0027’]))[\\p{L}\\d]|(?:maintain(?:s|ed)|admit(?:s|ted)|concede[sd])\\s+(?:a|an|its|their|his|her|the|some|no|\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\\b)';

/**
 * A pledge the report recounts, with the act in the infinitive: "The parties undertook to
 * reopen the roads", "Under its terms each side undertook to release …". The subject is the
 * act's author, and the sentence tells of what was agreed in its teller's voice. The present
 * ("The Government undertakes to …") is the signatory's own pledge in its text, and the verbs
 * of planning and expecting ("Partners plan to …") name who tells the plan (decision 0182: the
 * gold is split on them). "undertook to" is a pledge whatever follows, an addressee included
 * ("undertook to the mediators to withdraw"). Regex source, matched without case at the verb.
 */
export const RECOUNTED_PLEDGE = '^undertook\\s+(?:\\w+ly\\s+)?to\\s+\\p{L}';

/**
 * Words that name who a speaker relays ("the broadcaster reported …, citing two residents"):
 * the one cited is the origin, the one citing a link before it. Regex source, without case.
 */
export const RELAYED_SPEAKER = '\\b(?:citing|quoting)\\s+';

/** Phrases that open reported speech before the speaker: "In a statement, the IDF said". */
export const STATEMENT_OPENERS =
  '\\b(?:in|according to) (?:a|an|its|their|his|her|the) (?:\\w+ ){0,2}(?:statement|communiqu[eé]|post|briefing|message|interview|announcement)\\b';

/**
 * Words that open a clause told by its own speaker alone: a noun naming the clause before as a
 * charge ("…, a charge the Government denied", "…, an accusation Bamako rejects") or a relative
 * word ("…, which the government rejects", "…, where the resistance says the army shelled …").
 * The one named after them tells only their clause; the clause before is told by whoever tells
 * it, else in the report's own voice.
 */
export const OWN_CLAUSE_OPENER =
  ', (?:(?:a|an) (?:charge|claim|accusation|allegation|assertion)(?: that| which)?|which|where) ';

/**
 * Where a sentence may turn to another speaker: "The RSF accused the army …, while the army
 * said …". The part after one is attributed on its own when it names its own speaker. A line
 * break is where a heading glued to its paragraph ends ("08:30 Kyiv says …" above "The army
 * said …"): attribution marks it so.
 */
export const SPEAKER_TURNS =
  '[,;] (?:while|whereas|but|and|as|though|although) |; |' + OWN_CLAUSE_OPENER + '|\\n';

/**
 * Where a list's next item begins inside one sentence, as a summary's or a situation report's
 * key points run on after a full stop or a colon ("… 2023. - The AA announced …"): each item is
 * told by the speaker it names, else in the report's own voice.
 */
export const LIST_ITEM = '(?<=[.:!?]["”]?)\\s+[-–•]\\s+';

/**
 * What may follow a speaker closing its clause ("…, the UN said on Monday.", "…, as the GNA had
 * demanded."): a few words before the end. A speaker with more after it opens what it says, and
 * does not tell the clauses before its own.
 */
export const SPEAKER_CLOSES = '^\\s*(?:\\S+\\s*){0,3}$';

/** Nouns for one who speaks for a body: "its spokesman" speaks for the body told before. */
export const SPOKESPERSON_NOUNS = '(?:spokesman|spokeswoman|spokesperson|spokespeople)';

/**
 * A subject that names no one, so its verb of saying attributes nothing: "Neither side has
 * reported …", "No group claimed …". Regex source, matched without case.
 */
export const NO_SPEAKER = '^(?:neither|no|none|nobody|no one|nothing)\\b';

/**
 * A subject that is an act or a text, so the verb after it is a participle telling of it, not a
 * saying: "The ceasefire announced on 30 July took effect", "A truce called by the two powers had
 * begun", "the deal agreed in Doha", "the incidents recorded in May". Regex source, matched
 * without case on the phrase's end.
 */
export const ACT_NOT_SPEAKER =
  '\\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|pause|arrangement|memorandum|moratorium|cessation of hostilities|exchange|swap|offensive|operation|plan|proposal|initiative|incidents?|violations?|attacks?|strikes?|breaches?|cases)$';

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it'];

/**
 * Pronouns of the report's own voice: outside quotation marks, "We call on them …" is the
 * statement's issuer or publisher speaking, not the last speaker it told of.
 */
export const OWN_VOICE_PRONOUNS: readonly string[] = ['we', 'i'];

/**
 * Descriptions that refer back to an earlier speaker of the same class:
 * "the officials" → "the three Israeli officials", "the military" → "IDF".
 */
export const BACK_REFERENCES: readonly { readonly pattern: string; readonly class: string }[] = [
  {
    pattern: '^the (?:officials?|sources?|diplomats?|witnesses|residents|insiders?)$',
    class: 'anonymous',
  },
  { pattern: '^the statement$', class: 'statement' },
  { pattern: '^the (?:military|army)$', class: 'military' },
  { pattern: '^the (?:group|movement)$', class: 'group' },
  { pattern: '^the (?:paramilitary|paramilitaries|force)$', class: 'paramilitary' },
  { pattern: '^the ministry$', class: 'ministry' },
  { pattern: '^the (?:agency)$', class: 'agency' },
  { pattern: '^the (?:office)$', class: 'office' },
  { pattern: '^the (?:mediators?|facilitators?)$', class: 'mediator' },
  { pattern: '^the (?:centre|center)$', class: 'centre' },
  { pattern: '^the (?:government)$', class: 'government' },
];

/**
 * An author's own voice after a quoted block in plain text: a paragraph opening like this
 * ends the block ("That settles it …", "In other words, …").
 */
export const COMMENTARY_OPENERS =
  '^(?:that|this) (?:puts|means|is|was|shows|makes|leaves|tells|says)\\b|^(?:in other words|of course|clearly|still|so|well|put simply|in short|to be sure|note that)\\b';

/**
 * Two sides accusing each other: one accusation per side. `named` patterns give the sides in
 * groups `a` and `b` ("Armenia and Azerbaijan accused each other", "the Government and Ansar
 * Allah each blamed the other"); `unnamed` ones ("the two sides traded accusations") take the
 * agreement's parties, when one is given. Regex sources, matched with case.
 */
const SIDE = "(?:\\p{Lu}[\\p{L}'’-]*|[Tt]he [\\p{L}'’-]+)(?: \\p{Lu}[\\p{L}'’-]*){0,3}";
export const RECIPROCAL_NAMED: readonly string[] = [
  `(?<a>${SIDE}) and (?<b>(?:the )?[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]*){0,3}),? (?:(?:each|both|have|had|again) )?(?:accus|blam|trad)\\w*(?: [\\p{L}]+){0,3}? (?:each other|one another|the other|accusations|blame|charges)\\b`,
];
export const RECIPROCAL_UNNAMED: readonly string[] = [
  '\\b(?:[Bb]oth sides|[Tt]he two sides|[Ee]ach side|[Bb]oth parties|[Tt]he two parties)\\b(?: [\\p{L}]+){0,2}? (?:accus|blam|trad|report)\\w*',
];
