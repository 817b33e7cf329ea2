import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('acts a that-clause tells in words of their own', () => {
  it('reads a suspension of offensive action as the pause begun, not the announcement', () => {
    expect(
      types(
        'The governor announced that he had ordered the army to suspend all offensive action in the hills.',
      ),
    ).toEqual(['truce_start']);
  });

  it('reads talks told over, broken down or left as ended by a side', () => {
    expect(types('The envoy said on the radio that the talks were over.')).toEqual([
      'delegation_recalled',
    ]);
    expect(
      types('The government announced that it was suspending its part in the talks in Lusaka.'),
    ).toEqual(['delegation_recalled']);
    expect(types('Negotiations with the kidnappers had broken down by Sunday night.')).toEqual([
      'delegation_recalled',
    ]);
  });

  it('reads people moved out or to shelter as evacuated', () => {
    expect(
      types(
        'The governor announced that families of two border hamlets would be moved out by train.',
      ),
    ).toEqual(['evacuation_order']);
    expect(types('Some 900 villagers were relocated to school shelters in the valley.')).toEqual([
      'evacuation_order',
    ]);
    // Moved to a hospital or a prison is no evacuation.
    expect(types('The wounded civilians were moved to the district hospital.')).toEqual([]);
  });

  it('reads a town the words after its name describe as taken', () => {
    expect(
      types('The rebels announced that they had taken Kelmor, the largest town on the coast.'),
    ).toEqual(['ground_operation']);
    // A town in a phrase of its own is no appositive of what was taken.
    expect(types('The colonel took his leave, a town official said on Monday.')).toEqual([]);
  });
});

describe('nouns and verbs of acts the tables lacked', () => {
  it('reads a capitalised noun opening a sentence as the noun it is', () => {
    expect(types('Negotiations between the two envoys went on through the night.')).toEqual([
      'talks',
    ]);
    // A name of several words is still a name.
    expect(types('Strike Force Nine moved its camp north.')).toEqual([]);
  });

  it('reads a summit, an airlift and a siege by their own words', () => {
    expect(
      types('The regional leaders gathered for a summit in the capital on the crisis.'),
    ).toEqual(['talks']);
    expect(types('A second airlift of tents and medicines reached the camps.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('The garrison town had been besieged for eight weeks.')).toEqual([
      'ground_operation',
    ]);
    // A besieged place is under siege: the word describes it and tells no act.
    expect(types('Aid reached the besieged city on Monday.')).toEqual([]);
    expect(types('Food ran short in besieged Kelmor, residents said.')).toEqual([]);
    expect(types('The rebels besieged Kelmor for eight weeks.')).toEqual(['ground_operation']);
  });
});
