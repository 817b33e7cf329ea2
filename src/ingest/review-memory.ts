import { originOf } from '../core/evidence/claim.js';
import type { ClaimContent } from '../core/evidence/claim.js';
import type { ClaimExplanation, ExtractedClaim } from './event-claims.js';
import type { LearnedTrigger } from './learned-triggers.js';

/**
 * One reviewed suggestion, remembered exactly: the sentence it was read from, the rule that
 * read it and its origin, and what the reviewer decided. An accepted claim keeps the fields
 * the review gave it (type, modality, polarity, occurrence, and whatever else was corrected).
 */
export interface RememberedReview {
  /** The claim's quoted sentence, its whitespace folded. */
  readonly text: string;
  readonly rule: string;
  /** The last link of its attribution, which tells apart two sides' claims in one sentence. */
  readonly origin: string;
  /** The trigger's lemmas ("open fire"), which tell apart two acts in one sentence; null: unknown. */
  readonly trigger: string | null;
  /** Which of the sentence's claims with the same rule, origin and trigger it is, from 0. */
  readonly nth: number;
  readonly outcome: 'accepted' | 'rejected';
  readonly fields?: Partial<Omit<ClaimContent, 'span' | 'text' | 'confidence'>>;
}

/** What a store's model learned from its reviews, beside the weights. */
export interface ReviewMemory {
  /** Reviewed claims learned from, and the documents they were read from. */
  readonly claims: number;
  readonly documents: number;
  /** When the latest of those reviews was recorded; null when there were none. */
  readonly latest: string | null;
  readonly remembered: readonly RememberedReview[];
  /** Words the store's hand-coded claims taught as acts; absent in models trained before them. */
  readonly triggers?: readonly LearnedTrigger[];
}

/** The trigger's lemmas as the classifier's features name them: what sets one act apart. */
export const triggerOf = (features: readonly string[]): string =>
  features
    .filter((f) => f.startsWith('lemma='))
    .map((f) => f.slice('lemma='.length))
    .join(' ');

/** How a remembered review is looked up: sentence, rule, origin and trigger. */
export const reviewKey = (
  text: string,
  rule: string,
  origin: string,
  trigger: string | null,
): string => [rule, origin, trigger ?? '', text.replace(/\s+/g, ' ').trim()].join('\u0000');

/**
 * The keys of a run of claims: each claim's sentence, rule, origin and trigger, and how many
 * claims before it in the run had the same.
 */
export function claimKeys(
  claims: readonly ExtractedClaim[],
  explanations: readonly ClaimExplanation[],
): { key: string; nth: number }[] {
  const seen = new Map<string, number>();
  return claims.map((c, i) => {
    const key = reviewKey(
      c.text,
      c.rule,
      originOf(c).name,
      triggerOf(explanations[i]?.features ?? []),
    );
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    return { key, nth };
  });
}

const indexes = new WeakMap<ReviewMemory, Map<string, RememberedReview>>();

function indexOf(memory: ReviewMemory): Map<string, RememberedReview> {
  let index = indexes.get(memory);
  if (index === undefined) {
    index = new Map();
    for (const r of memory.remembered) {
      index.set(`${reviewKey(r.text, r.rule, r.origin, r.trigger)}\u0000${r.nth}`, r);
    }
    indexes.set(memory, index);
  }
  return index;
}

/** The review remembered for a claim; one whose trigger is unknown stands for any trigger. */
function recall(
  memory: ReviewMemory,
  claim: ExtractedClaim,
  { key, nth }: { key: string; nth: number },
): RememberedReview | undefined {
  const index = indexOf(memory);
  return (
    index.get(`${key}\u0000${nth}`) ??
    index.get(`${reviewKey(claim.text, claim.rule, originOf(claim).name, null)}\u0000${nth}`)
  );
}

/**
 * Applies what reviewers decided to a fresh extraction, so that no decision is forgotten
 * whatever the weights say: a rejected suggestion is not made again, and an accepted one comes
 * back with the fields its review gave it, at confidence 1.
 */
export function applyReviewMemory(
  claims: readonly ExtractedClaim[],
  explanations: readonly ClaimExplanation[],
  memory: ReviewMemory,
): { claims: ExtractedClaim[]; explanations: ClaimExplanation[] } {
  const out: { claims: ExtractedClaim[]; explanations: ClaimExplanation[] } = {
    claims: [],
    explanations: [],
  };
  const keys = claimKeys(claims, explanations);
  claims.forEach((claim, i) => {
    const review = recall(memory, claim, keys[i]!);
    const explanation = explanations[i] ?? { rule: claim.rule, features: [], reasons: [] };
    if (review?.outcome === 'rejected') return;
    if (review === undefined) {
      out.claims.push(claim);
      out.explanations.push(explanation);
      return;
    }
    out.claims.push({ ...claim, ...review.fields, confidence: 1 });
    out.explanations.push({ ...explanation, reasons: ['review=accepted'] });
  });
  return out;
}
