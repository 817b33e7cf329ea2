import { describe, expect, it } from 'vitest';
import type { AgreementParties } from '../../src/ingest/find-actors.js';
import { claimsOfSudanReport, SUDAN_PARTIES } from '../support/sudan-report.js';

const parties = SUDAN_PARTIES;

/** Type and modality of each claim a report gives, read with or without the agreement's parties. */
const readings = (text: string, agreement: AgreementParties | null = parties) =>
  claimsOfSudanReport(text, agreement).map((c) => [c.type, c.modality]);

describe('who alleges: the teller and the act’s author (test/corpus/README.md)', () => {
  it('a party’s spokesman alleges the other side’s shelling', () => {
    expect(
      readings('An RSF spokesman said the Sudanese army had shelled houses in Bahri overnight.'),
    ).toEqual([['shelling', 'alleged']]);
  });

  it('the same party asserts its own withdrawal', () => {
    expect(
      readings('An RSF spokesman said the Rapid Support Forces had withdrawn from two hospitals.'),
    ).toEqual([['withdrawal', 'asserted']]);
  });

  it('a UN office asserts either side’s act', () => {
    expect(
      readings('The UN humanitarian office said the Sudanese army had shelled houses in Bahri.'),
    ).toEqual([['shelling', 'asserted']]);
    expect(
      readings('The UN humanitarian office said the RSF had withdrawn from two hospitals.'),
    ).toEqual([['withdrawal', 'asserted']]);
  });

  it('residents assert what they tell, even with a word of allegation', () => {
    expect(readings('Residents said the paramilitaries had shelled the market.')).toEqual([
      ['shelling', 'asserted'],
    ]);
    expect(readings('Residents said the army had reportedly shelled the market.')).toEqual([
      ['shelling', 'asserted'],
    ]);
  });

  it('a side named by its adjective before its troops or weapons is the act’s author', () => {
    // "Sudanese army" among the aliases makes "Sudanese" the army's adjective.
    expect(
      readings('An RSF spokesman said Sudanese troops had shelled houses in Bahri overnight.'),
    ).toEqual([['shelling', 'alleged']]);
    expect(readings('The RSF said Sudanese warplanes bombed a market in Nyala.')).toEqual([
      ['airstrike', 'alleged'],
    ]);
    expect(readings('The army said Sudanese troops had withdrawn from the bridge.')).toEqual([
      ['withdrawal', 'asserted'],
    ]);
  });

  it('a party alleges an act of force done to its own side, with no author named', () => {
    expect(readings('The RSF said an air strike hit RSF positions near Omdurman.')).toEqual([
      ['airstrike', 'alleged'],
    ]);
  });

  it('a clash the teller’s side fought is its own', () => {
    expect(readings('The army said its troops clashed with the RSF in Omdurman.')).toEqual([
      ['clash', 'asserted'],
    ]);
  });

  it('an accusation stays the accuser’s own act, its charge alleged', () => {
    expect(readings('The army accused the RSF of shelling a hospital in Omdurman.')).toEqual([
      ['accusation', 'asserted'],
      ['shelling', 'alleged'],
    ]);
  });

  it('without an agreement’s parties, the sides the report names read who alleges', () => {
    expect(
      readings('An RSF spokesman said the Sudanese army had shelled houses in Bahri.', null),
    ).toEqual([['shelling', 'alleged']]);
    // Neither side is in the known-source table: only words of allegation allege.
    expect(
      readings('A Blue Hills Front spokesman said the Lowland Guard had shelled Marow.', null),
    ).toEqual([['shelling', 'asserted']]);
    expect(readings('The RSF accused the army of shelling a hospital.', null)).toContainEqual([
      'shelling',
      'alleged',
    ]);
  });

  it('a party’s charge is alleged even where its own name opens the sentence', () => {
    expect(
      readings(
        'The RSF accused government troops of shelling Bahri, while the army blamed the rebels for burning a market.',
      ),
    ).toContainEqual(['shelling', 'alleged']);
  });
});

describe('tellers tied to their side by a title', () => {
  const teller = (text: string) => readings(text).find(([type]) => type === 'shelling');

  it('a person titled by a party before the name speaks for it', () => {
    expect(teller('RSF spokesman Omar Haddad said the army shelled homes in Bahri.')).toEqual([
      'shelling',
      'alleged',
    ]);
    expect(
      teller('Sudanese army commander Colonel Idris Kamal said the RSF shelled a school.'),
    ).toEqual(['shelling', 'alleged']);
  });

  it('a person titled in an apposition, or with "of", speaks for the party', () => {
    expect(
      teller(
        'Omar Haddad, a senior official of the RSF, said the army shelled homes in Bahri on Monday.',
      ),
    ).toEqual(['shelling', 'alleged']);
    expect(
      teller('Colonel Idris Kamal of the Sudanese army said the RSF shelled a school.'),
    ).toEqual(['shelling', 'alleged']);
  });

  it('a role of a party told before the name as its apposition ties the name to it', () => {
    expect(
      teller('A spokesman for the RSF, Omar Haddad, said the army shelled homes in Bahri.'),
    ).toEqual(['shelling', 'alleged']);
  });

  it('a side’s adjective before a word of its speakers ties them to it', () => {
    // "Sudanese army" among the aliases makes "Sudanese" the army's adjective.
    expect(teller('Sudanese officials said the RSF shelled houses in Bahri overnight.')).toEqual([
      'shelling',
      'alleged',
    ]);
    expect(teller('Sudanese doctors said the RSF shelled houses in Bahri overnight.')).toEqual([
      'shelling',
      'asserted',
    ]);
  });

  it('a title told before the name as its apposition, or with a rank abbreviated, ties it', () => {
    expect(
      teller('The RSF’s media office head, Omar Haddad, said the army shelled homes in Bahri.'),
    ).toEqual(['shelling', 'alleged']);
    expect(
      teller('Sudanese army spokesman Brig Gen Nabil Abdallah said the RSF shelled a school.'),
    ).toEqual(['shelling', 'alleged']);
  });

  it('a body the table sets beside a side speaks for the agreement’s party of that name', () => {
    const gaza = {
      parties: [
        { id: 'israel', aliases: ['Israel', 'Israeli army'] },
        { id: 'hamas', aliases: ['Hamas'] },
      ],
    };
    expect(
      readings('The Gaza health ministry said the Israeli army shelled a school in Jabalia.', gaza),
    ).toEqual([['shelling', 'alleged']]);
  });

  it('a later mention by surname keeps the title given before', () => {
    const claims = readings(
      'RSF spokesman Omar Haddad spoke to reporters in Nairobi. Haddad said the army shelled homes in Bahri.',
    );
    expect(claims).toContainEqual(['shelling', 'alleged']);
  });

  it('a person named beside a party without a title of it does not speak for it', () => {
    expect(
      teller('Omar Haddad, who fled the RSF advance, said the army shelled homes in Bahri.'),
    ).toEqual(['shelling', 'asserted']);
    expect(
      teller('A convoy hit by the RSF carried Omar Haddad. Haddad said the army shelled homes.'),
    ).toEqual(['shelling', 'asserted']);
  });
});

describe('sides the report names where no agreement does', () => {
  it('a side’s body alleges the other side’s act, named in the known-source table', () => {
    expect(
      readings(
        'The Israeli army said Hamas fired rockets at Sderot overnight, and Hamas said it had held its fire.',
        null,
      ),
    ).toContainEqual(['rocket_fire', 'alleged']);
  });

  it('a body fighting beside a side speaks for that side', () => {
    expect(
      readings('The Gaza health ministry said Israeli forces shelled a school in Jabalia.', null),
    ).toContainEqual(['shelling', 'alleged']);
  });

  it('with one side named, no one is shown fighting, and words of allegation alone allege', () => {
    expect(readings('The Israeli army said militants shelled a road near Sderot.', null)).toEqual([
      ['shelling', 'asserted'],
    ]);
  });
});

describe('the act’s author and its teller, read apart', () => {
  const batken = {
    parties: [
      { id: 'kyrgyzstan', aliases: ['Kyrgyzstan', 'Kyrgyz border service'] },
      { id: 'tajikistan', aliases: ['Tajikistan', 'Tajik forces'] },
    ],
  };

  it('a side named by its country names its troops by the country’s adjective', () => {
    const sides = {
      parties: [
        { id: 'north', aliases: ['Pakistan'] },
        { id: 'south', aliases: ['India', 'Indian Army'] },
      ],
    };
    expect(
      readings('Pakistani soldiers shelled a post near Uri, an Indian Army spokesman said.', sides),
    ).toEqual([['shelling', 'alleged']]);
  });

  it('a side’s mortars are named by its adjective, as its drones are', () => {
    const told = readings(
      'The Kyrgyz border service said Tajik mortars hit the village of Ak-Tash.',
      batken,
    );
    expect(told.map(([, modality]) => modality)).toEqual(['alleged']);
  });

  it('a side’s own voice, or its authorities owned by a place, speak for it', () => {
    expect(
      readings('The Kyrgyz side said Tajik forces shelled the village of Ak-Tash.', batken),
    ).toEqual([['shelling', 'alleged']]);
    const karabakh = {
      parties: [
        { id: 'armenia', aliases: ['Armenia', 'Armenian forces'] },
        { id: 'azerbaijan', aliases: ['Azerbaijan', 'Azerbaijani forces'] },
      ],
    };
    expect(
      readings(
        'Karabakh’s ethnic Armenian authorities said Azerbaijani forces shelled Martuni.',
        karabakh,
      ),
    ).toEqual([['shelling', 'alleged']]);
  });

  it('a name that ends inside the act’s words is its author', () => {
    const gaza = {
      parties: [
        { id: 'israel', aliases: ['Israel', 'Israeli army'] },
        { id: 'hamas', aliases: ['Hamas'] },
      ],
    };
    expect(
      readings(
        'The Gaza health ministry said an Israeli aircraft struck a house in Beit Lahiya.',
        gaza,
      ),
    ).toEqual([['airstrike', 'alleged']]);
  });

  it('talks a side tells of are its own, whoever the sentence names', () => {
    expect(
      readings(
        'The Kyrgyz border service said Tajikistan held talks with it in Batken on Monday.',
        batken,
      ),
    ).toEqual([['talks', 'asserted']]);
  });

  it('the subject of a passive act is what it was done to, not its author', () => {
    expect(readings('The army said the RSF commander in Bahri was arrested on Monday.')).toEqual([
      ['arrest', 'asserted'],
    ]);
  });
});
