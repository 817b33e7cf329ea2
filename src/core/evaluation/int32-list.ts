import { grown } from './grown-array.js';

/**
 * A list of 32-bit integers that grows as it is pushed to, kept in one typed array. Cleared, it
 * keeps its room: an array emptied by `length = 0` lets its store go and makes a new one on the
 * next push, and the tallies empty their lists once per origin and period.
 */
export class Int32List {
  private items = new Int32Array(1024);
  // Read-only outside: a length set from outside would let `toArray` read past what was pushed.
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.items.length) this.items = grown(this.items, this.count * 2);
    this.items[this.count++] = value;
  }

  /** The k-th item pushed since the last `clear` (k below `length`). */
  at(k: number): number {
    return this.items[k] as number;
  }

  /** Empties the list, keeping its room. */
  clear(): void {
    this.count = 0;
  }

  /** The items pushed, as an array of their own. */
  toArray(): Int32Array {
    return this.items.slice(0, this.count);
  }
}
