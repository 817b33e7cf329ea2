import type { Act, Agreement, Norm } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import type { ActSelector } from './act-selector.js';
import { compileSelector } from './act-selector.js';
import type { Assessment } from './assess-window.js';
import { assessWindow } from './assess-window.js';
import type { ClaimIndex } from './claim-index.js';
import { DailyWindows } from './daily-windows.js';
import type { TotalReading } from './evaluation.js';
import { toRange } from './origin-accounts.js';
import { reportedTotal } from './reported-total.js';
import type { PeriodCalendar } from './period-calendar.js';
import type { AsOfWindow } from './as-of-window.js';
import { DAY_MS } from '../time/time-interval.js';

export interface AssessOptions {
  readonly quota: boolean;
  readonly category?: string | null;
}

/** Margin around the calendar for daily windows, so claims just outside still match. */

/**
 * What every clause of one evaluation shares: the claims on the calendar, compiled acts, and
 * counts of norms' acts already made (an expression and a count rule may ask for the same).
 */
export class EvaluationContext {
  private readonly selectors = new WeakMap<Act, Map<string, ActSelector>>();
  private readonly windows = new WeakMap<Act, DailyWindows | null>();
  private readonly counts = new Map<string, CountRange>();
  private readonly pieces = new Map<string, Assessment>();
  private readonly norms: ReadonlyMap<string, Norm>;
  private readonly totals = new Map<string, TotalReading>();

  constructor(
    readonly agreement: Agreement,
    readonly index: ClaimIndex,
    readonly calendar: PeriodCalendar,
    /** Every comparison with asOf goes through it (see `AsOfWindow`). */
    readonly asOf: AsOfWindow,
  ) {
    this.norms = new Map(agreement.norms.map((n) => [n.id, n]));
  }

  norm(id: string): Norm | undefined {
    return this.norms.get(id);
  }

  selector(act: Act, parties: readonly PartyId[], unit: string | null): ActSelector {
    let byKey = this.selectors.get(act);
    if (byKey === undefined) {
      byKey = new Map();
      this.selectors.set(act, byKey);
    }
    const key = `${parties.join(',')}|${unit ?? ''}`;
    let s = byKey.get(key);
    if (s === undefined) {
      s = compileSelector(act, parties, this.index, this.dailyWindows(act), unit);
      byKey.set(key, s);
    }
    return s;
  }

  private dailyWindows(act: Act): DailyWindows | null {
    let w = this.windows.get(act);
    if (w === undefined) {
      const d = act.dailyWindow;
      w =
        d === null
          ? null
          : new DailyWindows(
              this.calendar.startMs - DAY_MS,
              this.calendar.endMs + DAY_MS,
              this.agreement.timezone,
              d.from,
              d.to,
            );
      this.windows.set(act, w);
    }
    return w;
  }

  /**
   * Assesses a norm's act for one bearer over a window, under the norm's policy. Single
   * periods are remembered: a norm's instances, the expressions that count its acts and the
   * count rules all ask for the same ones.
   */
  assess(
    norm: Norm,
    bearer: PartyId,
    start: number,
    end: number,
    options: AssessOptions,
  ): Assessment {
    const unit =
      norm.kind === 'achievement' || norm.kind === 'punctual'
        ? (norm.quantity?.unit ?? null)
        : null;
    const category = options.category ?? null;
    const prefix = `${norm.id}|${bearer}|${options.quota ? 'q' : 'a'}|${category ?? ''}|`;
    return assessWindow(
      this.index,
      this.calendar,
      this.selector(actOf(norm), [bearer], unit),
      norm.evidence.fulfilment,
      bearer,
      start,
      end,
      {
        quota: options.quota,
        only: category === null ? null : this.index.personFilter([category]),
      },
      (a, b, compute) => {
        const key = `${prefix}${a}|${b}`;
        let known = this.pieces.get(key);
        if (known === undefined) {
          known = compute();
          this.pieces.set(key, known);
        }
        return known;
      },
    );
  }

  /** `total(id)` as of a window's start; a total no clause names is never read. */
  total(id: string, at: number): TotalReading {
    const key = `${id}|${at}`;
    let known = this.totals.get(key);
    if (known === undefined) {
      const total = this.agreement.totals.find((t) => t.id === id);
      known =
        total === undefined
          ? { total: id, ref: '', range: { min: 0, max: null }, from: 'unknown', claims: [] }
          : reportedTotal(this.index, total, at);
      this.totals.set(key, known);
    }
    return known;
  }

  /**
   * `count(norm[, category])`: the norm's acts in a window, as its policy counts them, for
   * all its bearers, where sources say releases count (quota reading).
   */
  countNorm(id: string, category: string | null, start: number, end: number): CountRange {
    const key = `${id}|${category ?? ''}|${start}|${end}`;
    const known = this.counts.get(key);
    if (known !== undefined) return known;
    const norm = this.norms.get(id);
    let min = 0;
    let max = 0;
    for (const bearer of norm?.bearers ?? []) {
      const a = this.assess(norm as Norm, bearer, start, end, { quota: true, category });
      min += a.min;
      max += a.max;
    }
    const range = toRange(min, max);
    this.counts.set(key, range);
    return range;
  }
}
