import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('the means named as an attack’s subject type the act', () => {
  it('reads aircraft that attack or fire on a target as an airstrike', () => {
    expect(types('Government aircraft attacked the rebel columns near the river.')).toEqual([
      'airstrike',
    ]);
    expect(types('Army helicopters fired on a patrol near the border.')).toEqual(['airstrike']);
    expect(types('A bomber that attacked the port was shot down on Tuesday.')).toContain(
      'airstrike',
    );
  });

  it('reads guns or tanks that fire on a target as shelling', () => {
    expect(types('The army said rebel guns had fired on the northern districts.')).toEqual([
      'shelling',
    ]);
    expect(types('Government tanks fired on the upper floors of the ministry.')).toEqual([
      'shelling',
    ]);
  });

  it('reads the means of an act at the end of a long sentence, and lends it to no other', () => {
    // The subject is found by reading back from each trigger, not by filtering the sentence
    // for each one: an act after many others keeps its own means, and none borrows it.
    const militants = Array.from({ length: 20 }, () => 'militants attacked a checkpoint').join(
      ', and ',
    );
    expect(types(`On Monday ${militants}, and government jets attacked the depot.`)).toEqual([
      'armed_attack',
      'airstrike',
    ]);
    expect(types(`On Monday government jets attacked the depot, and ${militants}.`)).toEqual([
      'airstrike',
      'armed_attack',
    ]);
  });

  it('leaves an attack by people, or by mixed arms, as it was', () => {
    expect(types('Militants attacked a police station near the market.')).toEqual(['armed_attack']);
    expect(types('Soldiers fired on the crowd outside the stadium.')).toEqual(['armed_attack']);
    expect(types('Infantry and tanks attacked the garrison from the south.')).not.toContain(
      'shelling',
    );
  });

  it('reads no means in the subject of a passive, which is what the act struck', () => {
    expect(types('A government helicopter was attacked by rebels near the river.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Two army tanks were fired on by militants near the bridge.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Government jets were attacking the rebel columns near the river.')).toEqual([
      'airstrike',
    ]);
  });
});

describe('fire returned, fire traded and an attack beaten off are an exchange', () => {
  it('reads a side that came under fire and returned it as in a clash', () => {
    expect(
      types('The patrol came under fire from a ridge above the road and returned fire.'),
    ).toEqual(['clash']);
    expect(types('Two helicopters came under fire over the valley and returned it.')).toEqual([
      'clash',
    ]);
    expect(types('Police and gunmen traded fire for an hour near the depot.')).toEqual(['clash']);
  });

  it('reads an attack told as beaten off or repelled as a clash', () => {
    expect(types('An attack on the governor’s house was beaten off by the guards.')).toEqual([
      'clash',
    ]);
    expect(types('Two assaults on the bridge were repelled during the night.')).toEqual(['clash']);
  });

  it('keeps fire taken and not returned, or returned alone, as before', () => {
    expect(types('The patrol came under fire near the checkpoint.')).toEqual(['armed_attack']);
    expect(types('The army said it had returned fire on the sources of shelling.')).not.toContain(
      'clash',
    );
  });
});
