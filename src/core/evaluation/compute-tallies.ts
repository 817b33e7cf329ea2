import type { Act } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { Tally } from './evaluation.js';
import { CONTRARY, gatherEvidence } from './gather-evidence.js';
import { PolicyFold, toRange } from './origin-accounts.js';

/** Any act of a type, by anyone, of any persons: what a tally counts. */
const anyActOf = (type: EventType): Act => ({
  events: [type],
  by: { kind: 'any' },
  categories: [],
  area: null,
  via: null,
  dailyWindow: null,
});

/** Slots of a tally key: agent (5 bits), category (16 bits), unit (10 bits). */
const NO_AGENT = 31;
const key = (agent: number, category: number, unit: number): number =>
  agent | (category << 5) | (unit << 21);

interface Total {
  readonly act: EventType;
  readonly by: PartyId | null;
  readonly category: string | null;
  readonly unit: string | null;
  min: number;
  max: number;
  claims: number;
}

/**
 * Tallies of the acts the agreement's clauses name, per agent party, category of persons
 * and unit, over the periods of the term. Within a period, origins' accounts are combined by
 * the agreement's evidence policy (the fullest account, by default); periods add up. A claim's
 * categories describe all the persons it counts, so it counts in full for each of them.
 */
export function computeTallies(ctx: EvaluationContext, periods: number): Tally[] {
  const { index } = ctx;
  const types = [...new Set(ctx.agreement.norms.flatMap((n) => actOf(n).events))];
  const policy = ctx.agreement.evidence.fulfilment;
  const totals = new Map<string, Total>();

  let head = new Int32Array(0);
  // The tally cells met so far, as dense ids: an origin's sums per cell sit in slots
  // indexed by id, reset by stamping rather than by clearing a map per origin and period.
  const cellIds = new Map<number, number>();
  const cellKeys: number[] = [];
  const sumMin: number[] = [];
  const sumMax: number[] = [];
  const sumClaims: number[] = [];
  const originStamp: number[] = [];
  const periodStamp: number[] = [];
  const folds: PolicyFold[] = [];
  const local: number[] = [];
  const inPeriod: number[] = [];
  let stamp = 0;
  const slots = new Map<number, number[]>();
  const agentsOf = (mask: number): number[] => {
    let known = slots.get(mask);
    if (known === undefined) {
      known = agentSlots(mask);
      slots.set(mask, known);
    }
    return known;
  };
  const cellOf = (cellKey: number): number => {
    let cell = cellIds.get(cellKey);
    if (cell === undefined) {
      cell = cellKeys.length;
      cellIds.set(cellKey, cell);
      cellKeys.push(cellKey);
      sumMin.push(0);
      sumMax.push(0);
      sumClaims.push(0);
      originStamp.push(0);
      periodStamp.push(0);
    }
    return cell;
  };
  for (const type of types) {
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
          const unit = index.unit[i] as number;
          const from = index.categoryStart[i] as number;
          const to = index.categoryStart[i + 1] as number;
          const min = e.min[k] as number;
          const max = e.max[k] as number;
          for (const agent of agentsOf(index.agents[i] as number)) {
            for (let j = from - 1; j < to; j++) {
              const category = j < from ? 0 : (index.categoryIds[j] as number);
              const cell = cellOf(key(agent, category, unit));
              if (originStamp[cell] !== thisOrigin) {
                originStamp[cell] = thisOrigin;
                sumMin[cell] = 0;
                sumMax[cell] = 0;
                sumClaims[cell] = 0;
                local.push(cell);
              }
              sumMin[cell] = (sumMin[cell] as number) + min;
              sumMax[cell] = (sumMax[cell] as number) + max;
              sumClaims[cell] = (sumClaims[cell] as number) + 1;
            }
          }
        }
        head[origin] = -1;
        for (const cell of local) {
          if (periodStamp[cell] !== thisPeriod) {
            periodStamp[cell] = thisPeriod;
            const agent = (cellKeys[cell] as number) & 31;
            folds[cell] = new PolicyFold(
              policy,
              index.origins,
              agent === NO_AGENT ? null : (index.parties[agent] ?? null),
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
        const cellKey = cellKeys[cell] as number;
        const agent = cellKey & 31;
        const by = agent === NO_AGENT ? null : (index.parties[agent] ?? null);
        const category = index.categoryNames.name((cellKey >>> 5) & 0xffff);
        const unit = index.unitNames.name(cellKey >>> 21);
        const name = `${type}|${by ?? ''}|${category ?? ''}|${unit ?? ''}`;
        let total = totals.get(name);
        if (total === undefined) {
          total = { act: type, by, category, unit, min: 0, max: 0, claims: 0 };
          totals.set(name, total);
        }
        const combined = (folds[cell] as PolicyFold).count();
        total.min += combined.min;
        total.max += combined.max;
        total.claims += combined.claims;
      }
    }
  }
  return [...totals.values()].map((t) => ({
    act: t.act,
    by: t.by,
    category: t.category,
    unit: t.unit,
    count: toRange(t.min, t.max),
    claims: t.claims,
  }));
}

/** The agent parties' bit positions, or NO_AGENT when the claim names none. */
function agentSlots(agents: number): number[] {
  if (agents === 0) return [NO_AGENT];
  const slots: number[] = [];
  for (let bits = agents; bits !== 0; bits &= bits - 1) slots.push(31 - Math.clz32(bits & -bits));
  return slots;
}
