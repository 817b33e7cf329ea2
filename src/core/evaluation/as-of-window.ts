/** Instants [from, until): the asOf moments for which an evaluation comes out the same. */
export interface Validity {
  from: number;
  until: number;
}

/**
 * The moment an evaluation is made as of, and every instant it has been compared with. Each
 * comparison goes through `reached`, which narrows [from, until) to the asOf moments that
 * would have answered it alike: an evaluation as of any instant in that span makes the same
 * comparisons with the same answers, so it is the same but for its `asOf` field. A cache
 * answers neighbouring moments from it.
 */
export class AsOfWindow {
  from = -Infinity;
  until = Infinity;

  constructor(readonly ms: number) {}

  /** Has asOf reached instant `t` (asOf ≥ t)? */
  reached(t: number): boolean {
    if (this.ms >= t) {
      if (t > this.from) this.from = t;
      return true;
    }
    if (t < this.until) this.until = t;
    return false;
  }

  /** Narrows `validity` to this window. */
  narrow(validity: Validity): void {
    validity.from = Math.max(validity.from, this.from);
    validity.until = Math.min(validity.until, this.until);
  }
}
