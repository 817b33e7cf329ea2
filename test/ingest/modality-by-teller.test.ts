import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';

const parties = {
  parties: [
    { id: 'saf', aliases: ['Sudanese army', 'SAF', 'army'] },
    { id: 'rsf', aliases: ['Rapid Support Forces', 'RSF', 'paramilitaries'] },
  ],
};

/** Type and modality of each claim a report gives, read with or without the agreement's parties. */
const readings = (text: string, agreement: typeof parties | null = parties) =>
  extractClaims({
    text,
    format: 'text',
    published: '2023-06-12T18:00:00+02:00',
    timeZone: 'Africa/Khartoum',
    publisher: 'Wire',
    agreement,
  }).claims.map((c) => [c.type, c.modality]);

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

  it('without an agreement’s parties, only words of allegation allege', () => {
    expect(
      readings('An RSF spokesman said the Sudanese army had shelled houses in Bahri.', null),
    ).toEqual([['shelling', 'asserted']]);
    expect(readings('The RSF accused the army of shelling a hospital.', null)).toContainEqual([
      'shelling',
      'alleged',
    ]);
  });
});
