import { z } from 'zod';
import { Modality } from '../evidence/claim.js';
import { Qualifier } from '../quantity/quantity.js';
import { EventType } from '../vocabulary/event-types.js';

/**
 * The words a claim is coded in, for the dashboard's select lists: the closed sets (event
 * types, modalities, qualifiers) and the units and categories extraction knows. Units and
 * categories stay open: an analyst may type another.
 */
export const Vocabulary = z
  .object({
    eventTypes: z
      .array(z.object({ id: EventType, meaning: z.string() }))
      .readonly()
      .describe('in the vocabulary table order'),
    modalities: z.array(Modality).readonly(),
    qualifiers: z.array(Qualifier).readonly(),
    units: z.array(z.string()).readonly().describe('units extraction reads; others are allowed'),
    categories: z
      .array(z.string())
      .readonly()
      .describe('categories of persons extraction reads; others are allowed'),
  })
  .meta({ id: 'Vocabulary' });
export type Vocabulary = z.infer<typeof Vocabulary>;
