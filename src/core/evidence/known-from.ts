import type { Document } from './document.js';

/**
 * From when a report counts as known: its publication, when that came before it reached the
 * record (backfilled history replays as it was published), else when it was recorded.
 */
export function knownFrom(published: string | null | undefined, recordedAt: string): string {
  return published && Date.parse(published) < Date.parse(recordedAt) ? published : recordedAt;
}

/** From when a document counts as known: the same rule its extracted claims' `knownAt` follows. */
export const documentKnownFrom = (document: Pick<Document, 'published' | 'recordedAt'>): string =>
  knownFrom(document.published?.earliest, document.recordedAt);

/** Whether a document was known at `asOf`; every document is, without a moment. */
export const documentKnownBy = (
  document: Pick<Document, 'published' | 'recordedAt'>,
  asOf: string | undefined,
): boolean => asOf === undefined || Date.parse(documentKnownFrom(document)) <= Date.parse(asOf);
