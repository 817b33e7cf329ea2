import { z } from 'zod';
import { ClaimId, DocumentId, PartyId, SourceId } from '../ids.js';
import { Quantity } from '../quantity/quantity.js';
import { IsoInstant, TimeInterval } from '../time/time-interval.js';
import { EventType } from '../vocabulary/event-types.js';
import { Place } from './place.js';
import { SourceKind } from './source.js';

/** How the document puts it: an assertion, a denial, an allegation or a plan. */
export const Modality = z.enum(['asserted', 'denied', 'alleged', 'planned']);
export type Modality = z.infer<typeof Modality>;

/**
 * Whether the source says the event took place: `denied` when someone denies it ("denied that
 * its fighters opened fire"), `not_happened` when the source says it did not ("no rockets were
 * fired"). Absent on claims recorded before it existed: read those with `polarityOf`.
 */
export const Polarity = z.enum(['asserted', 'denied', 'not_happened']);
export type Polarity = z.infer<typeof Polarity>;

/**
 * How the event stands to the report's time: it happened, is planned, is expected, would happen
 * on a condition, or is background told for context. Absent: read with `occurrenceOf`.
 */
export const Occurrence = z.enum(['happened', 'planned', 'expected', 'conditional', 'background']);
export type Occurrence = z.infer<typeof Occurrence>;

export const ActorRole = z.enum(['agent', 'target', 'recipient', 'intermediary']);
export type ActorRole = z.infer<typeof ActorRole>;

/** Someone taking part in the occurrence; `party` is set when the name is an agreement party or alias. */
export const Actor = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: ActorRole,
    party: PartyId.nullable().default(null),
  })
  .readonly();
export type Actor = z.infer<typeof Actor>;

/** One link of an attribution chain: HotAir → Reuters → "a source briefed on the visit". */
export const AttributionLink = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: SourceKind,
    source: SourceId.nullable().default(null),
  })
  .readonly();
export type AttributionLink = z.infer<typeof AttributionLink>;

/** How a claim was made: by an extraction rule (named), or by an analyst (named). */
export const Provenance = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), rule: z.string().min(1).max(100) }).readonly(),
  z.object({ kind: z.literal('analyst'), analyst: z.string().min(1).max(100) }).readonly(),
]);
export type Provenance = z.infer<typeof Provenance>;

export const ReviewStatus = z.enum(['suggested', 'accepted', 'rejected', 'retracted']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Character offsets [start, end) into the document's clean text (or raw text when not cleaned). */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .readonly()
  .refine(([start, end]) => start <= end, { message: 'span end is before its start' });
export type Span = z.infer<typeof Span>;

/**
 * How a source says a release counts toward an agreement's quotas, when not simply by when it
 * happened: `outside` for persons freed outside the deal (a separate track, a gesture to a
 * third state), `counted_at` for persons a mediator counted toward another moment's quota
 * (Qatar counting two women freed on a Wednesday in Thursday's tally).
 */
export const QuotaCount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('outside') }).readonly(),
  z.object({ kind: z.literal('counted_at'), when: TimeInterval }).readonly(),
]);
export type QuotaCount = z.infer<typeof QuotaCount>;

/**
 * A ground an act's author or others give for it ("in self-defence"): `claimed` by whoever
 * says the act was on that ground, `denied` by whoever says it was not.
 */
export const Justification = z
  .object({
    ground: z.string().trim().min(1).max(60),
    stance: z.enum(['claimed', 'denied']),
  })
  .readonly();
export type Justification = z.infer<typeof Justification>;

/** What a claim says: everything an analyst may edit. */
export const ClaimContent = z
  .object({
    type: EventType,
    when: TimeInterval,
    /** Where the act happened or took effect: for fire, where it landed. */
    where: Place.nullable().default(null),
    /**
     * For fire launched from one place and landing in another: where it was launched from.
     * Optional, so claims recorded before it existed read and hash as before.
     */
    launchedFrom: Place.optional(),
    actors: z.array(Actor).readonly().default([]),
    quantities: z.array(Quantity).readonly().default([]),
    /** Categories of persons: women, children, minors, elderly, soldiers, remains… */
    categories: z.array(z.string().trim().min(1).max(60)).readonly().default([]),
    modality: Modality.default('asserted'),
    /** Publisher first, origin last. Never empty: every claim is somebody's. */
    attribution: z
      .array(AttributionLink)
      .min(1, 'a claim needs at least one attribution link')
      .readonly(),
    span: Span.nullable().default(null),
    /** The quoted words the claim was read from. */
    text: z.string().max(5000).default(''),
    /**
     * For truce_start / truce_extended: the end of the pause as the report gives it ("until
     * Thursday 07:00"); absent when it gives none.
     */
    until: TimeInterval.optional(),
    /** For releases: how the source says they count toward quotas; absent: by their own time. */
    countsToward: QuotaCount.optional(),
    /** Optional so that claims recorded before these fields existed still parse unchanged. */
    polarity: Polarity.optional(),
    occurrence: Occurrence.optional(),
    /** The ground given for the act, for exceptions like self-defence; absent: none given. */
    justification: Justification.optional(),
    /** How sure extraction was, 0–1; absent on an analyst's claim. The review queue sorts by it. */
    confidence: z.number().min(0).max(1).optional(),
  })
  .readonly();
export type ClaimContent = z.infer<typeof ClaimContent>;

/** A claim as recorded: its content plus identity, provenance and review state. */
export const Claim = z
  .object({
    id: ClaimId,
    document: DocumentId,
    content: ClaimContent,
    provenance: Provenance,
    status: ReviewStatus,
    /** 1 when first recorded, one more for each review, edit or retraction. */
    revision: z.number().int().positive(),
    reviewNote: z.string().max(2000).nullable().default(null),
    /** When the ledger first recorded it. */
    recordedAt: IsoInstant,
    /**
     * From when the claim counts as known, for evaluations "as of" a moment: the document's
     * publication time when backfilling history, else the time recorded.
     */
    knownAt: IsoInstant,
    updatedAt: IsoInstant,
  })
  .readonly();
export type Claim = z.infer<typeof Claim>;

/** The origin of a claim: the last link of its attribution chain. */
export function originOf(claim: Pick<ClaimContent, 'attribution'>): AttributionLink {
  const origin = claim.attribution[claim.attribution.length - 1];
  if (origin === undefined) throw new Error('a claim has no attribution link'); // schema forbids this
  return origin;
}

/**
 * Key under which origins count as one: a resolved source id, else the folded name.
 * Two outlets repeating Reuters share the key of Reuters.
 */
export function originKey(link: AttributionLink): string {
  return (
    link.source ?? `name:${link.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()}`
  );
}

/** A claim's polarity; a claim recorded without one reads from its modality. */
export const polarityOf = (content: Pick<ClaimContent, 'polarity' | 'modality'>): Polarity =>
  content.polarity ?? (content.modality === 'denied' ? 'denied' : 'asserted');

/** A claim's occurrence; a claim recorded without one reads from its modality. */
export const occurrenceOf = (content: Pick<ClaimContent, 'occurrence' | 'modality'>): Occurrence =>
  content.occurrence ?? (content.modality === 'planned' ? 'planned' : 'happened');

/** What an agreement's reading of a claim (`readClaim`) depends on: its actors and attribution. */
export type ClaimReadingFields = Pick<ClaimContent, 'actors' | 'attribution'>;

/** The fields `readClaim` reads, picked from a claim's content: stored beside each claim. */
export const readingFieldsOf = ({
  actors,
  attribution,
}: ClaimReadingFields): ClaimReadingFields => ({
  actors,
  attribution,
});

/** The party a claim names as its agent, if any. */
export const agentParty = (content: Pick<ClaimContent, 'actors'>): PartyId | null =>
  content.actors.find((a) => a.role === 'agent' && a.party !== null)?.party ?? null;
