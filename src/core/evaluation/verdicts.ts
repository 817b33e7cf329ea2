import type { ClaimId } from '../ids.js';
import type {
  Account,
  Evaluation,
  Explanation,
  ExplanationSummary,
  GridNormResult,
  NormResult,
  PeriodResult,
  Tally,
} from './evaluation.js';

/**
 * A norm instance judged: its verdict and the grid's summary of its explanation, with the whole
 * explanation (accounts, claims counted and set aside) made only when asked, from the same
 * assessment the verdict came from.
 */
export interface JudgedInstance extends GridNormResult {
  readonly explain: () => Explanation;
}

export type JudgedPeriod = Omit<PeriodResult, 'norms'> & {
  readonly norms: readonly JudgedInstance[];
};

/** A tally row whose claims are named only when asked: the grid shows none of them. */
export type CountedTally = Omit<Tally, 'from'> & { readonly from: () => Tally['from'] };

/**
 * An evaluation whose cells explain themselves when asked: what the grid and one cell's
 * explanation are made from. `fullEvaluation` makes every explanation, for the eager result.
 */
export interface Verdicts extends Omit<Evaluation, 'periods' | 'once' | 'tallies'> {
  readonly periods: readonly JudgedPeriod[];
  readonly once: readonly JudgedInstance[];
  readonly tallies: readonly CountedTally[];
}

/** The first claim of each account the verdict rests on (used, or saying the contrary). */
export const decidedBy = (accounts: readonly Account[]): ClaimId[] => [
  ...new Set(accounts.filter((a) => a.used).map((a) => a.first)),
];

/** The grid's share of a whole explanation: everything but the lists, which are counted. */
export function summaryOf(x: Explanation): ExplanationSummary {
  return {
    ref: x.ref,
    summary: x.summary,
    required: x.required,
    requiredExpression: x.requiredExpression,
    count: x.count,
    owed: x.owed,
    decidedBy: decidedBy(x.accounts),
    claims: {
      counted: x.counted.length,
      possible: x.possible.length,
      contrary: x.contrary.length,
      ignored: x.ignored.length,
    },
  };
}

/** A result already explained in full (an exception rewrote it), as a judged instance. */
export function judgedOf(result: NormResult): JudgedInstance {
  const { explanation, ...verdict } = result;
  return { ...verdict, explanation: summaryOf(explanation), explain: () => explanation };
}

/** A judged instance with its whole explanation. */
export function explainedResult(judged: JudgedInstance): NormResult {
  const { explanation: _summary, explain, ...verdict } = judged;
  return { ...verdict, explanation: explain() };
}

/** A judged instance as the grid shows it. */
export function gridResult(judged: JudgedInstance): GridNormResult {
  const { explain: _explain, ...cell } = judged;
  return cell;
}

/** Every cell explained: the eager evaluation. */
export function fullEvaluation(verdicts: Verdicts): Evaluation {
  return {
    ...verdicts,
    periods: verdicts.periods.map((p) => ({ ...p, norms: p.norms.map(explainedResult) })),
    once: verdicts.once.map(explainedResult),
    tallies: verdicts.tallies.map((t) => ({ ...t, from: t.from() })),
  };
}
