import { z } from 'zod';
import { Document, DocumentFormat, DocumentKind } from '../evidence/document.js';
import { DocumentCredit } from '../evidence/document-credit.js';
import { AgreementId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';
import { isTimeZone } from '../time/zoned-time.js';
import { ClaimReading } from '../evaluation/origin-affiliation.js';
import { ClaimSchema } from './claim-api.js';

// The shapes of /api/documents and the reports sent to it.

/** A document with the credit it is shown under: a summary is never the outlet's text. */
export const DocumentSchema = Document.unwrap()
  .extend({ credit: DocumentCredit })
  .readonly()
  .meta({ id: 'Document' });

/** A document without its texts, for listings. */
export const DocumentSummarySchema = Document.unwrap()
  .omit({ rawText: true, cleanText: true, removed: true })
  .extend({ credit: DocumentCredit })
  .meta({ id: 'DocumentSummary' });

export const DocumentParams = z.object({ id: DocumentId });
export const DocumentAgreementParams = z.object({ id: DocumentId, agreement: AgreementId });

export const DocumentsQuery = z
  .object({
    agreement: AgreementId.optional().describe(
      'only documents holding a claim this agreement reads',
    ),
    asOf: IsoInstant.optional().describe(
      'only documents known at this instant: published by then, or recorded by then',
    ),
  })
  .strict();

export const DocumentQuery = z
  .object({
    asOf: IsoInstant.optional().describe('only claims known at this instant'),
    agreement: AgreementId.optional().describe(
      "read the claims' attributions as this agreement does (readings); narrows nothing",
    ),
  })
  .strict();

export const DocumentWithClaims = z
  .object({
    document: DocumentSchema,
    claims: z.array(ClaimSchema).readonly(),
    readings: z
      .record(z.string(), ClaimReading)
      .optional()
      .describe("with ?agreement=: each claim's attribution as that agreement reads it, by id"),
  })
  .meta({ id: 'DocumentWithClaims' });

export const Ingested = z
  .object({
    outcome: z.enum(['added', 'known']).describe('known: the same text was already recorded'),
    document: DocumentSchema,
    claims: z.array(ClaimSchema).readonly().describe("the document's claims"),
  })
  .meta({ id: 'Ingested' });

const { title, publisher, url } = Document.unwrap().shape;

/** A report sent for reading (`/api/extract`) or recording (`/api/documents`). */
export const NewReport = z
  .object({
    text: z.string().min(1, 'the report is empty'),
    format: DocumentFormat.optional().describe('default: guessed from the text'),
    kind: DocumentKind.optional(),
    // Blank names would name no one: refused, not stored.
    title: title
      .unwrap()
      .trim()
      .min(1)
      .optional()
      .describe('default: the page title or first line'),
    publisher: publisher.unwrap().trim().min(1).optional(),
    published: IsoInstant.optional().describe(
      'publication instant: relative times ("on Thursday") resolve from it, and its claims count as known from it',
    ),
    url: url.unwrap().optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone like Asia/Jerusalem')
      .optional()
      .describe(
        "the zone of the report's days and parts of days; default: the agreement's, else UTC",
      ),
    agreement: AgreementId.optional().describe('the agreement whose parties name the actors'),
  })
  .strict()
  .meta({ id: 'NewReport' });
export type NewReport = z.infer<typeof NewReport>;
