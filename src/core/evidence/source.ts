import { z } from 'zod';
import { PartyId, SourceId } from '../ids.js';

/** Who speaks: from a news agency to "three Israeli officials". */
export const SourceKind = z.enum([
  'outlet',
  'news_agency',
  'official_body',
  'party',
  'mediator',
  'monitor',
  'ngo',
  'person',
  'anonymous',
]);
export type SourceKind = z.infer<typeof SourceKind>;

/** Whose side a source is on, as far as the record goes: self-reports are marked by this. */
export const Affiliation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('party'), party: PartyId }).readonly(),
  z.object({ kind: z.literal('mediator') }).readonly(),
  z.object({ kind: z.literal('independent') }).readonly(),
]);
export type Affiliation = z.infer<typeof Affiliation>;

export const Source = z
  .object({
    id: SourceId,
    name: z.string().trim().min(1).max(200),
    kind: SourceKind,
    aliases: z.array(z.string().trim().min(1).max(200)).readonly().default([]),
    affiliation: Affiliation.default({ kind: 'independent' }),
  })
  .readonly();
export type Source = z.infer<typeof Source>;
