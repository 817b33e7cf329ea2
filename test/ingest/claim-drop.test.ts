import { describe, expect, it } from 'vitest';
import {
  DROP_AT,
  NO_CLAIM,
  judgeTrigger,
  readClaim,
  readJudged,
} from '../../src/ingest/claim-model.js';
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

describe('the classifier drops a trigger beside another, or alone where its grammar allows', () => {
  const candidate = ['bias', 'rule=trigger.lemma.end.verb', 'lemma=end', 'others=0'];
  const pattern = ['bias', 'rule=trigger.truce.end', 'lemma=end', 'others=0'];
  const beside = ['others=1', 'with=airstrike'];
  const sharing = (features: string[]) => [...features.filter((f) => f !== 'others=0'), ...beside];

  it('keeps a candidate or a pattern alone in its sentence however sure the keep head is', () => {
    expect(readClaim(modelWith(20), candidate, 'truce_end').type).toBe('truce_end');
    expect(readClaim(modelWith(20), pattern, 'truce_end').type).toBe('truce_end');
  });

  it('drops a candidate sharing its sentence at the threshold, and not below it', () => {
    const sure = marginAt(DROP_AT) + 0.5;
    expect(readClaim(modelWith(sure), sharing(candidate), 'truce_end').type).toBe(NO_CLAIM);
    const unsure = marginAt(DROP_AT) - 0.5;
    expect(readClaim(modelWith(unsure), sharing(candidate), 'truce_end').type).toBe('truce_end');
  });

  it('drops a pattern trigger that shares its sentence when the keep head is sure', () => {
    expect(readClaim(modelWith(20), sharing(pattern), 'truce_end').type).toBe(NO_CLAIM);
  });

  it('drops a trigger alone only where its grammar may tell no act: a noun, or a perfect', () => {
    const sure = modelWith(marginAt(DROP_AT) + 0.5);
    const told = (...words: string[]) => [...candidate, ...words];
    expect(readClaim(sure, told('form=noun'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=past', 'aux=been', 'aux=had'), 'truce_end').type).toBe(
      NO_CLAIM,
    );
    expect(readClaim(sure, told('form=past', 'aux=have'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=past', 'aux=was'), 'truce_end').type).toBe('truce_end');
    expect(readClaim(sure, told('form=base', 'aux=will'), 'truce_end').type).toBe('truce_end');
    const unsure = modelWith(marginAt(DROP_AT) - 0.5);
    expect(readClaim(unsure, told('form=noun'), 'truce_end').type).toBe('truce_end');
  });
});

describe('a trigger is judged by the keep head before the rest of it is read', () => {
  /** A model whose other heads disagree with their first class, so a skipped head shows. */
  const model: ClaimModelFile = {
    ...modelWith(20),
    type: {
      classes: ['none', 'truce_end', 'attack'],
      weights: { bias: { truce_end: 1 }, 'lemma=end': { attack: 0.5, truce_end: 2 } },
    },
    polarity: { classes: ['asserted', 'denied'], weights: { 'cue=not': { denied: 3 } } },
    occurrence: {
      classes: ['happened', 'background', 'conditional'],
      weights: { 'tense=past-perfect': { background: 2 } },
    },
  };

  it('gives the verdict readClaim gives, and the same reading once judged', () => {
    const cases = [
      ['bias', 'rule=trigger.lemma.end.verb', 'lemma=end', 'others=0'],
      ['bias', 'rule=trigger.truce.end', 'lemma=end', 'others=0', 'cue=not'],
      ['bias', 'rule=trigger.truce.end', 'lemma=end', 'others=1', 'tense=past-perfect'],
      ['bias', 'rule=trigger.truce.end', 'others=0', 'tense=past-perfect', 'cue=not'],
    ];
    for (const features of cases) {
      const verdict = judgeTrigger(model, features, 'truce_end');
      const whole = readClaim(model, features, 'truce_end');
      expect(verdict.type).toBe(whole.type);
      expect(readJudged(model, features, verdict)).toEqual(whole);
    }
    const negated = readClaim(model, cases[3]!, 'truce_end');
    expect([negated.polarity, negated.occurrence]).toEqual(['denied', 'background']);
  });
});
