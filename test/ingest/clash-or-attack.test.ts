import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('fighting between forces told apart from one side attacking', () => {
  it('reads an attack repelled, pushed back or fought off as a clash, however it is qualified', () => {
    expect(types('The garrison repulsed two night-time assaults by the militia.')).toEqual([
      'clash',
    ]);
    expect(types('Government troops pushed back a rebel attack on the bridge.')).toEqual(['clash']);
    expect(types('Border guards fought off repeated attacks by armed smugglers.')).toEqual([
      'clash',
    ]);
    // Forces pushed back from ground attacked nothing: no act of fighting is told.
    expect(types('The troops were pushed back from the ridge.')).not.toContain('clash');
  });

  it('reads shooting heard or reported in an area as an exchange of fire, and a shooting as an attack', () => {
    expect(types('Sporadic shooting was heard near the airport throughout the night.')).toEqual([
      'clash',
    ]);
    expect(types('Shooting could still be heard in the western districts on Tuesday.')).toEqual([
      'clash',
    ]);
    expect(types('A shooting at a market in the town killed four people.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Gunmen opened fire on a bus carrying farm workers.')).toEqual(['armed_attack']);
    expect(types('Later, another shooting was reported near the school.')).toEqual([
      'armed_attack',
    ]);
  });

  it('reads "that" after a verb of saying as opening what was said, not as counting one shooting', () => {
    expect(types('Farmers said that shooting was heard from the hills until dawn.')).toEqual([
      'clash',
    ]);
    expect(types('A resident told reporters that shooting could be heard near the mill.')).toEqual([
      'clash',
    ]);
    // Whom and when the verb tells may stand between it and "that".
    expect(types('Shepherds said on Tuesday that shooting was heard near the wells.')).toEqual([
      'clash',
    ]);
    expect(
      types('A teacher told local radio on Friday that shooting could be heard all night.'),
    ).toEqual(['clash']);
    // Before any other word "that" points at one shooting, an incident.
    expect(types('Police believe that shooting was reported by a passing driver.')).toEqual([
      'armed_attack',
    ]);
    expect(types('The shooting was reported to the monitors on Monday.')).toEqual(['armed_attack']);
  });

  it('reads a shooting counted by an indefinite article as an attack, with a word between', () => {
    expect(types('Police said a fatal shooting was reported outside the depot.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Medics treated the victims of a reported shooting near the crossing.')).toEqual([
      'armed_attack',
    ]);
    expect(types('An isolated shooting left one shepherd dead on Sunday.')).toEqual([
      'armed_attack',
    ]);
    // With no article, the qualified and the reported shooting are still fighting.
    expect(types('Villagers reported shooting along the ridge before dawn.')).toEqual(['clash']);
    expect(types('Intense shooting was reported around the depot on Sunday.')).toEqual(['clash']);
  });
});

describe('fire aimed at people told apart from fire on ground (decision 0198)', () => {
  it('reads fire aimed at people, a patrol or a vehicle as an attack', () => {
    expect(types('Soldiers fired on a crowd of mourners outside the mosque.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Gunmen fired at a police patrol near the old market.')).toEqual(['armed_attack']);
    expect(types('The militiamen fired at them from the roof of the clinic.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Border guards fired first on a passing car.')).toEqual(['armed_attack']);
  });

  it('keeps fire on a town, a district or a named place as shelling', () => {
    expect(types('Rebel units fired on the town of Kosti overnight.')).toEqual(['shelling']);
    expect(types('Army units fired on two districts of the city.')).toEqual(['shelling']);
    expect(types('The gunners fired into Donetsk on Sunday.')).toEqual(['shelling']);
    // A time told between the verb and its aim is when the fire fell, not what it hit.
    expect(types('Government troops fired on Tuesday night into the village.')).toEqual([
      'shelling',
    ]);
  });

  it('keeps fire from a weapon the lemma table names, and fire aimed at nothing told, as shelling', () => {
    expect(types('Government artillery units fired on a column of rebels.')).toEqual(['shelling']);
    expect(types('The rebels fired through the night.')).toEqual(['shelling']);
  });
});
