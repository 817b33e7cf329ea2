import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('what an act of taking takes: people are detained, ground is captured', () => {
  it('reads people seized or captured as an arrest', () => {
    expect(types('Coastguard units seized nine fishermen and two sailors near the reef.')).toEqual([
      'arrest',
    ]);
    expect(types('Militiamen captured Mr Okello at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('The rebel leader was captured near the river crossing.')).toEqual(['arrest']);
    expect(types('One of the gunmen was seized outside the station.')).toEqual(['arrest']);
    expect(types('Villagers said the soldiers seized him at dawn.')).toEqual(['arrest']);
  });

  it('reads what is taken past a possessive before it: their commander is people, her car is not', () => {
    expect(types('Rebels seized their commander at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized his wife at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized her at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized her car at a roadblock on Sunday.')).toEqual(['ground_operation']);
  });

  it('reads people only after a verb of taking: a raid on militants or rebels stormed are no arrest', () => {
    expect(types('Soldiers carried out raids on militants near the river.')).toEqual([
      'ground_operation',
    ]);
    expect(types('Troops stormed the rebels near the river at dawn.')).toEqual([
      'ground_operation',
    ]);
  });

  it('keeps ground and buildings taken as a ground operation', () => {
    expect(types('Rebel fighters seized the town of Kidal on Monday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The brigade captured three hilltop positions overnight.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The militia seized the Palace of Justice before dawn.')).toEqual([
      'ground_operation',
    ]);
  });

  it('reads a building stormed, seized or entered by armed men as an attack, by troops as a ground operation', () => {
    expect(types('Six gunmen stormed the hotel lobby shortly after noon.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Armed men on motorbikes entered the clinic and opened fire.')).toContain(
      'armed_attack',
    );
    expect(types('Armed men on motorbikes entered the clinic and opened fire.')).not.toContain(
      'ground_operation',
    );
    expect(types('Hijackers seized the ferry as it left the harbour.')).toEqual(['armed_attack']);
    expect(types('Government troops stormed the rebel headquarters at dawn.')).toEqual([
      'ground_operation',
    ]);
  });
});
