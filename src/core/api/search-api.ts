import { z } from 'zod';
import { AgreementId, ClaimId, DocumentId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

// The shapes of /api/search: hits with their matching words in context, as data (offsets),
// never as markup, so no report's text is ever rendered as HTML.

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'give a word to search for').max(500),
    agreement: AgreementId.optional().describe(
      'only what this agreement reads: documents holding one of its claims, and its claims',
    ),
    asOf: IsoInstant.optional().describe('only documents and claims known at this instant'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

const Offsets = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const SearchSnippet = z
  .object({
    text: z.string().describe('the words shown, from the searched text'),
    start: z.number().int().min(0).describe('where the snippet begins in the searched text'),
    end: z.number().int().min(0),
    marks: z
      .array(Offsets)
      .readonly()
      .describe('the matching words, as [start, end) offsets into text'),
    claim: ClaimId.nullable().describe(
      "in a document's text: the claim whose words hold the first match, if any",
    ),
  })
  .meta({ id: 'SearchSnippet' });
export type SearchSnippet = z.infer<typeof SearchSnippet>;

export const SearchHit = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('document').describe("the words are in a document's title or text"),
      document: DocumentId,
      title: z.string().nullable(),
      published: IsoInstant.nullable().describe('the earliest the document may have appeared'),
      titleMarks: z
        .array(Offsets)
        .readonly()
        .describe('the matching words in the title, when it holds every word; else empty'),
      matches: z.number().int().min(0).describe('how many times the words occur in the text'),
      snippets: z.array(SearchSnippet).readonly(),
    }),
    z.object({
      kind: z.literal('claim').describe("the words are in a claim's quote"),
      claim: ClaimId,
      document: DocumentId,
      title: z.string().nullable().describe("the claim's document's title"),
      type: z.string().describe('the event type the claim reports'),
      matches: z.number().int().min(0),
      snippets: z.array(SearchSnippet).readonly(),
    }),
  ])
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z
  .object({
    terms: z.array(z.string()).readonly().describe('the words searched for, as read'),
    hits: z
      .array(SearchHit)
      .readonly()
      .describe(
        'documents first, most matches first, then claims, most matches first: at most limit of each',
      ),
    truncated: z.boolean().describe('more hits than the limit: narrow the words'),
  })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;
