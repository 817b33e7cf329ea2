import { badInput } from '../errors.js';
import type { ClaimContent, Span } from './claim.js';
import type { Document } from './document.js';

/** The text a claim's span points into: the clean text, else the text as received. */
export const quotableText = (document: Pick<Document, 'cleanText' | 'rawText'>): string =>
  document.cleanText ?? document.rawText;

/** An analyst's claim may quote nothing: no words and no span. */
export const quotesNothing = (content: Pick<ClaimContent, 'text' | 'span'>): boolean =>
  content.text === '' && content.span === null;

const MAX_SHOWN = 80;
const shown = (text: string) =>
  JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** Every place the words occur in the text, up to `limit`. */
function occurrences(text: string, words: string, limit: number): number[] {
  const found: number[] = [];
  let at = text.indexOf(words);
  while (at !== -1 && found.length < limit) {
    found.push(at);
    at = text.indexOf(words, at + 1);
  }
  return found;
}

/**
 * A claim's quote placed in its document: every claim's `text` is the document's text at its
 * `span`. A span given is checked; a span left out is found when the words occur exactly once.
 * A claim that quotes nothing (no text, no span) passes as it is. Anything else is refused with
 * one sentence; `where` names the claim or line.
 */
export function placeQuote<C extends Pick<ClaimContent, 'text' | 'span'>>(
  content: C,
  documentText: string,
  where?: string,
): C {
  const { text, span } = content;
  if (span !== null) {
    const [start, end] = span;
    if (end > documentText.length)
      throw badInput(
        `the claim's span [${start}, ${end}] runs past the end of its document (${documentText.length} characters)`,
        where,
      );
    const atSpan = documentText.slice(start, end);
    if (atSpan !== text)
      throw badInput(
        `the claim's text ${shown(text)} is not its document's text at span [${start}, ${end}], which reads ${shown(atSpan)}`,
        where,
      );
    return content;
  }
  if (text === '') return content;
  const found = occurrences(documentText, text, 2);
  if (found.length === 0)
    throw badInput(
      `the claim's text ${shown(text)} is not in its document: quote the document's words exactly, or give none`,
      where,
    );
  if (found.length > 1)
    throw badInput(
      `the claim's text ${shown(text)} occurs more than once in its document: give its span`,
      where,
    );
  const start = found[0]!;
  const placed: Span = [start, start + text.length];
  return { ...content, span: placed };
}
