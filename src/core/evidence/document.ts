import { z } from 'zod';
import { DocumentId } from '../ids.js';
import { IsoInstant, TimeInterval } from '../time/time-interval.js';

/**
 * What kind of text a document is. `summary`: a text written in our own words from another
 * report (the bundled examples are such summaries); it is never credited as the outlet's text.
 */
export const DocumentKind = z.enum([
  'article',
  'statement',
  'list',
  'note',
  'live_blog',
  'wire',
  'summary',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentFormat = z.enum(['text', 'html']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** SHA-256 of the raw text, lower-case hex: the same content twice is one document. */
export const ContentHash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

/** One report as received. The raw text is kept verbatim; the clean text is what claims point into. */
export const Document = z
  .object({
    id: DocumentId,
    kind: DocumentKind,
    format: DocumentFormat,
    title: z.string().max(500).nullable(),
    publisher: z.string().max(200).nullable(),
    /** When it was published, as known; null ends when unknown. */
    published: TimeInterval.nullable(),
    url: z.string().url().max(2000).nullable(),
    /**
     * For a summary: the address of the report it was written from (whose title and publisher
     * are `title` and `publisher`). Absent on documents recorded before summaries existed.
     */
    derivedFrom: z.string().url().max(2000).nullable().optional(),
    contentHash: ContentHash,
    rawText: z.string(),
    cleanText: z.string().nullable(),
    /** Page furniture taken out of the clean text ("Advertisement", photo credits…). */
    removed: z.array(z.string()).readonly().default([]),
    recordedAt: IsoInstant,
  })
  .readonly();
export type Document = z.infer<typeof Document>;
