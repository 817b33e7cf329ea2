import { z } from 'zod';
import { DocumentId } from '../ids.js';

const ChangeType = z.string().describe('a ledger change type, like claim.added');

// What an import recorded and what it left out, as the CLI prints it (--json) and the API
// answers it: one definition for both.

/** One bundle entry not replayed, and why. */
export const SkippedChange = z.object({
  seq: z.number().int().positive().describe("the entry's number in the bundle"),
  type: ChangeType,
  reason: z.string(),
});
export type SkippedChange = z.infer<typeof SkippedChange>;

export const BundleImport = z.object({
  recorded: z
    .record(z.string(), z.number().int().positive())
    .describe('changes recorded, by ledger change type'),
  skipped: z.array(SkippedChange).readonly(),
  head: z
    .object({ seq: z.number().int().positive(), hash: z.string() })
    .nullable()
    .describe("the bundle's own ledger head, as checked; null for an empty ledger"),
});
export type BundleImport = z.infer<typeof BundleImport>;

export const AcledImport = z.object({
  claims: z.number().int().nonnegative().describe('claims recorded'),
  document: DocumentId.nullable().describe('the document holding the file; null when known'),
  unknownColumns: z
    .array(z.string())
    .readonly()
    .describe("columns not in ACLED's codebook, not read"),
  bad: z
    .array(z.object({ line: z.number().int().positive(), problem: z.string() }))
    .readonly()
    .describe('rows not read (with skipBad), by line'),
  notInVocabulary: z
    .array(z.object({ line: z.number().int().positive(), pair: z.string() }))
    .readonly()
    .describe('rows whose event and sub-event type have no Truce event type'),
  alreadyImported: z.boolean().describe('the same file was imported before; nothing recorded'),
});
export type AcledImport = z.infer<typeof AcledImport>;
