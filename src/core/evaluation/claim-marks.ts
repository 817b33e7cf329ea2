/**
 * A mark per claim position, all cleared at once by starting a new round: a list of positions
 * keeps each once without a set of them made for every cell. Each `ClaimIndex` holds its own,
 * sized to its claims, so evaluations share no state.
 */
export class ClaimMarks {
  private readonly round: Uint32Array;
  // Rounds start at 1: the array starts at 0, which no round is, so a new set has none marked.
  private current = 1;

  constructor(claims: number) {
    this.round = new Uint32Array(claims);
  }

  /** Clears every mark. */
  clear(): void {
    this.current++;
    // After 2³² − 1 rounds the old rounds' numbers would come back: start again from zero.
    if (this.current === 0xffffffff) {
      this.round.fill(0);
      this.current = 1;
    }
  }

  /** Marks claim `i`; true when it was not marked since the last `clear`. */
  mark(i: number): boolean {
    if (this.round[i] === this.current) return false;
    this.round[i] = this.current;
    return true;
  }
}
