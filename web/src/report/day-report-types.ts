import type { Iso } from '../api/api-types';

// The shape of GET /api/agreements/{id}/report, as the DayReport schema in core defines it.

export interface ReportStatement {
  readonly text: string;
  /** Footnote numbers: the documents the statement rests on. */
  readonly notes: readonly number[];
}

export interface ReportCell extends ReportStatement {
  readonly norm: string;
  readonly ref: string;
  readonly bearer: string;
  readonly verdict: 'not_due' | 'fulfilled' | 'violated' | 'unknown' | 'disputed';
}

export interface ReportOrigin {
  readonly origin: string;
  readonly originKey: string;
  readonly claims: readonly ReportStatement[];
}

export interface ReportFootnote {
  readonly number: number;
  readonly document: string;
  readonly claims: readonly string[];
  readonly title: string;
  readonly credit: string;
  readonly published: Iso | null;
  readonly link: string | null;
}

export interface DayReport {
  readonly agreement: string;
  readonly title: string;
  readonly version: number;
  readonly day: string;
  readonly period: number | null;
  readonly timezone: string;
  readonly localStart: string;
  readonly localEnd: string;
  readonly asOf: Iso;
  readonly term: readonly ReportStatement[];
  readonly grid: readonly ReportCell[];
  readonly newClaims: readonly ReportOrigin[];
  readonly breaches: readonly ReportStatement[];
  readonly tallies: readonly ReportStatement[];
  readonly footnotes: readonly ReportFootnote[];
}
