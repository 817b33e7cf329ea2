import { z } from 'zod';
import type { NormKind as AgreementNormKind } from '../agreement/agreement.js';
import { AgreementId, ClaimId, PartyId } from '../ids.js';
import { CountRange } from '../quantity/count-range.js';
import { QuantityRole } from '../quantity/quantity-role.js';
import { Membership } from '../time/membership.js';
import { EventType } from '../vocabulary/event-types.js';

// The evaluation's shapes, written once: the engine's types are inferred from these schemas,
// and the server validates its responses and writes its OpenAPI document from the same ones.
// Objects are `.readonly()` so the engine's results cannot be changed after the fact; the
// unwrapped objects are kept where another shape is derived from them (pick, extend).

const Instant = z.string().describe('ISO 8601 instant, UTC');
const ClaimIds = z.array(ClaimId).readonly();

/** Every kind of norm the agreement language has, each once: the map cannot miss one. */
const NormKind = z.enum({
  achievement: 'achievement',
  punctual: 'punctual',
  maintenance: 'maintenance',
  prohibition: 'prohibition',
} satisfies { [K in AgreementNormKind]: K });

/** An instant range; null ends are unknown or unbounded on that side. */
export const InstantRange = z
  .object({ earliest: Instant.nullable(), latest: Instant.nullable() })
  .readonly();
export type InstantRange = z.infer<typeof InstantRange>;

export const ClaimCounts = z
  .object({
    total: z.number().int(),
    usable: z.number().int(),
    notAccepted: z.number().int(),
    knownAfterAsOf: z.number().int(),
  })
  .readonly();
export type ClaimCounts = z.infer<typeof ClaimCounts>;

export const TermState = z.enum(['not_started', 'in_effect', 'possibly_ended', 'ended']);
export type TermState = z.infer<typeof TermState>;

export const EndCause = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('expired'),
      /** Reports of the end that agree with the expiry (and narrowed it, if it was a range). */
      confirmedBy: ClaimIds,
    })
    .readonly(),
  z.object({ kind: z.literal('reported'), claims: ClaimIds }).readonly(),
  z
    .object({
      kind: z.literal('power'),
      power: z.string(),
      by: PartyId.nullable(),
      claims: ClaimIds,
    })
    .readonly(),
]);
export type EndCause = z.infer<typeof EndCause>;

export const ExtensionResult = z
  .object({
    source: z.enum(['rule', 'reported']),
    /** ISO-8601 length added ("P1D"); `addsUpTo` differs where reports disagree on the length. */
    adds: z.string().nullable(),
    addsUpTo: z.string().nullable(),
    /** The end it extends from: the instant the added time begins. */
    at: Instant.nullable(),
    /** The new end it gives. */
    until: InstantRange,
    claims: ClaimIds,
    /** Reported extensions: who reported it (origin names, each once); rule ones: none. */
    reportedBy: z.array(z.string()).readonly().describe('who reported it, each origin once'),
    /** Rule extensions: the rule; reported ones: null. */
    rule: z.string().nullable(),
    /** Rule extensions: whether the counts allow it for certain; reported ones: definitely. */
    certainty: Membership,
    /** Reported extensions: whether the count rules allowed this much; null without a rule. */
    supportedByRule: Membership.nullable(),
  })
  .readonly();
export type ExtensionResult = z.infer<typeof ExtensionResult>;

export const ExtensionRuleResult = z
  .object({
    rule: z.string(),
    ref: z.string(),
    counts: z.string(),
    count: CountRange,
    /** Steps (extensions of `adds`) the count allows, capped by the rule's maximum length. */
    steps: CountRange,
    adds: z.string(),
    claims: ClaimIds,
  })
  .readonly();
export type ExtensionRuleResult = z.infer<typeof ExtensionRuleResult>;

export const PhaseResult = z
  .object({ phase: z.string(), start: InstantRange, end: InstantRange })
  .readonly();
export type PhaseResult = z.infer<typeof PhaseResult>;

export const Suspension = z
  .object({
    power: z.string(),
    from: Instant,
    /** null: not resumed (as of `asOf`). */
    until: Instant.nullable(),
  })
  .readonly();
export type Suspension = z.infer<typeof Suspension>;

const TermFields = z.object({
  start: Instant,
  /** When the term ends or ended: a range where the record leaves it uncertain. */
  end: InstantRange,
  state: TermState,
  /** In words, with its source ("expired at the end of its 2nd extension…"); null while open. */
  endReason: z.string().nullable(),
  endCause: EndCause.nullable(),
  /** The term's end before any extension (a range where reports disagree). */
  baseEnd: InstantRange,
  extensions: z.array(ExtensionResult).readonly(),
  /** What each count rule allows, from the acts it counts. */
  rules: z.array(ExtensionRuleResult).readonly(),
  phases: z.array(PhaseResult).readonly(),
  /** Stretches during which the agreement was suspended by a power. */
  suspensions: z.array(Suspension).readonly(),
});
export const TermResult = TermFields.readonly();
export type TermResult = z.infer<typeof TermResult>;

/** The stretch of time a view of the term covers (`termSpan`): the time slider's ends. */
export const TermSpan = z.object({ from: Instant, to: Instant }).readonly();
export type TermSpan = z.infer<typeof TermSpan>;

export const Verdict = z.enum(['not_due', 'fulfilled', 'violated', 'unknown', 'disputed']);
export type Verdict = z.infer<typeof Verdict>;

/**
 * Where a norm instance stands in its life: pending (window not begun), active (open),
 * fulfilled or violated (settled), unsettled (due, but the evidence does not settle it),
 * discharged (the term ended before it fell due), suspended (a power suspended it).
 */
export const Lifecycle = z.enum([
  'pending',
  'active',
  'fulfilled',
  'violated',
  'unsettled',
  'discharged',
  'suspended',
]);
export type Lifecycle = z.infer<typeof Lifecycle>;

export const IgnoreReason = z.enum([
  'not_accepted',
  'known_after_as_of',
  'planned',
  'superseded',
  'outside_area',
  'outside_daily_window',
  'not_via_mediator',
  'outside_agreement',
  'counted_elsewhere',
  'policy',
  'before_trigger',
  'after_term',
]);
export type IgnoreReason = z.infer<typeof IgnoreReason>;

export const IgnoredClaim = z
  .object({
    claim: ClaimId,
    reason: IgnoreReason,
    /** The reason in words ("rejected in review", "superseded by clm_… from the same origin"). */
    why: z.string().describe('the reason in words'),
  })
  .readonly();
export type IgnoredClaim = z.infer<typeof IgnoredClaim>;

export const Account = z
  .object({
    /** The origin's name, as the attribution chain ends ("Qatar foreign ministry"). */
    origin: z.string(),
    originKey: z.string(),
    affiliation: z
      .string()
      .describe('"party:<id>", "mediator:<id>", "mediator", "monitor:<id>" or "independent"'),
    /** The origin is affiliated with the bearer it reports on. */
    selfReport: z.boolean(),
    stance: z.enum(['supports', 'contradicts']),
    count: CountRange,
    /** How many claims make up the account (they are among `counted`, `possible`, `contrary`). */
    claims: z.number().int().describe('how many claims make up the account'),
    /** The account's first claim, in claim order: the grid names it among those deciding the cell. */
    first: ClaimId.describe("the account's first claim"),
    /** false when the evidence policy set this account aside (priority). */
    used: z.boolean(),
  })
  .readonly();
export type Account = z.infer<typeof Account>;

/** An act a prohibition made way for: claimed on an exception's ground, or required. */
export const ExceptedAct = z
  .object({
    exception: z.string(),
    ref: z.string(),
    claim: ClaimId,
    /** The ground its author claims ("self_defence"); null for an act another clause requires. */
    ground: z.string().nullable(),
    /** Claims by others denying the ground: the act is then `disputed`, not set aside. */
    contestedBy: ClaimIds,
  })
  .readonly();
export type ExceptedAct = z.infer<typeof ExceptedAct>;

/** A total as an obligation read it: from reports, the text's figure, or not known. */
export const TotalReading = z
  .object({
    total: z.string(),
    ref: z.string(),
    range: CountRange,
    from: z.enum(['reported', 'stated', 'unknown']),
    /** The reports it was read from: each origin's latest. */
    claims: ClaimIds,
  })
  .readonly();
export type TotalReading = z.infer<typeof TotalReading>;

const ExplanationFields = z.object({
  /** The clause it comes from, as the agreement's `ref` gives it. */
  ref: z.string(),
  /** One sentence: what was owed, what was found, what decided the verdict. */
  summary: z.string(),
  /** Obligations: how many acts were owed (a range when it depends on other counts). */
  required: CountRange.nullable(),
  /** The quantity's expression, when it is not a plain number. */
  requiredExpression: z.string().nullable(),
  /** The count the evidence policy gives (obligations), or breaches found (prohibitions). */
  count: CountRange.nullable(),
  /** What was still owed, in words; null when nothing was. */
  owed: z.string().nullable(),
  /** Claims counted for the verdict (acts done, or for prohibitions the acts that break it). */
  counted: ClaimIds,
  /** Claims only possibly inside the window (or of the act): they widen counts, never settle them. */
  possible: ClaimIds,
  /** Claims that say the contrary: a denial, or a report that the act did not happen. */
  contrary: ClaimIds,
  ignored: z.array(IgnoredClaim).readonly(),
  /** The evidence grouped by origin: how each independent origin's account reads. */
  accounts: z.array(Account).readonly(),
  /** Prohibitions: acts the clause made way for, by an exception; absent when none. */
  exceptions: z
    .array(ExceptedAct)
    .readonly()
    .optional()
    .describe('Prohibitions: acts an exception made way for (self-defence, a required act)'),
  /** Obligations relative to a total (`total(id)`): how each total was read; absent when none. */
  totals: z
    .array(TotalReading)
    .readonly()
    .optional()
    .describe('Obligations relative to a total: how each total was read, and from which reports'),
});
export const Explanation = ExplanationFields.readonly();
export type Explanation = z.infer<typeof Explanation>;

/** A norm instance's verdict, without its explanation: the full result and the grid's share it. */
const NormVerdict = z.object({
  norm: z.string(),
  version: z.number().int().describe('the agreement version whose terms judged this instance'),
  kind: NormKind,
  bearer: PartyId,
  verdict: Verdict,
  lifecycle: Lifecycle,
  /** The window acts are counted in, and when the instance falls due (null: open-ended). */
  window: z.object({ start: Instant, end: Instant.nullable() }).readonly(),
  due: Instant.nullable(),
});
export const NormResult = NormVerdict.extend({ explanation: Explanation }).readonly();
export type NormResult = z.infer<typeof NormResult>;

const PeriodFields = z.object({
  /** 1 for the first period of the term. */
  index: z.number().int(),
  start: Instant,
  end: Instant,
  /** The local wall-clock bounds ("2023-11-24T07:00"), for day-by-day tables. */
  localStart: z.string(),
  localEnd: z.string(),
  /** Whether the period lies within the term: `possibly` after the earliest possible end. */
  inTerm: Membership,
  phase: z.string().nullable(),
  version: z.number().int().describe('the agreement version in effect when the period began'),
});
export const PeriodResult = PeriodFields.extend({
  norms: z.array(NormResult).readonly(),
}).readonly();
export type PeriodResult = z.infer<typeof PeriodResult>;

const TallyFields = z.object({
  act: EventType,
  /** The agent party; null for acts whose agent the claims do not name as a party. */
  by: PartyId.nullable(),
  /** null: all persons; else the claims naming this category. */
  category: z.string().nullable(),
  /**
   * What the row counts: `acts` (the acts themselves: each claim is one act unless it gives
   * a figure in that role), the persons or supplies the act is counted by, or an outcome
   * (`killed`, `injured`, `detained`).
   */
  role: QuantityRole.describe(
    'what the row counts: the acts, the persons or supplies they concern, or an outcome',
  ),
  /** The unit of the figures counted ("hostages"); null where none gives one, or they differ. */
  unit: z.string().nullable(),
  count: CountRange,
  claims: z.number().int(),
  from: ClaimIds.describe('every claim that gave the row a figure, of any account, each once'),
});
export const Tally = TallyFields.readonly();
export type Tally = z.infer<typeof Tally>;

/** A tally row as the grid sends it: without `from`, since a row's sources grow with the claims. */
export const GridTally = TallyFields.omit({ from: true }).readonly();
export type GridTally = z.infer<typeof GridTally>;

/** One obligation with a required quantity, per clause and bearer, followed period by period. */
export const RunningTotal = z
  .object({
    norm: z.string(),
    bearer: PartyId,
    periods: z
      .array(
        z
          .object({
            period: z.number().int(),
            counted: CountRange.describe(
              'what the record counts, from the first period to this one',
            ),
            required: CountRange.describe(
              'what the terms required, from the first period to this one',
            ),
          })
          .readonly(),
      )
      .readonly()
      .describe('each period the clause requires a quantity in, in order'),
  })
  .readonly();
export type RunningTotal = z.infer<typeof RunningTotal>;

export const BreachBasis = z.enum([
  'act',
  'negation',
  'denial',
  'shortfall',
  'silence',
  'accusation',
]);
export type BreachBasis = z.infer<typeof BreachBasis>;

const BreachFields = z.object({
  /** null for an accusation that names no clause. */
  norm: z.string().nullable(),
  period: z.number().int().nullable(),
  by: PartyId.nullable(),
  claim: ClaimId.nullable(),
  /** The origin of the account (its name); null when the breach is the silence rule's. */
  according_to: z.string().nullable(),
  originKey: z.string().nullable(),
  /** The origin is affiliated with the accused party: an admission. */
  selfReport: z.boolean(),
  basis: BreachBasis,
  certainty: Membership,
  when: InstantRange.nullable(),
});
/** One alleged breach, always as some origin tells it. */
export const Breach = BreachFields.readonly();
export type Breach = z.infer<typeof Breach>;

export const PowerState = z.enum(['not_triggered', 'available', 'exercised', 'lapsed']);
export type PowerState = z.infer<typeof PowerState>;

export const PowerResult = z
  .object({
    power: z.string(),
    ref: z.string(),
    effect: z.enum(['terminate', 'suspend', 'resume']),
    state: PowerState,
    triggered: Membership,
    triggeredBy: z
      .array(
        z
          .object({
            norm: z.string(),
            period: z.number().int().nullable(),
            bearer: PartyId,
            verdict: Verdict,
          })
          .readonly(),
      )
      .readonly(),
    /** Who may exercise it, as far as the triggers go. */
    holders: z.array(PartyId).readonly(),
    exercised: z
      .object({ by: PartyId.nullable(), when: InstantRange, claims: ClaimIds })
      .readonly()
      .nullable(),
    ignored: z.array(IgnoredClaim).readonly(),
  })
  .readonly();
export type PowerResult = z.infer<typeof PowerResult>;

const EvaluationFields = z.object({
  agreement: AgreementId,
  version: z.number().int(),
  asOf: Instant,
  timezone: z.string(),
  term: TermResult,
  periods: z.array(PeriodResult).readonly(),
  /** Norms that hold once over a window of their own (not per period). */
  once: z.array(NormResult).readonly(),
  tallies: z.array(Tally).readonly(),
  breaches: z.array(Breach).readonly(),
  powers: z.array(PowerResult).readonly(),
  /** How many claims were read, and why some were set aside before any clause looked at them. */
  claims: ClaimCounts,
});

/**
 * The evaluation of one agreement version against the claims known at `asOf`, every
 * explanation in full. Plain data (instants as UTC ISO strings, ids, ranges): its JSON form is
 * what `truce evaluate --json --full` prints, and two of them can be compared with
 * `diffEvaluations`.
 */
export const Evaluation = EvaluationFields.readonly().meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof Evaluation>;

/** A cell's explanation without its lists: `explainCell` gives those. */
export const ExplanationSummary = ExplanationFields.pick({
  ref: true,
  summary: true,
  required: true,
  requiredExpression: true,
  count: true,
  owed: true,
})
  .extend({
    decidedBy: ClaimIds.describe(
      'the first claim of each account the verdict rests on (used, or saying the contrary)',
    ),
    claims: z
      .object({
        counted: z.number().int(),
        possible: z.number().int(),
        contrary: z.number().int(),
        ignored: z.number().int(),
      })
      .readonly()
      .describe("how many claims each list of the cell's full explanation holds"),
  })
  .readonly();
export type ExplanationSummary = z.infer<typeof ExplanationSummary>;

export const GridNormResult = NormVerdict.extend({ explanation: ExplanationSummary }).readonly();
export type GridNormResult = z.infer<typeof GridNormResult>;

export const GridPeriod = PeriodFields.extend({
  norms: z.array(GridNormResult).readonly(),
}).readonly();
export type GridPeriod = z.infer<typeof GridPeriod>;

/**
 * Breaches alleged alike (clause, period, party, basis, certainty) by any number of origins,
 * as one row: how many origins and claims, and the first of each. Which origin alleges what is
 * in the cell's explanation (`explainCell`), so a row's size does not grow with the origins.
 */
export const BreachGroup = BreachFields.pick({
  norm: true,
  period: true,
  by: true,
  basis: true,
  certainty: true,
})
  .extend({
    origins: z
      .number()
      .int()
      .describe('how many origins allege it (0: the silence rule alone, no origin)'),
    according_to: z
      .string()
      .nullable()
      .describe('the first origin alleging it; the cell explanation names every one'),
    selfReports: z
      .number()
      .int()
      .describe('how many of those origins are affiliated with the accused party: admissions'),
    claim: ClaimId.nullable().describe('the first claim alleging it (null: the silence rule)'),
    claims: z.number().int().describe('how many claims allege it'),
  })
  .readonly()
  .describe('breaches alleged alike in one cell, by any number of origins, as one row');
export type BreachGroup = z.infer<typeof BreachGroup>;

/**
 * The evaluation as the grid needs it (`verdictGrid`): each cell's verdict with a summary of
 * its explanation, and breaches grouped by clause and period; its size grows with cells, not
 * with claims or origins.
 */
export const EvaluationGrid = EvaluationFields.extend({
  periods: z.array(GridPeriod).readonly(),
  once: z.array(GridNormResult).readonly(),
  /** Without `from`: a row's sources grow with the claims, and the grid must not. */
  tallies: z.array(GridTally).readonly(),
  releases: z
    .array(GridTally)
    .readonly()
    .describe('the tally rows of persons released, each as in tallies (not the count of releases)'),
  runningTotals: z
    .array(RunningTotal)
    .readonly()
    .describe(
      'each obligation with a required quantity: what was counted and required so far, period by period',
    ),
  breaches: z.array(BreachGroup).readonly(),
  span: TermSpan.describe(
    'the term a day either side (to asOf while no end is known): the range a time line over the term covers',
  ),
})
  .readonly()
  .meta({ id: 'EvaluationGrid' });
export type EvaluationGrid = z.infer<typeof EvaluationGrid>;

/** The whole explanation of one cell (`explainCell`): each bearer's result, and its breaches. */
export const CellExplanation = z
  .object({
    agreement: AgreementId,
    asOf: Instant,
    norm: z.string(),
    period: z.number().int().nullable().describe('null: a once-only clause'),
    results: z.array(NormResult).readonly().describe('one per bearer of the clause'),
    breaches: z.array(Breach).readonly(),
  })
  .readonly()
  .meta({ id: 'CellExplanation' });
export type CellExplanation = z.infer<typeof CellExplanation>;
