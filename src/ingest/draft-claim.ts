import type { ClaimContent, Span } from '../core/evidence/claim.js';
import { quotableText } from '../core/evidence/claim-quote.js';
import type { Document } from '../core/evidence/document.js';
import { badInput } from '../core/errors.js';
import type { TimeInterval } from '../core/time/time-interval.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import { chainAt } from './attribution.js';
import { claimModel } from './claim-model.js';
import type { ClaimModelFile } from './claim-model.js';
import { cleanText } from './clean-text.js';
import type { CleanText, TextBlock } from './clean-text.js';
import { extractEventClaims } from './event-claims.js';
import { actorFinder } from './find-actors.js';
import type { AgreementParties } from './find-actors.js';
import { locatePlaces } from './gazetteer.js';
import { attributeReport } from './extract.js';
import { resolveTimeExpressions } from './time-expressions.js';

/** Where a draft's time came from: the selected words, their sentence, or the publication. */
export type DraftTimeBasis = 'selection' | 'sentence' | 'publication' | 'none';

/**
 * A claim as extraction would read the selected words: everything a new claim needs but its
 * type, which is only suggested (null when no trigger in the sentence names one).
 */
export interface ClaimDraft {
  readonly content: Omit<ClaimContent, 'type' | 'confidence'> & { readonly type: EventType | null };
  /** The sentence the selection starts in, whose speaker the attribution is. */
  readonly sentence: Span;
  readonly timeFrom: DraftTimeBasis;
  readonly warnings: readonly string[];
}

export interface DraftContext {
  readonly timeZone: string;
  readonly agreement: AgreementParties | null;
}

type DraftDocument = Pick<Document, 'rawText' | 'cleanText' | 'format' | 'published' | 'publisher'>;

/** Paragraphs of a stored text, which clean-text joined with blank lines. */
function paragraphBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part.length > 0) blocks.push({ start, end: start + part.length, kind: 'paragraph' });
    start += part.length + 2;
  }
  return blocks;
}

/**
 * The text the spans point into, as clean-text's stage gives it: cleaning the raw text again
 * gives its blocks (headings, quoted paragraphs) when it reads the same as the stored clean
 * text; otherwise (a text stored without cleaning, or cleaned by an older rule) its paragraphs.
 */
function cleanedOf(document: DraftDocument): CleanText {
  const text = quotableText(document);
  if (document.cleanText !== null) {
    try {
      const again = cleanText(document.rawText, document.format);
      if (again.text === text) return again;
    } catch {
      // The stored clean text stands on its own below.
    }
  }
  return { title: null, siteName: null, text, blocks: paragraphBlocks(text), removed: [] };
}

const overlaps = (a: { start: number; end: number }, start: number, end: number) =>
  a.start < end && start < a.end;

/**
 * Reads the words at `span` of a recorded document as a new claim, through the same stages as
 * extraction: the attribution of their sentence (or clause), the time the selected words give
 * (else their sentence's, else "before publication"), relative to the publication time, and
 * the type, actors, quantities and place extraction reads in that sentence, as suggestions.
 */
export function draftClaim(
  document: DraftDocument,
  span: Span,
  context: DraftContext,
  model: ClaimModelFile | null = claimModel(),
): ClaimDraft {
  const cleaned = cleanedOf(document);
  const { text } = cleaned;
  const [start, end] = span;
  if (end > text.length)
    throw badInput(
      `the span [${start}, ${end}] runs past the end of the document's text (${text.length} characters)`,
    );
  if (text.slice(start, end).trim() === '')
    throw badInput(`the span [${start}, ${end}] holds no words: select the words of the claim`);
  const published = document.published?.earliest ?? document.published?.latest ?? null;
  // Read as extraction reads the report: the same byline, wire and author, so a drafted claim's
  // tellers and undated time are those extraction gives the same words.
  const { attributed } = attributeReport(
    {
      text: document.rawText,
      format: document.format,
      published,
      timeZone: context.timeZone,
      publisher: document.publisher,
      agreement: context.agreement,
    },
    cleaned,
  );
  const timed = resolveTimeExpressions(attributed, { published, timeZone: context.timeZone });
  const located = locatePlaces(timed);
  const sentence =
    located.sentences.find((s) => s.start <= start && start < s.end) ??
    [...located.sentences].reverse().find((s) => s.start <= start);
  const sentenceSpan: Span = sentence === undefined ? [start, end] : [sentence.start, sentence.end];
  const attribution = located.attributions[sentence?.index ?? -1];
  const chain = attribution === undefined ? [located.publisher] : chainAt(attribution, start);

  const { claims } = extractEventClaims(
    located,
    actorFinder(context.agreement),
    model,
    context.agreement,
  );
  const read =
    claims.find((c) => c.span !== null && c.span[0] <= start && start < c.span[1]) ?? null;

  const datesOccurrence = (t: (typeof located.times)[number]) => !t.ofStatement && !t.until;
  const selected = located.times.find((t) => datesOccurrence(t) && overlaps(t, start, end));
  const inSentence =
    sentence === undefined
      ? undefined
      : located.times.find((t) => datesOccurrence(t) && t.sentence === sentence.index);
  const beforePublication: TimeInterval = {
    earliest: null,
    latest: published === null ? null : new Date(published).toISOString(),
    label: published === null ? '' : 'before publication',
    precision: 'unresolved',
  };
  const [when, timeFrom]: [TimeInterval, DraftTimeBasis] =
    selected !== undefined
      ? [selected.interval, 'selection']
      : read !== null && read.when.precision !== 'unresolved'
        ? [read.when, 'sentence']
        : inSentence !== undefined
          ? [inSentence.interval, 'sentence']
          : [beforePublication, published === null ? 'none' : 'publication'];
  const place = located.places.find((p) => overlaps(p, start, end))?.place ?? read?.where ?? null;

  const warnings = [
    ...(published === null
      ? ['the document has no publication time: relative times are left unresolved']
      : []),
    ...(read === null ? ['no event word in this sentence: choose the event type'] : []),
    ...timed.warnings.filter((w) => selected !== undefined && w.includes(selected.interval.label)),
  ];
  return {
    content: {
      type: read?.type ?? null,
      when,
      where: place,
      actors: read?.actors ?? [],
      quantities: read?.quantities ?? [],
      categories: read?.categories ?? [],
      modality: read?.modality ?? 'asserted',
      attribution: chain,
      span,
      text: text.slice(start, end),
      ...(read?.polarity === undefined ? {} : { polarity: read.polarity }),
      ...(read?.occurrence === undefined ? {} : { occurrence: read.occurrence }),
    },
    sentence: sentenceSpan,
    timeFrom,
    warnings,
  };
}
