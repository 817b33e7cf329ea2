import type { Norm } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import type { ClaimId, PartyId } from '../ids.js';
import { maxOf } from '../quantity/count-range.js';
import type { EventType } from '../vocabulary/event-types.js';
import { negatedTypesOf } from '../vocabulary/negated-event-types.js';
import type { ClaimIndex, OriginInfo } from './claim-index.js';
import { claimAffirms } from './claim-counts.js';
import type { Breach, BreachBasis } from './evaluation.js';
import type { InstanceOutcome } from './evaluate-instance.js';
import { entryCount } from './assess-window.js';
import { CONTRARY, DEFINITE } from './gather-evidence.js';

/**
 * Every alleged breach, always as one origin tells it: each report of an act a clause
 * forbids, each report that an owed act did not happen (or denial that it did), each account
 * that falls short of what was owed, and each accusation between parties.
 */
export function collectBreaches(
  index: ClaimIndex,
  outcomes: readonly InstanceOutcome[],
  termStart: number,
  accusationsUntil: number,
): Breach[] {
  const breaches: Breach[] = [];
  // Instances come norm by norm, period by period: bearers of one instance are adjacent.
  let instanceKey = '';
  const unattributed = new Set<number>();
  // Whether a contrary claim negates the act or denies it depends on its type and the clause
  // alone: the types that negate the clause's act are found once per clause.
  let negationsOf: Norm | null = null;
  let negations: readonly EventType[] = [];
  // A window over several periods is gathered period by period, and a claim spanning some of
  // them is met in each: it is one breach of the instance.
  const met = new Set<number>();
  const { ids } = index;
  // Per origin, the party it speaks for (an admission when that party is accused).
  const speaksFor = index.origins.map((o) =>
    o.affiliation.kind === 'party' ? o.affiliation.party : null,
  );
  const push = (
    i: number,
    o: number,
    norm: string | null,
    period: number | null,
    by: PartyId | null,
    basis: BreachBasis,
    certainty: Breach['certainty'],
  ): void => {
    const origin = index.origins[o] as OriginInfo;
    breaches.push({
      norm,
      period,
      by,
      claim: ids[i] as ClaimId,
      according_to: origin.name,
      originKey: origin.key,
      selfReport: by !== null && speaksFor[o] === by,
      basis,
      certainty,
      when: index.when[i] as Claim['content']['when'],
    });
  };

  for (const o of outcomes) {
    const { norm, bearer } = o.instance;
    const period = o.instance.period === null ? null : o.instance.period + 1;
    const breakable = norm.kind === 'prohibition' || norm.kind === 'maintenance';
    if (`${norm.id}|${period ?? ''}` !== instanceKey) {
      instanceKey = `${norm.id}|${period ?? ''}`;
      unattributed.clear();
    }
    if (!breakable && norm !== negationsOf) {
      negationsOf = norm;
      negations = negatedTypesOf(norm.act.events);
    }
    const several = o.assessment.pieces.length > 1;
    met.clear();
    for (const e of o.assessment.pieces) {
      for (let k = 0; k < e.size; k++) {
        const i = e.claim[k] as number;
        if (several) {
          if (met.has(i)) continue;
          met.add(i);
        }
        const o = e.origin[k] as number;
        const flags = e.flags[k] as number;
        const certainty = (flags & DEFINITE) !== 0 ? 'definitely' : 'possibly';
        const contrary = (flags & CONTRARY) !== 0;
        if (breakable && !contrary) {
          // An act whose agent no one names is one alleged breach, by no one in particular.
          if (index.agents[i] !== 0) push(i, o, norm.id, period, bearer, 'act', certainty);
          else if (!unattributed.has(i)) {
            unattributed.add(i);
            push(i, o, norm.id, period, null, 'act', 'possibly');
          }
        }
        if (!breakable && contrary) {
          const basis = negations.includes(index.typeOfClaim(i)) ? 'negation' : 'denial';
          push(i, o, norm.id, period, bearer, basis, certainty);
        }
      }
    }
    if (breakable || o.result.verdict !== 'violated' || o.required === null) continue;
    const required = o.required;
    const short = o.assessment.accounts.filter(
      (a) =>
        a.stance === 'supports' &&
        o.assessment.used.has(a.origin) &&
        maxOf({ min: a.min, max: Number.isFinite(a.max) ? a.max : null }) < required.min,
    );
    for (const a of short)
      push(a.first, a.origin, norm.id, period, bearer, 'shortfall', 'definitely');
    if (entryCount(o.assessment) === 0) {
      breaches.push({
        norm: norm.id,
        period,
        by: bearer,
        claim: null,
        according_to: null,
        originKey: null,
        selfReport: false,
        basis: 'silence',
        certainty: 'definitely',
        when: null,
      });
    }
  }

  // Accusations name no clause; those made during the term, or in the day after it ended
  // (each side blaming the other for the end), are listed as alleged breaches.
  const accusations = index.ofType('accusation');
  for (let k = 0; k < accusations.length; k++) {
    const i = accusations[k] as number;
    if (!claimAffirms(index, i)) continue;
    const c = (index.claims[i] as Claim).content;
    const lo = index.lo[i] as number;
    const hi = index.hi[i] as number;
    if (hi < termStart || lo >= accusationsUntil) continue;
    const certainty = lo >= termStart && hi < accusationsUntil ? 'definitely' : 'possibly';
    const accused = c.actors
      .filter((a) => a.role === 'target' && a.party !== null)
      .map((a) => a.party as PartyId);
    for (const by of accused.length === 0 ? [null] : accused)
      push(i, index.origin[i] as number, null, null, by, 'accusation', certainty);
  }
  return breaches;
}
