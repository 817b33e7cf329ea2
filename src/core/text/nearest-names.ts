/**
 * The allowed names nearest a misspelt one, for error messages ("airstrik": airstrike):
 * those within an edit distance of a third of the word (at least 2), closest first, at most
 * three. Empty when nothing is near.
 */
export function nearestNames(input: string, allowed: readonly string[]): string[] {
  const word = input.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  return allowed
    .map((name) => ({ name, d: editDistance(word, name.toLowerCase()) }))
    .filter((x) => x.d <= limit || x.name.startsWith(word) || word.startsWith(x.name))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((x) => x.name);
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
