import type { BenchReport } from './bench-report.js';

/**
 * The reports as one Markdown table: each measure, its ratio to its floor, the aim, peak RSS;
 * a bench that failed is a row saying so.
 */
export function benchTable(
  reports: readonly BenchReport[],
  failed: readonly { readonly file: string; readonly why: string }[] = [],
): string {
  const rows = reports.map((r) => {
    const { value, baseline, aim } = r.ratio;
    const verdict = aim === null ? '—' : value <= aim ? `≤ ${aim}× ✓` : `≤ ${aim}× over`;
    const rss = r.peakRssMb === undefined ? '' : `${r.peakRssMb.toFixed(0)} MB`;
    return [r.name, `${value.toFixed(2)}×`, baseline, verdict, rss];
  });
  for (const { file, why } of failed) rows.push([file, 'failed', why, '—', '']);
  const header = ['measure', 'ratio', 'floor', 'aim', 'peak RSS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |\n`;
  return (
    line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map((row) => line(row)).join('')
  );
}
