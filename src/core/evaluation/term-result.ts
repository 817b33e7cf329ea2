import type { Agreement } from '../agreement/agreement.js';
import type { ClaimId } from '../ids.js';
import { isoDuration, scaleDuration } from '../time/duration.js';
import { isoOf, isoOrNull } from '../time/instant-ms.js';
import { localDateTime } from '../time/zoned-time.js';
import type { ClaimIndex, OriginInfo } from './claim-index.js';
import type {
  EndCause,
  ExtensionResult,
  InstantRange,
  Suspension,
  TermResult,
  TermState,
} from './evaluation.js';
import type { RuleAllowance } from './extension-rules.js';
import { ruleResults, supportedByRules } from './extension-rules.js';
import type { PhaseSpan } from './norm-instances.js';
import type { TermEnd } from './term-end.js';
import type { MsRange, TermFrame } from './term-frame.js';
import { plus } from './term-frame.js';
import type { AsOfWindow } from './as-of-window.js';

const range = (r: MsRange): InstantRange => ({
  earliest: isoOrNull(r.lo),
  latest: isoOrNull(r.hi),
});

function termState(start: number, end: MsRange, asOf: AsOfWindow): TermState {
  if (!asOf.reached(start)) return 'not_started';
  if (asOf.reached(end.hi)) return 'ended';
  if (asOf.reached(end.lo)) return 'possibly_ended';
  return 'in_effect';
}

/** The term as the evaluation reports it. */
export function termResult(
  agreement: Agreement,
  index: ClaimIndex,
  frame: TermFrame,
  allowances: readonly RuleAllowance[],
  end: TermEnd,
  phases: readonly PhaseSpan[],
  suspensions: readonly Suspension[],
  asOf: AsOfWindow,
): TermResult {
  const zone = agreement.timezone;
  const ids = (list: readonly number[]): ClaimId[] => list.map((i) => index.ids[i] as ClaimId);
  const who = (claims: readonly number[]): string[] => reporters(index, claims);
  const state = termState(frame.start, end.range, asOf);
  const cause = end.cause;
  const endCause: EndCause | null =
    cause === null
      ? null
      : cause.kind === 'expired'
        ? { kind: 'expired', confirmedBy: ids(cause.confirmedBy) }
        : cause.kind === 'reported'
          ? { kind: 'reported', claims: ids(cause.claims) }
          : { kind: 'power', power: cause.power, by: cause.by, claims: ids(cause.claims) };

  const reported: ExtensionResult[] = frame.rounds.map((r, k) => ({
    source: 'reported',
    adds: r.adds === null ? null : isoDuration(r.adds.shortest),
    addsUpTo: r.adds === null || r.adds.longest === null ? null : isoDuration(r.adds.longest),
    at: isoOrNull(r.from.lo),
    until: range(r.to),
    claims: ids(r.claims),
    reportedBy: who(r.claims),
    rule: null,
    certainty: 'definitely',
    supportedByRule: supportedByRules(allowances, frame.rounds, k, frame, zone),
  }));

  const byRule: ExtensionResult[] = [];
  const base = frame.baseEnd;
  // A rule that is not automatic judges the reported extensions and moves no end: its
  // allowance is in `rules`, and listing it again as extensions would count the days twice.
  for (const a of base === null ? [] : allowances) {
    if (base === null) break;
    if (!a.rule.automatic) continue;
    const after = (n: number): MsRange => ({
      lo: plus(base.lo, zone, scaleDuration(a.rule.adds, n)),
      hi: plus(base.hi, zone, scaleDuration(a.rule.adds, n)),
    });
    const step = isoDuration(a.rule.adds);
    for (let k = 1; k <= a.steps.min; k++) {
      byRule.push({
        source: 'rule',
        adds: step,
        addsUpTo: step,
        at: isoOf(after(k - 1).lo),
        until: range(after(k)),
        claims: [],
        reportedBy: [],
        rule: a.rule.id,
        certainty: 'definitely',
        supportedByRule: null,
      });
    }
    if (a.steps.max > a.steps.min) {
      const more = a.steps.max - a.steps.min;
      byRule.push({
        source: 'rule',
        adds: step,
        addsUpTo: Number.isFinite(more) ? isoDuration(scaleDuration(a.rule.adds, more)) : null,
        at: isoOf(after(a.steps.min).lo),
        until: Number.isFinite(a.steps.max)
          ? range(after(a.steps.max))
          : { earliest: isoOf(after(a.steps.min + 1).lo), latest: null },
        claims: [],
        reportedBy: [],
        rule: a.rule.id,
        certainty: 'possibly',
        supportedByRule: null,
      });
    }
  }

  return {
    start: isoOf(frame.start),
    end: range(end.range),
    state,
    endReason:
      state === 'ended' || state === 'possibly_ended'
        ? endReasonText(end, frame, index, zone)
        : null,
    endCause,
    baseEnd: frame.baseEnd === null ? { earliest: null, latest: null } : range(frame.baseEnd),
    extensions: [...reported, ...byRule],
    rules: ruleResults(allowances),
    phases: phases.map((p) => ({
      phase: p.id,
      start: { earliest: isoOf(p.start), latest: isoOf(p.start) },
      end: range(p.end),
    })),
    suspensions,
  };
}

/** The origins behind some claims, by name, each once, in the order first met. */
const reporters = (index: ClaimIndex, claims: readonly number[]): string[] => [
  ...new Set(claims.map((i) => (index.origins[index.origin[i] as number] as OriginInfo).name)),
];

const local = (r: MsRange, zone: string): string =>
  r.lo === r.hi
    ? `${localDateTime(r.lo, zone)} local`
    : `between ${Number.isFinite(r.lo) ? localDateTime(r.lo, zone) : '…'} and ${Number.isFinite(r.hi) ? localDateTime(r.hi, zone) : '…'} local`;

/** Why the term ended, in words, naming the reports behind it. */
function endReasonText(end: TermEnd, frame: TermFrame, index: ClaimIndex, zone: string): string {
  const who = (claims: readonly number[]): string => reporters(index, claims).join(', ');
  const cause = end.cause;
  const when = local(end.range, zone);
  if (cause === null) return `ended ${when}`;
  switch (cause.kind) {
    case 'expired': {
      const n = frame.rounds.length;
      const after =
        n === 0
          ? 'its base term'
          : `its ${n === 1 ? '' : `${n} `}reported extension${n === 1 ? '' : 's'}`;
      const confirmed =
        cause.confirmedBy.length === 0 ? '' : `; the end is reported by ${who(cause.confirmedBy)}`;
      return `expired at the end of ${after}, ${when}${confirmed}`;
    }
    case 'reported':
      return `reported ended ${when} by ${who(cause.claims)}, before its expiry by the terms`;
    case 'power':
      return `ended by the power \`${cause.power}\`, exercised by ${cause.by ?? 'a holder'} ${when} (${who(cause.claims)})`;
  }
}
