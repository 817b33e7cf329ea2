import type { Vocabulary } from '../core/api/vocabulary-api.js';
import { Modality } from '../core/evidence/claim.js';
import { Qualifier } from '../core/quantity/quantity.js';
import { EVENT_TYPES, EVENT_TYPE_INFO } from '../core/vocabulary/event-types.js';
import {
  CASUALTY_WORDS,
  CATEGORY_WORDS,
  COUNTED_NOUNS,
  SINGLE_UNITS,
} from '../ingest/tables/quantities.js';

const distinct = (words: Iterable<string>): string[] => [...new Set(words)];

/** The coding vocabulary, read from the tables that define it: extending a table extends it. */
export const vocabulary = (): Vocabulary => ({
  eventTypes: EVENT_TYPES.map((id) => ({ id, meaning: EVENT_TYPE_INFO[id].meaning })),
  modalities: Modality.options,
  qualifiers: Qualifier.options,
  units: distinct([
    ...COUNTED_NOUNS.map((n) => n.unit),
    // A role named as a unit ("12 killed") reads as persons in that role (`ROLE_OF_UNIT`).
    ...CASUALTY_WORDS.map((n) => n.role),
    ...SINGLE_UNITS,
  ]),
  categories: distinct(Object.values(CATEGORY_WORDS)).sort(),
});
