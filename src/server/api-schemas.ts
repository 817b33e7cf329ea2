import { z } from 'zod';
import { Claim } from '../core/evidence/claim.js';
import { Document, DocumentFormat, DocumentKind } from '../core/evidence/document.js';
import { DocumentCredit } from '../core/evidence/document-credit.js';
import { Source } from '../core/evidence/source.js';
import { AgreementId } from '../core/ids.js';
import { IsoInstant } from '../core/time/time-interval.js';
import { isTimeZone } from '../core/time/zoned-time.js';

// Response schemas shared by several routes, named so OpenAPI lists each once as a component.
// `.meta` registers a copy: the core schemas themselves stay unnamed.

export const SourceSchema = Source.meta({ id: 'Source' });
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
export const ClaimSchema = Claim.meta({ id: 'Claim' });

/**
 * The query of a route that takes no parameters: any is refused by name, so a misspelt or
 * unsupported one (an `asOf` where there is no as-of) is never silently ignored.
 */
export const NoQuery = z.object({}).strict();

/** The envelope of every listing: an object, so fields can be added without breaking clients. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item).readonly() });

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
  .strict();
