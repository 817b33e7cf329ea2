import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { divergenceOf } from '../../../src/core/evidence/event-divergence.js';
import { DocumentId } from '../../../src/core/ids.js';
import { quantityOf } from '../../../src/core/quantity/quantity.js';
import { makeClaim } from '../../support/builders.js';

const doc = DocumentId.parse('doc_0000000001');
const released = (figure: number, categories: string[] = []) =>
  makeClaim(doc, {
    content: { quantities: [quantityOf(figure, 'exact', 'persons')], categories },
  });

describe('how the accounts of one event diverge', () => {
  test('a denial beside a report is a divergence, whatever the figures', () => {
    const denial = makeClaim(doc, { content: { modality: 'denied' } });
    expect(divergenceOf([released(13), denial])).toEqual({ kind: 'denial' });
  });

  test('two exact figures for the same persons diverge exactly when they differ', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (a, b) => {
        const found = divergenceOf([released(a), released(b)]);
        expect(found === null).toBe(a === b);
        if (found?.kind === 'figures') expect(found.figures.map((q) => q.min)).toEqual([a, b]);
      }),
    );
  });

  test('figures for different categories of persons count different people', () => {
    expect(divergenceOf([released(13, ['women']), released(39, ['minors'])])).toBeNull();
  });

  test('accounts that agree, or a single account, do not diverge', () => {
    expect(divergenceOf([released(13)])).toBeNull();
    expect(divergenceOf([])).toBeNull();
  });
});
