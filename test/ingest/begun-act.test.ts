import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('a beginning typed by what begins', () => {
  it('reads a pause that begins as the pause begun', () => {
    expect(types('The lull began at dawn on Sunday along the river front.')).toEqual([
      'truce_start',
    ]);
    expect(types('The armistice, which began on 2 March, was due to lapse today.')).toEqual([
      'truce_start',
    ]);
  });

  it('reads an operation or a withdrawal that begins as that act, not as a pause', () => {
    expect(
      types('At first light the northern brigades began an operation against the hill camps.'),
    ).toEqual(['ground_operation']);
    expect(types('The occupying battalions began withdrawing from the valley on Tuesday.')).toEqual(
      ['withdrawal'],
    );
  });

  it('reads a war begun by a force moving as the force’s operation', () => {
    expect(
      types('The war began on 9 May, when government troops surrounded the rebel leader’s house.'),
    ).toEqual(['ground_operation']);
  });
});
