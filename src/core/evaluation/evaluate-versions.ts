import type { Agreement } from '../agreement/agreement.js';
import { badInput } from '../errors.js';
import type { Claim } from '../evidence/claim.js';
import type { EvaluateOptions } from './evaluate.js';
import { AsOfWindow } from './as-of-window.js';
import { evaluateVerdicts } from './evaluate.js';
import type { Breach, Evaluation } from './evaluation.js';
import type { JudgedInstance, JudgedPeriod, Verdicts } from './verdicts.js';
import { fullEvaluation } from './verdicts.js';

/**
 * The version of an agreement in effect at an instant: the highest-numbered version whose
 * `effective_from` has come (a version without one is in effect from the start); before any
 * has, the first.
 */
export function versionInEffect(versions: readonly Agreement[], atMs: number): Agreement {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  let chosen = sorted[0];
  if (chosen === undefined) throw badInput('an evaluation needs at least one agreement version');
  for (const v of sorted) {
    if (v.effectiveFrom === null || Date.parse(v.effectiveFrom) <= atMs) chosen = v;
  }
  return chosen;
}

/**
 * Evaluates an agreement whose terms changed over time: each period by the version in effect
 * when it began, each once-only instance by the version in effect when it fell due (or, still
 * open, at `asOf`). The term, tallies, powers and accusations are the latest version's, since an
 * amendment is how the term itself is changed. Breaches follow the instances they belong to.
 * With one version this is `evaluate`.
 */
export function evaluateVersions(
  versions: readonly Agreement[],
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions = {},
): Evaluation {
  return fullEvaluation(versionVerdicts(versions, claims, asOf, options));
}

/** `evaluateVersions` with each cell's explanation made only when asked (`evaluateVerdicts`). */
export function versionVerdicts(
  versions: readonly Agreement[],
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions = {},
): Verdicts {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted[sorted.length - 1];
  if (latest === undefined) throw badInput('an evaluation needs at least one agreement version');
  const base = evaluateVerdicts(latest, claims, asOf, options);
  if (sorted.length === 1) return base;
  const window = new AsOfWindow(Date.parse(base.asOf));

  const byVersion = new Map<number, Verdicts>([[latest.version, base]]);
  const evaluationOf = (v: Agreement): Verdicts => {
    let e = byVersion.get(v.version);
    if (e === undefined) {
      e = evaluateVerdicts(v, claims, asOf, options);
      byVersion.set(v.version, e);
    }
    return e;
  };

  // Each period of the latest version's calendar, judged by the version in effect then.
  // `periodOf` maps (version, its own period index) to the index in the result.
  const periodOf = new Map<string, number>();
  const periods: JudgedPeriod[] = base.periods.map((p) => {
    const v = versionInEffect(sorted, Date.parse(p.start));
    const own = evaluationOf(v).periods.find((q) => q.start === p.start);
    const chosen = own ?? p;
    periodOf.set(`${chosen.version}|${chosen.index}`, p.index);
    return { ...chosen, index: p.index, inTerm: p.inTerm, phase: p.phase };
  });

  const once = onceResults(sorted, sorted.map(evaluationOf), window);
  const onceKept = new Set(once.map((r) => `${r.version}|${r.norm}`));

  const breaches: Breach[] = [];
  for (const v of sorted) {
    for (const b of evaluationOf(v).breaches) {
      if (b.norm === null) {
        if (v === latest) breaches.push(b);
      } else if (b.period === null) {
        if (onceKept.has(`${v.version}|${b.norm}`)) breaches.push(b);
      } else {
        const index = periodOf.get(`${v.version}|${b.period}`);
        if (index !== undefined) breaches.push({ ...b, period: index });
      }
    }
  }

  if (options.validity !== undefined) window.narrow(options.validity);
  return { ...base, periods, once, breaches };
}

/**
 * One result for each once-only instance (norm and bearer), from the version that judges it:
 * the one in effect when the instance first fell due, by that version's own deadline (or when
 * it took effect, if its deadline was already behind it). An amendment that moves a deadline
 * already passed does not reopen it. Not yet due as of asOf, the version in effect then.
 */
function onceResults(
  sorted: readonly Agreement[],
  evaluations: readonly Verdicts[],
  asOf: AsOfWindow,
): JudgedInstance[] {
  const byInstance = new Map<string, Map<number, JudgedInstance>>();
  for (const e of evaluations) {
    for (const r of e.once) {
      const key = `${r.norm}|${r.bearer}`;
      const mine = byInstance.get(key) ?? new Map<number, JudgedInstance>();
      mine.set(r.version, r);
      byInstance.set(key, mine);
    }
  }
  const out: JudgedInstance[] = [];
  for (const results of byInstance.values()) {
    let judged: { at: number; result: JudgedInstance } | null = null;
    for (const v of sorted) {
      const r = results.get(v.version);
      const when = r === undefined ? null : (r.due ?? r.window.end);
      if (r === undefined || when === null) continue;
      const effective = v.effectiveFrom === null ? -Infinity : Date.parse(v.effectiveFrom);
      const at = Math.max(effective, Date.parse(when));
      if (judged !== null && judged.at <= at) continue;
      if (versionInEffect(sorted, at).version === v.version && asOf.reached(at))
        judged = { at, result: r };
    }
    const result =
      judged?.result ??
      results.get(versionAtAsOf(sorted, asOf).version) ??
      [...results.values()].at(-1);
    if (result !== undefined) out.push(result);
  }
  return out;
}

/** `versionInEffect` at asOf, telling the window what it compared. */
function versionAtAsOf(sorted: readonly Agreement[], asOf: AsOfWindow): Agreement {
  let chosen = sorted[0] as Agreement;
  for (const v of sorted) {
    if (v.effectiveFrom === null || asOf.reached(Date.parse(v.effectiveFrom))) chosen = v;
  }
  return chosen;
}
