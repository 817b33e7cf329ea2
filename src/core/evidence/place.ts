import { z } from 'zod';

export const PlacePrecision = z.enum(['point', 'city', 'region', 'country', 'unknown']);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

/** Where, as precisely as the text allows: "Khan Younis" is a city, "southern Gaza" a region. */
export const Place = z
  .object({
    name: z.string().trim().min(1).max(200),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    precision: PlacePrecision,
    /** ISO 3166-1 alpha-2, where the gazetteer knows it; optional, so older claims hash as before. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .readonly();
export type Place = z.infer<typeof Place>;
