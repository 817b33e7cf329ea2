import { describe, expect, it } from 'vitest';
import { polarityOf } from '../../src/core/evidence/claim.js';
import { claimsOfText } from '../support/extract-text.js';

/** Type, modality and polarity of each claim the rules alone read in one sentence. */
const readings = (text: string): string[][] =>
  claimsOfText(text, null).map((c) => [c.type, c.modality, polarityOf(c)]);

describe('negations and agreements read by rule', () => {
  it('reads an act said not to have happened as asserted, with that polarity', () => {
    expect(readings('The soldiers have not been freed.')).toEqual([
      ['release', 'asserted', 'not_happened'],
    ]);
    expect(readings('No air strikes were recorded in the country during the month.')).toEqual([
      ['airstrike', 'asserted', 'not_happened'],
    ]);
  });

  it('keeps denied for the actor’s own denial', () => {
    expect(readings('Hamas denied firing rockets at Sderot.')).toEqual([
      ['rocket_fire', 'denied', 'denied'],
    ]);
  });

  it('reads having nothing to do with an act as its actor’s denial', () => {
    expect(
      readings('Hezbollah said in a statement that it had nothing to do with the rocket fire.'),
    ).toEqual([['rocket_fire', 'denied', 'denied']]);
  });

  it('reads a refusal as planned, not as a denial', () => {
    const [claim] = claimsOfText('The army said it would not withdraw from the town.', null);
    expect(claim?.modality).toBe('planned');
    expect(readings('He says Israel is not going to attack Iran.')).toEqual([
      ['armed_attack', 'planned', 'not_happened'],
    ]);
  });

  it('reads a refusal held until a condition is met as planned, not happening, like any refusal', () => {
    expect(
      readings('The army said it would not withdraw from the town until the militia disarms.'),
    ).toContainEqual(['withdrawal', 'planned', 'not_happened']);
    expect(
      readings('The militia will not withdraw from the ridge without a guarantee of safe passage.'),
    ).toEqual([['withdrawal', 'planned', 'not_happened']]);
    expect(
      readings('The government will not sign the agreement unless the rebels disarm.'),
    ).toEqual([['agreement_announced', 'planned', 'not_happened']]);
    expect(readings('The government will not sign the agreement.')).toEqual([
      ['agreement_announced', 'planned', 'not_happened'],
    ]);
  });

  it('reads "there will be no" an act ahead as a refusal, and "there were no" as an act not done', () => {
    expect(
      readings(
        'The minister said there would be no talks with the rebels until the shelling stops.',
      ),
    ).toContainEqual(['talks', 'planned', 'not_happened']);
    expect(readings('There were no talks between the two commanders last week.')).toEqual([
      ['talks', 'asserted', 'not_happened'],
    ]);
  });

  it('reads a demand or a threat as made when said, whatever its words plan', () => {
    expect(
      readings('The defence minister said the army would respond forcefully to any provocation.'),
    ).toContainEqual(['demand', 'asserted', 'asserted']);
    expect(
      readings('The envoy called on both armies to halt their offensives in the valley.'),
    ).toContainEqual(['demand', 'asserted', 'asserted']);
  });

  it('reads deciding to extend a ceasefire as the extension told, but deciding to withdraw as a plan', () => {
    expect(
      readings('The council has decided to extend the temporary ceasefire until 30 April.'),
    ).toEqual([['truce_extended', 'asserted', 'asserted']]);
    expect(readings('The group said it has decided to withdraw its forces from the town.')).toEqual(
      [['withdrawal', 'planned', 'asserted']],
    );
  });

  it('reads agreeing to prolong a ceasefire as the extension told, but agreeing to release as a plan', () => {
    expect(
      readings('The two sides have agreed to prolong the ceasefire by five more days.').find(
        (r) => r[0] === 'truce_extended',
      ),
    ).toEqual(['truce_extended', 'asserted', 'asserted']);
    expect(readings('Hamas has agreed to free 50 hostages held in Gaza.')).toContainEqual([
      'release',
      'planned',
      'asserted',
    ]);
  });

  it('reads a modal inside the trigger’s own words, an undertaking and preparations as planned', () => {
    expect(readings('The ELN said it would release him as soon as possible.')).toEqual([
      ['release', 'planned', 'asserted'],
    ]);
    expect(readings('The next exchanges are already being prepared.')).toEqual([
      ['release', 'planned', 'asserted'],
    ]);
    expect(readings('The group undertakes to release all the hostages it holds.')).toContainEqual([
      'release',
      'planned',
      'asserted',
    ]);
    expect(
      readings('The parties agreed that the process of their release shall be expedited.'),
    ).toContainEqual(['release', 'planned', 'asserted']);
    expect(readings('The ELN released him on Thursday.')).toEqual([
      ['release', 'asserted', 'asserted'],
    ]);
  });

  it('reads an agreement’s terms and an act scheduled ahead as planned', () => {
    expect(readings('The accord provides for the release of 40 detainees.')).toContainEqual([
      'release',
      'planned',
      'asserted',
    ]);
    expect(
      readings('Under the deal the militia was originally to withdraw by May.'),
    ).toContainEqual(['withdrawal', 'planned', 'asserted']);
    expect(readings('Under the accord the rebels were to free 40 detainees.')).toContainEqual([
      'release',
      'planned',
      'asserted',
    ]);
    expect(readings('A second convoy is planned for next week.')).toContainEqual([
      'aid_delivery',
      'planned',
      'asserted',
    ]);
    // Told as done, the same acts stay asserted.
    expect(readings('The rebels freed 40 detainees on Monday.')).toContainEqual([
      'release',
      'asserted',
      'asserted',
    ]);
  });
});
