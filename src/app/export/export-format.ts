import type { ExportContext, ExportRows } from './export-context.js';

/**
 * An export format: a name for `--format` and `?format=`, how to serve it, and a writer that
 * yields the text in pieces, so nothing needs the whole export in memory.
 */
export interface ExportFormat {
  readonly name: string;
  readonly description: string;
  /** The media type served, without parameters ("text/csv"). */
  readonly mediaType: string;
  /** The name a download is saved under ("truce-acled.csv"). */
  readonly fileName: string;
  /** CSV formats take `--bom`. */
  readonly csv: boolean;
  /** False for a format that must carry the whole record (a bundle). */
  readonly filters: boolean;
  /** What one row stands for when not asked; null when the format has no choice (a bundle). */
  readonly defaultRows: ExportRows | null;
  write(context: ExportContext): AsyncIterable<string>;
}
