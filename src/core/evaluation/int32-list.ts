import { grown } from './grown-array.js';

/** A list of 32-bit integers that grows as it is pushed to, kept in one typed array. */
export class Int32List {
  private items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) this.items = grown(this.items, this.length * 2);
    this.items[this.length++] = value;
  }

  /** The items pushed, as an array of their own. */
  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
