import { describe, expect, it } from 'vitest';
import {
  DROP_AT,
  DROP_TOLD_AGAIN_AT,
  NO_CLAIM,
  judgeTrigger,
  readClaim,
  readJudged,
} from '../../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';
import { extractClaims } from '../../src/ingest/extract.js';

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

  it('drops a trigger alone only where its grammar may tell no act: a noun, a perfect, a modal, a negation', () => {
    const sure = modelWith(marginAt(DROP_AT) + 0.5);
    const told = (...words: string[]) => [...candidate, ...words];
    expect(readClaim(sure, told('form=noun'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=past', 'aux=been', 'aux=had'), 'truce_end').type).toBe(
      NO_CLAIM,
    );
    expect(readClaim(sure, told('form=past', 'aux=have'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=base', 'aux=will'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=base', 'aux=to'), 'truce_end').type).toBe(NO_CLAIM);
    expect(readClaim(sure, told('form=base', 'aux=not', 'aux=did'), 'truce_end').type).toBe(
      NO_CLAIM,
    );
    expect(readClaim(sure, told('form=past', 'aux=was'), 'truce_end').type).toBe('truce_end');
    expect(readClaim(sure, told('form=past'), 'truce_end').type).toBe('truce_end');
    const unsure = modelWith(marginAt(DROP_AT) - 0.5);
    expect(readClaim(unsure, told('form=noun'), 'truce_end').type).toBe('truce_end');
  });
});

describe('a definite noun alone whose act the report has already claimed is dropped sooner', () => {
  const noun = ['bias', 'rule=trigger.lemma.end.noun', 'lemma=end', 'others=0', 'form=noun'];
  const model = modelWith(marginAt(DROP_TOLD_AGAIN_AT) + 0.5);
  const judged = (features: string[], toldBefore: boolean) =>
    judgeTrigger(model, features, 'truce_end', toldBefore).type;

  it('drops "the end" after a claim of its type, where the keep head is not sure enough alone', () => {
    expect(judged([...noun, 'before1=the'], true)).toBe(NO_CLAIM);
    expect(judged([...noun, 'before1=this'], true)).toBe(NO_CLAIM);
    expect(judged([...noun, 'before1=the'], false)).toBe('truce_end');
  });

  it('keeps an indefinite noun, one with its object after "of", a verb, or one sharing its sentence', () => {
    expect(judged([...noun, 'before1=a'], true)).toBe('truce_end');
    expect(judged([...noun, 'before1=the', 'after1=of'], true)).toBe('truce_end');
    const verb = ['bias', 'rule=trigger.lemma.end.verb', 'lemma=end', 'others=0', 'form=past'];
    expect(judged([...verb, 'before1=the'], true)).toBe('truce_end');
    const sharing = [...noun.filter((f) => f !== 'others=0'), 'others=1', 'with=airstrike'];
    expect(judged([...sharing, 'before1=the'], true)).toBe('truce_end');
  });

  it('keeps it where the keep head leans to nothing by less than the threshold', () => {
    const unsure = modelWith(marginAt(DROP_TOLD_AGAIN_AT) - 0.5);
    const features = [...noun, 'before1=the'];
    expect(judgeTrigger(unsure, features, 'truce_end', true).type).toBe('truce_end');
  });
});

describe('a report telling an act again by a definite noun gives one claim', () => {
  /** Leans to nothing, at 0.95, for any trigger right after "the", and nothing else. */
  const model: ClaimModelFile = {
    trainedOn: 'test',
    type: { classes: ['none', 'release'], weights: { bias: { release: 1 } } },
    keep: { classes: ['claim', 'none'], weights: { 'before1=the': { none: marginAt(0.95) } } },
    polarity: { classes: ['asserted'], weights: {} },
    occurrence: { classes: ['happened'], weights: {} },
  };
  const read = (text: string) =>
    extractClaims(
      { text, format: 'text', published: '2022-06-01T12:00:00Z', timeZone: 'UTC' },
      model,
    ).claims.map((c) => c.text);

  it('drops "the exchange" after the exchange was claimed, and keeps it as the first telling', () => {
    expect(
      read(
        'Russia and Ukraine exchanged prisoners on Monday. The exchange took place near Chernihiv.',
      ),
    ).toEqual(['Russia and Ukraine exchanged prisoners on Monday.']);
    expect(read('The exchange took place near Chernihiv on Monday.')).toEqual([
      'The exchange took place near Chernihiv on Monday.',
    ]);
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
