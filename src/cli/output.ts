/** Where commands write: injectable so tests and the interactive review can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function printJson(output: Output, value: unknown): void {
  output.out(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Control characters (a terminal escape, a bidirectional override) written as `\u001b`, so a
 * name or title recorded with one cannot recolour, move or reorder what the terminal shows.
 */
const visible = (text: string): string =>
  text.replace(
    /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Prints rows as aligned columns with a header; long cells are cut with an ellipsis. */
export function printTable(
  output: Output,
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  maxWidth = 60,
): void {
  if (rows.length === 0) {
    output.out('(none)\n');
    return;
  }
  const cell = (v: string | number | null) => {
    const text = v === null ? '' : visible(String(v).replace(/\s+/g, ' '));
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const cells = rows.map((r) => r.map(cell));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  output.out(`${line(columns)}\n${cells.map(line).join('\n')}\n`);
}
