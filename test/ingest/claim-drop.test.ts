import { describe, expect, it } from 'vitest';
import { DROP_AT, NO_CLAIM, readClaim } from '../../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';

/** A model whose keep head is as sure as `margin` makes it that `lemma=end` reports nothing. */
const modelWith = (margin: number): ClaimModelFile => ({
  trainedOn: 'test',
  type: { classes: ['none', 'truce_end'], weights: { bias: { truce_end: 1 } } },
  keep: { classes: ['claim', 'none'], weights: { 'lemma=end': { none: margin } } },
  polarity: { classes: ['asserted'], weights: {} },
  occurrence: { classes: ['happened'], weights: {} },
});

describe('the classifier drops candidate words, never patterns', () => {
  const candidate = ['bias', 'rule=trigger.lemma.end.verb', 'lemma=end'];
  const pattern = ['bias', 'rule=trigger.truce.end', 'lemma=end'];

  it('drops a lemma-table candidate the keep head is sure reports nothing', () => {
    expect(readClaim(modelWith(20), candidate, 'truce_end').type).toBe(NO_CLAIM);
  });

  it('keeps a candidate the keep head is not sure enough about', () => {
    // A margin m gives the `none` class a softmax probability of 1 / (1 + e^-m).
    const unsure = Math.log(DROP_AT / (1 - DROP_AT)) - 0.5;
    expect(readClaim(modelWith(unsure), candidate, 'truce_end').type).toBe('truce_end');
  });

  it('keeps a pattern trigger however sure the keep head is', () => {
    expect(readClaim(modelWith(20), pattern, 'truce_end').type).toBe('truce_end');
  });
});
