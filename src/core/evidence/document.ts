import { z } from 'zod';
import { DocumentId } from '../ids.js';
import { IsoInstant, TimeInterval } from '../time/time-interval.js';

export const DocumentKind = z.enum(['article', 'statement', 'list', 'note', 'live_blog', 'wire']);
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
    contentHash: ContentHash,
    rawText: z.string(),
    cleanText: z.string().nullable(),
    /** Page furniture taken out of the clean text ("Advertisement", photo credits…). */
    removed: z.array(z.string()).readonly().default([]),
    recordedAt: IsoInstant,
  })
  .readonly();
export type Document = z.infer<typeof Document>;
