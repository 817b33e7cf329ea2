import type { Power } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { Membership } from '../time/membership.js';
import { isoOrNull } from '../time/instant-ms.js';
import { claimAffirms } from './claim-counts.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { IgnoredClaim, PowerResult, Verdict } from './evaluation.js';
import type { InstanceOutcome } from './evaluate-instance.js';
import { DEFINITE } from './gather-evidence.js';
import { forEachEntry } from './assess-window.js';
import type { MsRange } from './term-frame.js';
import { NEAR_END_MS } from './term-frame.js';

/** A power's exercise, for the term's end and for suspensions. */
export interface Exercise {
  readonly power: Power;
  readonly when: MsRange;
  readonly by: PartyId | null;
  readonly claims: readonly number[];
}

export interface PowersOutcome {
  readonly results: readonly PowerResult[];
  readonly exercises: readonly Exercise[];
}

const TRIGGERING: Readonly<Partial<Record<Verdict, Membership>>> = {
  violated: 'definitely',
  disputed: 'possibly',
  unknown: 'possibly',
};

/**
 * Powers: triggered by violations of the named norms (possibly, where those are disputed or
 * unknown), held by the counterparty of the violator (or named parties), exercised by the
 * first reported act of the holder after the trigger and before the term's end.
 */
export function evaluatePowers(
  ctx: EvaluationContext,
  outcomes: readonly InstanceOutcome[],
  termEnd: MsRange,
): PowersOutcome {
  const results: PowerResult[] = [];
  const exercises: Exercise[] = [];
  for (const power of ctx.agreement.powers) {
    const triggers = outcomes.filter(
      (o) =>
        power.trigger.violated.includes(o.instance.norm.id) &&
        TRIGGERING[o.result.verdict] !== undefined,
    );
    const triggered: Membership = triggers.some((o) => o.result.verdict === 'violated')
      ? 'definitely'
      : triggers.length > 0
        ? 'possibly'
        : 'not';
    const violators = new Set(triggers.map((o) => o.instance.bearer));
    const holders =
      power.holder.kind === 'parties'
        ? power.holder.parties
        : ctx.agreement.parties
            // The counterparty is a party to the fighting: a guarantor holds no power to resume it.
            .filter((p) => p.role === undefined)
            .map((p) => p.id)
            .filter((p) => [...violators].some((v) => v !== p));
    const from = Math.min(...triggers.map((o) => triggerTime(ctx, o)));

    const ignored: IgnoredClaim[] = [];
    const used: number[] = [];
    const mask = ctx.index.partyMask(holders);
    for (const type of power.exercisedBy.events) {
      const claims = ctx.index.ofType(type);
      for (let c = 0; c < claims.length; c++) {
        const i = claims[c] as number;
        if (((ctx.index.agents[i] as number) & mask) === 0) continue;
        if (!claimAffirms(ctx.index, i)) continue;
        const lo = ctx.index.lo[i] as number;
        const hi = ctx.index.hi[i] as number;
        // Acts dated before the term or long after it are about something else: not listed.
        if (hi < ctx.calendar.startMs || lo > termEnd.hi + NEAR_END_MS) continue;
        if (hi < from) ignored.push(ctx.index.ignoredClaim(i, 'before_trigger'));
        else if (lo >= termEnd.hi) ignored.push(ctx.index.ignoredClaim(i, 'after_term'));
        else used.push(i);
      }
    }
    used.sort((a, b) => (ctx.index.lo[a] as number) - (ctx.index.lo[b] as number));
    const first = used[0];
    const exercise =
      first === undefined || triggered === 'not'
        ? null
        : {
            power,
            when: { lo: ctx.index.lo[first] as number, hi: ctx.index.hi[first] as number },
            by: ctx.index.agentParty(first),
            claims: used,
          };
    if (exercise !== null) exercises.push(exercise);
    const ended = ctx.asOf.reached(termEnd.hi);
    results.push({
      power: power.id,
      ref: power.ref,
      effect: power.effect,
      state:
        exercise !== null
          ? 'exercised'
          : triggered === 'not'
            ? 'not_triggered'
            : ended
              ? 'lapsed'
              : 'available',
      triggered,
      triggeredBy: triggers.map((o) => ({
        norm: o.instance.norm.id,
        period: o.instance.period === null ? null : o.instance.period + 1,
        bearer: o.instance.bearer,
        verdict: o.result.verdict,
      })),
      holders,
      exercised:
        exercise === null
          ? null
          : {
              by: exercise.by,
              when: { earliest: isoOrNull(exercise.when.lo), latest: isoOrNull(exercise.when.hi) },
              claims: used.map((i) => ctx.index.ids[i] as ClaimId),
            },
      ignored,
    });
  }
  return { results, exercises };
}

/**
 * What the powers read of one instance of a norm that triggers one: its verdict before any
 * suspension, and when a violation was established (NaN when the verdict triggers nothing).
 * Every instance reading as it did, every power comes out as it did.
 */
export interface TriggerReading {
  readonly verdict: Verdict;
  readonly at: number;
}

export function triggerReading(ctx: EvaluationContext, o: InstanceOutcome): TriggerReading {
  const { verdict } = o.result;
  return { verdict, at: TRIGGERING[verdict] === undefined ? NaN : triggerTime(ctx, o) };
}

/**
 * When a violation is established: for a prohibition, by the first breaking act reported for
 * certain; for an obligation, when it fell due.
 */
function triggerTime(ctx: EvaluationContext, o: InstanceOutcome): number {
  const kind = o.instance.norm.kind;
  if (kind === 'prohibition' || kind === 'maintenance') {
    let first = Infinity;
    forEachEntry(o.assessment, (i, flags) => {
      if (flags === DEFINITE) first = Math.min(first, ctx.index.lo[i] as number);
    });
    if (Number.isFinite(first)) return first;
  }
  return Math.min(o.instance.due, o.instance.end);
}
