import type { Act, Agreement } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { Claim } from '../evidence/claim.js';
import type { QuantityRole } from '../quantity/quantity-role.js';
import type { QuantityRoles } from '../quantity/quantity-role.js';
import { QuantityRole as Roles, countedRoles } from '../quantity/quantity-role.js';
import { unitName } from '../quantity/unit-key.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { CountedTally } from './verdicts.js';
import { CONTRARY, DEFINITE, gatherEvidence } from './gather-evidence.js';
import { grown } from './grown-array.js';
import { PolicyFold, toRange } from './origin-accounts.js';

/** Any act of a type, by anyone, of any persons: what a tally counts. */
const anyActOf = (type: EventType): Act => ({
  events: [type],
  by: { kind: 'any' },
  categories: [],
  area: null,
  where: 'landed_in',
  via: null,
  dailyWindow: null,
});

const ROLES = Roles.options;

/**
 * A tally cell (agent slot, category id, role) as one number, by place value rather than bit
 * fields: category ids come from the claims, and no number of them, of parties or of roles
 * can run into the next part. Agent slots are the agreement's parties, then one for none.
 */
class TallyKeys {
  readonly noAgent: number;
  private readonly agentSlots: number;

  constructor(parties: number) {
    this.noAgent = parties;
    this.agentSlots = parties + 1;
  }

  key(agent: number, category: number, role: number): number {
    return (category * ROLES.length + role) * this.agentSlots + agent;
  }

  agent(key: number): number {
    return key % this.agentSlots;
  }

  category(key: number): number {
    return Math.floor(key / this.agentSlots / ROLES.length);
  }

  role(key: number): number {
    return Math.floor(key / this.agentSlots) % ROLES.length;
  }
}

/** No unit seen yet in a row; two different units seen. */
const NO_UNIT = 0;
const MIXED_UNITS = -1;

interface Total {
  readonly act: EventType;
  readonly by: PartyId | null;
  readonly category: string | null;
  readonly role: QuantityRole;
  unit: number;
  min: number;
  max: number;
  claims: number;
  /** The row's claims, sorted and distinct, a run per tally cell named like it (almost always one). */
  readonly from: Int32Array[];
}

type Quantity = Claim['content']['quantities'][number];

/**
 * What one claim adds to its tally rows: per role, a figure (and its unit id, 0 for none).
 * Written into arrays reused from claim to claim: a claim has a handful, a tally a million.
 */
class Contributions {
  readonly role: number[] = [];
  readonly min: number[] = [];
  readonly max: number[] = [];
  readonly unit: number[] = [];
  size = 0;
  /** Which of the claim's quantities are taken. */
  private readonly used: boolean[] = [];

  constructor(
    private readonly roles: QuantityRoles,
    private readonly unitId: (unit: string) => number,
  ) {}

  clear(quantities: number): void {
    this.size = 0;
    this.used.length = 0;
    for (let j = 0; j < quantities; j++) this.used.push(false);
  }

  /** The first quantity not yet taken whose role is one of `wanted` (or unknown, if `orNone`). */
  take(
    quantities: readonly Quantity[],
    wanted: readonly QuantityRole[],
    orNone: boolean,
  ): Quantity | undefined {
    for (let j = 0; j < quantities.length; j++) {
      if (this.used[j] === true) continue;
      const q = quantities[j] as Quantity;
      const role = this.roles.of(q);
      if (role === null ? orNone : wanted.includes(role)) {
        this.used[j] = true;
        return q;
      }
    }
    return undefined;
  }

  /** Every quantity not yet taken whose role is known and not `acts`: an outcome. */
  takeOutcomes(quantities: readonly Quantity[]): void {
    for (let j = 0; j < quantities.length; j++) {
      if (this.used[j] === true) continue;
      const q = quantities[j] as Quantity;
      const role = this.roles.of(q);
      if (role === null || role === 'acts') continue;
      this.used[j] = true;
      this.add(role, q, 0);
    }
  }

  /** A row's figure: the quantity's, or from min(none, 1) to `none` without one. */
  add(role: QuantityRole, q: Quantity | undefined, none: number): void {
    const k = this.size++;
    this.role[k] = ROLES.indexOf(role);
    this.min[k] = q === undefined ? Math.min(none, 1) : q.min;
    this.max[k] = q === undefined ? none : (q.max ?? Infinity);
    this.unit[k] = q === undefined ? 0 : this.unitId(q.unit);
  }
}

const ACTS: readonly QuantityRole[] = ['acts'];

/**
 * The rows a claim counts in: its acts (a figure in the role `acts`, else one act), the
 * persons or supplies its event type is counted by where that is not acts (a claim without a
 * figure there counts from one to any number: "some of the captives" widens the row), and
 * each outcome it reports in another role ("killed 9").
 */
function contributionsOf(claim: Claim, out: Contributions): void {
  const { type, quantities } = claim.content;
  const counted = countedRoles(type);
  const main = counted[0] ?? 'acts';
  out.clear(quantities.length);
  if (main === 'acts') out.add('acts', out.take(quantities, ACTS, true), 1);
  else {
    out.add(main, out.take(quantities, counted, true), Infinity);
    out.add('acts', out.take(quantities, ACTS, false), 1);
  }
  out.takeOutcomes(quantities);
}

/**
 * Each tallied claim's entries, made once per claim: the tally cells it adds to (one per
 * contribution, agent slot and category, "any category" included) with the figure it adds,
 * in flat arrays that the walks over periods and origins read without allocating.
 */
class TallyEntries {
  /** Claim i's entries are [from[i], to[i]); empty for a claim not yet met. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  cell = new Int32Array(1024);
  min = new Float64Array(1024);
  max = new Float64Array(1024);
  unit = new Int32Array(1024);
  size = 0;

  constructor(claims: number) {
    this.from = new Int32Array(claims);
    this.to = new Int32Array(claims);
  }

  push(cell: number, min: number, max: number, unit: number): void {
    if (this.size === this.cell.length) this.grow();
    const x = this.size++;
    this.cell[x] = cell;
    this.min[x] = min;
    this.max[x] = max;
    this.unit[x] = unit;
  }

  private grow(): void {
    const n = this.cell.length * 2;
    this.cell = grown(this.cell, n);
    this.min = grown(this.min, n);
    this.max = grown(this.max, n);
    this.unit = grown(this.unit, n);
  }
}

/** Pairs of (tally cell, claim), growable: the claims each row of one act type met. */
class CellClaims {
  cell = new Int32Array(1024);
  claim = new Int32Array(1024);
  size = 0;

  push(cell: number, claim: number): void {
    if (this.size === this.cell.length) {
      const cells = new Int32Array(this.size * 2);
      cells.set(this.cell);
      const claims = new Int32Array(this.size * 2);
      claims.set(this.claim);
      this.cell = cells;
      this.claim = claims;
    }
    this.cell[this.size] = cell;
    this.claim[this.size++] = claim;
  }

  /** Each cell's claims, sorted and distinct (by a counting sort on cells, then per cell). */
  byCell(cells: number): Map<number, Int32Array> {
    const starts = new Int32Array(cells + 1);
    for (let k = 0; k < this.size; k++) {
      const c = (this.cell[k] as number) + 1;
      starts[c] = (starts[c] as number) + 1;
    }
    for (let c = 0; c < cells; c++)
      starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
    const fill = starts.slice(0, cells);
    const sorted = new Int32Array(this.size);
    for (let k = 0; k < this.size; k++) {
      const c = this.cell[k] as number;
      sorted[fill[c] as number] = this.claim[k] as number;
      fill[c] = (fill[c] as number) + 1;
    }
    const out = new Map<number, Int32Array>();
    for (let c = 0; c < cells; c++) {
      const from = starts[c] as number;
      const to = starts[c + 1] as number;
      if (from !== to) out.set(c, distinctSorted(sorted.subarray(from, to).sort()));
    }
    this.size = 0;
    return out;
  }
}

/** The distinct values of a sorted array. */
function distinctSorted(xs: Int32Array): Int32Array {
  let n = 0;
  for (let k = 0; k < xs.length; k++) if (k === 0 || xs[k] !== xs[k - 1]) xs[n++] = xs[k] as number;
  return xs.slice(0, n);
}

/**
 * Tallies of the acts the agreement's clauses name, per agent party, category of persons
 * and role (the acts themselves, the persons or supplies they concern, their outcomes), over
 * the periods of the term. Within a period, origins' accounts are combined by the agreement's
 * evidence policy (the fullest account, by default); periods add up. A claim's categories
 * describe all the persons it counts, so it counts in full for each of them.
 */
export function computeTallies(
  ctx: EvaluationContext,
  periods: number,
  only: ReadonlySet<EventType> | null = null,
): CountedTally[] {
  const { index } = ctx;
  const types = talliedTypes(ctx.agreement).filter((t) => only === null || only.has(t));
  const policy = ctx.agreement.evidence.fulfilment;
  const totals = new Map<string, Total>();
  const keys = new TallyKeys(index.parties.length);
  const entries = new TallyEntries(index.claims.length);
  const sources = new CellClaims();

  let head = new Int32Array(0);
  // The tally cells met so far, as dense ids: an origin's sums per cell sit in slots
  // indexed by id, reset by stamping rather than by clearing a map per origin and period.
  const cellIds = new Map<number, number>();
  const cellKeys: number[] = [];
  // Per cell, for the act type at hand (cells are all known once its claims are entered).
  let sumMin = new Float64Array(0);
  let sumMax = new Float64Array(0);
  let sumClaims = new Int32Array(0);
  let originStamp = new Int32Array(0);
  let periodStamp = new Int32Array(0);
  let cellUnit = new Int32Array(0);
  // The last claim each cell met, so a claim met again in one walk is one source.
  let lastClaim = new Int32Array(0);
  const folds: PolicyFold[] = [];
  const local: number[] = [];
  const inPeriod: number[] = [];
  // The row each cell of the current act type adds to, named once per type and cell: a
  // name built and looked up per cell and period was the walk's largest cost at 10k claims.
  let rowOf: (Total | undefined)[] = [];
  const rowFor = (type: EventType, cell: number): Total => {
    const cellKey = cellKeys[cell] as number;
    const agent = keys.agent(cellKey);
    const by = agent === keys.noAgent ? null : (index.parties[agent] ?? null);
    const category = index.categoryNames.name(keys.category(cellKey));
    const role = ROLES[keys.role(cellKey)] ?? 'acts';
    const name = `${type}|${by ?? ''}|${category ?? ''}|${role}`;
    let total = totals.get(name);
    if (total === undefined) {
      total = { act: type, by, category, role, unit: NO_UNIT, min: 0, max: 0, claims: 0, from: [] };
      totals.set(name, total);
    }
    return total;
  };
  let stamp = 0;
  const cellOf = (cellKey: number): number => {
    let cell = cellIds.get(cellKey);
    if (cell === undefined) {
      cell = cellKeys.length;
      cellIds.set(cellKey, cell);
      cellKeys.push(cellKey);
    }
    return cell;
  };
  // Once per claim of a tallied type: its cells and figures.
  const contributions = new Contributions(index.quantityRoles, (unit) => index.unitNames.id(unit));
  const slots = new Map<number, readonly number[]>();
  const agentsOf = (mask: number): readonly number[] => {
    let known = slots.get(mask);
    if (known === undefined) slots.set(mask, (known = agentSlots(mask, keys.noAgent)));
    return known;
  };
  const enter = (i: number): void => {
    const from = index.categoryStart[i] as number;
    const to = index.categoryStart[i + 1] as number;
    const agents = agentsOf(index.agents[i] as number);
    entries.from[i] = entries.size;
    contributionsOf(index.claims[i] as Claim, contributions);
    const { role, min, max, unit } = contributions;
    for (let c = 0; c < contributions.size; c++) {
      for (const agent of agents) {
        for (let j = from - 1; j < to; j++) {
          const category = j < from ? 0 : (index.categoryIds[j] as number);
          const cell = cellOf(keys.key(agent, category, role[c] as number));
          entries.push(cell, min[c] as number, max[c] as number, unit[c] as number);
        }
      }
    }
    entries.to[i] = entries.size;
  };
  for (const type of types) {
    entries.size = 0;
    for (const i of index.ofType(type)) enter(i);
    const cells = cellKeys.length;
    sumMin = new Float64Array(cells);
    sumMax = new Float64Array(cells);
    sumClaims = new Int32Array(cells);
    originStamp = new Int32Array(cells);
    periodStamp = new Int32Array(cells);
    cellUnit = new Int32Array(cells).fill(NO_UNIT);
    lastClaim = new Int32Array(cells).fill(-1);
    rowOf = [];
    const s = ctx.selector(anyActOf(type), [], null);
    for (let p = 0; p < periods; p++) {
      const e = gatherEvidence(index, ctx.calendar, s, ctx.calendar.start(p), ctx.calendar.end(p), {
        quota: false,
        only: null,
        listIgnored: false,
      });
      // Entries by origin as linked lists: an origin's claims add up before origins combine.
      if (head.length < index.origins.length) head = new Int32Array(index.origins.length).fill(-1);
      const next = new Int32Array(e.size);
      const touched: number[] = [];
      for (let k = 0; k < e.size; k++) {
        if (((e.flags[k] as number) & CONTRARY) !== 0) continue;
        const o = e.origin[k] as number;
        if (head[o] === -1) touched.push(o);
        next[k] = head[o] as number;
        head[o] = k;
      }
      const thisPeriod = ++stamp;
      inPeriod.length = 0;
      for (const origin of touched) {
        const thisOrigin = ++stamp;
        local.length = 0;
        for (let k = head[origin] as number; k !== -1; k = next[k] as number) {
          const i = e.claim[k] as number;
          const definite = ((e.flags[k] as number) & DEFINITE) !== 0;
          const to = entries.to[i] as number;
          for (let x = entries.from[i] as number; x < to; x++) {
            const cell = entries.cell[x] as number;
            if (originStamp[cell] !== thisOrigin) {
              originStamp[cell] = thisOrigin;
              sumMin[cell] = 0;
              sumMax[cell] = 0;
              sumClaims[cell] = 0;
              local.push(cell);
            }
            sumMin[cell] = (sumMin[cell] as number) + (definite ? (entries.min[x] as number) : 0);
            sumMax[cell] = (sumMax[cell] as number) + (entries.max[x] as number);
            sumClaims[cell] = (sumClaims[cell] as number) + 1;
            if (lastClaim[cell] !== i) {
              lastClaim[cell] = i;
              sources.push(cell, i);
            }
            const unit = entries.unit[x] as number;
            if (unit !== 0 && cellUnit[cell] !== unit)
              cellUnit[cell] = cellUnit[cell] === NO_UNIT ? unit : MIXED_UNITS;
          }
        }
        head[origin] = -1;
        for (const cell of local) {
          if (periodStamp[cell] !== thisPeriod) {
            periodStamp[cell] = thisPeriod;
            const agent = keys.agent(cellKeys[cell] as number);
            folds[cell] = new PolicyFold(
              policy,
              index.origins,
              agent === keys.noAgent ? null : (index.parties[agent] ?? null),
              false,
            );
            inPeriod.push(cell);
          }
          (folds[cell] as PolicyFold).add(
            origin,
            sumMin[cell] as number,
            sumMax[cell] as number,
            sumClaims[cell] as number,
          );
        }
      }
      for (const cell of inPeriod) {
        const total = rowOf[cell] ?? rowFor(type, cell);
        rowOf[cell] = total;
        const unit = cellUnit[cell] as number;
        if (unit !== NO_UNIT && total.unit !== unit)
          total.unit = total.unit === NO_UNIT ? unit : MIXED_UNITS;
        const combined = (folds[cell] as PolicyFold).count();
        total.min += combined.min;
        total.max += combined.max;
        total.claims += combined.claims;
      }
    }
    for (const [cell, claims] of sources.byCell(cellKeys.length))
      (rowOf[cell] as Total).from.push(claims);
  }
  return [...totals.values()]
    .map((t, order) => ({ t, order }))
    .sort((a, b) => rowRank(a.t) - rowRank(b.t) || a.order - b.order)
    .map(({ t }) => ({
      act: t.act,
      by: t.by,
      category: t.category,
      role: t.role,
      // One unit per row, by the vocabulary's name: rows whose figures mix units have none.
      unit: t.unit > 0 ? unitName(index.unitNames.name(t.unit) ?? '') : null,
      count: toRange(t.min, t.max),
      claims: t.claims,
      // Named when asked: a row's claims grow with the claims, and the grid shows none.
      from: () => Array.from(rowClaims(t.from), (i) => index.ids[i] as ClaimId),
    }));
}

/** The act types tallied: those the agreement's clauses name, in the order they name them. */
function talliedTypes(agreement: Agreement): EventType[] {
  return [...new Set(agreement.norms.flatMap((n) => actOf(n).events))];
}

/** Each act's row of what it is counted by first (persons released), then the acts, then outcomes. */
function rowRank(t: Pick<Total, 'act' | 'role'>): number {
  const main = countedRoles(t.act)[0] ?? 'acts';
  return t.role === main ? 0 : t.role === 'acts' ? 1 : 2;
}

/**
 * Tallies with the rows of some act types made again (`computeTallies` with `only`) in place
 * of those held, in the order one pass over every type gives: by rank, then by the order the
 * clauses name the types, then as each type's pass met its rows.
 */
export function talliesWith(
  agreement: Agreement,
  held: readonly CountedTally[],
  remade: readonly CountedTally[],
  types: ReadonlySet<EventType>,
): CountedTally[] {
  const order = new Map(talliedTypes(agreement).map((t, k) => [t, k]));
  const rows = [...held.filter((t) => !types.has(t.act)), ...remade];
  const place = new Map(rows.map((t, k) => [t, k]));
  // Within one type and rank, rows keep the order their own list gave them.
  return rows.sort(
    (a, b) =>
      rowRank(a) - rowRank(b) ||
      (order.get(a.act) ?? -1) - (order.get(b.act) ?? -1) ||
      (place.get(a) as number) - (place.get(b) as number),
  );
}

/** A row's claims from its runs: the one run, or the runs merged. */
function rowClaims(runs: readonly Int32Array[]): Int32Array {
  if (runs.length === 1) return runs[0] as Int32Array;
  const all = new Int32Array(runs.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of runs) {
    all.set(r, at);
    at += r.length;
  }
  return distinctSorted(all.sort());
}

/** The agent parties' bit positions, or the slot for none when the claim names none. */
function agentSlots(agents: number, noAgent: number): number[] {
  if (agents === 0) return [noAgent];
  const slots: number[] = [];
  for (let bits = agents; bits !== 0; bits &= bits - 1) slots.push(31 - Math.clz32(bits & -bits));
  return slots;
}
