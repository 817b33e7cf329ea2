import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('the act a that-clause tells after a framing verb', () => {
  it('is the clause’s own act, told once, not an agreement announced', () => {
    expect(types('State radio announced on Friday that the ceasefire had begun.')).toEqual([
      'truce_start',
    ]);
    expect(
      types('The northern command announced that its gunners would fire missiles at the depot.'),
    ).toEqual(['rocket_fire']);
    // Over a phrase of place and time between the verb and "that".
    expect(
      types(
        'The governor declared in a broadcast on the radio that the brigade had withdrawn from Kelm.',
      ),
    ).toEqual(['withdrawal']);
    expect(
      types('The two delegations agreed that the fishermen would be released next week.'),
    ).toEqual(['release']);
  });

  it('is no claim where the clause tells no act and names no pause or agreement', () => {
    expect(
      types(
        'At the end of the ceremony the prince declared that the region could settle its quarrels alone.',
      ),
    ).toEqual([]);
    expect(types('The council announced that a new school would open in the spring.')).toEqual([]);
  });

  it('keeps the agreement a clause names, or the terms a verb of agreeing tells', () => {
    expect(
      types('The envoy announced that the two armies would keep to every term of the agreement.'),
    ).toEqual(['agreement_announced']);
    expect(types('Both governments agreed that their embassies would stay open.')).toEqual([
      'agreement_announced',
    ]);
  });

  it('reads a trigger far down the clause as no act of the clause', () => {
    // "attacks" is an example in the terms, not an act the clause tells.
    expect(
      types(
        'Both sides agreed that the truce covers every kind of weapon on the front, including attacks on roads.',
      ),
    ).toContain('agreement_announced');
  });

  it('reads "that" after a noun as a relative clause, not as the verb’s clause', () => {
    expect(types('The truce that the militia declared last night held in the port.')).toEqual([
      'truce_start',
    ]);
  });

  it('reads each framing verb of a sentence in its own clause', () => {
    // The second verb's object is its own clause's noun, not the first clause's that-clause.
    expect(
      types(
        'The rebels announced that they had withdrawn from Kelm, and the army announced a ceasefire.',
      ),
    ).toEqual(['withdrawal', 'truce_start']);
  });
});
