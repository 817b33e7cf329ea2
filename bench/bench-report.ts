/**
 * What one benchmark reports. Speed is given as a ratio to a baseline measured in the same
 * run, on the same machine, so the figure means something on a small, noisy machine.
 */
export interface BenchReport {
  readonly name: string;
  /** Raw figures, for the record ("claims/s", "ms per article", "p95 ms"). */
  readonly figures: readonly {
    readonly label: string;
    readonly value: number;
    readonly unit: string;
  }[];
  /**
   * The headline: our time over the baseline's time (1 = as fast as the baseline). An aim of
   * null reports the ratio without setting a bound.
   */
  readonly ratio: {
    readonly value: number;
    readonly baseline: string;
    readonly aim: number | null;
  };
  /**
   * Peak resident memory of what was measured, in MB. When a bench leaves it out, the runner
   * gives the peak of the bench's own process.
   */
  readonly peakRssMb?: number;
}

/** One bench file measures one thing, or several against the same baseline. */
export type Bench = () => Promise<BenchReport | readonly BenchReport[]>;
