// The CPU time of another process, read finely enough to tell one request's from another's:
// /proc/<pid>/stat counts in ticks of 10 ms, which is a quarter of one evaluation's CPU at a
// new head, so one tick turned the verdict of a comparison (decision 0169).
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Nanoseconds a thread has run, the first of /proc/<pid>/task/<tid>/schedstat's three fields
 * (time on CPU, time waiting to run, timeslices); NaN if the text is not that.
 */
export function schedstatRunNs(text: string): number {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 3 || !fields.every((f) => /^\d+$/.test(f))) return NaN;
  return Number(fields[0]);
}

/**
 * Nanoseconds every thread of a process has run, GC and compiler threads included (Linux's
 * /proc; NaN elsewhere). A thread that ended takes its time with it, but a server's threads
 * (V8's platform workers, libuv's pool) live as long as it does.
 */
export function processCpuNs(pid: number): number {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += schedstatRunNs(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'));
      } catch {
        // A thread that ended between the listing and the read ran nothing since.
      }
    }
    return ns;
  } catch {
    return NaN;
  }
}

/** The middle value (the upper of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
}

/** Rounds of one case: their median and the least and most of them, the spread. */
export interface Rounds {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

export function roundsOf(xs: readonly number[]): Rounds {
  if (xs.length === 0) return { median: NaN, low: NaN, high: NaN };
  return { median: median(xs), low: Math.min(...xs), high: Math.max(...xs) };
}
