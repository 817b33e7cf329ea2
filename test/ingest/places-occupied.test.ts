import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('a place occupied by a force', () => {
  it('reads villages a force occupied as ground action, and a square protesters occupied as nothing', () => {
    expect(
      types('Rebel fighters occupied several villages in the north earlier this month.'),
    ).toEqual(['ground_operation']);
    expect(types('Protesters occupied the square for three days.')).toEqual([]);
    expect(types('The exhibition occupied the whole ground floor of the museum.')).toEqual([]);
  });

  it('reads a ridge marines occupied as ground action, and towns it occupies as no act of taking', () => {
    expect(types('Two companies of marines occupied the ridge above the port at noon.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The militia withdrew from the towns it occupies.')).toEqual(['withdrawal']);
  });

  it('reads an occupied land soldiers patrol or troops stay in as no act, though a force stands in the sentence', () => {
    expect(types('Soldiers patrolled the occupied hill villages on Tuesday.')).toEqual([]);
    expect(types('Soldiers patrolled the occupied Golan Heights on Tuesday.')).toEqual([]);
    expect(types('Two battalions remain in occupied Varnia.')).toEqual([]);
  });

  it('reads a town occupied by troops as ground action, and one occupied by protesters or a ministry as none', () => {
    expect(types('The border town was occupied by rebel troops on Tuesday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The village hall was occupied by protesters on Tuesday.')).toEqual([]);
    expect(types('The old barracks are occupied by the ministry of health.')).toEqual([]);
  });
});
