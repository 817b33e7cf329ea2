import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one sentence. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('event types read from the act’s object and its words', () => {
  it('reads people captured or taken prisoner as an arrest, a place captured as ground action', () => {
    expect(types('Hezbollah captured two Israeli soldiers in a cross-border raid.')).toContain(
      'arrest',
    );
    expect(types('The Indian pilot was captured in Kashmir.')).toEqual(['arrest']);
    expect(types('They had taken a brigadier general and several officers prisoner.')).toEqual([
      'arrest',
    ]);
    expect(types('Rebels captured the town of Lashio.')).toEqual(['ground_operation']);
  });

  it('reads a place liberated as ground action, people liberated as a release', () => {
    expect(types('The city of Shusha has been liberated from occupation.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The army liberated strategic heights near the village of Talish.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The militia liberated three hostages.')).toEqual(['release']);
  });

  it('reads a convoy of buses, ambulances or the wounded as an evacuation, one of trucks as aid', () => {
    expect(types('The first convoy of wounded civilians left east Aleppo on Thursday.')).toEqual([
      'evacuation_order',
    ]);
    expect(types('A convoy of 20 buses and 13 ambulances reached rebel-held territory.')).toEqual([
      'evacuation_order',
    ]);
    expect(types('A convoy of 11 trucks with food arrived in Tambura on Monday.')).toEqual([
      'aid_delivery',
    ]);
  });

  it('reads the life of a pause in more of its words', () => {
    expect(types('Several earlier ceasefires had failed.')).toEqual(['truce_end']);
    expect(types('A week-long truce with Hamas expired on Friday.')).toEqual(['truce_end']);
    expect(types('The ceasefire has begun.')).toEqual(['truce_start']);
    expect(types('There will be a ceasefire in the governorate.')).toEqual(['truce_start']);
    expect(types('The cessation of hostilities shall come into effect within 24 hours.')).toEqual([
      'truce_start',
    ]);
    expect(types('Israel resumed its offensive in the Gaza Strip.')).toEqual(['ground_operation']);
  });
});
