import { z } from 'zod';
import type { EvaluationDiff } from '../core/evaluation/diff-evaluations.js';
import type { CellExplanation, Evaluation, EvaluationGrid } from '../core/evaluation/evaluation.js';
import { AgreementId, ClaimId, PartyId } from '../core/ids.js';
import { CountRange } from '../core/quantity/count-range.js';
import { QuantityRole } from '../core/quantity/quantity-role.js';
import { EventType } from '../core/vocabulary/event-types.js';

// The evaluation, and the difference between two, as the API returns them. Core defines them
// as TypeScript types, not schemas, so these mirror them for validation and OpenAPI; the checks
// at the end stop the build when a mirror drifts from its original.

const Instant = z.string().describe('ISO 8601 instant, UTC');
const Membership = z.enum(['definitely', 'possibly', 'not']);
const Verdict = z.enum(['not_due', 'fulfilled', 'violated', 'unknown', 'disputed']);
const ClaimIds = z.array(ClaimId).readonly();

const InstantRange = z.object({ earliest: Instant.nullable(), latest: Instant.nullable() });

const IgnoredClaim = z.object({
  claim: ClaimId,
  reason: z.enum([
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
  ]),
  why: z.string().describe('the reason in words'),
});

const Account = z.object({
  origin: z.string(),
  originKey: z.string(),
  affiliation: z
    .string()
    .describe('"party:<id>", "mediator:<id>", "mediator", "monitor:<id>" or "independent"'),
  selfReport: z.boolean(),
  stance: z.enum(['supports', 'contradicts']),
  count: CountRange,
  claims: z.number().int().describe('how many claims make up the account'),
  first: ClaimId.describe("the account's first claim"),
  used: z.boolean(),
});

const Explanation = z.object({
  ref: z.string(),
  summary: z.string(),
  required: CountRange.nullable(),
  requiredExpression: z.string().nullable(),
  count: CountRange.nullable(),
  owed: z.string().nullable(),
  counted: ClaimIds,
  possible: ClaimIds,
  contrary: ClaimIds,
  ignored: z.array(IgnoredClaim).readonly(),
  accounts: z.array(Account).readonly(),
  exceptions: z
    .array(
      z.object({
        exception: z.string(),
        ref: z.string(),
        claim: ClaimId,
        ground: z.string().nullable(),
        contestedBy: ClaimIds,
      }),
    )
    .readonly()
    .optional()
    .describe('Prohibitions: acts an exception made way for (self-defence, a required act)'),
  totals: z
    .array(
      z.object({
        total: z.string(),
        ref: z.string(),
        range: CountRange,
        from: z.enum(['reported', 'stated', 'unknown']),
        claims: ClaimIds,
      }),
    )
    .readonly()
    .optional()
    .describe('Obligations relative to a total: how each total was read, and from which reports'),
});

const NormVerdict = z.object({
  norm: z.string(),
  version: z.number().int().describe('the agreement version whose terms judged this instance'),
  kind: z.enum(['achievement', 'punctual', 'maintenance', 'prohibition']),
  bearer: PartyId,
  verdict: Verdict,
  lifecycle: z.enum([
    'pending',
    'active',
    'fulfilled',
    'violated',
    'unsettled',
    'discharged',
    'suspended',
  ]),
  window: z.object({ start: Instant, end: Instant.nullable() }),
  due: Instant.nullable(),
});
const NormResult = NormVerdict.extend({ explanation: Explanation });

const PeriodFields = z.object({
  index: z.number().int(),
  start: Instant,
  end: Instant,
  localStart: z.string(),
  localEnd: z.string(),
  inTerm: Membership,
  phase: z.string().nullable(),
  version: z.number().int().describe('the agreement version in effect when the period began'),
});
const PeriodResult = PeriodFields.extend({ norms: z.array(NormResult).readonly() });

const ExtensionResult = z.object({
  source: z.enum(['rule', 'reported']),
  adds: z.string().nullable(),
  addsUpTo: z.string().nullable(),
  at: Instant.nullable(),
  until: InstantRange,
  claims: ClaimIds,
  reportedBy: z.array(z.string()).readonly().describe('who reported it, each origin once'),
  rule: z.string().nullable(),
  certainty: Membership,
  supportedByRule: Membership.nullable(),
});

const ExtensionRuleResult = z.object({
  rule: z.string(),
  ref: z.string(),
  counts: z.string(),
  count: CountRange,
  steps: CountRange,
  adds: z.string(),
  claims: ClaimIds,
});

const EndCause = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('expired'), confirmedBy: ClaimIds }),
  z.object({ kind: z.literal('reported'), claims: ClaimIds }),
  z.object({
    kind: z.literal('power'),
    power: z.string(),
    by: PartyId.nullable(),
    claims: ClaimIds,
  }),
]);

const TermState = z.enum(['not_started', 'in_effect', 'possibly_ended', 'ended']);

const TermResult = z.object({
  start: Instant,
  end: InstantRange,
  state: TermState,
  endReason: z.string().nullable(),
  endCause: EndCause.nullable(),
  baseEnd: InstantRange,
  extensions: z.array(ExtensionResult).readonly(),
  rules: z.array(ExtensionRuleResult).readonly(),
  phases: z
    .array(z.object({ phase: z.string(), start: InstantRange, end: InstantRange }))
    .readonly(),
  suspensions: z
    .array(z.object({ power: z.string(), from: Instant, until: Instant.nullable() }))
    .readonly(),
});

const Tally = z.object({
  act: EventType,
  by: PartyId.nullable(),
  category: z.string().nullable(),
  role: QuantityRole.describe(
    'what the row counts: the acts, the persons or supplies they concern, or an outcome',
  ),
  unit: z.string().nullable(),
  count: CountRange,
  claims: z.number().int(),
  from: ClaimIds.describe('every claim that gave the row a figure, of any account, each once'),
});

const Breach = z.object({
  norm: z.string().nullable(),
  period: z.number().int().nullable(),
  by: PartyId.nullable(),
  claim: ClaimId.nullable(),
  according_to: z.string().nullable(),
  originKey: z.string().nullable(),
  selfReport: z.boolean(),
  basis: z.enum(['act', 'negation', 'denial', 'shortfall', 'silence', 'accusation']),
  certainty: Membership,
  when: InstantRange.nullable(),
});

const PowerState = z.enum(['not_triggered', 'available', 'exercised', 'lapsed']);

const PowerResult = z.object({
  power: z.string(),
  ref: z.string(),
  effect: z.enum(['terminate', 'suspend', 'resume']),
  state: PowerState,
  triggered: Membership,
  triggeredBy: z
    .array(
      z.object({
        norm: z.string(),
        period: z.number().int().nullable(),
        bearer: PartyId,
        verdict: Verdict,
      }),
    )
    .readonly(),
  holders: z.array(PartyId).readonly(),
  exercised: z.object({ by: PartyId.nullable(), when: InstantRange, claims: ClaimIds }).nullable(),
  ignored: z.array(IgnoredClaim).readonly(),
});

const EvaluationFields = {
  agreement: AgreementId,
  version: z.number().int(),
  asOf: Instant,
  timezone: z.string(),
  term: TermResult,
  periods: z.array(PeriodResult).readonly(),
  once: z.array(NormResult).readonly(),
  tallies: z.array(Tally).readonly(),
  breaches: z.array(Breach).readonly(),
  powers: z.array(PowerResult).readonly(),
  claims: z.object({
    total: z.number().int(),
    usable: z.number().int(),
    notAccepted: z.number().int(),
    knownAfterAsOf: z.number().int(),
  }),
};

/** The whole evaluation, every explanation in full: `truce evaluate --json --full`. */
export const EvaluationSchema = z.object(EvaluationFields).meta({ id: 'Evaluation' });

const ExplanationSummary = Explanation.pick({
  ref: true,
  summary: true,
  required: true,
  requiredExpression: true,
  count: true,
  owed: true,
}).extend({
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
    .describe("how many claims each list of the cell's full explanation holds"),
});

const GridNormResult = NormVerdict.extend({ explanation: ExplanationSummary });

const BreachGroup = Breach.pick({
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
  .describe('breaches alleged alike in one cell, by any number of origins, as one row');

/** What the grid needs: verdicts and summaries, breaches grouped; explanations by cell. */
export const EvaluationGridSchema = z
  .object({
    ...EvaluationFields,
    periods: z.array(PeriodFields.extend({ norms: z.array(GridNormResult).readonly() })).readonly(),
    once: z.array(GridNormResult).readonly(),
    tallies: z.array(Tally.omit({ from: true })).readonly(),
    breaches: z.array(BreachGroup).readonly(),
  })
  .meta({ id: 'EvaluationGrid' });

export const CellExplanationSchema = z
  .object({
    agreement: AgreementId,
    asOf: Instant,
    norm: z.string(),
    period: z.number().int().nullable().describe('null: a once-only clause'),
    results: z.array(NormResult).readonly().describe('one per bearer of the clause'),
    breaches: z.array(Breach).readonly(),
  })
  .meta({ id: 'CellExplanation' });

const Moment = z.object({ asOf: Instant, version: z.number().int() });
const TermEnd = z.object({ state: TermState, end: InstantRange, endReason: z.string().nullable() });

export const EvaluationDiffSchema = z
  .object({
    agreement: z.string(),
    from: Moment,
    to: Moment,
    term: z.object({ from: TermEnd, to: TermEnd }).nullable().describe('null: unchanged'),
    verdicts: z
      .array(
        z.object({
          period: z.number().int().nullable(),
          periodStart: Instant.nullable(),
          norm: z.string(),
          bearer: PartyId,
          from: Verdict.nullable(),
          to: Verdict.nullable(),
          claimsAdded: ClaimIds,
          claimsRemoved: ClaimIds,
          summary: z.string().nullable(),
        }),
      )
      .readonly(),
    breachesAdded: z.array(Breach).readonly(),
    breachesRemoved: z.array(Breach).readonly(),
    powers: z
      .array(
        z.object({ power: z.string(), from: PowerState.nullable(), to: PowerState.nullable() }),
      )
      .readonly(),
  })
  .meta({ id: 'EvaluationDiff' });

/** True only when A and B are the same type, readonly-ness aside. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _evaluationMirrorsCore: Same<z.output<typeof EvaluationSchema>, Evaluation> = true;
const _diffMirrorsCore: Same<z.output<typeof EvaluationDiffSchema>, EvaluationDiff> = true;
const _gridMirrorsCore: Same<z.output<typeof EvaluationGridSchema>, EvaluationGrid> = true;
const _cellMirrorsCore: Same<z.output<typeof CellExplanationSchema>, CellExplanation> = true;
