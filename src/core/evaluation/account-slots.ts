/**
 * Where each account of the window at hand sits in its list, by the account's key (origin and
 * stance): a map made for every window and grown account by account was the costliest line of
 * the norm instances. Every key is forgotten at once by starting a new window. Each
 * `ClaimIndex` holds its own, grown to its origins: evaluations of one index share it, which is
 * safe only because a window's accounts are gathered in one synchronous call, started and
 * finished before any other window starts.
 */
export class AccountSlots {
  private window = new Uint32Array(0);
  private place = new Int32Array(0);
  // Windows start at 1: the arrays start at 0, which no window is.
  private current = 0;

  /** Starts a window of accounts keyed below `keys`: none has a place yet. */
  start(keys: number): void {
    if (this.window.length < keys) {
      this.window = new Uint32Array(keys);
      this.place = new Int32Array(keys);
      this.current = 0;
    }
    this.current++;
    // After 2³² − 1 windows the old windows' numbers would come back: start again from zero.
    if (this.current === 0xffffffff) {
      this.window.fill(0);
      this.current = 1;
    }
  }

  /** The place of the account `key` in this window, or -1 when it has none yet. */
  placeOf(key: number): number {
    return this.window[key] === this.current ? (this.place[key] as number) : -1;
  }

  set(key: number, place: number): void {
    this.window[key] = this.current;
    this.place[key] = place;
  }
}
