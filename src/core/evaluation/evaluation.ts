import type { NormKind } from '../agreement/agreement.js';
import type { AgreementId, ClaimId, PartyId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import type { QuantityRole } from '../quantity/quantity-role.js';
import type { Membership } from '../time/membership.js';
import type { EventType } from '../vocabulary/event-types.js';

/**
 * The evaluation of one agreement version against the claims known at `asOf`. Plain data
 * (instants as UTC ISO strings, ids, ranges): its JSON form is what `truce evaluate --json`
 * prints, and two of them can be compared with `diffEvaluations`.
 */
export interface Evaluation {
  readonly agreement: AgreementId;
  readonly version: number;
  readonly asOf: string;
  readonly timezone: string;
  readonly term: TermResult;
  readonly periods: readonly PeriodResult[];
  /** Norms that hold once over a window of their own (not per period). */
  readonly once: readonly NormResult[];
  readonly tallies: readonly Tally[];
  readonly breaches: readonly Breach[];
  readonly powers: readonly PowerResult[];
  /** How many claims were read, and why some were set aside before any clause looked at them. */
  readonly claims: ClaimCounts;
}

export interface ClaimCounts {
  readonly total: number;
  readonly usable: number;
  readonly notAccepted: number;
  readonly knownAfterAsOf: number;
}

/** An instant range; null ends are unknown or unbounded on that side. */
export interface InstantRange {
  readonly earliest: string | null;
  readonly latest: string | null;
}

export type TermState = 'not_started' | 'in_effect' | 'possibly_ended' | 'ended';

export interface TermResult {
  readonly start: string;
  /** When the term ends or ended: a range where the record leaves it uncertain. */
  readonly end: InstantRange;
  readonly state: TermState;
  /** In words, with its source ("expired at the end of its 2nd extension…"); null while open. */
  readonly endReason: string | null;
  readonly endCause: EndCause | null;
  /** The term's end before any extension (a range where reports disagree). */
  readonly baseEnd: InstantRange;
  readonly extensions: readonly ExtensionResult[];
  /** What each count rule allows, from the acts it counts. */
  readonly rules: readonly ExtensionRuleResult[];
  readonly phases: readonly PhaseResult[];
  /** Stretches during which the agreement was suspended by a power. */
  readonly suspensions: readonly Suspension[];
}

export type EndCause =
  | {
      readonly kind: 'expired';
      /** Reports of the end that agree with the expiry (and narrowed it, if it was a range). */
      readonly confirmedBy: readonly ClaimId[];
    }
  | { readonly kind: 'reported'; readonly claims: readonly ClaimId[] }
  | {
      readonly kind: 'power';
      readonly power: string;
      readonly by: PartyId | null;
      readonly claims: readonly ClaimId[];
    };

export interface ExtensionResult {
  readonly source: 'rule' | 'reported';
  /** ISO-8601 length added ("P1D"); `addsUpTo` differs where reports disagree on the length. */
  readonly adds: string | null;
  readonly addsUpTo: string | null;
  /** The end it extends from: the instant the added time begins. */
  readonly at: string | null;
  /** The new end it gives. */
  readonly until: InstantRange;
  readonly claims: readonly ClaimId[];
  /** Reported extensions: who reported it (origin names, each once); rule ones: none. */
  readonly reportedBy: readonly string[];
  /** Rule extensions: the rule; reported ones: null. */
  readonly rule: string | null;
  /** Rule extensions: whether the counts allow it for certain; reported ones: definitely. */
  readonly certainty: Membership;
  /** Reported extensions: whether the count rules allowed this much; null without a rule. */
  readonly supportedByRule: Membership | null;
}

export interface ExtensionRuleResult {
  readonly rule: string;
  readonly ref: string;
  readonly counts: string;
  readonly count: CountRange;
  /** Steps (extensions of `adds`) the count allows, capped by the rule's maximum length. */
  readonly steps: CountRange;
  readonly adds: string;
  readonly claims: readonly ClaimId[];
}

export interface PhaseResult {
  readonly phase: string;
  readonly start: InstantRange;
  readonly end: InstantRange;
}

export interface Suspension {
  readonly power: string;
  readonly from: string;
  /** null: not resumed (as of `asOf`). */
  readonly until: string | null;
}

export interface PeriodResult {
  /** 1 for the first period of the term. */
  readonly index: number;
  readonly start: string;
  readonly end: string;
  /** The local wall-clock bounds ("2023-11-24T07:00"), for day-by-day tables. */
  readonly localStart: string;
  readonly localEnd: string;
  /** Whether the period lies within the term: `possibly` after the earliest possible end. */
  readonly inTerm: Membership;
  readonly phase: string | null;
  /** The agreement version whose terms were in effect when the period began. */
  readonly version: number;
  readonly norms: readonly NormResult[];
}

export type Verdict = 'not_due' | 'fulfilled' | 'violated' | 'unknown' | 'disputed';

/**
 * Where a norm instance stands in its life: pending (window not begun), active (open),
 * fulfilled or violated (settled), unsettled (due, but the evidence does not settle it),
 * discharged (the term ended before it fell due), suspended (a power suspended it).
 */
export type Lifecycle =
  'pending' | 'active' | 'fulfilled' | 'violated' | 'unsettled' | 'discharged' | 'suspended';

export interface NormResult {
  readonly norm: string;
  /** The agreement version whose terms this instance was judged by. */
  readonly version: number;
  readonly kind: NormKind;
  readonly bearer: PartyId;
  readonly verdict: Verdict;
  readonly lifecycle: Lifecycle;
  /** The window acts are counted in, and when the instance falls due (null: open-ended). */
  readonly window: { readonly start: string; readonly end: string | null };
  readonly due: string | null;
  readonly explanation: Explanation;
}

export interface Explanation {
  /** The clause it comes from, as the agreement's `ref` gives it. */
  readonly ref: string;
  /** One sentence: what was owed, what was found, what decided the verdict. */
  readonly summary: string;
  /** Obligations: how many acts were owed (a range when it depends on other counts). */
  readonly required: CountRange | null;
  /** The quantity's expression, when it is not a plain number. */
  readonly requiredExpression: string | null;
  /** The count the evidence policy gives (obligations), or breaches found (prohibitions). */
  readonly count: CountRange | null;
  /** What was still owed, in words; null when nothing was. */
  readonly owed: string | null;
  /** Claims counted for the verdict (acts done, or for prohibitions the acts that break it). */
  readonly counted: readonly ClaimId[];
  /** Claims only possibly inside the window (or of the act): they widen counts, never settle them. */
  readonly possible: readonly ClaimId[];
  /** Claims that say the contrary: a denial, or a report that the act did not happen. */
  readonly contrary: readonly ClaimId[];
  readonly ignored: readonly IgnoredClaim[];
  /** The evidence grouped by origin: how each independent origin's account reads. */
  readonly accounts: readonly Account[];
  /** Prohibitions: acts the clause made way for, by an exception; absent when none. */
  readonly exceptions?: readonly ExceptedAct[];
  /** Obligations relative to a total (`total(id)`): how each total was read; absent when none. */
  readonly totals?: readonly TotalReading[];
}

/** A total as an obligation read it: from reports, the text's figure, or not known. */
export interface TotalReading {
  readonly total: string;
  readonly ref: string;
  readonly range: CountRange;
  readonly from: 'reported' | 'stated' | 'unknown';
  /** The reports it was read from: each origin's latest. */
  readonly claims: readonly ClaimId[];
}

/** An act a prohibition made way for: claimed on an exception's ground, or required. */
export interface ExceptedAct {
  readonly exception: string;
  readonly ref: string;
  readonly claim: ClaimId;
  /** The ground its author claims ("self_defence"); null for an act another clause requires. */
  readonly ground: string | null;
  /** Claims by others denying the ground: the act is then `disputed`, not set aside. */
  readonly contestedBy: readonly ClaimId[];
}

export type IgnoreReason =
  | 'not_accepted'
  | 'known_after_as_of'
  | 'planned'
  | 'superseded'
  | 'outside_area'
  | 'outside_daily_window'
  | 'not_via_mediator'
  | 'outside_agreement'
  | 'counted_elsewhere'
  | 'policy'
  | 'before_trigger'
  | 'after_term';

export interface IgnoredClaim {
  readonly claim: ClaimId;
  readonly reason: IgnoreReason;
  /** The reason in words ("rejected in review", "superseded by clm_… from the same origin"). */
  readonly why: string;
}

export interface Account {
  /** The origin's name, as the attribution chain ends ("Qatar foreign ministry"). */
  readonly origin: string;
  readonly originKey: string;
  /** "party:israel", "mediator:qatar", "mediator", "monitor:jmc" or "independent". */
  readonly affiliation: string;
  /** The origin is affiliated with the bearer it reports on. */
  readonly selfReport: boolean;
  readonly stance: 'supports' | 'contradicts';
  readonly count: CountRange;
  /** How many claims make up the account (they are among `counted`, `possible`, `contrary`). */
  readonly claims: number;
  /** The account's first claim, in claim order: the grid names it among those deciding the cell. */
  readonly first: ClaimId;
  /** false when the evidence policy set this account aside (priority). */
  readonly used: boolean;
}

export interface Tally {
  readonly act: EventType;
  /** The agent party; null for acts whose agent the claims do not name as a party. */
  readonly by: PartyId | null;
  /** null: all persons; else the claims naming this category. */
  readonly category: string | null;
  /**
   * What the row counts: `acts` (the acts themselves: each claim is one act unless it gives
   * a figure in that role), the persons or supplies the act is counted by, or an outcome
   * (`killed`, `injured`, `detained`).
   */
  readonly role: QuantityRole;
  /** The unit of the figures counted ("hostages"); null where none gives one, or they differ. */
  readonly unit: string | null;
  readonly count: CountRange;
  readonly claims: number;
  /** Every claim that gave the row a figure, of any origin's account, each once: its sources. */
  readonly from: readonly ClaimId[];
}

export type BreachBasis = 'act' | 'negation' | 'denial' | 'shortfall' | 'silence' | 'accusation';

/** One alleged breach, always as some origin tells it. */
export interface Breach {
  /** null for an accusation that names no clause. */
  readonly norm: string | null;
  readonly period: number | null;
  readonly by: PartyId | null;
  readonly claim: ClaimId | null;
  /** The origin of the account (its name); null when the breach is the silence rule's. */
  readonly according_to: string | null;
  readonly originKey: string | null;
  /** The origin is affiliated with the accused party: an admission. */
  readonly selfReport: boolean;
  readonly basis: BreachBasis;
  readonly certainty: Membership;
  readonly when: InstantRange | null;
}

export type PowerState = 'not_triggered' | 'available' | 'exercised' | 'lapsed';

export interface PowerResult {
  readonly power: string;
  readonly ref: string;
  readonly effect: 'terminate' | 'suspend' | 'resume';
  readonly state: PowerState;
  readonly triggered: Membership;
  readonly triggeredBy: readonly {
    readonly norm: string;
    readonly period: number | null;
    readonly bearer: PartyId;
    readonly verdict: Verdict;
  }[];
  /** Who may exercise it, as far as the triggers go. */
  readonly holders: readonly PartyId[];
  readonly exercised: {
    readonly by: PartyId | null;
    readonly when: InstantRange;
    readonly claims: readonly ClaimId[];
  } | null;
  readonly ignored: readonly IgnoredClaim[];
}

/**
 * The evaluation as the grid needs it (`verdictGrid`): each cell's verdict with a summary of
 * its explanation, and breaches grouped by clause and period; its size grows with cells, not
 * with claims or origins.
 */
export interface EvaluationGrid extends Omit<
  Evaluation,
  'periods' | 'once' | 'breaches' | 'tallies'
> {
  readonly periods: readonly GridPeriod[];
  /** Without `from`: a row's sources grow with the claims, and the grid must not. */
  readonly tallies: readonly Omit<Tally, 'from'>[];
  readonly once: readonly GridNormResult[];
  readonly breaches: readonly BreachGroup[];
}

export interface GridPeriod extends Omit<PeriodResult, 'norms'> {
  readonly norms: readonly GridNormResult[];
}

export interface GridNormResult extends Omit<NormResult, 'explanation'> {
  readonly explanation: ExplanationSummary;
}

/** A cell's explanation without its lists: `explainCell` gives those. */
export interface ExplanationSummary extends Pick<
  Explanation,
  'ref' | 'summary' | 'required' | 'requiredExpression' | 'count' | 'owed'
> {
  /** The first claim of each account the verdict rests on (used, or saying the contrary). */
  readonly decidedBy: readonly ClaimId[];
  /** How many claims each list of the full explanation holds. */
  readonly claims: {
    readonly counted: number;
    readonly possible: number;
    readonly contrary: number;
    readonly ignored: number;
  };
}

/**
 * Breaches alleged alike (clause, period, party, basis, certainty) by any number of origins,
 * as one row: how many origins and claims, and the first of each. Which origin alleges what is
 * in the cell's explanation (`explainCell`), so a row's size does not grow with the origins.
 */
export interface BreachGroup extends Pick<
  Breach,
  'norm' | 'period' | 'by' | 'basis' | 'certainty'
> {
  /** How many origins allege it (0 for the silence rule, which is no origin's). */
  readonly origins: number;
  /** The first origin alleging it, by name; null for the silence rule. */
  readonly according_to: string | null;
  /** How many of those origins are affiliated with the accused party: admissions. */
  readonly selfReports: number;
  /** The first claim alleging it (null for the silence rule). */
  readonly claim: ClaimId | null;
  /** How many claims allege it. */
  readonly claims: number;
}

/** The whole explanation of one cell (`explainCell`): each bearer's result, and its breaches. */
export interface CellExplanation {
  readonly agreement: AgreementId;
  readonly asOf: string;
  readonly norm: string;
  /** The period (1 for the first); null for a once-only norm. */
  readonly period: number | null;
  readonly results: readonly NormResult[];
  readonly breaches: readonly Breach[];
}
