// What the miss-listing scripts share: they read only the splits tuning may look at, and group
// each miss under its cause so that the largest group is fixed first.

/** The split named on the command line (dev by default); the test split is refused. */
export function tuningSplit(script: string): 'dev' | 'train' {
  const split = process.argv[2] ?? 'dev';
  if (split !== 'dev' && split !== 'train') {
    process.stderr.write(`${script} reads dev or train only\n`);
    process.exit(2);
  }
  return split;
}

export class MissGroups<Cause extends string = string> {
  private readonly groups = new Map<Cause, string[]>();

  add(cause: Cause, line: string): void {
    const lines = this.groups.get(cause);
    if (lines === undefined) this.groups.set(cause, [line]);
    else lines.push(line);
  }

  largestFirst(): [Cause, string[]][] {
    return [...this.groups].sort((a, b) => b[1].length - a[1].length);
  }

  print(): void {
    for (const [cause, lines] of this.largestFirst()) {
      process.stdout.write(`\n## ${cause} (${lines.length})\n`);
      for (const l of lines) process.stdout.write(`  ${l}\n`);
    }
  }
}
