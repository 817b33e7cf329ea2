import { describe, expect, it } from 'vitest';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

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
    // "Take" is ground action only with ground for its object.
    expect(types('The militia said it had taken full control of the camp.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The wounded were taken to the camp on Monday.')).toEqual([]);
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

  it('reads ground handed over or returned as a withdrawal, people handed over as a release', () => {
    expect(types('The militia handed back the town of Kidal to the army on Monday.')).toEqual([
      'withdrawal',
    ]);
    // "control of" is also read as ground taken; the handing is no release.
    expect(types('The rebels handed control of Kibumba to the regional force.')).toContain(
      'withdrawal',
    );
    expect(types('The rebels handed control of Kibumba to the regional force.')).not.toContain(
      'release',
    );
    expect(types('The Aghdam district shall be returned to Azerbaijan by 20 November.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The group handed the port to a local coast guard.')).toEqual(['withdrawal']);
    expect(types('The militia handed over the bodies of Gaza residents to the Red Cross.')).toEqual(
      ['release'],
    );
    expect(types('Three hostages were returned to Israel on Saturday.')).toEqual(['release']);
  });

  it('reads arms handed over or in as a withdrawal, people handed in a place as a release', () => {
    expect(types('The fighters handed over 3,875 weapons at collection sites.')).toEqual([
      'withdrawal',
    ]);
    expect(types('Both sides will hand in their weapons at disarmament camps.')).toEqual([
      'withdrawal',
    ]);
    // "In" right after the verb is a particle before arms only: here it says where people went.
    expect(types('Two hostages were handed over in Rafah on Monday.')).toEqual(['release']);
  });

  it('reads what a framing verb frames by its object, the agreement only where it is one', () => {
    expect(types('The rebel command announced a unilateral ceasefire on Friday.')).toEqual([
      'truce_start',
    ]);
    expect(types('The truce announced this afternoon appears to be holding.')).toEqual([
      'truce_start',
    ]);
    expect(types('The army announced a new offensive in the north.')).toEqual(['ground_operation']);
    expect(types('The alliance had announced the second phase of Operation 1027.')).toEqual([
      'ground_operation',
    ]);
    // The talks are told once, by their own word, and planned.
    const talks = claimsOfText(
      'The delegations agreed to hold direct talks in Doha next week.',
      null,
    );
    expect(talks.map((c) => [c.type, c.modality])).toEqual([['talks', 'planned']]);
    // So are talks a verb names: agreeing to meet is no agreement of its own.
    expect(types('The parties also agreed to meet in Amman to discuss the roads.')).toEqual([
      'talks',
    ]);
    // A pause two sides agree to, or one between them, is their agreement; so is a deal.
    expect(types('The two sides agreed to a ceasefire on Monday.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('Qatar announced a ceasefire between Israel and Hamas on Wednesday.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('Mediators announced the deal on Tuesday.')).toEqual(['agreement_announced']);
  });

  it('reads a pause a mediator announces as the agreement, one a side announces as its start', () => {
    const agreement = {
      parties: [
        { id: 'army', aliases: ['the army'] },
        { id: 'rsf', aliases: ['RSF'] },
      ],
    };
    const typesWith = (text: string): string[] =>
      extractionOfText(text, { agreement, model: null }).claims.map((c) => c.type);
    expect(typesWith('Saudi Arabia announced a ceasefire on Saturday.')).toEqual([
      'agreement_announced',
    ]);
    expect(typesWith('The RSF announced a ceasefire on Saturday.')).toEqual(['truce_start']);
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

describe('acts told through another act’s words', () => {
  it('reads a proposal accepted or agreed to as the deal agreed, a proposal made as a proposal', () => {
    expect(types('The rebel council said it had accepted the mediators’ proposal.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('The government agreed to Qatar’s plan for a three-day pause.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('Parliament endorsed the peace framework on Monday.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('The army offered a truce to the rebels on Monday.')).toEqual(['proposal']);
  });

  it('reads a rocket or missile that struck something as rocket fire, jets that struck it as an air strike', () => {
    expect(types('A missile struck a school building in the town on Sunday.')).toEqual([
      'rocket_fire',
    ]);
    expect(types('Two rockets struck several buildings near the port.')).toEqual(['rocket_fire']);
    expect(types('Jets struck a school building in the town on Sunday.')).toEqual(['airstrike']);
  });
});

describe('the near types the corpus names', () => {
  it('reads weapons handed over or pulled back as a withdrawal, people handed over as a release', () => {
    expect(types('The rebels were handing over their heavy weapons to the army.')).toEqual([
      'withdrawal',
    ]);
    expect(types('Both armies pulled back their artillery from the line.')).toEqual(['withdrawal']);
    expect(types('Militia leaders handed over three prisoners on Monday.')).toEqual(['release']);
  });

  it('reads an agreement that took effect, or a truce that has taken effect, as the truce begun', () => {
    expect(types('The agreement, mediated by the regional bloc, took effect at noon.')).toEqual([
      'truce_start',
    ]);
    expect(types('The ceasefire has taken effect across the capital.')).toEqual(['truce_start']);
    expect(types('The deal was signed in Rome on Monday.')).toEqual(['agreement_announced']);
  });

  it('reads a pause told taking effect or holding after a long description as the truce begun, its framing apart', () => {
    expect(
      types(
        'A truce between the two armies, announced by the regional mediators after a week of shuttling, came into force at midnight.',
      ),
    ).toEqual(['agreement_announced', 'truce_start']);
    expect(types('The cessation of hostilities has largely held since it was signed.')).toContain(
      'truce_start',
    );
    expect(types('The talks on a ceasefire were held in Doha last week.')).not.toContain(
      'truce_start',
    );
  });

  it('reads a town held since a truce as no truce begun: held with an object is another act', () => {
    expect(types('Since the truce, the army has held the town of Tarsa.')).not.toContain(
      'truce_start',
    );
    expect(types('The ceasefire has held since Monday.')).toEqual(['truce_start']);
  });

  it('reads a side’s dead told as a toll as a clash, and the dead of a strike or a bomb as theirs', () => {
    expect(types('Twelve of its soldiers had been killed, the ministry said.')).toEqual(['clash']);
    expect(types('Nine people were killed in the fighting near the bridge.')).toEqual(['clash']);
    expect(types('Six soldiers were killed in an air strike on the base.')).not.toContain('clash');
    expect(types('Four soldiers were killed by a roadside bomb.')).not.toContain('clash');
  });

  it('reads drones flown, stopped or crossing over a place as an overflight, a drone that struck as a strike', () => {
    expect(types('The army accused the rebels of flying drones over its barracks.')).toContain(
      'overflight',
    );
    expect(types('Two drones were intercepted over the capital overnight.')).toEqual([
      'overflight',
    ]);
    expect(types('A drone crossed the line of contact near the river.')).toEqual(['overflight']);
    expect(types('A drone struck a fuel depot on the outskirts.')).toEqual(['airstrike']);
  });
});
