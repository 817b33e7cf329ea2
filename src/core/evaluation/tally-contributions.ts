import type { Claim } from '../evidence/claim.js';
import type { QuantityRoles } from '../quantity/quantity-role.js';
import { QuantityRole as Roles, countedRoles } from '../quantity/quantity-role.js';
import type { QuantityRole } from '../quantity/quantity-role.js';
import { grown } from './grown-array.js';

/** The roles a contribution names, by their position here. */
export const ROLES = Roles.options;

type Quantity = Claim['content']['quantities'][number];

const ACTS: readonly QuantityRole[] = ['acts'];

/**
 * What one claim adds to its tally rows: per role, a figure (and its unit, by an id the caller
 * gives, 0 for none). Written into arrays reused from claim to claim: a claim has a handful.
 */
export class Contributions {
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

/**
 * The rows a claim counts in: its acts (a figure in the role `acts`, else one act), the
 * persons or supplies its event type is counted by where that is not acts (a claim without a
 * figure there counts from one to any number: "some of the captives" widens the row), and
 * each outcome it reports in another role ("killed 9").
 */
export function contributionsOf(claim: Claim, out: Contributions): void {
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
 * Every claim's contributions (`contributionsOf`), read once when the claim index reads the
 * claim, into columns: the tallies read these in claim order rather than each claim's
 * quantities from claim objects scattered over the heap. A unit is kept as written (an id
 * of `spelling`), and made a unit id of the index when a tally first meets it, as before.
 */
export class ContributionColumns {
  /** Claim i's contributions are [start[i], start[i + 1]). */
  readonly start: Int32Array;
  role: Uint8Array;
  min: Float64Array;
  max: Float64Array;
  /** The unit as written, by an id of `spellingOf` (0: none). */
  spelling: Int32Array;
  private size = 0;
  private readonly spellingIds = new Map<string, number>();
  private readonly spellings: string[] = [];
  private readonly reading: Contributions;

  constructor(claims: number, roles: QuantityRoles) {
    this.start = new Int32Array(claims + 1);
    // Most claims have one or two: room for two each before any doubling.
    const room = Math.max(1024, claims * 2);
    this.role = new Uint8Array(room);
    this.min = new Float64Array(room);
    this.max = new Float64Array(room);
    this.spelling = new Int32Array(room);
    this.reading = new Contributions(roles, (unit) => this.spellingId(unit));
  }

  /** Reads claim `i`'s contributions; claims are read in order, each once. */
  read(i: number, claim: Claim): void {
    const c = this.reading;
    contributionsOf(claim, c);
    for (let k = 0; k < c.size; k++)
      this.push(c.role[k] as number, c.min[k] as number, c.max[k] as number, c.unit[k] as number);
    this.start[i + 1] = this.size;
  }

  /**
   * Claim `i`'s contributions copied from claim `f` of `held`, its spellings renumbered through
   * `renumbered` (held id to this one's, -1 until met); claims are copied in order, each once.
   */
  copy(i: number, held: ContributionColumns, f: number, renumbered: Int32Array): void {
    const to = held.start[f + 1] as number;
    for (let k = held.start[f] as number; k < to; k++) {
      const s = held.spelling[k] as number;
      let mine = s === 0 ? 0 : (renumbered[s] as number);
      if (mine === -1) renumbered[s] = mine = this.spellingId(held.spellingOf(s));
      this.push(held.role[k] as number, held.min[k] as number, held.max[k] as number, mine);
    }
    this.start[i + 1] = this.size;
  }

  /** The unit as written of spelling id `s` (from 1). */
  spellingOf(s: number): string {
    return this.spellings[s - 1] as string;
  }

  /** How many spellings have ids. */
  get spellingCount(): number {
    return this.spellings.length;
  }

  private spellingId(unit: string): number {
    let id = this.spellingIds.get(unit);
    if (id === undefined) {
      this.spellings.push(unit);
      id = this.spellings.length;
      this.spellingIds.set(unit, id);
    }
    return id;
  }

  private push(role: number, min: number, max: number, spelling: number): void {
    if (this.size === this.role.length) {
      const n = this.size * 2;
      this.role = grown(this.role, n);
      this.min = grown(this.min, n);
      this.max = grown(this.max, n);
      this.spelling = grown(this.spelling, n);
    }
    const k = this.size++;
    this.role[k] = role;
    this.min[k] = min;
    this.max[k] = max;
    this.spelling[k] = spelling;
  }
}
