/**
 * One thing wrong with an agreement file, placed where the author can fix it. Line and column
 * are 1-based; they are null only when the problem has no place (an empty file).
 */
export interface AgreementProblem {
  readonly line: number | null;
  readonly column: number | null;
  /** The key path in the file, dotted ("norms[2].quantity.min"); "" for the whole file. */
  readonly path: string;
  /** What is wrong and what was expected, found value included. */
  readonly message: string;
}

/** "line 14, column 7: `norms[2].quantity.min` must be …, found `three`" */
export function formatProblem(p: AgreementProblem): string {
  const where = p.line === null ? '' : `line ${p.line}, column ${p.column ?? 1}: `;
  const what = p.path === '' ? '' : `\`${p.path}\` `;
  return `${where}${what}${p.message}`;
}

/** Dotted path with list indices: ["norms", 2, "quantity"] → "norms[2].quantity". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** Sorts problems as the file reads, top to bottom. */
export const byPosition = (a: AgreementProblem, b: AgreementProblem): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
