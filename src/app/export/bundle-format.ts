import type { ExportFormat } from './export-format.js';

/** The first line of a bundle: what it is, and which layout its lines follow. */
export const BUNDLE_HEADER = { truce: 'bundle', version: 1 } as const;

/**
 * The whole record, losslessly: every ledger entry in order (sources, documents with raw text
 * and hash, every agreement version, claims with their reviews, edits and retractions), each
 * with its hash, and the ledger head last. `truce import bundle` replays it.
 */
export const bundleFormat: ExportFormat = {
  name: 'bundle',
  description: 'the whole record as JSON Lines: every ledger entry in order, then the head',
  mediaType: 'application/x-ndjson',
  fileName: 'truce-bundle.jsonl',
  filters: false,
  csv: false,
  defaultRows: null,
  async *write(context) {
    yield `${JSON.stringify({ ...BUNDLE_HEADER, exportedAt: new Date().toISOString() })}\n`;
    let head: { seq: number; hash: string } | null = null;
    for await (const entry of context.store.entries()) {
      yield `${JSON.stringify({ entry })}\n`;
      head = { seq: entry.seq, hash: entry.hash };
    }
    yield `${JSON.stringify({ head, entries: head?.seq ?? 0 })}\n`;
  },
};
