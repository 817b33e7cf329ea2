import type { Agreement, AgreementException } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import type { Source } from '../evidence/source.js';
import type { ClaimId } from '../ids.js';
import { instantMs } from '../time/instant-ms.js';
import type { AsOfWindow } from './as-of-window.js';
import type { ClaimIndex } from './claim-index.js';
import { claimCounts } from './claim-counts.js';
import type { ExceptedAct, NormResult } from './evaluation.js';
import type { JudgedInstance, Verdicts } from './verdicts.js';
import { explainedResult, judgedOf } from './verdicts.js';
import { OriginAffiliations } from './origin-affiliation.js';

/**
 * Exceptions, in the manner of Catala: a prohibition makes way for acts its author claims on
 * an exception's ground (self-defence), and for acts another clause requires. Such an act is
 * shown beside the prohibition; it breaks nothing while no one denies the ground, and the
 * instance is `disputed` when someone does. An instance broken by other acts stays violated.
 */
export function applyExceptions(
  agreement: Agreement,
  evaluation: Verdicts,
  index: ClaimIndex,
  sources: readonly Source[],
  asOf: AsOfWindow,
): Verdicts {
  if (agreement.exceptions.length === 0) return evaluation;
  const usable = index.claims.filter((_, i) => claimCounts(index, i));
  const byId = new Map(usable.map((c) => [c.id, c]));
  const affiliations = new OriginAffiliations(agreement, sources);
  const required = requiredActs(agreement, evaluation);

  /** Whether the claim's origin is its own agent: the author speaking of its act. */
  const byItsAuthor = (c: Claim): boolean => {
    const origin = c.content.attribution[c.content.attribution.length - 1];
    if (origin === undefined) return false;
    const a = affiliations.of(origin);
    return (
      a.kind === 'party' && c.content.actors.some((x) => x.role === 'agent' && x.party === a.party)
    );
  };
  const denials = (c: Claim, ground: string): ClaimId[] =>
    usable
      .filter((d) => {
        const j = d.content.justification;
        if (d.id === c.id || j?.ground !== ground || j.stance !== 'denied') return false;
        if (d.content.type !== c.content.type) return false;
        const agents = (x: Claim) =>
          x.content.actors
            .filter((a) => a.role === 'agent' && a.party !== null)
            .map((a) => a.party);
        const mine = agents(c);
        return agents(d).some((p) => mine.includes(p)) && overlaps(c, d);
      })
      .map((d) => d.id);

  const exceptedFor = (r: NormResult, e: AgreementException): ExceptedAct[] =>
    r.explanation.counted.flatMap((id): ExceptedAct[] => {
      const c = byId.get(id);
      if (c === undefined) return [];
      if (e.prevails.kind === 'clause') {
        if (!required.get(e.prevails.norm)?.has(id)) return [];
        return [{ exception: e.id, ref: e.ref, claim: id, ground: null, contestedBy: [] }];
      }
      const { ground } = e.prevails;
      const j = c.content.justification;
      if (j?.ground !== ground || j.stance !== 'claimed' || !byItsAuthor(c)) return [];
      return [{ exception: e.id, ref: e.ref, claim: id, ground, contestedBy: denials(c, ground) }];
    });

  // A breach is gone where its act was made way for, uncontested.
  const setAside = new Set<string>();
  // Only a prohibition an exception names needs its explanation now: the acts it counted.
  const judgedIn =
    (period: number | null) =>
    (j: JudgedInstance): JudgedInstance => {
      if (j.kind !== 'prohibition') return j;
      const exceptions = agreement.exceptions.filter((e) => e.to.includes(j.norm));
      if (exceptions.length === 0) return j;
      const r = explainedResult(j);
      const made = madeWayFor(
        r,
        exceptions.flatMap((e) => exceptedFor(r, e)),
      );
      if (made === null) return j;
      for (const x of made.explanation.exceptions ?? []) {
        if (x.contestedBy.length === 0) setAside.add(`${r.norm}|${period}|${x.claim}`);
      }
      return judgedOf(made);
    };

  const madeWayFor = (r: NormResult, excepted: ExceptedAct[]): NormResult | null => {
    if (excepted.length === 0) return null;
    const explanation = { ...r.explanation, exceptions: excepted };
    // A report denying the ground is of the same act: it contests it, it is not another act.
    const accounted = new Set(excepted.flatMap((x) => [x.claim, ...x.contestedBy]));
    const others = r.explanation.counted.filter((id) => !accounted.has(id));
    if (r.verdict !== 'violated' || others.length > 0) return { ...r, explanation };
    const contested = excepted.filter((x) => x.contestedBy.length > 0);
    const over = r.window.end !== null && asOf.reached(instantMs(r.window.end));
    const what = excepted.map((x) => `${x.claim} (${x.ground ?? `required by ${x.exception}`})`);
    if (contested.length > 0) {
      return {
        ...r,
        verdict: 'disputed',
        lifecycle: 'unsettled',
        explanation: {
          ...explanation,
          summary: `Acts claimed under an exception, the ground denied by others: ${what.join(', ')}`,
        },
      };
    }
    const possible = r.explanation.possible.length > 0;
    return {
      ...r,
      verdict: over ? (possible ? 'unknown' : 'fulfilled') : 'not_due',
      lifecycle: over ? (possible ? 'unsettled' : 'fulfilled') : 'active',
      explanation: {
        ...explanation,
        summary: `No breach: the acts reported were made way for by an exception: ${what.join(', ')}`,
      },
    };
  };

  const periods = evaluation.periods.map((p) => ({
    ...p,
    norms: p.norms.map(judgedIn(p.index)),
  }));
  const once = evaluation.once.map(judgedIn(null));
  const breaches = evaluation.breaches.filter(
    (b) => b.norm === null || !setAside.has(`${b.norm}|${b.period}|${b.claim}`),
  );
  return { ...evaluation, periods, once, breaches };
}

/** For each obligation named by an exception, the claims it counted as its acts. */
function requiredActs(agreement: Agreement, e: Verdicts): Map<string, Set<ClaimId>> {
  const norms = new Set(
    agreement.exceptions.flatMap((x) => (x.prevails.kind === 'clause' ? [x.prevails.norm] : [])),
  );
  const acts = new Map<string, Set<ClaimId>>();
  for (const r of [...e.periods.flatMap((p) => p.norms), ...e.once]) {
    if (!norms.has(r.norm)) continue;
    const set = acts.get(r.norm) ?? new Set<ClaimId>();
    const x = r.explain();
    for (const id of [...x.counted, ...x.possible]) set.add(id);
    acts.set(r.norm, set);
  }
  return acts;
}

const overlaps = (a: Claim, b: Claim): boolean => {
  const lo = (c: Claim) =>
    c.content.when.earliest === null ? -Infinity : instantMs(c.content.when.earliest);
  const hi = (c: Claim) =>
    c.content.when.latest === null ? Infinity : instantMs(c.content.when.latest);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
};
