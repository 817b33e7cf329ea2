import type { AttributionLink } from '../core/evidence/claim.js';
import type { SourceKind } from '../core/evidence/source.js';
import { compileAlternatives, compilePattern } from './compile-pattern.js';
import { foldName } from '../core/text/fold-name.js';
import { lookupPlace } from './gazetteer.js';
import { findKnownSources, knownSourceNamed } from './known-source-index.js';
import type { KnownSourceMention } from './known-source-index.js';
import type { KnownSource } from './tables/known-sources.js';
import type { AgreementParties } from './find-actors.js';
import type { Sentence, Structure } from './structure.js';
import {
  ANONYMOUS_SPEAKER,
  OWN_CLAUSE_OPENER,
  BACK_REFERENCES,
  CONJUNCT_NOT_FIRST,
  CONJUNCT_WORDS,
  NO_SPEAKER,
  ACT_NOT_SPEAKER,
  OWN_VOICE_PRONOUNS,
  PASSIVE_SPEAKER,
  PERFORMED_NOT_TOLD,
  RECOUNTED_PLEDGE,
  RELAYED_SPEAKER,
  SPEAKER_NOUNS,
  SPEAKER_DATELINE,
  SPEAKER_LEAD,
  SPEAKER_MEMBER_OF,
  SPEAKER_MODIFIER,
  NAME_PARTICLES,
  NAME_WORD,
  SPEAKER_PRONOUNS,
  SPEAKER_RETOLD_PLACE,
  SOURCE_KIND_AFTER_NAME,
  SOURCE_KIND_BEFORE_NAME,
  SPEAKER_TAIL,
  SPEAKER_TRAIL,
  SPEAKER_ADVERB_TRAIL,
  SPEAKER_TITLES,
  TITLE_BEFORE_SURNAME,
  HELD_OFFICES,
  OFFICE_AT_END,
  OFFICE_QUALIFIERS,
  SPEAKER_WRAPPERS,
  SPEAKER_TURNS,
  LIST_ITEM,
  SPEAKER_CLOSES,
  SPOKESPERSON_NOUNS,
  SPEECH_VERBS,
  SAYING_PARTICIPLES,
  SPEAKER_ASIDE,
  RECIPROCAL_NAMED,
  RECIPROCAL_UNNAMED,
  STATEMENT_OPENERS,
} from './tables/speech.js';
import { ABBREVIATION } from './tables/bylines.js';

/** What the report's own lines say of who wrote it: an agency, a named author. */
export interface Byline {
  readonly wire: string | null;
  readonly author: string | null;
  /** Who a statement's heading says issues it ("Remarks of the Secretary-General"). */
  readonly issuer?: string | null;
  /**
   * Whether the author's byline reads as a news page's: it stamps an hour (`BYLINE_HOUR`) or
   * credits an agency. Left out where no byline was read.
   */
  readonly news?: boolean;
}

/** Who a sentence is attributed to, publisher first, origin last. */
export interface SentenceAttribution {
  readonly chain: readonly AttributionLink[];
  /**
   * The words that attribute ("In a statement Saturday morning, the IDF said"), as [start, end)
   * into the clean text: a time inside them dates the statement, not the occurrence.
   */
  readonly span: readonly [number, number] | null;
  /**
   * When the sentence turns from one speaker to another ("The RSF accused the army …, while
   * the army said …"), each part with its own chain and attributing words; else empty.
   */
  readonly clauses: readonly ClauseAttribution[];
  /**
   * Where the sentence tells of two sides accusing each other, [start, end) into the clean
   * text, and one chain per side: an accusation there is one claim per side.
   */
  readonly reciprocal: {
    readonly start: number;
    readonly end: number;
    readonly chains: readonly (readonly AttributionLink[])[];
  } | null;
}

/** A part of a sentence, [start, end) into the clean text, and who it is attributed to. */
export interface ClauseAttribution {
  readonly start: number;
  readonly end: number;
  readonly chain: readonly AttributionLink[];
  readonly span: readonly [number, number] | null;
}

/** The chain of the words at `at`: its clause's when the sentence has clauses, else its own. */
export function chainAt(attribution: SentenceAttribution, at: number): readonly AttributionLink[] {
  const clause = attribution.clauses.find((c) => at >= c.start && at < c.end);
  return clause?.chain ?? attribution.chain;
}

export interface Attributed extends Structure {
  readonly publisher: AttributionLink;
  /** Known sources named anywhere in the text, in order. */
  readonly knownSources: readonly KnownSourceMention[];
  /** One per sentence, by sentence index. */
  readonly attributions: readonly SentenceAttribution[];
  /**
   * A piece that looks back (a commentary, an analysis): a byline names its author, and neither
   * an agency nor an hour as a news page's does. It tells of acts, not of the day's news, so an
   * act it does not date is not the publication day's (decision 0271).
   */
  readonly looksBack: boolean;
}

/** The link for a block quoted from a source the text does not name. */
export const UNNAMED_QUOTED_SOURCE: AttributionLink = {
  name: 'unnamed quoted source',
  kind: 'anonymous',
  source: null,
};
export const UNKNOWN_PUBLISHER = 'unknown publisher';

/** A speaker as found, with what later back references ("the statement") may match. */
interface Speaker {
  readonly link: AttributionLink;
  readonly classes: readonly string[];
  /** Each of two speakers named as one ("Qatar and the Israeli army"), for back references. */
  readonly members?: readonly Speaker[];
}

/**
 * Speakers so far, most recent first, and known sources merely mentioned, for back references;
 * and the agreement's parties by their folded aliases ("the army" → SAF), when one is given.
 */
interface Recent {
  /** Where the sentence being read starts: an office alone means a holder named before it. */
  at: number;
  /** Each office the text names beside its holder, where, and the holder. */
  readonly holders: readonly OfficeHolder[];
  /** Each person the text names in full, and where: what a surname alone later takes up. */
  readonly people: readonly NamedPerson[];
  readonly speakers: Speaker[];
  readonly mentioned: Speaker[];
  readonly parties: ReadonlyMap<string, Speaker>;
  /** A statement's issuer: what "the facilitators" means when no one else fits. */
  readonly issuer: Speaker | null;
  /**
   * The report's own voice, its issuer else the publisher given or found in its lines (not a
   * page's site name, which names a whole outlet): "the Secretariat" in a note of the
   * "UN Secretariat of the Joint Coordination Centre" is the note's issuer speaking of itself.
   */
  readonly own: Speaker | null;
}

interface OfficeHolder {
  readonly office: string;
  readonly at: number;
  readonly name: string;
}

interface NamedPerson {
  readonly at: number;
  readonly name: string;
  /** Its words as a surname alone is matched to them, particles dropped ("al-Sadr" is "sadr"). */
  readonly keys: readonly string[];
}

interface Found {
  readonly speaker: Speaker;
  readonly span: readonly [number, number];
  /** Who relays the speaker ("the broadcaster reported …, citing residents"): a link before it. */
  readonly relay?: Speaker;
}

// Lower case only: "the United States held talks" has no verb of saying in it.
const speechVerb = compileAlternatives(
  SPEECH_VERBS.filter((v) => v !== 'according'),
  'gu',
);
const accordingTo = /\baccording to\s+/gi;
const passiveSpeaker = new RegExp(PASSIVE_SPEAKER, 'giu');
const relayedSpeaker = new RegExp(RELAYED_SPEAKER, 'giu');
const performedNotTold = new RegExp(PERFORMED_NOT_TOLD, 'iu');
const recountedPledge = new RegExp(RECOUNTED_PLEDGE, 'iu');
const speakerNouns = new Set(SPEAKER_NOUNS);
const noSpeaker = new RegExp(NO_SPEAKER, 'iu');
const actNotSpeaker = new RegExp(ACT_NOT_SPEAKER, 'iu');
const speechWords = new Set(SPEECH_VERBS);
const sayingParticiples = new Set(SAYING_PARTICIPLES);
const speakerAside = new RegExp(SPEAKER_ASIDE, 'iu');
const speakerNoun = compileAlternatives(SPEAKER_NOUNS, 'iu');
const anonymous = compilePattern(ANONYMOUS_SPEAKER, 'iu');
const wrappers = SPEAKER_WRAPPERS.map((w) => compilePattern(w, 'iu'));
const tail = compilePattern(SPEAKER_TAIL, 'iu');
const titles = compilePattern(SPEAKER_TITLES, 'u');
const titleBeforeSurname = new RegExp(TITLE_BEFORE_SURNAME, 'u');
// A name's words, an initial's point kept and a sentence's full stop not: "Lena Hart. The …".
const HOLDER_WORD = String.raw`(?:\p{Lu}\.|${NAME_WORD})`;
const HOLDER_NAME = `${HOLDER_WORD}(?: ${HOLDER_WORD}){0,3}`;
// A person's name in full: two to four words in title case, a particle of the name among them
// ("Moqtada al-Sadr", "Mohamed Ibn Chambas").
const FULL_NAME_WORD = String.raw`(?:${HOLDER_WORD}|(?:${NAME_PARTICLES.join('|')})-${NAME_WORD})`;
const fullName = new RegExp(
  String.raw`${HOLDER_WORD}(?: (?:(?:${NAME_PARTICLES.join('|')}) )?${FULL_NAME_WORD}){1,3}`,
  'gu',
);
const nameParticle = new RegExp(String.raw`^(?:${NAME_PARTICLES.join('|')})-`, 'u');
// "the chair of the mechanism, Major General Jasper Jeffers," and "Prime Minister Sheikh Hasina".
// A vice president, deputy or former holder holds another office than the one named alone.
const NOT_THE_OFFICE = String.raw`(?<!\b(?:${OFFICE_QUALIFIERS})[ -])`;
const officeThenHolder = new RegExp(
  String.raw`${NOT_THE_OFFICE}\b(${HELD_OFFICES})(?: (?:of|for) [^,;:.()“”"]{1,60})?,\s+(${HOLDER_NAME}),|${NOT_THE_OFFICE}\b(${HELD_OFFICES}) (${HOLDER_NAME})\b`,
  'gu',
);
// No word before the office: "the Russian president" may be another holder than the one named.
const officeAtEnd = new RegExp(OFFICE_AT_END, 'u');
const officeAlone = new RegExp(String.raw`^[Tt]he (${HELD_OFFICES})$`, 'u');
const speakerDateline = new RegExp(SPEAKER_DATELINE, 'u');
const speakerLead = new RegExp(SPEAKER_LEAD, 'iu');
const speakerMemberOf = new RegExp(SPEAKER_MEMBER_OF, 'u');
const speakerTrail = new RegExp(SPEAKER_TRAIL, 'iu');
const speakerAdverbTrail = new RegExp(SPEAKER_ADVERB_TRAIL, 'u');
const speakerModifier = new RegExp(SPEAKER_MODIFIER, 'u');
const speakerRetoldPlace = new RegExp(SPEAKER_RETOLD_PLACE, 'i');
const sourceKindBefore = new RegExp(SOURCE_KIND_BEFORE_NAME, 'u');
const sourceKindAfter = new RegExp(SOURCE_KIND_AFTER_NAME, 'u');
const opener = compilePattern(STATEMENT_OPENERS, 'giu');
const backReferences = BACK_REFERENCES.map((b) => ({ ...b, re: compilePattern(b.pattern, 'iu') }));
const pronouns = new Set(SPEAKER_PRONOUNS);
const ownVoice = new Set(OWN_VOICE_PRONOUNS);
const speakerTurn = compilePattern(SPEAKER_TURNS);
const ownClauseOpener = compilePattern(`^${OWN_CLAUSE_OPENER}`, 'iu');
// A verb whose subject follows the opener ("…, which the government rejects"), not the opener
// itself ("…, which said …").
const inOwnClause = compilePattern(`${OWN_CLAUSE_OPENER}[^\\s,;:“”"][^,;:“”"]*$`, 'iu');
const listItem = new RegExp(LIST_ITEM, 'gu');
const speakerCloses = new RegExp(SPEAKER_CLOSES, 'u');
const ORG_WORDS =
  /\b(ministry|office|army|forces|force|council|agency|committee|military|government|authority|authorities|police|brigades|movement|group|centre|center|department|command)\b/i;
/**
 * Where a subject phrase before a verb of saying may start: its last match is where it does. A
 * conjunction opens a clause with its own subject ("a day after Kyiv said", "where the group said").
 */
const SUBJECT_START =
  /(?:^|[,;()“”"—–•▪\n]|:(?!\d)|\s-\s|\b(?:that|which|who|and|but|while|as|after|before|when|where|since|until|because|once|if|although|though)\b)\s*/gi;
const MAX_SPEAKER_WORDS = 10;
/**
 * A phrase that is a clause, not a name: one ending on an article or preposition as a word of
 * its own ("the Envoys note with concern the"; "The SLM/A" ends on none), holding a verb after an
 * auxiliary ("UNHCR has received alarming"), an accusation's object ("the army of bombing its
 * positions"), or naming what someone called a thing ("jets struck what New Delhi called a
 * camp": a word of theirs, not a statement).
 */
const NOT_A_NAME =
  /(?:^|\s)(?:the|a|an|of|with|to|for|at|by)$|\b(?:has|have|had|is|are|was|were|did|does|will|would) \p{Ll}|\bof \p{Ll}+ing\b|\bwhat\b/iu;
/**
 * A name's abbreviation in brackets before its verb: "the UN humanitarian office (OCHA)", or
 * before an apposition ("The Northern Coalition (NC), an alliance of …, said").
 */
const ABBREVIATION_BEFORE_VERB = /\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)(?=\s*$|,)/gu;
/** A subject ending in a form of "be" makes the verb a passive ("shelling was reported"). */
const PASSIVE_SUBJECT = /\b(?:was|were|is|are|been|be|being)\s*$/i;
/** After a subject, the word that shows a verb has begun: "Kyiv dismissed …", "the army did …". */
const VERB_AFTER_SUBJECT =
  /^(?:did|does|has|had|have|was|were|is|would|will|could|also|later|then|\p{Ll}+ed)$/u;
const RECENT_LIMIT = 30;
const ownSpokesperson = new RegExp(
  `^(?:its|their)(?:\\s+\\p{Ll}+)?\\s+${SPOKESPERSON_NOUNS}$`,
  'iu',
);
const conjunctWord = `(?:${[...CONJUNCT_WORDS, ...SPEAKER_NOUNS].join('|')}|\\p{Lu}[\\p{L}'’.\\/-]*)`;
/** A phrase before "and" that names a speaker: capitalised names and speaker nouns only. */
const SPEAKER_CONJUNCT = new RegExp(
  `^(?!(?:${CONJUNCT_NOT_FIRST.join('|')})\\b)(?:${conjunctWord}\\s+){0,5}${conjunctWord}$`,
  'u',
);

/**
 * Attributes every sentence: publisher → wire agency → author → quoted source → the person or body
 * cited. With an agreement, a speaker named by one of a party's aliases is that party.
 */
export function attributeSentences(
  structure: Structure,
  publisher: string | null,
  agreement: AgreementParties | null = null,
  byline: Byline = { wire: null, author: null },
): Attributed {
  const { wire, author } = byline;
  const published = publisher ?? structure.siteName ?? UNKNOWN_PUBLISHER;
  // A signed piece its author publishes is a person's, not an outlet's, at the chain's head too.
  const ownAuthor = author !== null && foldName(author) === foldName(published);
  const publisherLink = linkFor(published, ownAuthor ? 'person' : 'outlet');
  // Wire copy speaks for its agency: what no one else is said to say, the agency reports.
  const wireLink =
    wire === null || foldName(wire) === foldName(publisherLink.name)
      ? null
      : linkFor(knownSourceNamed(wire)?.name ?? wire, 'news_agency');
  // A signed piece (commentary, analysis) speaks in its author's voice; a reporter named on a
  // report credited to an agency (its dateline, a "Source:" line, "via" or "with" it) writes
  // the agency's copy, and the agency vouches for it.
  const authorLink = author === null || wireLink !== null ? null : linkFor(author, 'person');
  // A statement speaks in its issuer's name, when its heading gives one.
  const issuerLink = issuerLinkOf(byline.issuer ?? null);
  const knownSources = findKnownSources(structure.text, structure.words);
  const headed = withHeadingBreaks(structure);
  let next = 0;
  const recent: Recent = {
    at: 0,
    holders: officeHoldersOf(structure.text),
    people: peopleNamedIn(structure.text),
    speakers: [],
    mentioned: [],
    parties: partySpeakers(agreement),
    issuer: issuerLink === null ? null : { link: issuerLink, classes: [] },
    own:
      issuerLink !== null
        ? { link: issuerLink, classes: [] }
        : publisher === null
          ? null
          : { link: publisherLink, classes: [] },
  };
  const clauses: (readonly Clause[])[] = [];
  const own: (Found | null)[] = structure.sentences.map((s) => {
    recent.at = s.start;
    const says = saysSomething(structure, s);
    const found = says ? findSpeaker(headed, s, recent) : null;
    const parts = says ? clauseSpeakers(headed, s, recent) : [];
    clauses[s.index] = parts;
    if (found !== null) recent.speakers.unshift(found.speaker, ...(found.speaker.members ?? []));
    // The last speaker told is the one a pronoun in the next sentence means.
    const last = parts[parts.length - 1]?.found;
    if (
      last !== undefined &&
      last !== null &&
      !sameSource(found?.speaker.link, last.speaker.link)
    ) {
      recent.speakers.unshift(last.speaker);
    }
    for (; next < knownSources.length && (knownSources[next]?.start ?? 0) < s.end; next++) {
      const m = knownSources[next];
      if (m !== undefined)
        recent.mentioned.unshift({
          link: linkFor(m.source.name, m.source.kind),
          classes: m.source.classes ?? [],
        });
    }
    // Back references reach a few paragraphs, not the whole of a long page.
    recent.speakers.length = Math.min(recent.speakers.length, RECENT_LIMIT);
    recent.mentioned.length = Math.min(recent.mentioned.length, RECENT_LIMIT);
    return found;
  });
  const windowed = own.map((found, i) => found ?? fromQuotedNeighbour(structure, own, i));
  // The speaker of an introducing paragraph is the one its last sentence names.
  const introSpeaker = new Map<number, AttributionLink>();
  for (const [i, s] of structure.sentences.entries()) {
    const found = windowed[i];
    if (found !== null && found !== undefined) introSpeaker.set(s.block, found.speaker.link);
  }
  const attributions = structure.sentences.map((s, i): SentenceAttribution => {
    const base: AttributionLink[] = [publisherLink];
    if (wireLink !== null) base.push(wireLink);
    if (authorLink !== null) base.push(authorLink);
    if (issuerLink !== null) extend(base, issuerLink);
    const quoted = structure.blocks[s.block]?.quoted;
    if (quoted !== null && quoted !== undefined) {
      const introducer =
        quoted.introducer === null ? undefined : introSpeaker.get(quoted.introducer);
      // A statement's "declare the following:" introduces its own words, not someone else's.
      if (introducer !== undefined) extend(base, introducer);
      else if (issuerLink === null) base.push(UNNAMED_QUOTED_SOURCE);
    }
    const chainOf = (found: Found | null): AttributionLink[] => {
      const chain = [...base];
      const links = found === null ? [] : [found.relay?.link, found.speaker.link];
      for (const link of links) if (link !== undefined) extend(chain, link);
      return chain;
    };
    const found = windowed[i] ?? null;
    const sides = reciprocalSides(structure.text, s, agreement);
    return {
      reciprocal:
        sides === null
          ? null
          : { start: sides.start, end: sides.end, chains: sides.sides.map((l) => [...base, l]) },
      chain: chainOf(found),
      span: own[i]?.span ?? null,
      clauses: (clauses[i] ?? []).map((c) => ({
        start: c.start,
        end: c.end,
        chain: chainOf(c.found ?? (c.alone ? null : found)),
        span: c.found?.span ?? null,
      })),
    };
  });
  return {
    ...structure,
    publisher: publisherLink,
    knownSources,
    attributions,
    looksBack: author !== null && wire === null && byline.news !== true,
  };
}

/**
 * The clean text with a line break, in place of the space that joined them, after each line
 * that reads as a heading glued to its paragraph: a line at most half as long as the next
 * ("SITUATION OVERVIEW" above "Partners report …"). A speaker's name starts after it; a
 * hard-wrapped paragraph, whose lines run to one length, keeps its spaces. Offsets are unchanged.
 */
function withHeadingBreaks(structure: Structure): string {
  const { text } = structure;
  let out = '';
  let copied = 0;
  for (const block of structure.blocks) {
    const lines = block.lines ?? [];
    for (const [k, at] of lines.entries()) {
      const from = k === 0 ? block.start : (lines[k - 1] ?? block.start);
      const to = lines[k + 1] ?? block.end;
      if (at - from > (to - at) / 2) continue;
      out += `${text.slice(copied, at - 1)}\n`;
      copied = at;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The link of a statement's issuer: its known source, else its name without a title. */
function issuerLinkOf(issuer: string | null): AttributionLink | null {
  if (issuer === null) return null;
  const known = knownSourceNamed(issuer);
  if (known !== undefined) return linkFor(known.name, known.kind);
  // A body's name keeps words a person's title would lose: "General Border Committee".
  if (ORG_WORDS.test(issuer)) return linkFor(issuer, 'official_body');
  const name = speakerName(issuer);
  return name.length === 0
    ? null
    : linkFor(name, ORG_WORDS.test(name) ? 'official_body' : 'person');
}

/** Each party's aliases, folded, to the party as a speaker under its known source's name. */
function partySpeakers(agreement: AgreementParties | null): Map<string, Speaker> {
  const out = new Map<string, Speaker>();
  for (const party of agreement?.parties ?? []) {
    const names = [party.id, ...party.aliases];
    const known = names.map((n) => knownSourceNamed(n)).find((k) => k !== undefined);
    // Without a known source a party has no name to speak under but its id ("aa"): its
    // speakers keep the names the text gives them ("the Arakan Army").
    if (known === undefined) continue;
    const speaker: Speaker = { link: linkFor(known.name, 'party'), classes: known.classes ?? [] };
    for (const name of names) out.set(foldName(name), speaker);
  }
  return out;
}

const reciprocalNamed = RECIPROCAL_NAMED.map((p) => new RegExp(p, 'u'));
const reciprocalUnnamed = RECIPROCAL_UNNAMED.map((p) => new RegExp(p, 'u'));

/** The two sides of "X and Y accused each other" (or of the agreement, for "both sides …"). */
function reciprocalSides(
  text: string,
  s: Sentence,
  agreement: AgreementParties | null,
): { start: number; end: number; sides: AttributionLink[] } | null {
  const sentence = text.slice(s.start, s.end);
  for (const re of reciprocalNamed) {
    const m = re.exec(sentence);
    const a = m?.groups?.a;
    const b = m?.groups?.b;
    if (m === null || a === undefined || b === undefined) continue;
    const sides = [a, b].map((n) => sideLink(n.replace(/^the\s+/i, ''), agreement));
    return { start: s.start + m.index, end: s.start + m.index + m[0].length, sides };
  }
  const parties = agreement?.parties ?? [];
  if (parties.length !== 2) return null;
  for (const re of reciprocalUnnamed) {
    const m = re.exec(sentence);
    if (m === null) continue;
    const sides = parties.map((p) => sideLink(p.aliases[0] ?? p.id, agreement));
    return { start: s.start + m.index, end: s.start + m.index + m[0].length, sides };
  }
  return null;
}

/** A side named in a reciprocal accusation: its known source, else its party, else as written. */
function sideLink(name: string, agreement: AgreementParties | null): AttributionLink {
  const party = agreement?.parties.find((p) =>
    [p.id, ...p.aliases].some((n) => foldName(n) === foldName(name)),
  );
  const known =
    knownSourceNamed(name) ??
    (party === undefined
      ? undefined
      : [party.id, ...party.aliases].map((n) => knownSourceNamed(n)).find((k) => k !== undefined));
  return known === undefined ? linkFor(name, 'official_body') : linkFor(known.name, known.kind);
}

/** A part of a sentence between turns to another speaker, with the speaker it names, if any. */
interface Clause {
  readonly start: number;
  readonly end: number;
  readonly found: Found | null;
  /** The part is told by `found` alone: none is the report's own voice, not the sentence's speaker. */
  readonly alone: boolean;
}

/**
 * The parts of a sentence that turns from one speaker to another (", while the army said …"),
 * each with the speaker it names; none when fewer than two parts name different speakers, so
 * that one speaker at the end ("…, while Israel shelled Gaza, the UN said") covers them all.
 * A speaker that opens a later part ("…; the army says it intends …") tells that part, not the
 * ones before it. The items of a list run into one sentence are each told on their own.
 */
function clauseSpeakers(text: string, s: Sentence, recent: Recent): Clause[] {
  const items = cutsOf(text.slice(s.start, s.end), listItem).map(([start, end]): Sentence => ({
    ...s,
    start: s.start + start,
    end: s.start + end,
  }));
  if (items.length < 2) return turnsOf(text, s, recent);
  return items.flatMap((item) => {
    const found = findSpeaker(text, item, recent);
    const parts = turnsOf(text, item, recent);
    if (parts.length === 0) return [{ start: item.start, end: item.end, found, alone: true }];
    return parts.map((p) => ({ ...p, found: p.found ?? (p.alone ? null : found), alone: true }));
  });
}

/** The parts of a sentence, or of one item of a list in it, between turns to another speaker. */
function turnsOf(text: string, s: Sentence, recent: Recent): Clause[] {
  const cuts = cutsOf(text.slice(s.start, s.end), speakerTurn);
  if (cuts.length < 2) return [];
  const parts = cuts.map(([start, end]) => {
    const part = { ...s, start: s.start + start, end: s.start + end };
    return { start: part.start, end: part.end, found: findSpeaker(text, part, recent) };
  });
  const named = parts.filter((p) => p.found !== null);
  const distinct = new Set(named.map((p) => foldName(p.found?.speaker.link.name ?? '')));
  const first = parts.findIndex((p) => p.found !== null);
  const head = parts[first];
  const opens =
    first > 0 && head !== undefined && opensItsPart(text, head, parts[first - 1]?.end ?? 0);
  // A part an opener gives its own speaker ("…, a charge the Government denied") is told by that
  // speaker alone, however few words follow it; "it" there is the one charged, not the last
  // speaker, so that part is left in the report's own voice rather than guessed.
  const opening = parts.map((p, k) =>
    k > 0 && ownClauseOpener.test(text.slice(parts[k - 1]?.end ?? 0))
      ? opensWith(text, p)
      : 'other',
  );
  const byName = opening.map((o) => o === 'name');
  const byPronoun = opening.map((o) => o === 'pronoun');
  if (!opens && !byName.includes(true) && (named.length < 2 || distinct.size < 2)) return [];
  // The words of a turn belong to the part after it: its span starts where the last one ended.
  return parts.map((p, k) => ({
    ...p,
    found: byPronoun[k] === true ? null : p.found,
    start: k === 0 ? s.start : (parts[k - 1]?.end ?? p.start),
    alone: (opens && k < first) || byName[k] === true || byPronoun[k] === true,
  }));
}

/** What the part opens with: its speaker's name, a pronoun for it, or other words first. */
function opensWith(
  text: string,
  part: { readonly start: number; readonly found: Found | null },
): 'name' | 'pronoun' | 'other' {
  if (part.found === null) return 'other';
  const [from, to] = part.found.span;
  const first = /^[\p{L}'’-]+/u.exec(text.slice(from, to))?.[0].toLowerCase() ?? '';
  if (text.slice(part.start, from).trim() !== '' || speechWords.has(first)) return 'other';
  return pronouns.has(first) ? 'pronoun' : 'name';
}

/**
 * Does the part begin with its speaker, who then says what follows ("; the army says it intends
 * …", ", although activists reported shelling …")? Not a speaker that closes the part ("…, as
 * the GNA had demanded"), one named after its verb ("which calls itself …"), a pronoun, whose
 * one is told before it, or the paragraph a heading stands over.
 */
function opensItsPart(
  text: string,
  part: { readonly start: number; readonly end: number; readonly found: Found | null },
  cutFrom: number,
): boolean {
  if (part.found === null || text.slice(cutFrom, part.start).includes('\n')) return false;
  const [from, to] = part.found.span;
  const first = /^[\p{L}'’-]+/u.exec(text.slice(from, to))?.[0].toLowerCase() ?? '';
  return (
    text.slice(part.start, from).trim() === '' &&
    !speechWords.has(first) &&
    !pronouns.has(first) &&
    !speakerCloses.test(text.slice(to, part.end))
  );
}

/** [start, end) of the pieces of `text` between matches of `cut`, the matches left out. */
function cutsOf(text: string, cut: RegExp): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(cut)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);
  return pieces;
}

/**
 * A multi-sentence quotation names its speaker once: a sentence inside a quotation that runs
 * into the next (or the previous) sentence takes that sentence's speaker.
 */
function fromQuotedNeighbour(
  structure: Structure,
  own: readonly (Found | null)[],
  i: number,
): Found | null {
  const s = structure.sentences[i];
  if (s === undefined) return null;
  for (const j of [i + 1, i - 1]) {
    const other = structure.sentences[j];
    const found = own[j];
    if (other === undefined || found === null || found === undefined) continue;
    if (other.block !== s.block) continue;
    const lo = Math.min(s.start, other.start);
    const hi = Math.max(s.end, other.end);
    const sharedQuote = structure.quotations.some(
      ([qs, qe]) =>
        qs < Math.min(s.end, other.end) &&
        qe > Math.max(s.start, other.start) &&
        qs >= lo &&
        qe <= hi,
    );
    if (sharedQuote) return found;
  }
  // A sentence all in quotation marks continues the speaker of the sentence before it in its
  // paragraph ("X said …. “…”"), or, opening it, is told by the one the next names.
  if (!WHOLLY_QUOTED.test(structure.text.slice(s.start, s.end).trim())) return null;
  for (const j of [i - 1, i + 1]) {
    const found = own[j];
    if (structure.sentences[j]?.block === s.block && found !== null && found !== undefined)
      return found;
  }
  return null;
}

const WHOLLY_QUOTED = /^[“"][^“”"]+[”"]\s*[.!?]?$/u;

/** Does the sentence have a verb of saying or "according to"? Most have none and are skipped. */
function saysSomething(structure: Structure, s: Sentence): boolean {
  for (let w = s.words[0]; w < s.words[1]; w++) {
    if (speechWords.has(structure.words[w]?.folded ?? '')) return true;
  }
  return false;
}

/**
 * The speaker a sentence names itself, if any; when it relays another ("…, citing two
 * residents"), the one cited, with the one citing as its relay.
 */
function findSpeaker(text: string, s: Sentence, recent: Recent): Found | null {
  const found = namedSpeaker(text, s, recent);
  if (found === null) return null;
  const cited = citedSpeaker(text.slice(s.start, s.end), recent);
  return cited === null || sameSource(cited.link, found.speaker.link)
    ? found
    : { ...found, speaker: cited, relay: found.speaker };
}

/**
 * The one a sentence says its speaker cites or quotes, when the words cited name a speaker
 * ("citing two residents", "quoting a military source"), not a reason ("citing a drone attack
 * on its fleet"): a speaker noun ends them, or they are a name.
 */
function citedSpeaker(sentence: string, recent: Recent): Speaker | null {
  const quoted = quotedRanges(sentence);
  for (const m of sentence.matchAll(relayedSpeaker)) {
    if (quoted.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const phrase = cutSpeakerPhrase(sentence.slice(m.index + m[0].length));
    const name = speakerName(phrase);
    const words = name.split(/\s+/);
    const head = foldName(words[words.length - 1] ?? '');
    const names =
      knownSourceNamed(name) !== undefined ||
      PROPER_NAME.test(name) ||
      (speakerNouns.has(head) && words.length <= 6 && !CITED_NOT_A_NAME.test(name));
    const speaker = names ? resolveSpeaker(phrase, recent) : null;
    if (speaker !== null) return speaker;
  }
  return null;
}

/** Words that make the phrase cited an event told by someone, not someone: "attacks by the army". */
const CITED_NOT_A_NAME = /\b(?:by|on|against|at|in|of)\b/i;

/** The speaker a sentence names itself, if any, as the words that name it give it. */
function namedSpeaker(text: string, s: Sentence, recent: Recent): Found | null {
  const sentence = text.slice(s.start, s.end);
  const quoted = quotedRanges(sentence);
  const outsideQuotes = (at: number): boolean => !quoted.some(([a, b]) => at >= a && at < b);
  for (const m of [...sentence.matchAll(accordingTo), ...sentence.matchAll(passiveSpeaker)]) {
    if (!outsideQuotes(m.index)) continue;
    const phrase = cutSpeakerPhrase(sentence.slice(m.index + m[0].length));
    const speaker = phrase && resolveSpeaker(phrase, recent);
    if (speaker)
      return {
        speaker,
        span: [s.start + m.index, s.start + m.index + m[0].length + phrase.length],
      };
  }
  speechVerb.lastIndex = 0;
  for (const m of sentence.matchAll(speechVerb)) {
    const after = sentence.slice(m.index);
    if (!outsideQuotes(m.index) || performedNotTold.test(after) || recountedPledge.test(after))
      continue;
    // "…, a charge the Government denied": the one answering tells its clause, not the sentence.
    if (inOwnClause.test(sentence.slice(0, m.index))) continue;
    // "the UN humanitarian office (OCHA) said", "the Coalition (NC), an alliance of …, said": the
    // abbreviation is the name's, blanked in place.
    // "…, in turn, said": the aside is no part of the name, blanked in place.
    const before = sentence
      .slice(0, m.index)
      .replace(ABBREVIATION_BEFORE_VERB, (x) => ' '.repeat(x.length))
      .replace(speakerAside, (x) => ' '.repeat(x.length));
    if (PASSIVE_SUBJECT.test(before)) continue;
    const phrase = subjectBefore(before);
    // "…, Amos Kiprop, has repeatedly said": auxiliaries and adverbs alone are no subject.
    const own =
      phrase === null || ` ${phrase.phrase}`.replace(speakerTrail, '').trim() === ''
        ? null
        : phrase;
    // "with no airstrikes reported": a subject naming no one leaves the verb without a speaker.
    if (own !== null && noSpeaker.test(speakerName(own.phrase))) continue;
    const subject =
      (own && coordinatedSubject(before, own)) ??
      own ??
      appositionSubject(before) ??
      sentenceSubject(before, sayingParticiples.has(m[0].toLowerCase()));
    const verbEnd = m.index + m[0].length;
    if (subject !== null) {
      const speaker = resolveSpeakers(subject, recent);
      if (speaker !== null) {
        const from = openerBefore(before) ?? subject.start;
        // "said on Saturday that …": the time between verb and "that" dates the saying.
        const upToThat = /^[^,;“”"]{0,30}?\bthat\b/.exec(sentence.slice(verbEnd));
        return { speaker, span: [s.start + from, s.start + verbEnd + (upToThat?.[0].length ?? 0)] };
      }
    }
    // "…,” says a rare statement from Netanyahu’s office": the speaker follows the verb.
    // "…, announced by the mediators, came …" is a participle: "by" names who acted, not a teller;
    // so is "…, called for by the Security Council, …", its particle before "by".
    // "…, and denied bombing any target": a verb after "and" shares the subject before it.
    const sharesSubject =
      /^\s*$/.test(before) &&
      /\b(?:and|but)\s*$/i.test(text.slice(Math.max(0, s.start - 8), s.start));
    if (
      (/[,”"]\s*$/.test(before) || /^\s*$/.test(before)) &&
      !sharesSubject &&
      !/^\s*(?:(?:for|on|upon)\s+)?by\b/i.test(sentence.slice(verbEnd))
    ) {
      const phrase = cutSpeakerPhrase(sentence.slice(verbEnd).replace(/^\s+/, ''));
      const speaker = phrase && resolveSpeaker(phrase, recent);
      if (speaker) {
        const end = sentence.indexOf(phrase, verbEnd) + phrase.length;
        return { speaker, span: [s.start + m.index, s.start + end] };
      }
    }
  }
  return null;
}

function quotedRanges(sentence: string): [number, number][] {
  return [...sentence.matchAll(/“[^“”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

/** The phrase just before a verb of saying, back to a comma, quotation mark or "that". */
function subjectBefore(before: string): { phrase: string; start: number } | null {
  let start = 0;
  SUBJECT_START.lastIndex = 0;
  for (const m of before.matchAll(SUBJECT_START)) start = m.index + m[0].length;
  const phrase = before.slice(start).trim();
  if (phrase.length === 0) return null;
  return {
    phrase,
    start: start + (before.slice(start).length - before.slice(start).trimStart().length),
  };
}

/** A subject phrase, and its conjuncts when it names two speakers ("Riyadh and Washington"). */
interface Subject {
  readonly phrase: string;
  readonly start: number;
  readonly conjuncts?: readonly string[];
}

/**
 * Two speakers joined by "and" before the verb ("the Saudi and US mediators said", "Turkish
 * President Tayyip Erdogan and UN Secretary-General Antonio Guterres said"): the first counts
 * when it reads as a name, not a clause ("Israel shelled Gaza and the UN said" has one speaker).
 */
function coordinatedSubject(before: string, second: Subject): Subject | null {
  const and = /\band\s+$/i.exec(before.slice(0, second.start));
  if (and === null) return null;
  let first = subjectBefore(before.slice(0, and.index));
  if (first === null || !SPEAKER_CONJUNCT.test(speakerName(first.phrase))) return null;
  const conjuncts = [first.phrase, second.phrase];
  // A list: "The United States, France and the United Kingdom said".
  for (let comma = /,\s*$/.exec(before.slice(0, first.start)); comma !== null;) {
    const earlier = subjectBefore(before.slice(0, comma.index));
    if (earlier === null || !SPEAKER_CONJUNCT.test(speakerName(earlier.phrase))) break;
    conjuncts.unshift(earlier.phrase);
    first = earlier;
    comma = /,\s*$/.exec(before.slice(0, first.start));
  }
  return {
    phrase: before.slice(first.start, second.start + second.phrase.length),
    start: first.start,
    conjuncts,
  };
}

/** A run of capitalised words that reads as a person's or body's name: "Hans Grundberg". */
const PROPER_NAME_WORD = String.raw`(?:\p{Lu}|(?:${NAME_PARTICLES.join('|')})[- ]\p{Lu})[\p{L}'’.-]*`;
const PROPER_NAME = new RegExp(`^(?:${PROPER_NAME_WORD}\\s+){0,3}${PROPER_NAME_WORD}$`, 'u');
/**
 * The segments of "A, B," just before a verb, or before the auxiliaries and adverbs that lead
 * to it ("…, Therese Kayikwamba Wagner, has repeatedly said"): a subject and its apposition.
 */
const APPOSITION =
  /([^,;:“”"()]{1,80}),\s*([^,;:“”"()]{1,120}),\s*(?:(?:has|have|had|was|were|is|are|also|later|earlier|again|repeatedly|previously|then|already|publicly|once|since)\s+)*$/u;

/**
 * The speaker behind an apposition ("Getachew Reda, president of the interim administration,
 * accused …", "China, which has close ties …, urged …"): the subject, unless it is a title and
 * the apposition the name ("The UN Special Envoy for Yemen, Hans Grundberg, announces").
 */
function appositionSubject(before: string): Subject | null {
  const m = APPOSITION.exec(before);
  const [a, b] = [m?.[1], m?.[2]];
  if (m === null || a === undefined || b === undefined) return null;
  const head = subjectBefore(a);
  if (head === null) return null;
  const start = m.index + head.start;
  const name = speakerName(head.phrase);
  // "The Home Secretary, William Whitelaw, says": an office in title case is no name.
  if (PROPER_NAME.test(name) && !officeAtEnd.test(name)) return { phrase: head.phrase, start };
  const named = b.trim();
  // "general Gustavo Matamoros": a title in lower case before the name is dropped with it.
  if (PROPER_NAME.test(named.replace(titles, '')) && !/^(?:which|who)\b/i.test(named)) {
    return {
      phrase: named,
      start: m.index + a.length + before.slice(m.index + a.length).indexOf(named),
    };
  }
  return SPEAKER_CONJUNCT.test(name) ? { phrase: head.phrase, start } : null;
}

/** The one speaker a subject names, or both of a coordinated subject as one. */
function resolveSpeakers(subject: Subject, recent: Recent): Speaker | null {
  const conjuncts = subject.conjuncts ?? [subject.phrase];
  const last = resolveSpeaker(conjuncts[conjuncts.length - 1] ?? subject.phrase, recent);
  if (conjuncts.length < 2 || last === null) return last;
  const members: Speaker[] = [];
  const names: string[] = [];
  for (const phrase of conjuncts.slice(0, -1)) {
    const member = resolveSpeaker(phrase, recent);
    if (member === null) continue;
    members.push(member);
    // As written, titles dropped: "Qatar and the Israeli army", not "Qatar and IDF".
    names.push(speakerName(phrase).replace(names.length === 0 ? /^the\s+/i : /^$/, ''));
  }
  if (members.length === 0) return last;
  const name = `${names.join(', ')} and ${speakerName(conjuncts[conjuncts.length - 1] ?? '')}`;
  const kind = [...members, last].every((m) => m.link.kind === 'person')
    ? 'person'
    : 'official_body';
  // "They" means all of them; "the army" still means the one that is an army.
  return { link: linkFor(name, kind), classes: [], members: [...members, last] };
}

/**
 * The subject a second verb shares with the first ("Kyiv dismissed it … and said …", "the army
 * did not confirm … but said …"): the words opening the sentence up to the first verb. A
 * participle of saying after a comma shares it too ("On Friday, the president suspended the
 * talks, accusing …"), from where the first verb's own clause begins.
 */
function sentenceSubject(
  before: string,
  participle: boolean,
): { phrase: string; start: number } | null {
  const shared = participle ? /,\s*$/ : /\b(?:and|but)\s*$/i;
  if (!shared.test(before)) return null;
  const words = [...before.matchAll(/\S+/g)].slice(0, MAX_SPEAKER_WORDS);
  for (const [k, w] of words.entries()) {
    if (k === 0 || !VERB_AFTER_SUBJECT.test(w[0])) continue;
    const first = words[0];
    if (first === undefined) return null;
    if (!participle)
      return { phrase: before.slice(first.index, w.index).trim(), start: first.index };
    return subjectBefore(before.slice(0, w.index));
  }
  return null;
}

/** Where "In a statement …," begins, when it opens the attributing words. */
function openerBefore(before: string): number | null {
  opener.lastIndex = 0;
  let at: number | null = null;
  for (const m of before.matchAll(opener)) at = m.index;
  return at;
}

/** A speaker phrase after a verb or "according to", cut where the speaker's name ends. */
function cutSpeakerPhrase(after: string): string {
  let phrase = after;
  for (const w of wrappers) phrase = phrase.replace(w, (m) => ' '.repeat(m.length));
  const lead = phrase.length - phrase.trimStart().length;
  const rest = after.slice(lead);
  const cut = rest.search(tail);
  const end = /[.;:!?\n]|$/.exec(rest)?.index ?? rest.length;
  return after.slice(0, lead + Math.min(cut < 0 ? end : cut, end)).trim();
}

/** A speaker phrase without the words around the name: wrappers, time stamps, titles. */
function speakerName(phrase: string): string {
  let bare = phrase;
  for (const w of wrappers) bare = bare.replace(w, '');
  return withoutSurroundings(bare);
}

/** Turns a speaker phrase into a link, or null when it does not read as a speaker. */
function resolveSpeaker(phrase: string, recent: Recent): Speaker | null {
  let bare = phrase;
  let fromStatement = false;
  for (const w of wrappers) {
    const next = bare.replace(w, '');
    if (next !== bare) fromStatement = true;
    bare = next;
  }
  bare = withoutSurroundings(bare);
  const words = bare.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return null;
  if (NOT_A_NAME.test(bare) || noSpeaker.test(bare) || actNotSpeaker.test(bare)) return null;
  const folded = foldName(bare);
  if (pronouns.has(folded)) return recent.speakers[0] ?? null;
  if (ownVoice.has(folded)) return null;
  for (const b of backReferences) {
    if (!b.re.test(bare)) continue;
    const head = folded.split(' ').pop() ?? '';
    const matches = (r: Speaker): boolean =>
      r.classes.includes(b.class) &&
      (b.class !== 'anonymous' || foldName(r.link.name).endsWith(head));
    const earlier = recent.speakers.find(matches) ?? recent.mentioned.find(matches);
    if (earlier !== undefined) return earlier;
    // In a statement, "the facilitators" with no one before them are its issuers.
    if (recent.issuer !== null && b.class !== 'anonymous') return recent.issuer;
    break; // nothing to refer back to: the description itself is the speaker
  }
  if (recent.own !== null && namesOwnVoice(bare, recent.own.link.name)) return recent.own;
  const holder = holderOfOffice(bare, recent);
  if (holder !== null) return holder;
  const classes = fromStatement ? ['statement'] : [];
  // "Its spokesman" speaks for the body told before ("the army's spokesman" stays as written).
  if (ownSpokesperson.test(bare)) return recent.speakers[0] ?? null;
  const known = knownSourceNamed(bare) ?? outletOf(bare);
  if (known !== undefined) {
    return {
      link: linkFor(known.name, known.kind),
      classes: [...classes, ...(known.classes ?? [])],
    };
  }
  const party = recent.parties.get(folded) ?? recent.parties.get(folded.replace(/^the /, ''));
  if (party !== undefined) return { link: party.link, classes: [...classes, ...party.classes] };
  if (anonymous.test(bare)) {
    return {
      link: linkFor(bare.replace(/^the\s+/i, ''), 'anonymous'),
      classes: [...classes, 'anonymous'],
    };
  }
  // A name's particle may open it in lower case ("al-Shabaab").
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.replace(nameParticle, '')));
  // Words a statement comes from are its speaker, whatever noun names them ("the facilitation team").
  if (!speakerNoun.test(bare) && capitalised.length === 0 && !fromStatement) return null;
  if (!/^(?:the |a |an )?\p{Lu}|^(?:the|a|an) /iu.test(bare)) return null;
  const kind: SourceKind = ORG_WORDS.test(bare) || fromStatement ? 'official_body' : 'person';
  const named = kind === 'person' ? fullNameOf(bare, recent) : null;
  return { link: linkFor(named ?? bare.replace(/^the\s+/i, ''), kind), classes };
}

/** The key a name's word is matched by: folded, a particle before it dropped. */
const nameKey = (word: string): string => foldName(word).replace(nameParticle, '');

/** Each person the text names in full (titles dropped), where; bodies and known sources aside. */
function peopleNamedIn(text: string): NamedPerson[] {
  return [...text.matchAll(fullName)].flatMap((m) => {
    const name = speakerName(m[0]);
    const words = name.split(' ');
    const body = ORG_WORDS.test(name) || /\p{Lu}{2}/u.test(name);
    if (words.length < 2 || body || knownSourceNamed(name) !== undefined) return [];
    return [{ at: m.index, name, keys: words.map(nameKey) }];
  });
}

/**
 * The full name a person told by a surname takes up ("Sadr" after "Moqtada al-Sadr", "Cerpa"
 * after "Nestor Cerpa Cartolini"), as the text named them before: one source, one name. Null
 * when the word is no lone name (a place's), opens the name (a given name a report may call a
 * person by, or a country: "Israel" is not "Israel Katz") or names two people, rather than guess.
 */
function fullNameOf(word: string, recent: Recent): string | null {
  // In title case only: a word in capitals ("UNMISS") is a body's abbreviation.
  if (!/^(?:\p{L}+-)?\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || lookupPlace(word) !== null) {
    return null;
  }
  const key = nameKey(word);
  const names = new Set(
    recent.people
      .filter((p) => p.at < recent.at && p.keys.slice(1).includes(key))
      .map((p) => p.name),
  );
  const [name] = names;
  return names.size === 1 && name !== undefined ? name : null;
}

/** Each office the text names beside its holder: "the Governor, Lord Soames," or "President Kiir". */
function officeHoldersOf(text: string): OfficeHolder[] {
  return [...text.matchAll(officeThenHolder)].map((m) => ({
    office: foldName(m[1] ?? m[3] ?? ''),
    at: m.index,
    name: speakerName(m[2] ?? m[4] ?? ''),
  }));
}

/**
 * The holder of an office a speaker names alone ("the Governor"), as the text named them beside
 * it before; null when it named none, or two different holders, rather than guess between them.
 */
function holderOfOffice(bare: string, recent: Recent): Speaker | null {
  const office = officeAlone.exec(bare)?.[1];
  if (office === undefined) return null;
  const names = new Set(
    recent.holders
      .filter((h) => h.at < recent.at && h.office === foldName(office))
      .map((h) => h.name),
  );
  const [name] = names;
  return names.size === 1 && name !== undefined
    ? { link: linkFor(name, 'person'), classes: [] }
    : null;
}

const abbreviationAlone = new RegExp(`^${ABBREVIATION}$`, 'u');

/**
 * Whether "the X" names the report's own voice by the words of its name ("the Secretariat",
 * "the committee", "The General Staff" for the "General Staff of the Armed Forces").
 */
function namesOwnVoice(phrase: string, own: string): boolean {
  // "UNHCR calls on …" in a report "UNHCR Sarajevo" issues: the office speaks in its agency's name.
  if (abbreviationAlone.test(phrase) && own.startsWith(`${phrase} `)) return true;
  const m = /^the\s+(.+)$/iu.exec(phrase);
  if (m === null) return false;
  const words = foldName(m[1] ?? '').split(' ');
  const ownWords = new Set(foldName(own).split(' '));
  return words.length <= 3 && words.every((w) => ownWords.has(w));
}

/** A live blog's time stamp ("10:45 -"), a dateline, lead and trailing words and a title. */
function withoutSurroundings(phrase: string): string {
  return phrase
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/^\d{1,2}[:.]\d{2}\s*(?:[-–—]\s*)?/u, '')
    .replace(speakerDateline, '')
    .replace(speakerLead, '')
    .replace(speakerMemberOf, '')
    .replace(speakerTrail, '')
    .replace(speakerAdverbTrail, '')
    .replace(speakerTrail, '')
    .replace(speakerModifier, '')
    .replace(speakerTrail, '')
    .replace(speakerRetoldPlace, '')
    .replace(sourceKindBefore, '')
    .replace(sourceKindAfter, '$1')
    .replace(titles, '')
    .replace(titleBeforeSurname, '');
}

/**
 * "Axios’ Barak Ravid" speaks for Axios: the possessor, when it is a known outlet or agency.
 * "Russia's defence ministry" is its own speaker, not the state that owns it.
 */
function outletOf(phrase: string): KnownSource | undefined {
  const possessor = /^(.+?)(?:’s|'s|’|')\s/u.exec(phrase)?.[1];
  const known = possessor === undefined ? undefined : knownSourceNamed(possessor);
  return known?.kind === 'outlet' || known?.kind === 'news_agency' ? known : undefined;
}

const linkFor = (name: string, kind: SourceKind): AttributionLink => ({
  name: name.slice(0, 200),
  kind,
  source: null,
});

/**
 * One body named twice, once in full and once by the leading words of that name: a statement's
 * publisher, "Joint Command of the Armed Forces of Ecuador", and its heading's issuer, "the Joint
 * Command of the Armed Forces" (decision 0209). The first name told is kept. The short form is
 * two words at least: "Ministry" alone is no body's, and a one-word abbreviation is as often
 * the body ("UNTAG" of "UNTAG Information Service") as a part of it ("UNMIT" of "UNMIT Joint
 * Operations Centre").
 */
function shortFormOf(a: AttributionLink | undefined, b: AttributionLink): boolean {
  if (a === undefined) return false;
  const words = (name: string): string[] =>
    foldName(name)
      .replace(/^the\s+/u, '')
      .split(/[\s,]+/u)
      .filter((w) => w !== '');
  const [x, y] = [words(a.name), words(b.name)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && short.length < long.length && short.every((w, i) => long[i] === w);
}

/** The chain told on by `link`, unless `link` names the body its last link names. */
function extend(chain: AttributionLink[], link: AttributionLink): void {
  const last = chain[chain.length - 1];
  if (!sameSource(last, link) && !shortFormOf(last, link)) chain.push(link);
}

const sameSource = (a: AttributionLink | undefined, b: AttributionLink): boolean =>
  a !== undefined && (a.name === b.name || foldName(a.name) === foldName(b.name));
