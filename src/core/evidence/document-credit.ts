import { z } from 'zod';
import type { Document } from './document.js';

/** Who wrote a summary's words, as every view and export must say it. */
export const SUMMARY_CREDIT = 'summary written for the examples';

/**
 * How a document is credited wherever its text is shown or exported: a summary in our own words
 * is never presented under the outlet's name as if it were the outlet's text.
 */
export const DocumentCredit = z
  .object({
    summary: z.boolean().describe("true when the words are ours, not the publisher's"),
    by: z
      .string()
      .nullable()
      .describe(`whose words the text is: the publisher, or "${SUMMARY_CREDIT}"`),
    from: z
      .string()
      .nullable()
      .describe('for a summary: the publisher of the report it was written from'),
    link: z
      .string()
      .nullable()
      .describe("the address to follow: the document's own, or the report a summary is from"),
    line: z.string().describe('the credit in one line, as shown above the text'),
  })
  .readonly();
export type DocumentCredit = z.infer<typeof DocumentCredit>;

type Credited = Pick<Document, 'kind' | 'publisher' | 'url' | 'derivedFrom'>;

/** The credit a document is shown and exported under. */
export function documentCredit(document: Credited): DocumentCredit {
  if (document.kind !== 'summary')
    return {
      summary: false,
      by: document.publisher,
      from: null,
      link: document.url,
      line: document.publisher ?? 'publisher unknown',
    };
  const from = document.publisher;
  const line = `${SUMMARY_CREDIT[0]!.toUpperCase()}${SUMMARY_CREDIT.slice(1)}`;
  return {
    summary: true,
    by: SUMMARY_CREDIT,
    from,
    link: document.derivedFrom ?? null,
    line: from === null ? line : `${line}, from a report by ${from}`,
  };
}

/** A document (or its summary) with the credit it is shown under, as the API and exports send it. */
export const withCredit = <D extends Credited>(document: D): D & { credit: DocumentCredit } => ({
  ...document,
  credit: documentCredit(document),
});
