import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

/** The type and modality of each claim the rules alone read in one text. */
const typesAndModalities = (text: string): [string, string][] =>
  claimsOfText(text, null).map((c) => [c.type, c.modality]);

describe('acts told in words the trigger tables lacked', () => {
  it('reads armed men who surrendered as a withdrawal, and a lead or a right surrendered as nothing', () => {
    expect(types('The guerrillas holding the customs house surrendered before dawn.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The rebel brigade had surrendered with all its officers.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The visiting team surrendered the lead in the second half.')).toEqual([]);
    expect(types('The council has surrendered its right to veto the budget.')).toEqual([]);
    expect(types('Few letters reached the villages in the weeks after the surrender.')).toEqual([]);
  });

  it('reads a suspect who surrendered, or a surrender refused, as no withdrawal', () => {
    expect(types('The suspect surrendered to police on Friday.')).toEqual([]);
    expect(types('The guerrillas on the ridge refused to surrender.')).toEqual([]);
    expect(types('The guerrillas on the ridge will never surrender.')).toEqual([]);
  });

  it('reads forces that will not leave a place as the withdrawal refused, and farmers who will not as nothing', () => {
    expect(
      typesAndModalities('The militiamen would not leave the ridge until the observers arrived.'),
    ).toEqual([['withdrawal', 'planned']]);
    expect(
      typesAndModalities('The soldiers said they would not leave the bridge before Sunday.'),
    ).toEqual([['withdrawal', 'planned']]);
    expect(types('The new manager will not leave anyone behind.')).toEqual([]);
    expect(
      types('The farmers said they would not leave their orchards whatever the council decides.'),
    ).toEqual([]);
  });

  it('reads arms given up as a withdrawal', () => {
    expect(types('The militia would not give up its weapons.')).toEqual(['withdrawal']);
    expect(types('The militia agreed to give up its heavy weapons.')).toContain('withdrawal');
    expect(types('She gave up her seat to an older passenger.')).toEqual([]);
    expect(types('The delegates gave up any hope of arms talks this year.')).not.toContain(
      'withdrawal',
    );
  });

  it('reads a blockade lifted as a withdrawal, and a weight lifted as nothing', () => {
    expect(types('The navy lifted its blockade of the harbour at noon.')).toEqual(['withdrawal']);
    expect(types('The crane lifted the containers off the quay.')).toEqual([]);
    expect(types('The letter lifted hopes of ending the blockade.')).not.toContain('withdrawal');
  });

  it('reads hostages taken by count as an arrest, and food taken to the hostages as nothing', () => {
    expect(types('A gunman has taken hostages at a bakery in the old town.')).toEqual(['arrest']);
    expect(types('The pirates boarded the tanker, taking twelve hostages.')).toEqual(['arrest']);
    expect(types('The ceremony took place far from where the hostages live.')).toEqual([]);
    expect(types('The gang had taken hostage two drivers on the coast road.')).toEqual(['arrest']);
    expect(types('The nurses took blankets to the hostages.')).toEqual([]);
    expect(types('The families have taken comfort from the letters of the hostages.')).toEqual([]);
    expect(types('Armed men boarded the ferry, taking more than thirty hostages.')).toEqual([
      'arrest',
    ]);
  });

  it('reads a place surrounded or encircled by a force as ground action, and by hills as nothing', () => {
    expect(types('Rebel units have encircled the town since early May.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The barracks had been surrounded by militia fighters since Tuesday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The village is surrounded by steep hills and orchards.')).toEqual([]);
    expect(types('The lake is encircled by pine woods.')).toEqual([]);
    expect(types('The soldiers were surrounded by cheering children.')).toEqual([]);
  });

  it('reads a siege laid as ground action, and a siege named as nothing', () => {
    expect(types('The militia laid siege to the fort at the end of May.')).toEqual([
      'ground_operation',
    ]);
    expect(types('Food ran short during the long siege of the port.')).toEqual([]);
  });

  it('reads hostages or inmates who escaped or ran out as released, and a driver who ran a light as nothing', () => {
    expect(types('Three more hostages have run out of the bank through a back door.')).toEqual([
      'release',
    ]);
    expect(types('Dozens of inmates escaped from the district jail overnight.')).toEqual([
      'release',
    ]);
    expect(types('The driver ran a red light on the avenue.')).toEqual([]);
    expect(types('The minister escaped injury when his car overturned.')).toEqual([]);
    expect(types('The soldiers ran out of fuel on the plateau.')).toEqual([]);
    expect(types('The militiamen escaped unhurt.')).toEqual([]);
    expect(types('Three hostages escaped injury in the crash.')).toEqual([]);
  });
});
