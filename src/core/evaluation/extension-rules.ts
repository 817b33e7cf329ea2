import type { ExtensionRule, Norm } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import { isoDuration, scaleDuration } from '../time/duration.js';
import type { Membership } from '../time/membership.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { WindowPart } from './assess-window.js';
import { forEachEntry, windowParts } from './assess-window.js';
import type { Span } from './advance-cells.js';
import type { OriginInfo } from './claim-index.js';
import { toRange } from './origin-accounts.js';
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
  /** The count part by part of its window, for each bearer: what an advance keeps. */
  readonly parts: readonly (readonly CountedPart[])[];
}

/**
 * One bearer's count in one part of the rule's window (`windowParts`), held by ids and origin
 * keys so that an index made again reads it the same.
 */
export interface CountedPart extends WindowPart {
  readonly min: number;
  readonly max: number;
  /** The part's definite claims, in order, each with its origin's key. */
  readonly definite: readonly { readonly id: ClaimId; readonly origin: string }[];
  /** The origins whose accounts the policy used in the part. */
  readonly used: readonly string[];
}

/**
 * Applies the count rules: "one more day per ten further releases beyond 50, up to ten days
 * in all". Counts are ranges, so the steps allowed are a range too, capped by the longest the
 * term may become (itself a range where reports disagree). Given the allowances `held` of an
 * evaluation before some changes and the changes' times, a part none of them meets is kept
 * (as `periodsMet` keeps a tally's period): a release counts again one part, not every release.
 */
export function ruleAllowances(
  ctx: EvaluationContext,
  frame: TermFrame,
  windowEnd: number,
  held?: { readonly allowances: readonly RuleAllowance[]; readonly spans: readonly Span[] },
): RuleAllowance[] {
  const zone = ctx.agreement.timezone;
  const windows = windowParts(ctx.calendar, frame.start, windowEnd);
  // Parts a change's time meets are counted again; with nothing held, every part is.
  const met = windows.map((w) => held?.spans.some((t) => t.hi >= w.start && t.lo < w.end) ?? true);
  return ctx.agreement.term.extensionRules.map((rule, r) => {
    const norm = ctx.norm(rule.counts);
    const kept = held?.allowances[r]?.parts;
    const parts = (norm?.bearers ?? []).map((bearer, b) =>
      windows.map((w, p) => {
        const part = kept?.[b]?.[p];
        if (part !== undefined && part.start === w.start && part.end === w.end && !met[p])
          return part;
        return countedPart(ctx, norm as Norm, bearer, w, rule.category);
      }),
    );
    // Summed as a window's assessment sums its parts, then its bearers: the same figures.
    let min = 0;
    let max = 0;
    for (const ofBearer of parts) {
      min += ofBearer.reduce((n, p) => n + p.min, 0);
      max += ofBearer.reduce((n, p) => n + p.max, 0);
    }
    const count = toRange(min, max);
    const steps = (n: number): number => Math.max(0, Math.floor((n - rule.beyond) / rule.step));
    const cap = capSteps(rule, frame, zone);
    return {
      rule,
      count,
      steps: {
        min: Math.min(steps(count.min), cap.min),
        max: Math.min(count.max === null ? Infinity : steps(count.max), cap.max),
      },
      claims: parts.flatMap(countedClaims),
      parts,
    };
  });
}

/** One bearer's count in one part, as the whole window's assessment reads that part. */
function countedPart(
  ctx: EvaluationContext,
  norm: Norm,
  bearer: PartyId,
  w: WindowPart,
  category: string | null,
): CountedPart {
  const a = ctx.assess(norm, bearer, w.start, w.end, { quota: true, category });
  const originKey = (o: number): string => (ctx.index.origins[o] as OriginInfo).key;
  const definite: { id: ClaimId; origin: string }[] = [];
  forEachEntry(a, (i, flags) => {
    if (flags === DEFINITE)
      definite.push({
        id: ctx.index.ids[i] as ClaimId,
        origin: originKey(ctx.index.origin[i] as number),
      });
  });
  return { ...w, min: a.min, max: a.max, definite, used: [...a.used].map(originKey) };
}

/**
 * The claims a bearer's count rests on: the definite claims of the origins the policy used in
 * any part of the window, as the window's merged assessment names them.
 */
function countedClaims(parts: readonly CountedPart[]): ClaimId[] {
  const used = new Set(parts.flatMap((p) => p.used));
  return parts.flatMap((p) => p.definite.filter((d) => used.has(d.origin)).map((d) => d.id));
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
