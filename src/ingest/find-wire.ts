import {
  AUTHOR_PATTERN,
  AUTHOR_UNDER_LABEL,
  ISSUER_BODY_LINE,
  ISSUER_KIND_LINE,
  ISSUER_LABEL,
  ISSUER_LETTERHEAD,
  ISSUER_MEETING,
  ISSUER_LINES,
  ISSUER_NAMED,
  ISSUER_HOLDER_AFTER,
  ISSUER_HOLDER_CHARS,
  ISSUER_OFFICE,
  ISSUER_OPENING,
  ISSUER_PATTERN,
  ISSUER_STATE_FORM,
  ISSUER_TRANSLATOR_NOTE,
  OPENING_CHARS,
  NAME_SMALL_WORDS,
  PUBLISHER_PATTERNS,
  WIRE_PATTERNS,
} from './tables/bylines.js';

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

const publisherPatterns = PUBLISHER_PATTERNS.map((p) => new RegExp(p, 'mu'));

/**
 * The publisher a report names in its own lines: a byline ("By …, Sahel Review"), a credit
 * ("-- Dnipro Wire with AFP"), a live blog's header, a press release's heading. Null when none.
 */
export function findPublisher(text: string): string | null {
  for (const re of publisherPatterns) {
    const name = re.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

const author = new RegExp(AUTHOR_PATTERN, 'mu');
const authorUnderLabel = new RegExp(AUTHOR_UNDER_LABEL, 'u');

/**
 * The person a byline names as the report's author ("By Karim Haddad", or a name alone under a
 * commentary's label and headline); null when none.
 */
export function findAuthor(text: string): string | null {
  return (author.exec(text) ?? authorUnderLabel.exec(text))?.[1]?.trim() ?? null;
}

const named = new RegExp(ISSUER_NAMED, 'u');
const issuer = new RegExp(ISSUER_PATTERN, 'iu');
const letterhead = new RegExp(ISSUER_LETTERHEAD, 'u');
const stateForm = new RegExp(ISSUER_STATE_FORM, 'gu');
const smallWords = new Set(NAME_SMALL_WORDS);
const office = new RegExp(ISSUER_OFFICE, 'u');
const speaksFirst = new RegExp(ISSUER_OPENING, 'u');
const label = new RegExp(ISSUER_LABEL, 'iu');
const meeting = new RegExp(ISSUER_MEETING, 'u');
const bodyLine = new RegExp(ISSUER_BODY_LINE, 'u');
const kindLine = new RegExp(ISSUER_KIND_LINE, 'iu');
const translatorNote = new RegExp(ISSUER_TRANSLATOR_NOTE, 'u');

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

/** A letterhead in capitals as a name: "OFFICE OF THE HIGH COMMISSIONER" → "Office of the High Commissioner". */
const nameOfCapitals = (line: string): string =>
  line
    .toLowerCase()
    .replace(/\p{L}[\p{L}'’]*/gu, (w, at: number) =>
      at > 0 && smallWords.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    );

/**
 * Who a statement's heading says issues it ("Remarks of the Secretary-General at …" → the
 * Secretary-General; "Statement by the UN Special Envoy, Hans Grundberg, on …" → Hans Grundberg;
 * a letterhead naming a body, in capitals or above the kind of paper it heads; a translator's
 * note naming who issued the original), from its title (which cleaning takes out of the text)
 * or the text's first lines; null when none reads so. A heading naming a body in lower case
 * ("Joint statement of the committee for …") names no one: the publisher speaks.
 */
export function findIssuer(text: string, title: string | null = null): string | null {
  const opening = text.split('\n', 2 * ISSUER_LINES).filter((l) => l.trim().length > 0);
  const lines = title === null ? opening : [title, ...opening];
  for (const line of lines.slice(0, ISSUER_LINES)) {
    const noted = translatorNote.exec(line)?.[1]?.trim();
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
    const name = issuer.exec(line)?.[1]?.trim();
    if (name && /^\p{Lu}/u.test(name)) return holderOf(name.replace(stateForm, ''), text);
    const body = letterhead.exec(line)?.[1]?.trim();
    if (body) return nameOfCapitals(body).replace(stateForm, '');
    const headed = kindLine.test(lines[k + 1] ?? '') ? bodyLine.exec(line)?.[1]?.trim() : null;
    if (headed) return headed.replace(stateForm, '');
  }
  // No heading names one: a body speaking in the present tense in the opening issues it.
  for (const line of lines.slice(0, ISSUER_LINES)) {
    const name = speaksFirst.exec(line)?.[1]?.trim();
    if (name) return name.replace(stateForm, '');
  }
  return null;
}
