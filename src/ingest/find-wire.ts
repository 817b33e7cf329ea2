import {
  AUTHOR_LINES,
  AUTHOR_NOTE,
  AUTHOR_PATTERN,
  AUTHOR_UNDER_LABEL,
  ABBREVIATION_BEFORE_KIND,
  BODY_VOICE_OFFICE,
  ISSUER_BODY_LINE,
  ISSUER_DEFINED,
  ISSUER_KIND_HEADING,
  ISSUER_KIND_LINE,
  ISSUER_LABEL,
  ISSUER_LETTERHEAD,
  LETTERHEAD_BODY_WORD,
  ISSUER_LETTERHEAD_OVER_KIND,
  ISSUER_LETTERHEAD_MORE,
  ISSUER_MEETING,
  ISSUER_LINES,
  ISSUER_NOTE_REACH,
  ISSUER_NAMED,
  ISSUER_HOLDER_AFTER,
  ISSUER_HOLDER_CHARS,
  ISSUER_OFFICE,
  ISSUER_OPENING,
  ISSUER_PATTERN,
  ISSUER_STATE_FORM,
  ISSUER_TRANSLATOR_NOTE,
  ISSUER_TRANSLATOR_NOTE_KIND,
  ISSUER_SIGNED,
  ISSUER_SUBJECT_LINE,
  LETTERHEAD_ABBREVIATION,
  LETTERHEAD_HEADQUARTERS,
  PERSON_NAME,
  OPENING_CHARS,
  NAME_SMALL_WORDS,
  PUBLISHER_PATTERNS,
  REPORT_PRODUCER,
  OFFICE_SEAT,
  ABBREVIATION,
  SIGNATURE_BODY_WORDS,
  SIGNATURE_BY_ORDER,
  SIGNATURE_DATE,
  SIGNATURE_LINES,
  SIGNATURE_NAME,
  SIGNATURE_NOT_NAME_WORDS,
  SIGNATURE_OFFICE,
  SIGNATURE_ONE_WORD,
  WIRE_PATTERNS,
  WIRE_TRANSLATOR_NOTE,
} from './tables/bylines.js';
import { abbreviates, spellsOut } from './defined-abbreviations.js';
import { withoutTeam } from './find-outlet.js';
import { lookupPlace } from './gazetteer.js';
import { KNOWN_ABBREVIATIONS } from './known-source-index.js';

const patterns = WIRE_PATTERNS.map((p) => ({
  where: p.where,
  re: new RegExp(p.pattern, p.where === 'line' ? 'imu' : 'u'),
}));

/**
 * The agency a report came through, as the text itself says: "(AFP) –" in its opening,
 * a "Source: Reuters" or "via AP" line. Null when it says none.
 */
export function findWire(text: string): string | null {
  for (const { where, re } of patterns) {
    const m = re.exec(where === 'opening' ? text.slice(0, OPENING_CHARS) : text);
    const name = m?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

const wireNote = new RegExp(WIRE_TRANSLATOR_NOTE, 'u');

/**
 * The agency a translator's note opening the text says the dispatch is of, by the abbreviation
 * it gives in brackets else by name; null when the text opens with no such note. Read on the
 * text as written: cleaning may take the note out as the title.
 */
export function findNotedWire(text: string): string | null {
  const m = wireNote.exec(text.slice(0, OPENING_CHARS));
  return (m?.[2] ?? m?.[1] ?? m?.[4] ?? m?.[3])?.trim() ?? null;
}

const publisherPatterns = PUBLISHER_PATTERNS.map((p) => ({
  re: new RegExp(p, 'mu'),
  producer: p === REPORT_PRODUCER,
}));

/**
 * The publisher a report names in its own lines: a byline ("By …, Sahel Review"), a credit
 * ("-- Dnipro Wire with AFP"), a live blog's header, a press release's heading. Null when none.
 * Only a producing line names an office ("This report is produced by …"), its seat read
 * (`officeName`); any line's team is its outlet's desk ("Issued by the Tarsa Times live team"):
 * a body's team is told from an outlet's by the letterhead alone (`producingOffice`).
 */
export function findPublisher(text: string): string | null {
  return findPublisherLine(text)?.name ?? null;
}

/**
 * The publisher a report names in its own lines (`findPublisher`), and whether the line it was
 * read from is the producing line (`producer`): only then may the office that line names, which
 * `producingOffice` reads on the same line, publish in its place. A "Source:" line read first
 * names another publisher, and keeps it.
 */
export interface PublisherLine {
  readonly name: string;
  readonly producer: boolean;
}

export function findPublisherLine(text: string): PublisherLine | null {
  for (const { re, producer } of publisherPatterns) {
    const name = re.exec(text)?.[1]?.trim();
    if (name) return { name: withoutTeam(producer ? officeName(name) : name), producer };
  }
  return null;
}

/**
 * An office's name without its possessive and its seat (`OFFICE_SEAT`): a bracket or "in" is
 * kept where it names a country, what the office is for ("SHAEF Mission (Netherlands)", "ICRC
 * Delegation in Lebanon"), and dropped otherwise, a town or region being where the office sits
 * ("OCHA West and Central Africa (Dakar)", "UNHCR Office in Kurdistan").
 */
const officeName = (name: string): string =>
  name
    .replace(abbreviationPossessive, '$1 ')
    .replace(officeSeat, (seat, bracketed?: string, after?: string) =>
      lookupPlace(bracketed ?? after ?? '')?.precision === 'country' ? seat : '',
    );
const officeSeat = new RegExp(`${OFFICE_SEAT}$`, 'u');

const reportProducer = new RegExp(REPORT_PRODUCER, 'mu');

/**
 * Whom a report speaks for: `name`, and whether that is the office its producing line names
 * (`producingOffice`), which is then the report's own office and publishes as itself.
 */
export interface Issuer {
  readonly name: string;
  readonly producingOffice: boolean;
}

/**
 * The issuer a report speaks for at the grain its own lines give it: an office the report says
 * produced it, where the issuer its letterhead gives is that office's body by one word ("UNOCHA"
 * over "This report is produced by UNOCHA Afghanistan") or the office is named by the
 * abbreviation of the body the letterhead spells out ("ECMM Dubrovnik team" under "EUROPEAN
 * COMMUNITY MONITOR MISSION"); else `issuer`. The office saw what it tells, and its team is the
 * office: no outlet's desk. A "Source:" line is not read so: it may name the body's information
 * service, which speaks for the body (decision 0223).
 */
export function producingOffice(text: string, issuer: string | null): Issuer | null {
  if (issuer === null) return issuer;
  const body = { name: issuer, producingOffice: false };
  const name = reportProducer.exec(text)?.[1]?.trim();
  if (name === undefined) return body;
  const office = { name: officeName(name), producingOffice: true };
  if (!/\s/u.test(issuer)) return office.name.startsWith(`${issuer} `) ? office : body;
  // An office is more than its body's abbreviation: "ECMM (Zagreb)" is the mission itself.
  const [head = ''] = name.split(' ', 1);
  const byAbbreviation = abbreviationAlone.test(head) && spellsOut(issuer, head);
  return byAbbreviation && office.name !== head ? office : body;
}

/**
 * "UNHCR's Regional Office" is the office the body names "UNHCR Regional Office": a body's
 * abbreviation owns its office by name, and the possessive is only how a sentence says it.
 */
const abbreviationPossessive = new RegExp(`^(${ABBREVIATION})['’]s (?=\\p{Lu})`, 'u');
const abbreviationAlone = new RegExp(`^${ABBREVIATION}$`, 'u');

const author = new RegExp(AUTHOR_PATTERN, 'mu');
const authorUnderLabel = new RegExp(AUTHOR_UNDER_LABEL, 'u');

/**
 * The person a byline names as the report's author ("By Karim Haddad", or a name alone under a
 * commentary's label and headline); null when none.
 */
export function findAuthor(text: string): string | null {
  return (
    (author.exec(text) ?? authorUnderLabel.exec(text))?.[1]?.trim() ?? authorOfClosingNote(text)
  );
}

const authorNote = new RegExp(AUTHOR_NOTE, 'u');

/**
 * The author a closing note names ("X teaches …"), where the heading writes that name alone on
 * a line: the note says the name under the headline is a byline, not a caption. Null otherwise.
 */
function authorOfClosingNote(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const name = authorNote.exec(lines[lines.length - 1] ?? '')?.[1];
  return name !== undefined && lines.slice(0, AUTHOR_LINES).includes(name) ? name : null;
}

const named = new RegExp(ISSUER_NAMED, 'u');
const defined = new RegExp(ISSUER_DEFINED, 'u');
const issuer = new RegExp(ISSUER_PATTERN, 'iu');
const letterhead = new RegExp(ISSUER_LETTERHEAD, 'u');
const letterheadOverKind = new RegExp(ISSUER_LETTERHEAD_OVER_KIND, 'u');
const bodyWord = new RegExp(LETTERHEAD_BODY_WORD, 'u');
const stateForm = new RegExp(ISSUER_STATE_FORM, 'gu');
const smallWords = new Set(NAME_SMALL_WORDS);
const office = new RegExp(ISSUER_OFFICE, 'u');
const speaksFirst = new RegExp(ISSUER_OPENING, 'u');
const label = new RegExp(ISSUER_LABEL, 'iu');
const meeting = new RegExp(ISSUER_MEETING, 'u');
const bodyLine = new RegExp(ISSUER_BODY_LINE, 'u');
const kindLine = new RegExp(ISSUER_KIND_LINE, 'iu');
const kindHeading = new RegExp(ISSUER_KIND_HEADING, 'iu');
/** A line naming the kind of paper, bare or told with its subject. */
const namesKind = (line: string, subjects: boolean): boolean =>
  kindLine.test(line) || (subjects && kindHeading.test(line));
const translatorNote = new RegExp(ISSUER_TRANSLATOR_NOTE, 'u');
const translatorNoteKind = new RegExp(ISSUER_TRANSLATOR_NOTE_KIND, 'u');
const signedNote = new RegExp(ISSUER_SIGNED, 'u');
const letterheadMore = new RegExp(ISSUER_LETTERHEAD_MORE, 'u');
const abbreviationLine = new RegExp(LETTERHEAD_ABBREVIATION, 'u');
const subjectLine = new RegExp(ISSUER_SUBJECT_LINE, 'u');
const headquarters = new RegExp(LETTERHEAD_HEADQUARTERS, 'u');
/**
 * A line a letterhead may hold between the body's name and the kind of paper: the government it
 * belongs to, an office of it with its seat ("Headquarters, Kawthoolei"), the report's subject.
 */
const betweenLetterheadAndKind = (line: string): boolean =>
  letterheadMore.test(line) || bodyLine.test(line) || subjectLine.test(line);
const abbreviationBeforeKind = new RegExp(ABBREVIATION_BEFORE_KIND, 'u');

/**
 * The holder of an office a heading names alone ("Special Envoy"), as the statement's opening
 * names them beside it; the office itself when it is no bare title or names no holder.
 */
function holderOf(issuer: string, text: string): string {
  if (!office.test(issuer)) return issuer;
  const last = issuer.split(' ').pop() ?? issuer;
  const holder = new RegExp(
    `\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b${ISSUER_HOLDER_AFTER}`,
    'u',
  );
  return holder.exec(text.slice(0, ISSUER_HOLDER_CHARS))?.[1] ?? issuer;
}

/**
 * A letterhead in capitals as a name: "OFFICE OF THE HIGH COMMISSIONER" → "Office of the High
 * Commissioner"; a known source's abbreviation stays as it is written ("OFFICE OF THE UN ENVOY").
 */
const nameOfCapitals = (line: string): string =>
  line.replace(/\p{L}[\p{L}'’]*/gu, (word, at: number) => {
    if (KNOWN_ABBREVIATIONS.has(word)) return word;
    const w = word.toLowerCase();
    return at > 0 && smallWords.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
  });

/**
 * The body a letterhead on line `k` names: a line in capitals naming a body, or a body's name
 * above the kind of paper ("Press release"), with at most one more line of the letterhead between
 * them ("Government of India"); a government, force or group in capitals only there; an
 * abbreviation alone counts only when `abbreviations` is set. With `subjects`, the kind may be
 * told with its subject ("Humanitarian Update: Sadr City").
 */
function letterheadAt(
  lines: readonly string[],
  k: number,
  abbreviations: boolean,
  subjects = true,
): string | null {
  const named = letterheadNameAt(lines, k, abbreviations, subjects);
  return named === null ? null : bodySpeakingThrough(named, k > 0 ? lines[k - 1] : undefined);
}

/** The name a letterhead on line `k` gives, before reading whose voice it is (`letterheadAt`). */
function letterheadNameAt(
  lines: readonly string[],
  k: number,
  abbreviations: boolean,
  subjects: boolean,
): string | null {
  const line = lines[k] ?? '';
  // The abbreviation a letterhead closes with is the name the body goes by (see
  // `LETTERHEAD_BRACKETS`), its long form only where it gives none.
  const capitals = letterhead.exec(line);
  if (capitals?.[1] && (bodyWord.test(line) || abbreviates(capitals[1], capitals[2] ?? ''))) {
    if (capitals[2] !== undefined) return officeUnder(capitals[2], lines[k + 1] ?? '');
    const name = nameOfCapitals(capitals[1].trim()).replace(stateForm, '');
    // Headquarters speak for the command they name, not for the town they stand in.
    const command = name.replace(headquarters, '');
    return command !== name && lookupPlace(command) === null ? command : name;
  }
  const [next = '', after = ''] = lines.slice(k + 1, k + 3);
  if (
    !namesKind(next, subjects) &&
    !(betweenLetterheadAndKind(next) && namesKind(after, subjects))
  ) {
    return null;
  }
  const overKind = letterheadOverKind.exec(line);
  if (overKind?.[1])
    return overKind[2] ?? nameOfCapitals(overKind[1].trim()).replace(stateForm, '');
  const body = bodyLine.exec(line);
  const headed =
    body?.[2] ?? body?.[1]?.trim() ?? (abbreviations ? abbreviationLine.exec(line)?.[1] : null);
  // A body's abbreviation alone above its office ("UNHCR" over "Office of the Special Envoy …")
  // names whose paper it is: the office works for it.
  const above = k > 0 ? abbreviationLine.exec(lines[k - 1] ?? '')?.[1] : undefined;
  if (headed && above !== undefined) return above;
  return headed ? headed.replace(stateForm, '') : null;
}

/**
 * The office a letterhead's next line names by the body's abbreviation ("UNRRA GREECE MISSION"
 * under "… ADMINISTRATION (UNRRA)"): the mission issues the paper, as its own heading says;
 * else the body.
 */
function officeUnder(abbreviation: string, next: string): string {
  const rest = next.trim().slice(abbreviation.length + 1);
  // Its headquarters speak for the body, as a letterhead's "HEADQUARTERS, …" does.
  const office =
    next.trim().startsWith(`${abbreviation} `) &&
    !/\p{Ll}/u.test(next) &&
    bodyWord.test(rest) &&
    !/^HEADQUARTERS\b/u.test(rest);
  return office ? `${abbreviation} ${nameOfCapitals(rest)}` : abbreviation;
}

const personName = new RegExp(PERSON_NAME, 'u');

/**
 * Who publishes a statement whose issuer is `issuer`: the issuer when it is a body; when it is a
 * person, the body the letterhead in the text's first lines names, an abbreviation alone included
 * ("NATO" over "Statement by the Secretary General of NATO, Dr Javier Solana"), as a person speaks
 * in a body's release; with no issuer, that letterhead. Null when neither says.
 */
export function findStatementPublisher(text: string, issuer: string | null): string | null {
  if (issuer !== null && !personName.test(issuer)) {
    return issuer;
  }
  const lines = text.split('\n', 2 * ISSUER_LINES).filter((l) => l.trim().length > 0);
  for (const k of lines.slice(0, ISSUER_LINES).keys()) {
    const body = letterheadAt(lines, k, true);
    if (body !== null) return body;
  }
  return issuer;
}

/**
 * Who a statement's heading says issues it ("Remarks of the Secretary-General at …" → the
 * Secretary-General; "Statement by the UN Special Envoy, Hans Grundberg, on …" → Hans Grundberg;
 * a letterhead naming a body, in capitals or above the kind of paper it heads; a translator's
 * note naming who issued the original), from its title (which cleaning takes out of the text)
 * or the text's first lines; null when none reads so. A heading naming a body in lower case
 * ("Joint statement of the committee for …") names no one: the publisher speaks. `subjects`:
 * whether a body's name over an update told with its subject is a letterhead (see `letterheadAt`).
 */
export function findIssuer(
  text: string,
  title: string | null = null,
  subjects = true,
): string | null {
  const opening = text.split('\n', 2 * ISSUER_LINES).filter((l) => l.trim().length > 0);
  const lines = title === null ? opening : [title, ...opening];
  for (const line of lines.slice(0, ISSUER_LINES).map((l) => l.slice(0, ISSUER_NOTE_REACH))) {
    const kind = translatorNoteKind.exec(line)?.[1]?.trim();
    if (kind) return kind.replace(stateForm, '');
    const noted = translatorNote.exec(line)?.[1]?.trim() ?? signedNote.exec(line)?.[1];
    if (noted) return noted;
  }
  for (const [k, line] of lines.slice(0, ISSUER_LINES).entries()) {
    // A label, then the meeting of the body it comes from, on its line or the next.
    const labelled = label.exec(line);
    const rest = labelled === null ? '' : line.slice(labelled[0].length);
    const met =
      labelled === null ? null : meeting.exec(rest.trim() === '' ? (lines[k + 1] ?? '') : rest);
    const host = met?.[1] ?? met?.[2];
    if (host) return host;
    const person = named.exec(line)?.[1]?.trim();
    if (person) return person;
    const group = defined.exec(line)?.[1];
    if (group) return group;
    const name = issuer.exec(line)?.[1]?.trim();
    // A heading in capitals names its issuer as a letterhead in capitals does; one word in
    // capitals may be an abbreviation ("NATO"), and stays as written.
    const recased = name && !/\p{Ll}/u.test(name) && /\s/u.test(name);
    const written = recased ? nameOfCapitals(name) : name;
    if (written && /^\p{Lu}/u.test(written)) return holderOf(written.replace(stateForm, ''), text);
    const body = letterheadAt(lines, k, false, subjects);
    if (body !== null) return body;
  }
  // No heading names one: a body's abbreviation before the kind of paper ("NATO PRESS RELEASE"),
  // read after the heading lines as the heading under it may name a person who speaks; else a
  // body speaking in the present tense in the opening issues it.
  for (const line of lines.slice(0, ISSUER_LINES)) {
    const [, body, kind] = abbreviationBeforeKind.exec(line) ?? [];
    if (body && kind && kindLine.test(kind) && !kindLine.test(line)) return body;
  }
  for (const line of lines.slice(0, ISSUER_LINES)) {
    const name = speaksFirst.exec(line)?.[1]?.trim();
    if (name) return name.replace(stateForm, '');
  }
  return null;
}

const voiceOffice = new RegExp(BODY_VOICE_OFFICE, 'iu');
/** A letterhead's line in capitals, a name of a few words: "COMMUNIST PARTY OF NEPAL (MAOIST)". */
const capitalsName = /^\p{Lu}[\p{Lu}\d ,.'’&/()-]{2,100}$/u;

/**
 * The body a letterhead's office speaks for where the office is its voice (`BODY_VOICE_OFFICE`):
 * the name before a dash on the office's line, or the letterhead line `above` it; else the
 * office itself, which issues in its own name.
 */
function bodySpeakingThrough(office: string, above: string | undefined): string {
  const dashed = /^(.+?) [-–—] (.+)$/u.exec(office);
  if (dashed?.[1] !== undefined && voiceOffice.test(dashed[2] ?? '')) return dashed[1];
  const line = above?.trim() ?? '';
  if (!voiceOffice.test(office) || line.split(' ').length > 8) return office;
  // "MONROVIA", "CAMP NEAR FREDERICKSBURG" over "HEADQUARTERS": where it sits, no body.
  if (capitalsName.test(line))
    return bodyNamed.test(line) ? nameOfCapitals(line).replace(stateForm, '') : office;
  return letterheadMore.test(line) ? line : office;
}

const signatureName = new RegExp(SIGNATURE_NAME, 'u');
const signatureOneWord = new RegExp(SIGNATURE_ONE_WORD, 'u');
const signatureOffice = new RegExp(SIGNATURE_OFFICE, 'u');
const signatureDate = new RegExp(SIGNATURE_DATE, 'u');
const byOrder = new RegExp(SIGNATURE_BY_ORDER, 'iu');
const signatureBody = new RegExp(SIGNATURE_BODY_WORDS, 'u');
/** A line in capitals naming a body by one of its words: "ARMY OF AFRICA", "GOVERNMENT OF CYPRUS". */
const bodyNamed = new RegExp(SIGNATURE_BODY_WORDS, 'iu');
const signatureNotName = new RegExp(SIGNATURE_NOT_NAME_WORDS, 'u');
/** A note under a text rather than a line of it: "[Unofficial translation …]", "(Translation ends.)". */
const closingNote = /^(?:\[.*\]|\(.*\))$/su;

/** The person a line names alone, as a signature writes it; null when it names none or a body. */
function signerOn(line: string, overOffice: boolean): string | null {
  // An old notice closes the signature with a full stop ("E. W. STAFFORD."): no part of the name.
  const signed = line.replace(/(\p{L}{2})\.$/u, '$1');
  const name = /\p{Ll}/u.test(signed) ? signed : nameOfCapitals(signed);
  // Shaped as a name first: the place lookups below are for a short line, not a paragraph.
  if (!signatureName.test(line) && !(overOffice && signatureOneWord.test(line))) return null;
  // A place alone closes a statement as where it was issued ("New Delhi"), not who signs it.
  const person =
    !signatureBody.test(name) &&
    !signatureNotName.test(name) &&
    !signatureOffice.test(name) &&
    lookupPlace(name) === null &&
    !placeThenPlace(name);
  return person ? name : null;
}

/**
 * A place written beside the place it lies in, with no comma ("Geneva Switzerland", "Nairobi
 * Kenya"): where a statement was issued. Both parts must be places, so a person whose name holds
 * one ("Israel Katz") still signs.
 */
function placeThenPlace(name: string): boolean {
  const words = name.split(' ');
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (lookupPlace(head) !== null && lookupPlace(rest) !== null) return true;
  }
  return false;
}

/**
 * The one person who signs a statement, by the name alone on a line at its end (see
 * `SIGNATURE_NAME`); null when none does, or when two or more names sign (a commission's
 * members sign for the commission).
 */
export function findSignatory(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  while (lines.length > 0 && closingNote.test(lines[lines.length - 1] ?? '')) lines.pop();
  const tail = lines.slice(-SIGNATURE_LINES - 1);
  let k = tail.length - 1;
  let underOffice = false;
  while (k > 0 && signatureOffice.test(tail[k] ?? '') && !signatureName.test(tail[k] ?? '')) {
    underOffice = true;
    k--;
  }
  const signer = signerOn(tail[k] ?? '', underOffice);
  if (signer === null || k === 0) return null;
  const above = tail[k - 1] ?? '';
  // Under the body's last sentence, a date or "By order": another name above is a second signer.
  return /[.!?"”’]$/u.test(above) || signatureDate.test(above) || byOrder.test(above)
    ? signer
    : null;
}
