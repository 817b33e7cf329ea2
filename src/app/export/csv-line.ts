import { stringify } from 'csv-stringify/sync';

/** OWASP's rule for CSV injection: a text cell may not start with these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets: one starting like a formula gets a leading
 * apostrophe, so "=HYPERLINK(…)" is shown, not run. Numbers stay numbers (a longitude of -0.5
 * is not a formula).
 */
export const neutraliseFormula = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;

export type CsvValue = string | number | null;

/** One RFC 4180 record (CRLF-terminated), every text cell neutralised. */
export function csvLine(values: readonly CsvValue[]): string {
  const cells = values.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v));
  return stringify([cells], { record_delimiter: 'windows', cast: { number: String } });
}
