import { z } from 'zod';
import { AgreementId, ClaimId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';
import { DateText } from '../time/zoned-time.js';

/** A statement of the report and the numbers of the footnotes that source it. */
export const ReportStatement = z
  .object({
    text: z.string().describe('the statement in one sentence'),
    notes: z
      .array(z.number().int().positive())
      .readonly()
      .describe('footnote numbers: the documents the statement rests on'),
  })
  .readonly();
export type ReportStatement = z.infer<typeof ReportStatement>;

/** One cell of the day's grid row: a clause's verdict for one bearer. */
export const ReportCell = ReportStatement.unwrap()
  .extend({
    norm: z.string(),
    ref: z.string().describe("the clause as the agreement's `ref` gives it"),
    bearer: z.string(),
    verdict: z.enum(['not_due', 'fulfilled', 'violated', 'unknown', 'disputed']),
  })
  .readonly();
export type ReportCell = z.infer<typeof ReportCell>;

/** The claims one origin made that came to be known during the day. */
export const ReportOrigin = z
  .object({
    origin: z.string().describe('the origin as the attribution chain ends'),
    originKey: z.string(),
    claims: z.array(ReportStatement).readonly(),
  })
  .readonly();
export type ReportOrigin = z.infer<typeof ReportOrigin>;

/** A numbered footnote: the document a statement rests on, credited as `documentCredit` says. */
export const ReportFootnote = z
  .object({
    number: z.number().int().positive(),
    document: DocumentId,
    claims: z.array(ClaimId).readonly().describe('the claims of the document the report cites'),
    title: z.string().describe('the document title, or its id when it has none'),
    credit: z.string().describe('the outlet, or "summary written for the examples"'),
    published: IsoInstant.nullable().describe('the earliest the document was published'),
    link: z.string().nullable().describe('where to read it'),
  })
  .readonly();
export type ReportFootnote = z.infer<typeof ReportFootnote>;

/**
 * A daily situation report: one day of an agreement as known at a moment, in the form
 * mediators circulate. Every statement cites its documents by footnote number. The dashboard's
 * printable page and `truce report` both render this one shape.
 */
export const DayReport = z
  .object({
    agreement: AgreementId,
    title: z.string(),
    version: z.number().int().positive(),
    day: DateText,
    /** The term's local days in order, as known at `asOf`: the days a report can be asked for. */
    days: z.array(DateText).readonly(),
    /** Which period of the term the day is, when it is one ("Day 3"). */
    period: z.number().int().positive().nullable(),
    timezone: z.string(),
    /** The local bounds of the day as the report counts it: its period, or midnight to midnight. */
    localStart: z.string(),
    localEnd: z.string(),
    asOf: IsoInstant.describe('the report is as known at this moment'),
    term: z.array(ReportStatement).readonly(),
    grid: z.array(ReportCell).readonly(),
    newClaims: z.array(ReportOrigin).readonly(),
    breaches: z.array(ReportStatement).readonly(),
    tallies: z.array(ReportStatement).readonly(),
    footnotes: z.array(ReportFootnote).readonly(),
  })
  .readonly()
  .meta({ id: 'DayReport' });
export type DayReport = z.infer<typeof DayReport>;

/** What `GET /api/agreements/{id}/report` is asked: a local day, and optionally a moment. */
export const DayReportQuery = z
  .object({
    day: z
      .string()
      .optional()
      .describe(
        "the local date in the agreement's zone, 2023-11-26 (default: the last day of the term begun by asOf, else its first)",
      ),
    asOf: IsoInstant.optional().describe('report what was known at this instant'),
  })
  .strict();
export type DayReportQuery = z.infer<typeof DayReportQuery>;
