const SPACE = /\s/;

/**
 * The last `count` pieces of `text` from `start` to `end`, as `split(/\s+/)` cuts them (an empty
 * piece where it begins or ends in white space), read back from `end` only as far as they reach:
 * a window of words before a trigger costs its own length, not its clause's.
 */
export function lastWordsBefore(text: string, start: number, end: number, count: number): string[] {
  let i = end;
  let runs = 0;
  while (i > start) {
    if (!SPACE.test(text[i - 1]!)) {
      i--;
      continue;
    }
    const after = i;
    while (i > start && SPACE.test(text[i - 1]!)) i--;
    if (++runs === count) return text.slice(after, end).split(/\s+/);
  }
  return text.slice(start, end).split(/\s+/);
}
