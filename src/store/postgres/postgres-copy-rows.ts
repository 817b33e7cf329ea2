/** A value as COPY's text format writes it: `\N` for null, backslash escapes for the rest. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return String(value).replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!);
}

const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Rows as the body of `copy … from stdin`: one line a row, columns split by tabs. */
export function copyRows(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  let body = '';
  for (const row of rows) {
    for (let c = 0; c < columns.length; c += 1) {
      body += (c === 0 ? '' : '\t') + copyText(row[columns[c]!]);
    }
    body += '\n';
  }
  return body;
}
