/**
 * How many words lie between two offsets of a text: the pieces that splitting the span at
 * whitespace gives, those with a letter or a digit. Each count is read from tables made once
 * for the text, so that a sentence naming a place many times is not sliced again from the act
 * to each of its mentions (decision 0259).
 */
export type WordsBetween = (from: number, to: number) => number;

const WORDY = /[\p{L}\p{N}]/gu;
const RUN = /\S+/gu;

/** Where the first of sorted `values` above `x` lies (their length if none is). */
function firstAbove(values: readonly number[], x: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The word counter of one text. */
export function wordsBetweenIn(text: string): WordsBetween {
  // By offset, how many letters and digits (each counted where its code point starts) lie before.
  const wordyBefore = new Int32Array(text.length + 1);
  for (const m of text.matchAll(WORDY)) wordyBefore[m.index + 1] = 1;
  for (let i = 1; i <= text.length; i++) wordyBefore[i]! += wordyBefore[i - 1]!;
  const hasWordy = (from: number, to: number): boolean => wordyBefore[to]! > wordyBefore[from]!;
  // The runs of non-space, in order, and by run how many before it hold a letter or a digit.
  const starts: number[] = [];
  const ends: number[] = [];
  const wordyRunsBefore: number[] = [0];
  for (const m of text.matchAll(RUN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    wordyRunsBefore.push(
      wordyRunsBefore[wordyRunsBefore.length - 1]! +
        (hasWordy(m.index, m.index + m[0].length) ? 1 : 0),
    );
  }
  return (from, to) => {
    if (to <= from) return 0;
    // The runs the span touches; only the first and the last may be cut by it.
    const first = firstAbove(ends, from);
    const last = firstAbove(starts, to - 1) - 1;
    if (first > last) return 0;
    const cut = (i: number): number =>
      hasWordy(Math.max(starts[i]!, from), Math.min(ends[i]!, to)) ? 1 : 0;
    if (first === last) return cut(first);
    return cut(first) + wordyRunsBefore[last]! - wordyRunsBefore[first + 1]! + cut(last);
  };
}
