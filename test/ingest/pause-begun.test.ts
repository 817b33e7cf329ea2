import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('a beginning is a pause starting only where a pause is what begins', () => {
  it('reads no pause where something else begins', () => {
    expect(types('Food handouts at the school began the following morning.')).toEqual([]);
    expect(types('The quarrel over the bridge began when the river flooded.')).toEqual([]);
    expect(types('Shops near the port have stayed shut since the operation began.')).toEqual([]);
    expect(types('Monitors from the capital began a census of the camps.')).toEqual([]);
  });

  it('reads a pause starting where a pause, or a halt or an armistice, begins', () => {
    expect(types('A three-day truce brokered by the elders began at dawn on Sunday.')).toEqual([
      'truce_start',
    ]);
    expect(types('An armistice of ten days will begin on the first of May.')).toEqual([
      'truce_start',
    ]);
    expect(types('The promised halt, announced by both commanders, began at noon.')).toEqual([
      'truce_start',
    ]);
  });
});
