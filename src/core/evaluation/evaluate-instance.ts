import type { ClaimId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import { formatExpression } from '../agreement/quantity-expression.js';
import { isoOf, isoOrNull } from '../time/instant-ms.js';
import type { Membership } from '../time/membership.js';
import type { AsOfWindow } from './as-of-window.js';
import type { Assessment } from './assess-window.js';
import { entryCount } from './assess-window.js';
import { CONTRARY, DEFINITE } from './gather-evidence.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { Explanation, ExplanationSummary, TotalReading } from './evaluation.js';
import { breachSummary, obligationSummary, owedText } from './explain-verdict.js';
import type { JudgedInstance } from './verdicts.js';
import type { NormInstance } from './norm-instances.js';
import type { Decision, InstanceTiming } from './norm-verdict.js';
import { breachDecision, obligationDecision } from './norm-verdict.js';
import { accountViews, toRange, usedAccounts } from './origin-accounts.js';
import { requiredQuantity } from './required-quantity.js';
import type { MsRange } from './term-frame.js';

/** An instance's result, with the evidence behind it (for the breaches list and powers). */
export interface InstanceOutcome {
  readonly instance: NormInstance;
  readonly result: JudgedInstance;
  readonly assessment: Assessment;
  /** Obligations: what was owed. */
  readonly required: CountRange | null;
}

const ONE: CountRange = { min: 1, max: 1 };

/** Evaluates one norm instance against the evidence, as of the context's moment. */
export function evaluateInstance(
  ctx: EvaluationContext,
  inst: NormInstance,
  termEnd: MsRange,
): InstanceOutcome {
  const { norm, bearer } = inst;
  const timing = timingOf(inst, termEnd, ctx.asOf);
  if (norm.kind === 'prohibition' || norm.kind === 'maintenance') {
    const a = ctx.assess(norm, bearer, inst.start, inst.end, { quota: false });
    const breaches = toRange(a.min, a.max);
    const decision = breachDecision(
      breaches,
      { denied: a.contradicted },
      { ...timing, due: ctx.asOf.reached(inst.end) },
    );
    const used = usedAccounts(ctx.index, a.accounts, a.used, bearer);
    const summary = breachSummary(decision.verdict, breaches, used.voices);
    return {
      instance: inst,
      assessment: a,
      required: null,
      result: judged(
        ctx.agreement.version,
        inst,
        decision,
        summaryFields(inst, a, used, { summary, count: breaches }),
        () => ({
          ...explanationBase(ctx, inst, a),
          summary,
          count: breaches,
          accounts: accountViews(ctx.index, a.accounts, a.used, bearer),
        }),
      ),
    };
  }

  const quantity = inst.quantity;
  const totals: TotalReading[] = [];
  const required =
    quantity === null
      ? ONE
      : requiredQuantity(
          quantity.min,
          (n, c) => ctx.countNorm(n, c, inst.start, inst.end),
          (t) => {
            const reading = ctx.total(t, inst.start);
            if (!totals.some((r) => r.total === t)) totals.push(reading);
            return reading.range;
          },
        );
  const a = ctx.assess(norm, bearer, inst.start, inst.end, { quota: true });
  const count = toRange(a.min, a.max);
  const decision = obligationDecision(
    count,
    required,
    {
      contradicted: a.contradicted,
      anyEvidence: entryCount(a) > 0,
      silence: norm.evidence.silence,
    },
    timing,
  );
  const used = usedAccounts(ctx.index, a.accounts, a.used, bearer);
  const unit = quantity?.unit ?? null;
  const shown = {
    summary: obligationSummary(decision.verdict, required, count, used.voices, unit),
    required,
    requiredExpression:
      quantity === null || quantity.min.kind === 'number' ? null : formatExpression(quantity.min),
    count,
    owed: decision.verdict === 'fulfilled' ? null : owedText(required, count, unit),
  };
  return {
    instance: inst,
    assessment: a,
    required,
    result: judged(
      ctx.agreement.version,
      inst,
      decision,
      summaryFields(inst, a, used, shown),
      () => ({
        ...explanationBase(ctx, inst, a),
        ...shown,
        accounts: accountViews(ctx.index, a.accounts, a.used, bearer),
        ...(totals.length === 0 ? {} : { totals }),
      }),
    ),
  };
}

function timingOf(inst: NormInstance, termEnd: MsRange, asOf: AsOfWindow): InstanceTiming {
  // Due at the end itself: the end is when it falls due, never what discharges it.
  const discharged: Membership = inst.dueAtEnd
    ? 'not'
    : inst.due > termEnd.hi
      ? 'definitely'
      : inst.due > termEnd.lo
        ? 'possibly'
        : 'not';
  return {
    started: asOf.reached(inst.start),
    due: asOf.reached(inst.due),
    discharged,
    inTerm: inst.end <= termEnd.lo || inst.period === null ? 'definitely' : 'possibly',
  };
}

/** Which list of the explanation a claim of the assessment goes to. */
type Listed = 'counted' | 'possible' | 'contrary';

/**
 * Each claim of the assessment with the list it goes to: the contrary, or, for an account the
 * policy used, counted when definite and possible when not. A window over several periods is
 * gathered period by period, and a claim spanning some of them (or with no end) is met in
 * each: it is given once. The one walk behind both the lists and the grid's counts of them.
 */
function forEachListed(a: Assessment, each: (list: Listed, claim: number) => void): void {
  const listed = new Set<number>();
  for (const e of a.pieces) {
    for (let k = 0; k < e.size; k++) {
      const i = e.claim[k] as number;
      const flags = e.flags[k] as number;
      if (a.pieces.length > 1) {
        if (listed.has(i)) continue;
        listed.add(i);
      }
      if ((flags & CONTRARY) !== 0) each('contrary', i);
      else if (!a.used.has(e.origin[k] as number)) continue;
      else if ((flags & DEFINITE) !== 0) each('counted', i);
      else each('possible', i);
    }
  }
}

function explanationBase(
  ctx: EvaluationContext,
  inst: NormInstance,
  a: Assessment,
): Omit<Explanation, 'summary' | 'count' | 'accounts'> {
  const ids = ctx.index.ids;
  const lists: Record<Listed, ClaimId[]> = { counted: [], possible: [], contrary: [] };
  forEachListed(a, (list, i) => lists[list].push(ids[i] as ClaimId));
  return {
    ref: inst.norm.ref,
    required: null,
    requiredExpression: null,
    owed: null,
    ...lists,
    ignored: a.ignored,
  };
}

/** The grid's share of the explanation, without making its lists. */
function summaryFields(
  inst: NormInstance,
  a: Assessment,
  used: { readonly decidedBy: ClaimId[] },
  shown: Pick<ExplanationSummary, 'summary' | 'count'> &
    Partial<Pick<ExplanationSummary, 'required' | 'requiredExpression' | 'owed'>>,
): ExplanationSummary {
  const claims = { counted: 0, possible: 0, contrary: 0, ignored: a.ignored.length };
  forEachListed(a, (list) => claims[list]++);
  return {
    ref: inst.norm.ref,
    summary: shown.summary,
    required: shown.required ?? null,
    requiredExpression: shown.requiredExpression ?? null,
    count: shown.count,
    owed: shown.owed ?? null,
    decidedBy: used.decidedBy,
    claims,
  };
}

function judged(
  version: number,
  inst: NormInstance,
  decision: Decision,
  explanation: ExplanationSummary,
  explain: () => Explanation,
): JudgedInstance {
  return {
    norm: inst.norm.id,
    version,
    kind: inst.norm.kind,
    bearer: inst.bearer,
    verdict: decision.verdict,
    lifecycle: decision.lifecycle,
    window: { start: isoOf(inst.start), end: isoOrNull(inst.end) },
    due: isoOrNull(inst.due),
    explanation,
    explain,
  };
}
