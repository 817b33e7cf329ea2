import { z } from 'zod';
import { AcledImport, BundleImport } from '../import/import-outcome.js';

/** The answer of /api/import: what the file held and what was recorded, by its format. */
export const Imported = z
  .discriminatedUnion('format', [
    z.object({ format: z.literal('bundle'), outcome: BundleImport }),
    z.object({ format: z.literal('acled'), outcome: AcledImport }),
  ])
  .meta({ id: 'Imported' });
export type Imported = z.infer<typeof Imported>;
