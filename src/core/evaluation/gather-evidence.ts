import type { Claim } from '../evidence/claim.js';
import type { Membership } from '../time/membership.js';
import { instantMs } from '../time/instant-ms.js';
import { foldName } from '../text/fold-name.js';
import type { ActSelector } from './act-selector.js';
import { unitKey } from '../quantity/unit-key.js';
import type { ClaimIndex, TypeCells } from './claim-index.js';
import type { EvidenceBuffer } from './evidence-buffer.js';
import { CELL_DENIED, CELL_SET_ASIDE, QUOTA_OUTSIDE, QUOTA_OWN_TIME } from './claim-index.js';
import { DENIED, setAsideReason } from './claim-counts.js';
import type { IgnoredClaim, IgnoreReason } from './evaluation.js';
import type { PeriodCalendar } from './period-calendar.js';
import type { PersonFilter } from './person-filter.js';
import { DEFINITELY, NOT, POSSIBLY, personMembership } from './person-filter.js';

/** Flags of an evidence entry. */
export const DEFINITE = 1;
/** The entry says the act did not happen (a negation, or a denial). */
export const CONTRARY = 2;

/**
 * The claims that bear on one act in one window, as parallel arrays (a window of a busy day
 * holds thousands): for each, the claim, whether it lies definitely in the window and is
 * definitely of the act, whether it supports or contradicts, and its figure as a range
 * (a `possibly` entry counts from 0).
 */
export interface Evidence {
  readonly size: number;
  readonly claim: Int32Array;
  /** The claim's origin (as `ClaimIndex.origin`), kept beside it for the walks by origin. */
  readonly origin: Int32Array;
  readonly flags: Uint8Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly ignored: readonly IgnoredClaim[];
}

export interface GatherOptions {
  /** Count releases where sources say they count (`countsToward`), not where they happened. */
  readonly quota: boolean;
  /** Only claims of this person category (for `count(norm, category)`); null for any. */
  readonly only: PersonFilter | null;
  /** List the claims set aside (explanations do; tallies need not). */
  readonly listIgnored?: boolean;
}

/**
 * The claims that bear on one act in one window [start, end): each with its three-valued
 * membership, its stance and its figure, and the claims set aside with the reason. Claims of
 * another act, another party or other persons are not evidence, and are not listed.
 */
export function gatherEvidence(
  index: ClaimIndex,
  calendar: PeriodCalendar,
  s: ActSelector,
  start: number,
  end: number,
  options: GatherOptions,
): Evidence {
  const firstPeriod = calendar.periodOf(start);
  const lastPeriod = calendar.periodOf(end - 1);
  const gathered = index.evidenceBuffer;
  const walk = new Walk(index, s, start, end, options, firstPeriod);
  const inCalendar = firstPeriod >= 0 && lastPeriod < calendar.length;
  for (const negated of [false, true]) {
    for (const type of negated ? s.negations : s.types) {
      const placed = index.cellsOf(type);
      if (placed === undefined) continue;
      if (!inCalendar) {
        walk.visit(placed.all, negated);
        continue;
      }
      walk.visitCells(placed, firstPeriod, lastPeriod, negated);
      walk.visit(placed.wide, negated);
    }
  }
  return {
    size: gathered.size,
    claim: gathered.claim.slice(0, gathered.size),
    origin: gathered.origin.slice(0, gathered.size),
    flags: gathered.flags.slice(0, gathered.size),
    min: gathered.min.slice(0, gathered.size),
    max: gathered.max.slice(0, gathered.size),
    ignored: walk.ignored,
  };
}

/** One gathering: the tests of every claim visited, into the index's evidence buffer. */
class Walk {
  readonly ignored: IgnoredClaim[] = [];
  private readonly special: boolean;
  private readonly buffer: EvidenceBuffer;

  constructor(
    private readonly index: ClaimIndex,
    private readonly s: ActSelector,
    private readonly start: number,
    private readonly end: number,
    private readonly options: GatherOptions,
    /** The window's first period: a claim starting earlier is visited from this cell. */
    private readonly firstPeriod: number,
  ) {
    this.buffer = index.evidenceBuffer;
    this.buffer.size = 0;
    this.special = s.area !== null || s.via !== null || s.daily !== null;
  }

  /**
   * Visits the claims placed in periods `first` to `last`, through the cells' contiguous
   * arrays. A claim over several periods is in each of their cells: it is visited from the
   * first cell of the window it lies in.
   */
  visitCells(cells: TypeCells, first: number, last: number, negated: boolean): void {
    const { lo: LO, hi: HI, agents: AGENTS, targets: TARGETS, persons: PERSONS } = cells;
    const { bits: BITS, min: MIN, max: MAX, claim: CLAIM, first: FIRST, unit: UNIT } = cells;
    const ORIGIN = cells.origin;
    const unit = this.s.unit;
    const { start, end } = this;
    const agentMask = this.s.agentMask;
    const wanted = this.s.persons;
    const only = this.options.only;
    const multi = last > first;
    for (let p = first; p <= last; p++) {
      const to = cells.offsets[p + 1] as number;
      for (let k = cells.offsets[p] as number; k < to; k++) {
        if (multi && p !== Math.max(FIRST[k] as number, first)) continue;
        const lo = LO[k] as number;
        const hi = HI[k] as number;
        if (hi < start || lo >= end) continue;
        let definite = lo >= start && hi < end;
        if (agentMask !== 0) {
          const agents = AGENTS[k] as number;
          if ((agents & agentMask) === 0) {
            if (agents !== 0 || (agentMask & ~(TARGETS[k] as number)) === 0) continue;
            definite = false;
          }
        }
        if (wanted !== null || only !== null) {
          const persons = PERSONS[k] as number;
          const m = Math.min(
            wanted === null ? DEFINITELY : personMembership(wanted, persons),
            only === null ? DEFINITELY : personMembership(only, persons),
          );
          if (m === NOT) continue;
          if (m === POSSIBLY) definite = false;
        }
        const bits = BITS[k] as number;
        const i = CLAIM[k] as number;
        if ((bits & CELL_SET_ASIDE) !== 0) {
          this.setAside(i, null);
          continue;
        }
        if (this.special) {
          this.visitSpecial(i, lo, hi, definite, negated);
          continue;
        }
        const contrary = negated !== ((bits & CELL_DENIED) !== 0);
        const flags = (definite ? DEFINITE : 0) | (contrary ? CONTRARY : 0);
        if (unit !== null && (unit.id === 0 || UNIT[k] !== unit.id)) {
          const [min, max] = figureIn(
            this.index.quantities[i] as Claim['content']['quantities'],
            unit.key,
          );
          this.buffer.push(i, ORIGIN[k] as number, flags, definite ? min : 0, max);
        } else {
          this.buffer.push(
            i,
            ORIGIN[k] as number,
            flags,
            definite ? (MIN[k] as number) : 0,
            MAX[k] as number,
          );
        }
      }
    }
  }

  /** Visits claims by index (those kept out of the cells, or all of a type). */
  visit(list: ArrayLike<number>, negated: boolean): void {
    const index = this.index;
    const { start, end } = this;
    for (let l = 0; l < list.length; l++) {
      const i = list[l] as number;
      if (this.options.quota && index.quota[i] !== QUOTA_OWN_TIME) {
        this.visitCounted(i, negated);
        continue;
      }
      const lo = index.lo[i] as number;
      const hi = index.hi[i] as number;
      if (hi < start || lo >= end || !this.ofTheAct(i)) continue;
      if (index.setAside[i] !== 0) {
        this.setAside(i, null);
        continue;
      }
      this.visitSpecial(i, lo, hi, lo >= start && hi < end && this.definitelyOfTheAct(i), negated);
    }
  }

  private setAside(i: number, reason: IgnoreReason | null): void {
    if (this.options.listIgnored === false) return;
    const why = reason ?? setAsideReason(this.index, i);
    if (why !== null) this.ignored.push(this.index.ignoredClaim(i, why));
  }

  /** A release a source counts toward another moment's quota, or toward none. */
  private visitCounted(i: number, negated: boolean): void {
    const index = this.index;
    const { start, end } = this;
    const lo = index.lo[i] as number;
    const hi = index.hi[i] as number;
    const here = !(hi < start || lo >= end);
    const outside = index.quota[i] === QUOTA_OUTSIDE;
    const [qlo, qhi] = outside ? [lo, hi] : quotaTime(index, i);
    const counted = !outside && !(qhi < start || qlo >= end);
    if (!here && !counted) return;
    if (!this.ofTheAct(i)) return;
    if (!counted) return this.setAside(i, outside ? 'outside_agreement' : 'counted_elsewhere');
    if (index.setAside[i] !== 0) return this.setAside(i, null);
    this.visitSpecial(
      i,
      qlo,
      qhi,
      qlo >= start && qhi < end && this.definitelyOfTheAct(i),
      negated,
    );
  }

  /** Agent and persons, three-valued: false when the claim is not of the act at all. */
  private ofTheAct(i: number): boolean {
    const index = this.index;
    const agentMask = this.s.agentMask;
    const agents = index.agents[i] as number;
    if (agentMask !== 0 && (agents & agentMask) === 0) {
      if (agents !== 0 || (agentMask & ~(index.targets[i] as number)) === 0) return false;
    }
    return this.personsMembership(i) !== NOT;
  }

  private personsMembership(i: number): number {
    const persons = this.index.persons[i] as number;
    let m = DEFINITELY;
    for (const filter of [this.s.persons, this.options.only]) {
      if (filter !== null) m = Math.min(m, personMembership(filter, persons));
    }
    return m;
  }

  private definitelyOfTheAct(i: number): boolean {
    const index = this.index;
    const agentMask = this.s.agentMask;
    if (agentMask !== 0 && ((index.agents[i] as number) & agentMask) === 0) return false;
    return this.personsMembership(i) === DEFINITELY;
  }

  /** The tests only some acts have: area, mediator, daily window, unit. */
  private visitSpecial(
    i: number,
    lo: number,
    hi: number,
    definite: boolean,
    negated: boolean,
  ): void {
    const s = this.s;
    const claim = this.index.claims[i] as Claim;
    const c = claim.content;
    const place = areaMembership(s, c);
    if (place === 'not') return this.setAside(i, 'outside_area');
    const via = viaMembership(s, c.actors);
    if (via === 'not') return this.setAside(i, 'not_via_mediator');
    const daily = s.daily === null ? 'definitely' : s.daily.membership(lo, hi);
    if (daily === 'not') return this.setAside(i, 'outside_daily_window');
    const sure =
      definite && place === 'definitely' && via === 'definitely' && daily === 'definitely';
    let min = this.index.figureMin[i] as number;
    let max = this.index.figureMax[i] as number;
    if (s.unit !== null && (s.unit.id === 0 || this.index.unit[i] !== s.unit.id))
      [min, max] = figureIn(c.quantities, s.unit.key);
    const contrary = negated !== (this.index.modality[i] === DENIED);
    this.buffer.push(
      i,
      this.index.origin[i] as number,
      (sure ? DEFINITE : 0) | (contrary ? CONTRARY : 0),
      sure ? min : 0,
      max,
    );
  }
}

/** The time a mediator counted a release at (`countsToward.when`). */
function quotaTime(index: ClaimIndex, i: number): [number, number] {
  const c = (index.claims[i] as Claim).content.countsToward;
  if (c?.kind !== 'counted_at') return [index.lo[i] as number, index.hi[i] as number];
  return [
    c.when.earliest === null ? -Infinity : instantMs(c.when.earliest),
    c.when.latest === null ? Infinity : instantMs(c.when.latest),
  ];
}

/**
 * Is the act in the area, at the place the clause means? Where it landed is the claim's
 * `where`; where it was launched from is `launchedFrom`, unknown (so possibly inside) when the
 * claim does not give it. `either`: in the area if either place is.
 */
function areaMembership(s: ActSelector, c: Claim['content']): Membership {
  if (s.area === null) return 'definitely';
  const landed = s.area.where === 'launched_from' ? 'not' : placeMembership(s, c.where);
  const launched = s.area.where === 'landed_in' ? 'not' : placeMembership(s, c.launchedFrom);
  return landed === 'definitely' || launched === 'definitely'
    ? 'definitely'
    : landed === 'possibly' || launched === 'possibly'
      ? 'possibly'
      : 'not';
}

/** Is a place in the area? No place, or a place in a containing region, possibly is. */
function placeMembership(s: ActSelector, where: Claim['content']['where'] | undefined): Membership {
  if (s.area === null) return 'definitely';
  if (where == null || where.precision === 'unknown') return 'possibly';
  const name = folded(where.name);
  if (s.area.places.has(name)) return 'definitely';
  return s.area.within.has(name) ? 'possibly' : 'not';
}

/** Did the act pass through a mediator? A claim naming no intermediary possibly did. */
function viaMembership(s: ActSelector, actors: Claim['content']['actors']): Membership {
  if (s.via === null) return 'definitely';
  const intermediaries = actors.filter((a) => a.role === 'intermediary');
  if (intermediaries.length === 0) return 'possibly';
  return intermediaries.some((a) => s.via?.has(folded(a.name))) ? 'definitely' : 'not';
}

/** Place and actor names repeat across claims: fold each once. */
const foldedNames = new Map<string, string>();
function folded(name: string): string {
  let f = foldedNames.get(name);
  if (f === undefined) {
    f = foldName(name);
    if (foldedNames.size > 100_000) foldedNames.clear();
    foldedNames.set(name, f);
  }
  return f;
}

/** The claim's figure in a unit: a claim without one counts [0, ∞). */
function figureIn(quantities: Claim['content']['quantities'], unit: string): [number, number] {
  for (const q of quantities) {
    if (unitKey(q.unit) === unit) return [q.min, q.max ?? Infinity];
  }
  return [0, Infinity];
}
