import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('a pause begun told apart from an agreement announced', () => {
  it('reads a side ceasing fire or stopping its fighting as the pause begun, not as fire', () => {
    expect(types('The northern command will cease fire along the whole river front.')).toEqual([
      'truce_start',
    ]);
    expect(types('The general ordered his brigades to stop firing from noon on Monday.')).toEqual([
      'truce_start',
    ]);
    expect(types('Both militias stopped fighting on Thursday evening.')).toEqual(['truce_start']);
    expect(types('Fire is to cease at once on every front.')).toEqual(['truce_start']);
    // Fire that goes on is no pause.
    expect(types('The militia kept firing at the checkpoint all night.')).not.toContain(
      'truce_start',
    );
  });

  it('reads a pause one side declared behind a possessive as that side’s pause', () => {
    expect(types('The rebel front had declared its harvest ceasefire from 1 to 15 May.')).toEqual([
      'truce_start',
    ]);
    // Two sides' pause stays their agreement.
    expect(
      types('The mediators announced a ceasefire between the army and the rebel front.'),
    ).toEqual(['agreement_announced']);
  });
});
