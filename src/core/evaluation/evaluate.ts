import type { Agreement } from '../agreement/agreement.js';
import { badInput } from '../errors.js';
import type { Claim } from '../evidence/claim.js';
import type { Source } from '../evidence/source.js';
import { instantMs, isoOf } from '../time/instant-ms.js';
import { localTimeAfter, nextLocalTimeAfter } from '../time/zoned-time.js';
import type { EventType } from '../vocabulary/event-types.js';
import { typesAssessedFor } from './affected-cells.js';
import { applyExceptions } from './apply-exceptions.js';
import type { Validity } from './as-of-window.js';
import { AsOfWindow } from './as-of-window.js';
import { boundThroughParties } from './bound-groups.js';
import { handedOver } from './handed-over.js';
import { ClaimIndex } from './claim-index.js';
import { KNOWN_AFTER_AS_OF, NOT_ACCEPTED } from './claim-counts.js';
import type { BreachRuns } from './breach-runs.js';
import { collectBreaches } from './collect-breaches.js';
import type { TallyPeriods } from './compute-tallies.js';
import { computeTallies } from './compute-tallies.js';
import type { InstanceOutcome } from './evaluate-instance.js';
import { evaluateInstance } from './evaluate-instance.js';
import type { Exercise } from './evaluate-powers.js';
import { evaluatePowers } from './evaluate-powers.js';
import { EvaluationContext } from './evaluation-context.js';
import type { Evaluation } from './evaluation.js';
import type { RuleAllowance } from './extension-rules.js';
import { automaticExpiry, ruleAllowances } from './extension-rules.js';
import type { JudgedInstance, JudgedPeriod, Verdicts } from './verdicts.js';
import { fullEvaluation } from './verdicts.js';
import { normInstances } from './norm-instances.js';
import { PeriodCalendar } from './period-calendar.js';
import type { TermEnd } from './term-end.js';
import { endedByPower, naturalEnd, phaseSpans } from './term-end.js';
import type { MsRange, TermFrame } from './term-frame.js';
import { plus, termFrame } from './term-frame.js';
import { termResult } from './term-result.js';

export interface EvaluateOptions {
  /** Recorded sources, so origins resolve to parties by their recorded affiliation. */
  readonly sources?: readonly Source[];
  /**
   * Narrowed to the asOf instants for which the evaluation comes out the same but for its
   * `asOf` field (see `AsOfWindow`): a cache answers those moments from it.
   */
  readonly validity?: Validity;
}

/**
 * Evaluates an agreement version against claims, as of a moment: the term and its end, every
 * norm instance in every period with its verdict and explanation, tallies, breaches by
 * source, powers. Pure: the same agreement, claims and moment give the same result, whatever
 * the order of the claims. Only accepted claims known at `asOf` count; the others are listed
 * where they would have counted, with the reason.
 */
export function evaluate(
  agreement: Agreement,
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions = {},
): Evaluation {
  return fullEvaluation(evaluateVerdicts(agreement, claims, asOf, options));
}

/**
 * The same evaluation with each cell's explanation made only when asked: verdicts, the grid's
 * summaries, term, tallies, breaches and powers now, and a cell's accounts and lists from the
 * same assessment later. `evaluate` is this with every cell explained.
 */
export function evaluateVerdicts(
  agreement: Agreement,
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions = {},
): Verdicts {
  return assessed(agreement, claims, asOf, options, false).verdicts;
}

/**
 * What an evaluation's cells were assessed on besides the claims: the calendar, the term's
 * frame, its end and rule allowances, the suspensions, and where accusations stop. A change
 * that leaves these as they were can be met by assessing again only the cells it reaches
 * (`advancedCells`).
 */
export interface CellFrame {
  readonly agreement: Agreement;
  readonly asOfMs: number;
  readonly sources: readonly Source[];
  readonly calendar: PeriodCalendar;
  readonly frame: TermFrame;
  /** The term's end after powers: the instances were assessed against it. */
  readonly end: TermEnd;
  /**
   * Whether a power moved the end: the powers then read instances assessed against the end
   * before it, which an advance does not assess.
   */
  readonly endMovedByPower: boolean;
  readonly allowances: readonly RuleAllowance[];
  /** Where the extension rules stop counting acts. */
  readonly countUntil: number;
  readonly suspensions: readonly SuspensionSpan[];
  /** Periods shown: those beginning before the latest possible end. */
  readonly shown: number;
  /** The tallies' rows period by period: an advance makes again only the periods it reaches. */
  readonly tallies: TallyPeriods;
  /**
   * The claims evaluated, of each type a clause or a total reads, in id order: a change
   * reaching some cells is met by indexing only the claims of the types they read.
   */
  readonly claimsOfType: ReadonlyMap<EventType, readonly Claim[]>;
  /**
   * The indexes of some types' claims that advances made, by the types' names (sorted, joined
   * by commas), each kept until a change reaches one of its types: an advance reaching the
   * same types takes it as its index before, though others' advances came between.
   */
  readonly typesIndexed: ReadonlyMap<string, ClaimIndex>;
  /**
   * The whole pass's index of every claim, and the types changes have reached since: an
   * advance reaching none of those copies its types' readings from it rather than reading
   * those claims again.
   */
  readonly passIndex: { readonly index: ClaimIndex; readonly moved: ReadonlySet<EventType> };
  /** The last advance's breaches by instance (null before any): the next copies its runs. */
  readonly breachRuns: BreachRuns | null;
}

/** `evaluateVerdicts`, with the frame its cells were assessed on. */
export function evaluateWithFrame(
  agreement: Agreement,
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions = {},
): { verdicts: Verdicts; frame: CellFrame } {
  return assessed(agreement, claims, asOf, options, true);
}

/**
 * The evaluation and its frame. Grouping the claims by type is left out (an empty map) when
 * the caller drops the frame: only a held evaluation is ever advanced.
 */
function assessed(
  agreement: Agreement,
  claims: readonly Claim[],
  asOf: string,
  options: EvaluateOptions,
  grouped: boolean,
): { verdicts: Verdicts; frame: CellFrame } {
  const asOfMs = instantMs(asOf);
  if (Number.isNaN(asOfMs))
    throw badInput(`asOf must be an ISO instant, found ${JSON.stringify(asOf)}`);
  const zone = agreement.timezone;
  const read = handedOver(agreement, boundThroughParties(agreement, claims));
  const window = new AsOfWindow(asOfMs);
  const ordered = inIdOrder(read);
  const index = new ClaimIndex(agreement, ordered, asOfMs, options.sources ?? [], window);
  const frame = termFrame(agreement, index);
  const automatic = agreement.term.extensionRules.some((r) => r.automatic);
  const horizon = horizonOf(agreement, frame, window, automatic);
  const calendar = PeriodCalendar.build(
    frame.start,
    Math.max(horizon, frame.start),
    zone,
    agreement.dayBoundary,
  );
  index.place(calendar);
  const ctx = new EvaluationContext(agreement, index, calendar, window);

  // Non-automatic rules only judge reported extensions: they count acts up to the end
  // without them. Automatic ones count up to the longest the term may run.
  const unruled = naturalEnd(frame, null);
  const countUntil =
    automatic || !Number.isFinite(unruled.range.hi) ? calendar.endMs : unruled.range.hi;
  const allowances = ruleAllowances(ctx, frame, countUntil);
  const natural = naturalEnd(frame, automatic ? automaticExpiry(allowances, frame, zone) : null);

  let outcomes = evaluateAll(ctx, natural, frame);
  const powers = evaluatePowers(ctx, outcomes, natural.range);
  const terminate = earliest(powers.exercises.filter((e) => e.power.effect === 'terminate'));
  const end = endedByPower(
    natural,
    terminate === null ? null : { ...terminate, power: terminate.power.id },
  );
  // A power ending the term early changes windows after it: evaluate those again.
  const endMovedByPower = end.range.hi !== natural.range.hi || end.range.lo !== natural.range.lo;
  if (endMovedByPower) outcomes = evaluateAll(ctx, end, frame);

  const suspensions = suspensionsOf(powers.exercises);
  const results = outcomes.map((o) => suspended(o, suspensions));
  const phases = phaseSpans(agreement, frame.start, end.range);
  const shown = periodsWithin(calendar, end.range);
  const periods: JudgedPeriod[] = [];
  for (let p = 0; p < shown; p++) {
    const start = calendar.start(p);
    periods.push({
      index: p + 1,
      start: isoOf(start),
      end: isoOf(calendar.end(p)),
      localStart: calendar.localStart(p),
      localEnd: calendar.localEnd(p),
      inTerm: calendar.end(p) <= end.range.lo ? 'definitely' : 'possibly',
      phase: phases.find((ph) => ph.start <= start && start < ph.end.hi)?.id ?? null,
      version: agreement.version,
      norms: results.filter((r) => r.period === p).map((r) => r.result),
    });
  }

  let notAccepted = 0;
  let late = 0;
  for (let i = 0; i < index.exclusion.length; i++) {
    const x = index.exclusion[i];
    if (x === NOT_ACCEPTED) notAccepted++;
    else if (x === KNOWN_AFTER_AS_OF) late++;
  }
  const tallied = computeTallies(ctx, shown);
  const evaluation: Verdicts = {
    agreement: agreement.id,
    version: agreement.version,
    asOf: isoOf(asOfMs),
    timezone: zone,
    term: termResult(
      agreement,
      index,
      frame,
      allowances,
      end,
      phases,
      suspensions.map((s) => ({
        power: s.power,
        from: isoOf(s.from),
        until: s.until === null ? null : isoOf(s.until),
      })),
      window,
    ),
    periods,
    once: results.filter((r) => r.period === null).map((r) => r.result),
    tallies: tallied.tallies,
    breaches: collectBreaches(
      index,
      outcomes,
      frame.start,
      accusationsUntil(agreement, end.range, calendar),
    ),
    powers: powers.results,
    claims: {
      total: claims.length,
      usable: claims.length - notAccepted - late,
      notAccepted,
      knownAfterAsOf: late,
    },
  };
  const result = applyExceptions(agreement, evaluation, index, options.sources ?? [], window);
  if (options.validity !== undefined) window.narrow(options.validity);
  return {
    verdicts: result,
    frame: {
      agreement,
      asOfMs,
      sources: options.sources ?? [],
      calendar,
      frame,
      end,
      endMovedByPower,
      allowances,
      countUntil,
      suspensions,
      shown,
      tallies: tallied.byPeriod,
      claimsOfType: grouped
        ? claimsByType(
            ordered,
            typesAssessedFor(agreement, new Set(agreement.norms.map((n) => n.id)), true),
          )
        : new Map(),
      typesIndexed: new Map(),
      passIndex: { index, moved: new Set() },
      breachRuns: null,
    },
  };
}

/** The claims of each of `types`, in the order given. */
function claimsByType(
  claims: readonly Claim[],
  types: ReadonlySet<EventType>,
): Map<EventType, Claim[]> {
  const byType = new Map<EventType, Claim[]>([...types].map((t) => [t, []]));
  for (const claim of claims) byType.get(claim.content.type)?.push(claim);
  return byType;
}

/**
 * The claims in order of id, so that every list in the result comes out in the same order
 * whatever order the claims came in. Claims listed by id (as the store lists them) are
 * taken as they are.
 */
export function inIdOrder(claims: readonly Claim[]): readonly Claim[] {
  for (let i = 1; i < claims.length; i++) {
    if ((claims[i - 1] as Claim).id > (claims[i] as Claim).id) {
      return [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
  }
  return claims;
}

function evaluateAll(ctx: EvaluationContext, end: TermEnd, frame: TermFrame): InstanceOutcome[] {
  const phases = phaseSpans(ctx.agreement, frame.start, end.range);
  return normInstances(ctx.agreement, ctx.calendar, phases, frame.start, end.range).map((inst) =>
    evaluateInstance(ctx, inst, end.range),
  );
}

/**
 * How far the calendar must reach: the latest the term may end by its terms or reports, or,
 * for a term with no end in sight, the end of the period containing `asOf`.
 */
function horizonOf(
  agreement: Agreement,
  frame: TermFrame,
  asOf: AsOfWindow,
  automatic: boolean,
): number {
  const ends = [frame.expiry?.hi, frame.reportedEnd?.range.hi].filter(
    (e): e is number => e !== undefined,
  );
  if (automatic) {
    for (const r of agreement.term.extensionRules) {
      ends.push(
        r.automatic && r.maxLength !== null
          ? plus(frame.start, agreement.timezone, r.maxLength.longest)
          : Infinity,
      );
    }
  }
  const finite = ends.filter(Number.isFinite);
  if (ends.length > 0 && finite.length === ends.length) return Math.max(...finite);
  const from = asOf.reached(frame.start) ? asOf.ms : frame.start;
  const open = nextLocalTimeAfter(from, agreement.timezone, agreement.dayBoundary);
  // The same for every moment from the last day boundary up to this one.
  asOf.reached(open);
  if (from === asOf.ms)
    asOf.reached(localTimeAfter(open, agreement.timezone, agreement.dayBoundary, -1));
  return Math.max(open, ...finite);
}

/** The first day boundary a day or more after the term's latest end (or the calendar's end). */
export function accusationsUntil(
  agreement: Agreement,
  end: MsRange,
  calendar: PeriodCalendar,
): number {
  const from = Number.isFinite(end.hi) ? end.hi : calendar.endMs;
  return nextLocalTimeAfter(from + 23 * 3_600_000, agreement.timezone, agreement.dayBoundary);
}

/** Periods that begin before the latest possible end. */
function periodsWithin(calendar: PeriodCalendar, end: MsRange): number {
  let n = 0;
  while (n < calendar.length && calendar.start(n) < end.hi) n++;
  return n;
}

function earliest(exercises: readonly Exercise[]): Exercise | null {
  let first: Exercise | null = null;
  for (const e of exercises) if (first === null || e.when.lo < first.when.lo) first = e;
  return first;
}

export interface SuspensionSpan {
  readonly power: string;
  readonly from: number;
  readonly until: number | null;
}

/** Each suspension runs from its exercise to the first resumption after it. */
function suspensionsOf(exercises: readonly Exercise[]): SuspensionSpan[] {
  const resumes = exercises
    .filter((e) => e.power.effect === 'resume')
    .map((e) => e.when.lo)
    .sort((a, b) => a - b);
  return exercises
    .filter((e) => e.power.effect === 'suspend')
    .map((e) => ({
      power: e.power.id,
      from: e.when.lo,
      until: resumes.find((r) => r > e.when.lo) ?? null,
    }));
}

/** An instance whose window lies wholly in a suspension is suspended, not judged. */
export function suspended(
  o: InstanceOutcome,
  spans: readonly SuspensionSpan[],
): { period: number | null; result: JudgedInstance } {
  const { start, end } = o.instance;
  const within = spans.some((s) => start >= s.from && (s.until === null || end <= s.until));
  return {
    period: o.instance.period,
    result: within ? { ...o.result, verdict: 'not_due', lifecycle: 'suspended' } : o.result,
  };
}
