import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Agreement } from '../../core/agreement/agreement.js';
import { badInput } from '../../core/errors.js';
import { isTimeZone } from '../../core/time/zoned-time.js';
import type { Store } from '../../store/store.js';
import { getAgreement } from '../agreements.js';
import { exportContext } from './export-context.js';
import type { ExportRows } from './export-context.js';
import { isEmptyFilter } from './export-filter.js';
import type { ExportFilter } from './export-filter.js';
import { exportFormat } from './export-formats.js';
import type { ExportFormat } from './export-format.js';

export interface ExportOptions {
  readonly rows?: ExportRows | undefined;
  /** Zone of local dates when no agreement gives one (default UTC). */
  readonly zone?: string | undefined;
  /** A UTF-8 byte order mark first, for Excel (CSV formats only). */
  readonly bom?: boolean | undefined;
  readonly gzip?: boolean | undefined;
}

export interface RunningExport {
  readonly format: ExportFormat;
  /** The export's bytes, produced as they are read. */
  readonly stream: Readable;
}

/**
 * Starts an export: checks the options (so a bad one fails before any byte is written) and
 * returns the format's pieces as a stream, gzipped when asked.
 */
export async function startExport(
  store: Store,
  formatName: string,
  filter: ExportFilter,
  options: ExportOptions = {},
): Promise<RunningExport> {
  const format = exportFormat(formatName);
  if (options.bom && !format.csv) throw badInput(`--bom is for CSV formats, not ${format.name}`);
  if (!format.filters && !isEmptyFilter(filter))
    throw badInput(`${format.name} carries the whole record; export it without filters`);
  if (options.rows !== undefined && format.defaultRows === null)
    throw badInput(`${format.name} has no choice of rows`);
  if (options.zone !== undefined && !isTimeZone(options.zone))
    throw badInput(`unknown time zone "${options.zone}"; give an IANA zone like Asia/Jerusalem`);
  if (filter.from && filter.to && Date.parse(filter.from) > Date.parse(filter.to))
    throw badInput('the export window ends (--to) before it starts (--from)');
  const agreement: Agreement | null = filter.agreement
    ? (await getAgreement(store, filter.agreement)).agreement
    : null;
  const context = await exportContext(store, filter, {
    agreement,
    zone: options.zone ?? agreement?.timezone ?? 'UTC',
    rows: options.rows ?? format.defaultRows ?? undefined,
  });
  async function* pieces(): AsyncGenerator<string> {
    if (options.bom) yield '\uFEFF';
    yield* format.write(context);
  }
  const text = Readable.from(pieces(), { objectMode: false });
  if (!options.gzip) return { format, stream: text };
  const gzip = createGzip();
  text.on('error', (error) => gzip.destroy(error));
  return { format, stream: text.pipe(gzip) };
}

/** The whole export as text, for tests and small records. */
export async function exportText(
  store: Store,
  formatName: string,
  filter: ExportFilter = {},
  options: Omit<ExportOptions, 'gzip'> = {},
): Promise<string> {
  const { stream } = await startExport(store, formatName, filter, options);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as string | Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
