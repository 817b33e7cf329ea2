import { describe, expect, it } from 'vitest';
import type { ClaimExample } from '../../src/ingest/claim-examples.js';
import { REVIEW_WEIGHT, withReviews } from '../../src/ingest/train-claim-model.js';

const told = (type: string): ClaimExample => ({
  features: ['bias', 'lemma=hold', 'after=fire'],
  type,
  polarity: type === 'none' ? null : 'asserted',
  occurrence: type === 'none' ? null : 'happened',
});

describe("a store's reviews beside the bundled examples", () => {
  // A store reviews a few reports against a bundled corpus of hundreds: shown once each, its
  // analysts' decisions are outvoted by bundled examples that read the same words otherwise.
  it('are shown more often than the bundled examples, and none is left out', () => {
    expect(REVIEW_WEIGHT).toBeGreaterThan(1);
    const all = withReviews([told('none'), told('talks')], [told('truce_start')]);
    expect(all.filter((e) => e.type === 'none')).toHaveLength(1);
    expect(all.filter((e) => e.type === 'talks')).toHaveLength(1);
    expect(all.filter((e) => e.type === 'truce_start')).toHaveLength(REVIEW_WEIGHT);
  });
});
