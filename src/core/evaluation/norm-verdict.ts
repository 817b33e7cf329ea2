import type { CountRange } from '../quantity/count-range.js';
import { maxOf } from '../quantity/count-range.js';
import type { Membership } from '../time/membership.js';
import type { Lifecycle, Verdict } from './evaluation.js';

/** Where an instance stands in time, as of the evaluation's moment. */
export interface InstanceTiming {
  /** Its window has begun. */
  readonly started: boolean;
  /** Its due time has passed. */
  readonly due: boolean;
  /** The term ended before it fell due: definitely, possibly, or not. */
  readonly discharged: Membership;
  /** Its period lies within the term (possibly, after the earliest possible end). */
  readonly inTerm: Membership;
}

export interface Decision {
  readonly verdict: Verdict;
  readonly lifecycle: Lifecycle;
}

const settled = (verdict: Verdict): Decision => ({
  verdict,
  lifecycle:
    verdict === 'fulfilled' ? 'fulfilled' : verdict === 'violated' ? 'violated' : 'unsettled',
});

const open = (t: InstanceTiming): Decision => ({
  verdict: 'not_due',
  lifecycle: t.started ? 'active' : 'pending',
});

/** A violation is only ever as certain as the instance's existence: else it is unknown. */
const hedged = (d: Decision, t: InstanceTiming): Decision =>
  d.verdict === 'violated' && (t.inTerm !== 'definitely' || t.discharged !== 'not')
    ? settled('unknown')
    : d;

/** Is the count, a range, at least the requirement, a range? Three-valued. */
export function meets(count: CountRange, required: CountRange): Membership {
  if (count.min >= maxOf(required)) return 'definitely';
  if (maxOf(count) < required.min) return 'not';
  return 'possibly';
}

/**
 * The verdict on an obligation to bring something about (achievement, punctual):
 * fulfilled when the count definitely meets what is owed (disputed if an origin says the
 * contrary), before it is due only if something was owed; once due, violated when it definitely falls short and there is evidence to say
 * so (or the silence policy says so); unknown when the ranges leave it open.
 */
export function obligationDecision(
  count: CountRange,
  required: CountRange,
  facts: {
    readonly contradicted: boolean;
    readonly anyEvidence: boolean;
    readonly silence: 'unknown' | 'violated';
  },
  t: InstanceTiming,
): Decision {
  const met = meets(count, required);
  // Met before it falls due only when something was owed: owing nothing (three for each
  // hostage freed, before any is) is met by nothing having happened yet.
  const early = met === 'definitely' && !facts.contradicted && maxOf(required) > 0;
  if (t.discharged === 'definitely') {
    return early ? settled('fulfilled') : { verdict: 'not_due', lifecycle: 'discharged' };
  }
  if (!t.due) return early ? settled('fulfilled') : open(t);
  if (met === 'definitely') return settled(facts.contradicted ? 'disputed' : 'fulfilled');
  if (met === 'not') {
    const violated = facts.anyEvidence || facts.silence === 'violated';
    return hedged(settled(violated ? 'violated' : 'unknown'), t);
  }
  return settled('unknown');
}

/**
 * The verdict on a clause that acts break (prohibition, maintenance): violated as soon as
 * the evidence definitely shows a breaking act (disputed if an origin denies it), unknown
 * once the window is over if an act only possibly broke it, fulfilled if none was reported.
 */
export function breachDecision(
  breaches: CountRange,
  facts: { readonly denied: boolean },
  t: InstanceTiming,
): Decision {
  if (breaches.min >= 1) return hedged(settled(facts.denied ? 'disputed' : 'violated'), t);
  if (!t.due) return open(t);
  return settled(maxOf(breaches) >= 1 ? 'unknown' : 'fulfilled');
}
