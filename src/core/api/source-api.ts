import { z } from 'zod';
import { Affiliation, Source } from '../evidence/source.js';

// The shapes of /api/sources.

/** `.meta` registers a copy, so OpenAPI lists it once as a component; `Source` stays unnamed. */
export const SourceSchema = Source.meta({ id: 'Source' });

const { name, kind, aliases } = Source.unwrap().shape;

export const NewSource = z
  .object({ name, kind, aliases: aliases.optional(), affiliation: Affiliation.optional() })
  .strict();
export type NewSource = z.infer<typeof NewSource>;
