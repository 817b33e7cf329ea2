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

describe('a pause told in a relative clause is what its verb frames', () => {
  it('reads a pause one side declared, told by the clause on it, as that side’s pause', () => {
    expect(
      types('The ceasefire that the rebel council declared on 3 March held for a week.'),
    ).toEqual(['truce_start']);
    expect(
      types('The truce the militia declared last night appears to be holding around the port.'),
    ).toEqual(['truce_start']);
    // A subject of eight words, "that" before it or not.
    for (const opens of ['that ', ''])
      expect(
        types(
          `The ceasefire ${opens}the small new Kelm Valley People Defence Force declared on 2 May held.`,
        ),
      ).toEqual(['truce_start']);
    // "each" gives the act to each side alone; the tagger leaves "ceasefires" as it stands.
    expect(
      types('The ceasefires which the army and the front each declared on 2 May were extended.'),
    ).toEqual(['truce_start', 'truce_extended']);
  });

  it('keeps a pause several announced together, or a plural pronoun declared, an agreement', () => {
    expect(
      types(
        'The ceasefire that the army and the front announced together on 2 May has lost all meaning.',
      ),
    ).toEqual(['agreement_announced']);
    expect(
      types('The two sides recommitted to a permanent ceasefire they had declared in June.'),
    ).toEqual(['agreement_announced']);
  });

  it('reads talks announced in a relative clause as the talks alone', () => {
    expect(types('The talks that the mediators announced on Monday will open in Geneva.')).toEqual([
      'talks',
    ]);
  });

  it('leaves a verb with an object of its own to frame that object', () => {
    expect(types('During the truce the rebels declared a new offensive in the hills.')).toEqual([
      'ground_operation',
    ]);
  });
});
