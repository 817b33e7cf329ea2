import { describe, expect, it } from 'vitest';
import { DROP_ALONE_AT, DROP_AT, NO_CLAIM, readClaim } from '../../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';

/** A model whose keep head is as sure as `margin` makes it that `lemma=end` reports nothing. */
const modelWith = (margin: number): ClaimModelFile => ({
  trainedOn: 'test',
  type: { classes: ['none', 'truce_end'], weights: { bias: { truce_end: 1 } } },
  keep: { classes: ['claim', 'none'], weights: { 'lemma=end': { none: margin } } },
  polarity: { classes: ['asserted'], weights: {} },
  occurrence: { classes: ['happened'], weights: {} },
});

/** A margin m gives the `none` class a softmax probability of 1 / (1 + e^-m). */
const marginAt = (probability: number): number => Math.log(probability / (1 - probability));

describe('the classifier drops candidate words, and patterns only beside another trigger', () => {
  const candidate = ['bias', 'rule=trigger.lemma.end.verb', 'lemma=end', 'others=0'];
  const pattern = ['bias', 'rule=trigger.truce.end', 'lemma=end', 'others=0'];
  const beside = ['others=1', 'with=airstrike'];

  it('drops a lemma-table candidate the keep head is sure reports nothing', () => {
    expect(readClaim(modelWith(20), candidate, 'truce_end').type).toBe(NO_CLAIM);
  });

  it('keeps a candidate alone in its sentence unless the keep head is all but certain', () => {
    const sure = marginAt(DROP_ALONE_AT) - 0.5;
    expect(sure).toBeGreaterThan(marginAt(DROP_AT));
    expect(readClaim(modelWith(sure), candidate, 'truce_end').type).toBe('truce_end');
  });

  it('drops a candidate sharing its sentence at the lower threshold', () => {
    const features = [...candidate.filter((f) => f !== 'others=0'), ...beside];
    const sure = marginAt(DROP_AT) + 0.5;
    expect(readClaim(modelWith(sure), features, 'truce_end').type).toBe(NO_CLAIM);
    const unsure = marginAt(DROP_AT) - 0.5;
    expect(readClaim(modelWith(unsure), features, 'truce_end').type).toBe('truce_end');
  });

  it('keeps a pattern trigger alone in its sentence however sure the keep head is', () => {
    expect(readClaim(modelWith(20), pattern, 'truce_end').type).toBe('truce_end');
  });

  it('drops a pattern trigger that shares its sentence when the keep head is sure', () => {
    const features = [...pattern.filter((f) => f !== 'others=0'), ...beside];
    expect(readClaim(modelWith(20), features, 'truce_end').type).toBe(NO_CLAIM);
  });
});
