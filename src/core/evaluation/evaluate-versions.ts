import type { Agreement } from '../agreement/agreement.js';
import { badInput } from '../errors.js';
import type { Claim } from '../evidence/claim.js';
import type { EvaluateOptions } from './evaluate.js';
import { AsOfWindow } from './as-of-window.js';
import { evaluate } from './evaluate.js';
import type { Breach, Evaluation, NormResult, PeriodResult } from './evaluation.js';

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
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted[sorted.length - 1];
  if (latest === undefined) throw badInput('an evaluation needs at least one agreement version');
  const base = evaluate(latest, claims, asOf, options);
  if (sorted.length === 1) return base;
  const window = new AsOfWindow(Date.parse(base.asOf));

  const byVersion = new Map<number, Evaluation>([[latest.version, base]]);
  const evaluationOf = (v: Agreement): Evaluation => {
    let e = byVersion.get(v.version);
    if (e === undefined) {
      e = evaluate(v, claims, asOf, options);
      byVersion.set(v.version, e);
    }
    return e;
  };

  // Each period of the latest version's calendar, judged by the version in effect then.
  // `periodOf` maps (version, its own period index) to the index in the result.
  const periodOf = new Map<string, number>();
  const periods: PeriodResult[] = base.periods.map((p) => {
    const v = versionInEffect(sorted, Date.parse(p.start));
    const own = evaluationOf(v).periods.find((q) => q.start === p.start);
    const chosen = own ?? p;
    periodOf.set(`${chosen.version}|${chosen.index}`, p.index);
    return { ...chosen, index: p.index, inTerm: p.inTerm, phase: p.phase };
  });

  const once: NormResult[] = [];
  for (const v of sorted) {
    for (const r of evaluationOf(v).once) {
      const when = r.due ?? r.window.end;
      // Judged by the version in effect when it fell due, or, still open, at asOf.
      const at = when !== null && window.reached(Date.parse(when)) ? Date.parse(when) : null;
      if (versionAt(sorted, at, window).version === v.version) once.push(r);
    }
  }
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

/** `versionInEffect` at an instant, or (null) at asOf, telling the window what it compared. */
function versionAt(sorted: readonly Agreement[], at: number | null, asOf: AsOfWindow): Agreement {
  if (at !== null) return versionInEffect(sorted, at);
  let chosen = sorted[0] as Agreement;
  for (const v of sorted) {
    if (v.effectiveFrom === null || asOf.reached(Date.parse(v.effectiveFrom))) chosen = v;
  }
  return chosen;
}
