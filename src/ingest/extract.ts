import type { PlaceCandidate } from './place-features.js';
import type { AttributionLink } from '../core/evidence/claim.js';
import type { DocumentFormat } from '../core/evidence/document.js';
import { badInput } from '../core/errors.js';
import { abbreviationsDefinedIn, squeezeName } from './defined-abbreviations.js';
import { attributeSentences, UNKNOWN_PUBLISHER } from './attribution.js';
import { cleanText, textWithNotes } from './clean-text.js';
import type { CleanText } from './clean-text.js';
import { claimModel } from './claim-model.js';
import type { ClaimModelFile } from './claim-model.js';
import { extractEventClaims } from './event-claims.js';
import { findOutlet } from './find-outlet.js';
import {
  findAuthor,
  findIssuer,
  findNotedWire,
  producingOffice,
  findPublisherLine,
  findSignatory,
  findStatementPublisher,
  findWire,
} from './find-wire.js';
import type { ClaimExplanation, ExtractedClaim } from './event-claims.js';
import { actorFinder } from './find-actors.js';
import type { AgreementParties } from './find-actors.js';
import { locatePlaces } from './gazetteer.js';
import type { TriggerPair } from './joint-choice.js';
import { applyReviewMemory } from './review-memory.js';
import { structureText } from './structure.js';
import { AGENCY_NAMES, BYLINE_BLOCK_LINES, BYLINE_HOUR } from './tables/bylines.js';
import { compileAlternatives } from './compile-pattern.js';
import { resolveTimeExpressions } from './time-expressions.js';

export interface ExtractInput {
  readonly text: string;
  readonly format: DocumentFormat;
  /** Publication instant, ISO with offset; null when unknown (relative times stay unresolved). */
  readonly published: string | null;
  /** IANA zone for days and parts of days: the agreement's, or the one given. */
  readonly timeZone: string;
  /** Who published it; else the page's site name; else "unknown publisher". */
  readonly publisher?: string | null;
  /** When given, its parties and aliases name the actors. */
  readonly agreement?: AgreementParties | null;
}

export interface ExtractedDocument {
  readonly title: string | null;
  readonly published: string | null;
  /** Page furniture taken out, as it read. */
  readonly removed: readonly string[];
  /** What every claim's span points into. */
  readonly cleanText: string;
  /** Who published it: as given, else as the page or the text says, else "unknown publisher". */
  readonly publisher: string;
  /** The agency the report came through ("(AFP) –", "via Reuters"), when the text says. */
  readonly wire: string | null;
}

export interface ExtractResult {
  readonly document: ExtractedDocument;
  readonly claims: readonly ExtractedClaim[];
  /** Why each claim was suggested, in the same order as `claims`. */
  readonly explanations: readonly ClaimExplanation[];
  /**
   * With the rules alone (no model), every two claims from one sentence and the joint head's
   * features of them: what `npm run train` learns the joint choice from. Empty with a model.
   */
  readonly pairs: readonly TriggerPair[];
  /**
   * With the rules alone, each claim's candidate places and their features, in the order of
   * `claims`: what `npm run train` learns the place ranker from. Empty with a model.
   */
  readonly placeCandidates: readonly (readonly PlaceCandidate[])[];
  readonly warnings: readonly string[];
}

/**
 * The text bylines are read in: a plain report's own lines (`text`, with its line breaks made
 * one), which cleaning joins into their paragraph, without its headline ("Gaza ceasefire holds - live" is no live blog's header).
 */
function bylineLines(input: ExtractInput, cleaned: CleanText, text: string): string {
  // A page's source note or credit may be among what cleaning took out: read it there too.
  if (input.format !== 'text') return textWithNotes(cleaned);
  const { title } = cleaned;
  if (title === null) return text;
  // The headline is the line the title starts with, which a label ("Commentary") may stand above.
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '' && title.startsWith(l.trim()));
  return at < 0 ? text.replace(/^\s*[^\n]*/, '') : lines.filter((_, k) => k !== at).join('\n');
}

const bylineHour = new RegExp(BYLINE_HOUR, 'iu');
const agencyNamed = compileAlternatives(AGENCY_NAMES, 'u');

/**
 * Whether an author's byline reads as a news page's: it stamps the hour the report went up
 * ("By X | 29 June 2002, 19:30"), or credits an agency the wire's patterns do not read ("By X,
 * Reuters"). Read on every line naming the author and the lines under it up to a blank one, as
 * a page's byline and time are often lines of their own.
 */
function newsByline(text: string, author: string): boolean {
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k += 1) {
    if (!lines[k]!.includes(author)) continue;
    for (let j = k; j < Math.min(lines.length, k + BYLINE_BLOCK_LINES); j += 1) {
      const line = lines[j]!;
      if (j > k && line.trim() === '') break;
      if (bylineHour.test(line) || agencyNamed.test(line)) return true;
    }
  }
  return false;
}

/** The first of `items` for which `read` gives a value, or null. */
function firstOf(items: readonly string[], read: (item: string) => string | null): string | null {
  for (const item of items) {
    const value = read(item);
    if (value !== null) return value;
  }
  return null;
}

/**
 * A report cleaned, structured and attributed as extraction reads it: each sentence's chain
 * of tellers, from the publisher, wire, author and issuer its own lines show. The scripts that
 * group misses read reports through this too, so they see what extraction saw, and a claim
 * drafted by hand reads its document's stored clean text through it (`cleaned`).
 */
export function attributeReport(
  input: ExtractInput,
  cleaned: CleanText = cleanText(input.text, input.format),
) {
  const structure = structureText(cleaned);
  const asWritten = input.text.replace(/\r\n?/g, '\n');
  const lines = bylineLines(input, cleaned, asWritten);
  // A line naming who produced the paper ("Prepared by UNHCR Zagreb") tells whose it is better
  // than a body's name over an update's heading, which may be the office it was written for.
  const ownLine = findPublisherLine(lines);
  const unproduced = ownLine === null;
  // A text's heading is read as written: cleaning may take a translator's note above it out,
  // or join a letterhead to the line under it into one title.
  // A statement one person signs is theirs, whatever office or body its heading names.
  const signatory = findSignatory(input.format === 'text' ? asWritten : cleaned.text);
  const issued =
    signatory === null
      ? producingOffice(
          lines,
          input.format === 'text'
            ? findIssuer(asWritten, null, unproduced)
            : findIssuer(lines, cleaned.title, unproduced),
        )
      : null;
  const issuer = signatory ?? issued?.name ?? null;
  // Given, else the page's site name (read in attribution), else the report's own byline, else
  // the statement's issuer or its letterhead: a ministry's statement is the ministry's release;
  // else the outlet the heading names, else a signed piece's author (below).
  const statement = input.format === 'text' ? findStatementPublisher(asWritten, issuer) : issuer;
  // The office a producing line names, checked against the letterhead, publishes as itself,
  // team and all (`producingOffice`), where that line is the one the publisher was read from: a
  // "Source:" line read before it names the publisher. Another line's team is an outlet's desk.
  const produced =
    issued?.producingOffice === true && ownLine?.producer === true
      ? issued.name
      : (ownLine?.name ?? null);
  // A translator's note is read on the text as written (cleaning may take it out as the title),
  // and before the dateline under it, which may credit no one.
  // A page's dateline may be a byline paragraph cleaning took out: each such note is read as
  // an opening of its own, as it would open the text.
  const wire =
    (input.format === 'text' ? findNotedWire(asWritten) : null) ??
    findWire(lines) ??
    (input.format === 'text' ? null : firstOf(cleaned.removed, findWire));
  const author = findAuthor(lines);
  // A signed piece no outlet or agency is named for is its author's own publication, as it is
  // told in the author's voice (see `attributeSentences`); a reporter on agency copy is not.
  // The author stays a link of the chain too: a chain longer than its publisher names a teller
  // (`actorsOf` takes it for an accuser), and the author is one.
  const signed = wire === null ? author : null;
  const publisher =
    input.publisher ??
    (structure.siteName === null
      ? (produced ?? statement ?? findOutlet(input.format === 'text' ? asWritten : lines) ?? signed)
      : null);
  const byline = { wire, author, issuer, news: author !== null && newsByline(lines, author) };
  const attributed = attributeSentences(structure, publisher, input.agreement ?? null, byline);
  return { cleaned, structure, byline, attributed };
}

/**
 * Reads a report into suggested claims: clean text → structure → attribution → time → place →
 * event claims. Pure apart from loading its models once; throws only `TruceError`s (BadInput).
 * `model`: the claim classifier (the shipped one by default; a store's, trained on its reviews,
 * from `claimModelAt`; null for the rules alone).
 */
export function extractClaims(
  input: ExtractInput,
  model: ClaimModelFile | null = claimModel(),
): ExtractResult {
  if (typeof input.text !== 'string') throw badInput('the document text must be a string');
  if (input.format !== 'text' && input.format !== 'html') {
    throw badInput(`unknown format "${String(input.format)}": expected text or html`);
  }
  const findActors = actorFinder(input.agreement ?? null);
  const { cleaned, byline, attributed } = attributeReport(input);
  const timed = resolveTimeExpressions(attributed, {
    published: input.published,
    timeZone: input.timeZone,
  });
  const located = locatePlaces(timed);
  const read = extractEventClaims(located, findActors, model, input.agreement ?? null);
  // A store's model remembers its reviews: a decision stands whatever the weights say.
  const { claims: remembered, explanations } =
    model?.reviews === undefined
      ? read
      : applyReviewMemory(read.claims, read.explanations, model.reviews);
  const defined = abbreviationsDefinedIn(input.text);
  const claims = remembered.map((c) => namedOnce(c, defined));
  const warnings = [...timed.warnings];
  if (input.published === null) {
    warnings.push('document: no publication time; relative times are left unresolved');
  }
  if (attributed.publisher.name === UNKNOWN_PUBLISHER) {
    warnings.push(
      `document: no publisher given or found; claims are attributed to "${UNKNOWN_PUBLISHER}"`,
    );
  }
  return {
    document: {
      title: cleaned.title,
      published: input.published,
      removed: cleaned.removed,
      cleanText: cleaned.text,
      publisher: attributed.publisher.name,
      wire: byline.wire,
    },
    claims,
    explanations,
    pairs: model === null ? read.pairs : [],
    placeCandidates: model === null ? read.placeCandidates : [],
    warnings,
  };
}

/**
 * A source the report defines by an abbreviation in brackets goes by that abbreviation in every
 * link, as the report's later lines call it: one source, one name, counted once by name.
 */
function namedOnce<C extends { readonly attribution: readonly AttributionLink[] }>(
  claim: C,
  defined: ReadonlyMap<string, string>,
): C {
  const renamed = claim.attribution.map((l) => {
    const short = defined.get(squeezeName(l.name));
    return short === undefined || short === '' ? l : { ...l, name: short };
  });
  if (renamed.every((l, i) => l === claim.attribution[i])) return claim;
  // A statement's issuer and the body its line names are one link once both go by one name.
  const chain = renamed.filter((l, i) => i === 0 || l.name !== renamed[i - 1]?.name);
  return { ...claim, attribution: chain };
}
