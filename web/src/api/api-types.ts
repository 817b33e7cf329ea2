/**
 * Names for the HTTP API's shapes, as the dashboard reads them. Every type here is taken from
 * `openapi.d.ts`, which `npm run api:types` generates from the server's schemas: nothing is
 * written by hand, so a change on the server shows up here as a type error, not as drift.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

/** An ISO-8601 instant with an offset. */
export type Iso = string;

export type Claim = Schemas['Claim'];
export type ClaimContent = Claim['content'];
export type EventType = ClaimContent['type'];
export type Modality = ClaimContent['modality'];
export type TimeInterval = ClaimContent['when'];
export type Place = NonNullable<ClaimContent['where']>;
export type Actor = ClaimContent['actors'][number];
export type Quantity = ClaimContent['quantities'][number];
export type Qualifier = Quantity['qualifier'];
/** One link of an attribution chain; chains run from the publisher to the origin. */
export type AttributionLink = ClaimContent['attribution'][number];
export type ReviewStatus = Claim['status'];
/** How a claim's attribution reads for an agreement: each link's origin key and side, and the self-report mark. */
export type ClaimReading = Schemas['ClaimReading'];
export type ClaimPage = Schemas['ClaimPage'];
/** A new claim as the ingest stages read selected words: span, speaker, time, suggested type. */
export type ClaimDraft = Schemas['ClaimDraft'];
/** What a split, merge or re-attribution did: the claims retracted and the new ones. */
export type ClaimsSuperseded = Schemas['ClaimsSuperseded'];
/** A claim named by id, with its reading when asked for an agreement's. */
export type ClaimWithReading = Schemas['ClaimWithReading'];
/** Documents and claims holding the words searched for, with the words in context. */
export type SearchResults = Schemas['SearchResults'];
export type SearchHit = SearchResults['hits'][number];
export type SearchSnippet = Schemas['SearchSnippet'];

export type Source = Schemas['Source'];
export type DocumentSummary = Schemas['DocumentSummary'];
export type DocumentRecord = Schemas['Document'];
export type DocumentCredit = DocumentSummary['credit'];
export type DocumentWithClaims = Schemas['DocumentWithClaims'];
export type Ingested = Schemas['Ingested'];
export type Extraction = Schemas['Extraction'];
export type NewReport = Schemas['NewReportInput'];

export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementDetail = Schemas['AgreementDetail'];
export type SignedHead = Schemas['SignedHead'];
export type AuditPage = Schemas['AuditPage'];
/** Who is signed in, and whether the server checks accounts at all. */
export type Session = Schemas['Session'];
export type AuditLine = AuditPage['items'][number];
/** The words claims are coded in, for select lists. */
export type Vocabulary = Schemas['Vocabulary'];

/** A cluster of accepted claims that describe one occurrence. */
export type EventCluster = Schemas['Event'];
export type Grade = EventCluster['grade'];

/** What the grid needs: verdicts and summaries, breaches grouped; cells explained apart. */
export type Evaluation = Schemas['EvaluationGrid'];
export type TermResult = Evaluation['term'];
export type TermSpan = Evaluation['span'];
export type ExtensionResult = TermResult['extensions'][number];
export type ExtensionRuleResult = TermResult['rules'][number];
export type PeriodResult = Evaluation['periods'][number];
export type NormResult = PeriodResult['norms'][number];
export type Verdict = NormResult['verdict'];
/** The whole explanation of one cell, for each bearer, loaded when the cell is opened. */
export type CellExplanation = Schemas['CellExplanation'];
export type Explanation = CellExplanation['results'][number]['explanation'];
/** One alleged breach, as one origin tells it: a cell's explanation lists every one. */
export type CellBreach = CellExplanation['breaches'][number];
/** How one independent origin's account of a norm instance reads. */
export type Account = Explanation['accounts'][number];
export type Tally = Evaluation['tallies'][number];
/** One obligation with a required quantity: what was counted and required so far, period by period. */
export type RunningTotal = Evaluation['runningTotals'][number];
/** Breaches alleged alike in one cell, as one row: how many origins and claims, the first of each. */
export type Breach = Evaluation['breaches'][number];
export type PowerResult = Evaluation['powers'][number];
/** Three-valued: is something so? */
export type Membership = PeriodResult['inTerm'];
export type CountRange = Tally['count'];

/** The envelope of every listing. */
export interface Listing<T> {
  readonly items: T[];
}

/** The daily situation report of one local day, every statement footnoted to its documents. */
export type DayReport = Schemas['DayReport'];
export type ReportStatement = DayReport['breaches'][number];
