import type { ClaimId } from '../ids.js';
import type { EvaluationDiff, VerdictChange } from './evaluation-diff.js';
import type { Breach, Evaluation, NormResult, TermResult } from './evaluation.js';

interface Located {
  readonly period: number | null;
  readonly periodStart: string | null;
  readonly result: NormResult;
}

/**
 * What changed between two evaluations of one agreement (two moments of knowledge, or two
 * versions): every verdict that differs, with the claims that entered or left its
 * explanation, the term's end, breaches and powers. Pure; `truce diff` prints it.
 */
export function diffEvaluations(a: Evaluation, b: Evaluation): EvaluationDiff {
  const before = located(a);
  const after = located(b);
  const verdicts: VerdictChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(key);
    const y = after.get(key);
    if (x?.result.verdict === y?.result.verdict) continue;
    const cited = (r: NormResult | undefined): Set<ClaimId> =>
      new Set(
        r === undefined
          ? []
          : [...r.explanation.counted, ...r.explanation.possible, ...r.explanation.contrary],
      );
    const was = cited(x?.result);
    const now = cited(y?.result);
    const at = (y ?? x) as Located;
    verdicts.push({
      period: at.period,
      periodStart: at.periodStart,
      norm: at.result.norm,
      bearer: at.result.bearer,
      from: x?.result.verdict ?? null,
      to: y?.result.verdict ?? null,
      claimsAdded: [...now].filter((c) => !was.has(c)),
      claimsRemoved: [...was].filter((c) => !now.has(c)),
      summary: y?.result.explanation.summary ?? null,
    });
  }

  const termOf = (t: TermResult) => ({ state: t.state, end: t.end, endReason: t.endReason });
  const termChanged =
    a.term.state !== b.term.state ||
    a.term.end.earliest !== b.term.end.earliest ||
    a.term.end.latest !== b.term.end.latest;

  const breachKey = (x: Breach): string =>
    `${x.norm}|${x.period}|${x.by}|${x.claim}|${x.basis}|${x.certainty}`;
  const breachesBefore = new Set(a.breaches.map(breachKey));
  const breachesAfter = new Set(b.breaches.map(breachKey));

  const powersBefore = new Map(a.powers.map((p) => [p.power, p.state]));
  const powersAfter = new Map(b.powers.map((p) => [p.power, p.state]));
  const powers = [...new Set([...powersBefore.keys(), ...powersAfter.keys()])]
    .filter((p) => powersBefore.get(p) !== powersAfter.get(p))
    .map((p) => ({ power: p, from: powersBefore.get(p) ?? null, to: powersAfter.get(p) ?? null }));

  return {
    agreement: b.agreement,
    from: { asOf: a.asOf, version: a.version },
    to: { asOf: b.asOf, version: b.version },
    term: termChanged ? { from: termOf(a.term), to: termOf(b.term) } : null,
    verdicts,
    breachesAdded: b.breaches.filter((x) => !breachesBefore.has(breachKey(x))),
    breachesRemoved: a.breaches.filter((x) => !breachesAfter.has(breachKey(x))),
    powers,
  };
}

/** Every norm instance of an evaluation, keyed by where it stands: period start, norm, bearer. */
function located(e: Evaluation): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const p of e.periods) {
    for (const r of p.norms)
      out.set(`${p.start}|${r.norm}|${r.bearer}`, {
        period: p.index,
        periodStart: p.start,
        result: r,
      });
  }
  for (const r of e.once)
    out.set(`once|${r.norm}|${r.bearer}`, { period: null, periodStart: null, result: r });
  return out;
}
