import type { Act, Agreement, FulfilmentPolicy } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { Claim } from '../evidence/claim.js';
import type { QuantityRole } from '../quantity/quantity-role.js';
import type { QuantityRoles } from '../quantity/quantity-role.js';
import { QuantityRole as Roles, countedRoles } from '../quantity/quantity-role.js';
import { unitKey, unitName } from '../quantity/unit-key.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { ActSelector } from './act-selector.js';
import type { ClaimIndex } from './claim-index.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { Evidence } from './gather-evidence.js';
import type { CountedTally } from './verdicts.js';
import { CONTRARY, DEFINITE, gatherEvidence } from './gather-evidence.js';
import { grown } from './grown-array.js';
import { Int32List } from './int32-list.js';
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
  /**
   * Which of the claim's quantities are taken (1), cleared for each claim: kept, as its room
   * is, from claim to claim rather than made again for each of a million.
   */
  private used = new Uint8Array(8);

  constructor(
    private readonly roles: QuantityRoles,
    private readonly unitId: (unit: string) => number,
  ) {}

  clear(quantities: number): void {
    this.size = 0;
    if (this.used.length < quantities) this.used = new Uint8Array(quantities * 2);
    this.used.fill(0, 0, quantities);
  }

  /** The first quantity not yet taken whose role is one of `wanted` (or unknown, if `orNone`). */
  take(
    quantities: readonly Quantity[],
    wanted: readonly QuantityRole[],
    orNone: boolean,
  ): Quantity | undefined {
    for (let j = 0; j < quantities.length; j++) {
      if (this.used[j] === 1) continue;
      const q = quantities[j] as Quantity;
      const role = this.roles.of(q);
      if (role === null ? orNone : wanted.includes(role)) {
        this.used[j] = 1;
        return q;
      }
    }
    return undefined;
  }

  /** Every quantity not yet taken whose role is known and not `acts`: an outcome. */
  takeOutcomes(quantities: readonly Quantity[]): void {
    for (let j = 0; j < quantities.length; j++) {
      if (this.used[j] === 1) continue;
      const q = quantities[j] as Quantity;
      const role = this.roles.of(q);
      if (role === null || role === 'acts') continue;
      this.used[j] = 1;
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
function contributionsOf(
  type: EventType,
  quantities: readonly Quantity[],
  out: Contributions,
): void {
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
    // Each cell's claims are a view of the period's one array, sorted and made distinct in
    // place: a copy per cell and period was a large share of the tallies' allocation.
    const out = new Map<number, Int32Array>();
    for (let c = 0; c < cells; c++) {
      const from = starts[c] as number;
      const to = starts[c + 1] as number;
      if (from !== to) {
        const run = sorted.subarray(from, to).sort();
        out.set(c, run.subarray(0, distinctInPlace(run)));
      }
    }
    this.size = 0;
    return out;
  }
}

/** Moves a sorted array's distinct values to its front; returns how many there are. */
function distinctInPlace(xs: Int32Array): number {
  let n = 0;
  for (let k = 0; k < xs.length; k++) if (k === 0 || xs[k] !== xs[k - 1]) xs[n++] = xs[k] as number;
  return n;
}

/** The distinct values of a sorted array. */
function distinctSorted(xs: Int32Array): Int32Array {
  return xs.slice(0, distinctInPlace(xs));
}

/** A row's unit: none seen, one (by its spelling in the index that read it), or several. */
type RowUnit = null | { readonly key: string; readonly spelling: string } | 'mixed';

function joinedUnits(a: RowUnit, b: RowUnit): RowUnit {
  if (a === null) return b;
  if (b === null || a === 'mixed') return a;
  return b === 'mixed' || a.key !== b.key ? 'mixed' : a;
}

/** The claims a row met in one period, as positions in the index that read them. */
interface RowSources {
  readonly ids: readonly string[];
  /** A view of its period's one array, which other rows' views share: read, never written. */
  readonly at: Int32Array;
}

/** What names a row: the same for a cell in every period. */
type RowName = Pick<PeriodRow, 'name' | 'by' | 'category' | 'role'>;

/** One tally row's part in one period: its origins' accounts combined, and the claims it met. */
interface PeriodRow {
  /** Act, party, category and role: what names a row across periods and indexes. */
  readonly name: string;
  readonly by: PartyId | null;
  readonly category: string | null;
  readonly role: QuantityRole;
  readonly min: number;
  readonly max: number;
  readonly claims: number;
  readonly unit: RowUnit;
  readonly sources: readonly RowSources[];
}

/**
 * Each tallied act type's rows, period by period, in the order a pass meets them: what a tally
 * sums, and what an advance keeps for the periods no change reaches.
 */
export type TallyPeriods = ReadonlyMap<EventType, readonly (readonly PeriodRow[])[]>;

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
): { readonly tallies: CountedTally[]; readonly byPeriod: TallyPeriods } {
  const all = Array.from({ length: periods }, (_, p) => p);
  const byPeriod = tallyPeriods(ctx, all, only);
  return { tallies: talliesOf(ctx, byPeriod), byPeriod };
}

/**
 * The tallies after changes that fall only in the periods `changed`: the rows of `types` in
 * those periods made again, every other period's kept from `held`, and summed as
 * `computeTallies` sums them, so the result is the one a whole pass gives.
 */
export function advancedTallies(
  ctx: EvaluationContext,
  held: TallyPeriods,
  types: ReadonlySet<EventType>,
  changed: readonly number[],
): { readonly tallies: CountedTally[]; readonly byPeriod: TallyPeriods } {
  const remade = tallyPeriods(ctx, changed, types);
  const byPeriod = new Map(held);
  const ofTypes = new Map<EventType, readonly (readonly PeriodRow[])[]>();
  for (const [type, rows] of remade) {
    const periods = [...(held.get(type) ?? [])];
    for (const p of changed) periods[p] = rows[p] ?? [];
    byPeriod.set(type, periods);
    ofTypes.set(type, periods);
  }
  return { tallies: talliesOf(ctx, ofTypes), byPeriod };
}

/** The rows of the tallied types among `only`, for the periods named (others left empty). */
function tallyPeriods(
  ctx: EvaluationContext,
  periods: readonly number[],
  only: ReadonlySet<EventType> | null,
): Map<EventType, PeriodRow[][]> {
  const walk = new TallyWalk(ctx);
  const out = new Map<EventType, PeriodRow[][]>();
  for (const type of talliedTypes(ctx.agreement)) {
    if (only === null || only.has(type)) out.set(type, walk.rowsOf(type, periods));
  }
  return out;
}

/**
 * One pass of the tallies: each act type's rows, period by period. Its state is fields and its
 * steps are methods, not closures made for each pass: an optimised walk that had taken one
 * pass's closures in was thrown away by the next pass's, and compiled again, every evaluation.
 */
class TallyWalk {
  private readonly index: ClaimIndex;
  private readonly policy: FulfilmentPolicy;
  private readonly keys: TallyKeys;
  private readonly entries: TallyEntries;
  /** Which type's pass entered each claim (0: none yet): only the claims of the periods walked are. */
  private readonly entered: Int32Array;
  private pass = 0;
  private readonly sources = new CellClaims();
  /** Per origin, its first entry in the period's evidence; per entry, the origin's next. */
  private head = new Int32Array(0);
  private next = new Int32Array(0);
  /** The origins with entries in the period's evidence. */
  private readonly touched = new Int32List();
  // The tally cells met so far, as dense ids: an origin's sums per cell sit in slots
  // indexed by id, reset by stamping rather than by clearing a map per origin and period.
  private readonly cellIds = new Map<number, number>();
  private readonly cellKeys: number[] = [];
  // Per cell, for the act type at hand, grown as claims bring cells.
  private sumMin = new Float64Array(0);
  private sumMax = new Float64Array(0);
  private sumClaims = new Int32Array(0);
  private originStamp = new Int32Array(0);
  private periodStamp = new Int32Array(0);
  private cellUnit = new Int32Array(0);
  /** The last claim each cell met in the period, so a claim met again in one walk is one source. */
  private lastClaim = new Int32Array(0);
  private stamp = 0;
  private readonly folds: PolicyFold[] = [];
  /** The cells one origin's claims reach; the cells the period's origins reach. */
  private readonly local = new Int32List();
  private readonly inPeriod = new Int32List();
  /**
   * Each cell's row name and parts, made once per type and cell: a name built per cell and
   * period was the walk's largest cost at 10k claims.
   */
  private rowOf: (RowName | undefined)[] = [];
  /** One row unit per unit id, shared by every row of it: a row's unit is only read. */
  private readonly units: RowUnit[] = [];
  private readonly contributions: Contributions;
  private readonly slots = new Map<number, readonly number[]>();

  constructor(private readonly ctx: EvaluationContext) {
    const { index } = ctx;
    this.index = index;
    this.policy = ctx.agreement.evidence.fulfilment;
    this.keys = new TallyKeys(index.parties.length);
    this.entries = new TallyEntries(index.claims.length);
    this.entered = new Int32Array(index.claims.length);
    this.contributions = new Contributions(index.quantityRoles, (unit) => index.unitNames.id(unit));
  }

  /** One act type's rows in each of `periods` (the others left empty). */
  rowsOf(type: EventType, periods: readonly number[]): PeriodRow[][] {
    this.pass++;
    this.entries.size = 0;
    this.rowOf = [];
    const rows: PeriodRow[][] = [];
    const s = this.ctx.selector(anyActOf(type), [], null);
    for (const p of periods) rows[p] = this.rowsIn(type, s, p);
    return rows;
  }

  /** A type's rows in one period: each origin's claims added up, then origins combined. */
  private rowsIn(type: EventType, s: ActSelector, p: number): PeriodRow[] {
    const { index } = this;
    const { calendar } = this.ctx;
    const e = gatherEvidence(index, calendar, s, calendar.start(p), calendar.end(p), {
      quota: false,
      only: null,
      listIgnored: false,
    });
    this.linkByOrigin(e);
    this.sized();
    const thisPeriod = ++this.stamp;
    const { touched, inPeriod } = this;
    inPeriod.clear();
    for (let t = 0; t < touched.length; t++) this.addOrigin(e, touched.at(t), thisPeriod);
    const met = this.sources.byCell(this.cellKeys.length);
    const ofPeriod: PeriodRow[] = [];
    for (let c = 0; c < inPeriod.length; c++) {
      const cell = inPeriod.at(c);
      const row = this.rowOf[cell] ?? this.rowFor(type, cell);
      this.rowOf[cell] = row;
      const combined = (this.folds[cell] as PolicyFold).count();
      const at = met.get(cell);
      // Named field by field: a spread of `row` here made each row a slow, dictionary-mode
      // object, which was most of the tallies' allocation.
      ofPeriod.push({
        name: row.name,
        by: row.by,
        category: row.category,
        role: row.role,
        min: combined.min,
        max: combined.max,
        claims: combined.claims,
        unit: this.unitOf(this.cellUnit[cell] as number),
        sources: at === undefined ? [] : [{ ids: index.ids, at }],
      });
      // The next period's units and sources are its own.
      this.cellUnit[cell] = NO_UNIT;
      this.lastClaim[cell] = -1;
    }
    return ofPeriod;
  }

  /**
   * The evidence's supporting entries as linked lists by origin (an origin's claims add up
   * before origins combine), each claim entered the first time its type's pass meets it.
   */
  private linkByOrigin(e: Evidence): void {
    if (this.head.length < this.index.origins.length)
      this.head = new Int32Array(this.index.origins.length).fill(-1);
    if (this.next.length < e.size)
      this.next = new Int32Array(Math.max(e.size, this.next.length * 2));
    const { head, next, entered, pass, touched } = this;
    touched.clear();
    for (let k = 0; k < e.size; k++) {
      if (((e.flags[k] as number) & CONTRARY) !== 0) continue;
      const i = e.claim[k] as number;
      if (entered[i] !== pass) {
        entered[i] = pass;
        this.enter(i);
      }
      const o = e.origin[k] as number;
      if (head[o] === -1) touched.push(o);
      next[k] = head[o] as number;
      head[o] = k;
    }
  }

  /** One origin's claims summed per cell, then added to each cell's fold of origins. */
  private addOrigin(e: Evidence, origin: number, thisPeriod: number): void {
    const { entries, head, next, sumMin, sumMax, sumClaims, originStamp, lastClaim } = this;
    const { cellUnit, local } = this;
    const thisOrigin = ++this.stamp;
    local.clear();
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
          this.sources.push(cell, i);
        }
        const unit = entries.unit[x] as number;
        if (unit !== 0 && cellUnit[cell] !== unit)
          cellUnit[cell] = cellUnit[cell] === NO_UNIT ? unit : MIXED_UNITS;
      }
    }
    head[origin] = -1;
    for (let l = 0; l < local.length; l++) {
      const cell = local.at(l);
      if (this.periodStamp[cell] !== thisPeriod) {
        this.periodStamp[cell] = thisPeriod;
        this.foldOf(cell).clear();
        this.inPeriod.push(cell);
      }
      (this.folds[cell] as PolicyFold).add(
        origin,
        sumMin[cell] as number,
        sumMax[cell] as number,
        sumClaims[cell] as number,
      );
    }
  }

  /** A cell's fold of origins, made the first time the cell is met and cleared each period. */
  private foldOf(cell: number): PolicyFold {
    let fold = this.folds[cell];
    if (fold === undefined) {
      const agent = this.keys.agent(this.cellKeys[cell] as number);
      this.folds[cell] = fold = new PolicyFold(
        this.policy,
        this.index.origins,
        agent === this.keys.noAgent ? null : (this.index.parties[agent] ?? null),
        false,
      );
    }
    return fold;
  }

  /** Once per claim of a tallied type met: its cells and figures. */
  private enter(i: number): void {
    const { index, entries, keys, contributions } = this;
    const from = index.categoryStart[i] as number;
    const to = index.categoryStart[i + 1] as number;
    const agents = this.agentsOf(index.agents[i] as number);
    entries.from[i] = entries.size;
    contributionsOf(
      index.typeOfClaim(i),
      index.quantities[i] as readonly Quantity[],
      contributions,
    );
    const { role, min, max, unit } = contributions;
    for (let c = 0; c < contributions.size; c++) {
      for (const agent of agents) {
        for (let j = from - 1; j < to; j++) {
          const category = j < from ? 0 : (index.categoryIds[j] as number);
          const cell = this.cellOf(keys.key(agent, category, role[c] as number));
          entries.push(cell, min[c] as number, max[c] as number, unit[c] as number);
        }
      }
    }
    entries.to[i] = entries.size;
  }

  private cellOf(cellKey: number): number {
    let cell = this.cellIds.get(cellKey);
    if (cell === undefined) {
      cell = this.cellKeys.length;
      this.cellIds.set(cellKey, cell);
      this.cellKeys.push(cellKey);
    }
    return cell;
  }

  /** The per-cell slots, grown to every cell met so far. */
  private sized(): void {
    const cells = this.cellKeys.length;
    if (this.sumMin.length >= cells) return;
    const n = Math.max(cells, this.sumMin.length * 2, 64);
    this.sumMin = grown(this.sumMin, n);
    this.sumMax = grown(this.sumMax, n);
    this.sumClaims = grown(this.sumClaims, n);
    this.originStamp = grown(this.originStamp, n);
    this.periodStamp = grown(this.periodStamp, n);
    this.cellUnit = grown(this.cellUnit, n);
    const last = this.lastClaim.length;
    this.lastClaim = grown(this.lastClaim, n);
    this.lastClaim.fill(-1, last);
  }

  private rowFor(type: EventType, cell: number): RowName {
    const { keys, index } = this;
    const cellKey = this.cellKeys[cell] as number;
    const agent = keys.agent(cellKey);
    const by = agent === keys.noAgent ? null : (index.parties[agent] ?? null);
    const category = index.categoryNames.name(keys.category(cellKey));
    const role = ROLES[keys.role(cellKey)] ?? 'acts';
    return { name: `${type}|${by ?? ''}|${category ?? ''}|${role}`, by, category, role };
  }

  private unitOf(id: number): RowUnit {
    if (id === NO_UNIT) return null;
    if (id === MIXED_UNITS) return 'mixed';
    let unit = this.units[id];
    if (unit === undefined) {
      const spelling = this.index.unitNames.name(id) ?? '';
      this.units[id] = unit = { key: unitKey(spelling), spelling };
    }
    return unit;
  }

  private agentsOf(mask: number): readonly number[] {
    let known = this.slots.get(mask);
    if (known === undefined) this.slots.set(mask, (known = agentSlots(mask, this.keys.noAgent)));
    return known;
  }
}

/** A tally row as the periods add up to it. */
interface Total {
  readonly act: EventType;
  readonly by: PartyId | null;
  readonly category: string | null;
  readonly role: QuantityRole;
  unit: RowUnit;
  min: number;
  max: number;
  claims: number;
  readonly from: RowSources[];
}

/** The periods' rows summed in period order, ranked as the grid shows them. */
function talliesOf(ctx: EvaluationContext, byPeriod: TallyPeriods): CountedTally[] {
  const { index } = ctx;
  const totals = new Map<string, Total>();
  for (const type of talliedTypes(ctx.agreement)) {
    for (const rows of byPeriod.get(type) ?? []) {
      for (const row of rows ?? []) {
        let total = totals.get(row.name);
        if (total === undefined) {
          const { by, category, role } = row;
          total = {
            act: type,
            by,
            category,
            role,
            unit: null,
            min: 0,
            max: 0,
            claims: 0,
            from: [],
          };
          totals.set(row.name, total);
        }
        total.unit = joinedUnits(total.unit, row.unit);
        total.min += row.min;
        total.max += row.max;
        total.claims += row.claims;
        total.from.push(...row.sources);
      }
    }
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
      unit:
        t.unit === null || t.unit === 'mixed'
          ? null
          : unitName(index.unitNames.name(index.unitNames.id(t.unit.spelling)) ?? ''),
      count: toRange(t.min, t.max),
      claims: t.claims,
      // Named when asked: a row's claims grow with the claims, and the grid shows none.
      from: () => rowClaims(t.from) as ClaimId[],
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

/**
 * A row's claims, in id order and distinct, from its runs: by position when every run was
 * read by one index (a whole pass), else by id (periods kept from an index before).
 */
function rowClaims(runs: readonly RowSources[]): string[] {
  const first = runs[0];
  if (first === undefined) return [];
  if (runs.every((r) => r.ids === first.ids)) {
    const all = new Int32Array(runs.reduce((n, r) => n + r.at.length, 0));
    let at = 0;
    for (const r of runs) {
      all.set(r.at, at);
      at += r.at.length;
    }
    return Array.from(
      runs.length === 1 ? first.at : distinctSorted(all.sort()),
      (i) => first.ids[i] as string,
    );
  }
  const ids = runs.flatMap((r) => Array.from(r.at, (i) => r.ids[i] as string));
  return [...new Set(ids)].sort();
}

/** The agent parties' bit positions, or the slot for none when the claim names none. */
function agentSlots(agents: number, noAgent: number): number[] {
  if (agents === 0) return [noAgent];
  const slots: number[] = [];
  for (let bits = agents; bits !== 0; bits &= bits - 1) slots.push(31 - Math.clz32(bits & -bits));
  return slots;
}
