// The gold format of the extraction corpus (test/corpus/README.md), as one zod schema: the shape
// test checks every report against it, and the scoring and training read gold through it.
import { z } from 'zod';
import { Modality, Occurrence, Polarity } from '../core/evidence/claim.js';
import { PartyId } from '../core/ids.js';
import { EventType } from '../core/vocabulary/event-types.js';
import { QuantityRole } from '../core/quantity/quantity-role.js';
import { COUNTED_NOUNS } from './tables/quantities.js';

/** Units a count may have: the quantity tables' own, so gold and extractor speak alike. */
export const COUNT_UNITS: readonly string[] = [...new Set(COUNTED_NOUNS.map((n) => n.unit))];

const LocalDate = z.iso.date();

export const GoldCount = z.strictObject({
  unit: z.string().refine((u) => COUNT_UNITS.includes(u), {
    error: (issue) => `unknown count unit ${JSON.stringify(issue.input)}`,
  }),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
  /** What the figure counts, in the claim model's own terms (`QuantityRole`). */
  role: QuantityRole.optional(),
});

export const GoldClaim = z.strictObject({
  type: EventType,
  /** Verbatim words of the claim's sentence: a substring of the (cleaned) text. */
  anchor: z.string().min(3),
  modality: Modality,
  polarity: Polarity.optional(),
  occurrence: Occurrence.optional(),
  /** Local dates [first, last] in the report's zone; null: no date can be given. */
  when: z.tuple([LocalDate, LocalDate]).nullable().optional(),
  where: z.string().min(1).nullable().optional(),
  /** ISO 3166-1 alpha-2 of the place. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  counts: z.array(GoldCount).optional(),
  /** The last link of the attribution chain. */
  origin: z.string().min(1).optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export const STYLES = [
  'wire',
  'statement',
  'liveblog',
  'commentary',
  'sitrep',
  'html',
  'translated',
] as const;

export const CorpusGold = z.strictObject({
  format: z.enum(['text', 'html']),
  published: z.iso.datetime({ offset: true }).nullable(),
  timeZone: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  conflict: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  style: z.enum(STYLES).optional(),
  agreement: z
    .strictObject({
      parties: z.array(z.strictObject({ id: PartyId, aliases: z.array(z.string().min(1)) })),
    })
    .optional(),
  byline: z
    .strictObject({ publisher: z.string().min(1).nullable(), wire: z.string().min(1).nullable() })
    .nullable()
    .optional(),
  /** Verbatim page furniture that cleaning must remove. */
  furniture: z.array(z.string().min(1)).optional(),
  claims: z.array(GoldClaim),
});
export type CorpusGold = z.infer<typeof CorpusGold>;
