import type { ExtensionRule } from '../agreement/agreement.js';
import type { ClaimId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import { isoDuration, scaleDuration } from '../time/duration.js';
import type { Membership } from '../time/membership.js';
import type { EvaluationContext } from './evaluation-context.js';
import { forEachEntry } from './assess-window.js';
import { DEFINITE } from './gather-evidence.js';
import type { ExtensionRuleResult } from './evaluation.js';
import type { MsRange, ReportedRound, TermFrame } from './term-frame.js';
import { plus } from './term-frame.js';

/** What one count rule allows: `steps` extensions of `rule.adds`. */
export interface RuleAllowance {
  readonly rule: ExtensionRule;
  readonly count: CountRange;
  readonly steps: { readonly min: number; readonly max: number };
  readonly claims: readonly ClaimId[];
}

/**
 * Applies the count rules: "one more day per ten further releases beyond 50, up to ten days
 * in all". Counts are ranges, so the steps allowed are a range too, capped by the longest the
 * term may become (itself a range where reports disagree).
 */
export function ruleAllowances(
  ctx: EvaluationContext,
  frame: TermFrame,
  windowEnd: number,
): RuleAllowance[] {
  const zone = ctx.agreement.timezone;
  return ctx.agreement.term.extensionRules.map((rule) => {
    const count = ctx.countNorm(rule.counts, rule.category, frame.start, windowEnd);
    const steps = (n: number): number => Math.max(0, Math.floor((n - rule.beyond) / rule.step));
    const cap = capSteps(rule, frame, zone);
    const claims = countedClaims(ctx, rule, frame.start, windowEnd);
    return {
      rule,
      count,
      steps: {
        min: Math.min(steps(count.min), cap.min),
        max: Math.min(count.max === null ? Infinity : steps(count.max), cap.max),
      },
      claims,
    };
  });
}

/** How many steps fit between the base end and the longest the term may become. */
function capSteps(
  rule: ExtensionRule,
  frame: TermFrame,
  zone: string,
): { min: number; max: number } {
  if (rule.maxLength === null || frame.baseEnd === null) return { min: Infinity, max: Infinity };
  const step = plus(frame.baseEnd.lo, zone, rule.adds) - frame.baseEnd.lo;
  const shortestCap = plus(frame.start, zone, rule.maxLength.shortest);
  const longestCap = plus(frame.start, zone, rule.maxLength.longest);
  return {
    min: Math.max(0, Math.floor((shortestCap - frame.baseEnd.hi) / step)),
    max: Math.max(0, Math.floor((longestCap - frame.baseEnd.lo) / step)),
  };
}

function countedClaims(
  ctx: EvaluationContext,
  rule: ExtensionRule,
  start: number,
  end: number,
): ClaimId[] {
  const norm = ctx.norm(rule.counts);
  if (norm === undefined) return [];
  const claims: ClaimId[] = [];
  for (const bearer of norm.bearers) {
    const a = ctx.assess(norm, bearer, start, end, { quota: true, category: rule.category });
    forEachEntry(a, (i, flags) => {
      if (flags === DEFINITE && a.used.has(ctx.index.origin[i] as number)) {
        claims.push(ctx.index.ids[i] as ClaimId);
      }
    });
  }
  return claims;
}

/** The end the automatic rules give: base end plus the steps allowed. */
export function automaticExpiry(
  allowances: readonly RuleAllowance[],
  frame: TermFrame,
  zone: string,
): MsRange | null {
  const base = frame.baseEnd;
  if (base === null) return null;
  let lo = base.lo;
  let hi = base.hi;
  for (const a of allowances) {
    if (!a.rule.automatic) continue;
    lo = plus(lo, zone, scaleDuration(a.rule.adds, a.steps.min));
    hi = Number.isFinite(a.steps.max)
      ? plus(hi, zone, scaleDuration(a.rule.adds, a.steps.max))
      : Infinity;
  }
  return { lo, hi };
}

/** Did the count rules allow the reported extensions up to this one? Three-valued. */
export function supportedByRules(
  allowances: readonly RuleAllowance[],
  rounds: readonly ReportedRound[],
  upTo: number,
  frame: TermFrame,
  zone: string,
): Membership | null {
  if (allowances.length === 0 || frame.baseEnd === null) return null;
  let allowedMin = 0;
  let allowedMax = 0;
  for (const a of allowances) {
    const step = plus(frame.baseEnd.lo, zone, a.rule.adds) - frame.baseEnd.lo;
    allowedMin += a.steps.min * step;
    allowedMax += a.steps.max * step;
  }
  let cumLo = 0;
  let cumHi = 0;
  for (const r of rounds.slice(0, upTo + 1)) {
    cumLo += r.addedMs.lo;
    cumHi += r.addedMs.hi;
  }
  if (cumHi <= allowedMin) return 'definitely';
  if (cumLo > allowedMax) return 'not';
  return 'possibly';
}

export function ruleResults(allowances: readonly RuleAllowance[]): ExtensionRuleResult[] {
  return allowances.map((a) => ({
    rule: a.rule.id,
    ref: a.rule.ref,
    counts: a.rule.counts,
    count: a.count,
    steps: { min: a.steps.min, max: Number.isFinite(a.steps.max) ? a.steps.max : null },
    adds: isoDuration(a.rule.adds),
    claims: a.claims,
  }));
}
