import { z } from 'zod';
import type { ClaimId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';
import { ClaimContent, Provenance, ReviewStatus } from './claim.js';
import type { Claim } from './claim.js';

/**
 * One line of a claims JSONL file: the claim's content, flat, plus optionally the document it
 * comes from (else the importer's `--doc`), its review status, provenance and the moment it
 * became known. Unknown keys are refused so a typo is not silently dropped.
 */
export const ClaimImportLine = z
  .object({
    ...ClaimContent.unwrap().shape,
    document: z.string().min(1).optional(),
    status: ReviewStatus.exclude(['retracted']).optional(),
    provenance: Provenance.optional(),
    knownAt: IsoInstant.optional(),
  })
  .strict();
export type ClaimImportLine = z.infer<typeof ClaimImportLine>;

export interface ClaimIdentity {
  readonly id: ClaimId;
  readonly document: DocumentId;
  readonly recordedAt: string;
  /** Provenance when the line names none. */
  readonly defaultProvenance: Provenance;
  /** Status when the line names none. */
  readonly defaultStatus: 'suggested' | 'accepted';
}

/**
 * Makes the recorded claim for an import line. The line was parsed by `ClaimImportLine`, which
 * checks every part of the content; the rest comes from the importer, so the claim is built as
 * it stands rather than parsed a second time.
 */
export function claimFromImportLine(line: ClaimImportLine, who: ClaimIdentity): Claim {
  const { document: _document, status, provenance, knownAt, ...content } = line;
  return {
    id: who.id,
    document: who.document,
    content,
    provenance: provenance ?? who.defaultProvenance,
    status: status ?? who.defaultStatus,
    revision: 1,
    reviewNote: null,
    recordedAt: who.recordedAt,
    knownAt: knownAt ?? who.recordedAt,
    updatedAt: who.recordedAt,
  };
}
