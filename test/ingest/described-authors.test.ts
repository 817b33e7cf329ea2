import { describe, expect, it } from 'vitest';
import type { AgreementParties } from '../../src/ingest/find-actors.js';
import { claimsOfSudanReport, SUDAN_PARTIES } from '../support/sudan-report.js';

const ethiopia = {
  parties: [
    { id: 'ethiopia', aliases: ['Ethiopian government', 'Ethiopia', 'federal government'] },
    { id: 'tplf', aliases: ['TPLF', 'Tigrayan forces'] },
  ],
};

/** Type, modality and polarity of each claim, read with the rules alone. */
const readings = (text: string, agreement: AgreementParties = SUDAN_PARTIES) =>
  claimsOfSudanReport(text, agreement).map((c) => [c.type, c.modality, c.polarity ?? 'asserted']);

describe('an act’s author named by description (tables/author-descriptions.ts)', () => {
  it('a party telling of “the enemy” alleges the other side’s act', () => {
    expect(
      readings('An RSF spokesman said the enemy had shelled houses in Bahri overnight.'),
    ).toEqual([['shelling', 'alleged', 'asserted']]);
  });

  it('gunmen named by a party are another side’s, wherever the teller stands', () => {
    expect(
      readings('Two gunmen opened fire on a checkpoint near Omdurman, the army said.'),
    ).toEqual([['armed_attack', 'alleged', 'asserted']]);
  });

  it('a description that is what the act hit, or a named force, reads nothing', () => {
    expect(readings('The army said the Janjaweed militia had attacked Nyala.')).toEqual([
      ['armed_attack', 'asserted', 'asserted'],
    ]);
    expect(readings('The army said its units shelled enemy positions near Bahri.')).toEqual([
      ['shelling', 'asserted', 'asserted'],
    ]);
  });

  it('a description that is the subject of a passive act is what the act was done to', () => {
    expect(readings('The RSF said twelve gunmen were arrested in Omdurman.')).toEqual([
      ['arrest', 'asserted', 'asserted'],
    ]);
    expect(readings('The RSF said gunmen arrested twelve people in Omdurman.')).toEqual([
      ['arrest', 'alleged', 'asserted'],
    ]);
  });

  it('whoever is no party asserts what it tells of gunmen', () => {
    expect(readings('Medics said gunmen had opened fire on a market in Nyala.')).toEqual([
      ['armed_attack', 'asserted', 'asserted'],
    ]);
  });

  it('an ally the agreement does not list is its party’s: alleged by the other, asserted by its own', () => {
    expect(
      readings('A TPLF spokesman said Eritrean troops had shelled Adigrat.', ethiopia),
    ).toEqual([['shelling', 'alleged', 'asserted']]);
    expect(
      readings(
        'The Ethiopian government said Eritrean troops had withdrawn from Adigrat.',
        ethiopia,
      ),
    ).toEqual([['withdrawal', 'asserted', 'asserted']]);
  });
});

describe('a side saying its own act did not happen denies it', () => {
  it('reads a negation after the verb (“fired no shells”)', () => {
    expect(
      readings('An RSF spokesman said its fighters fired no shells on Bahri on Monday.'),
    ).toEqual([['shelling', 'denied', 'denied']]);
  });

  it('reads “it did not” and “by our forces” as the teller’s own act', () => {
    expect(readings('The army said it did not carry out any air strike on Nyala.')).toEqual([
      ['airstrike', 'denied', 'denied'],
    ]);
    expect(readings('The army said no shells were fired by our forces on Bahri.')).toEqual([
      ['shelling', 'denied', 'denied'],
    ]);
  });

  it('an act said not to have happened with no author stays the teller’s statement', () => {
    expect(readings('The army said no rockets were fired at Bahri.')).toEqual([
      ['rocket_fire', 'asserted', 'not_happened'],
    ]);
  });

  it('“no fewer than” is a count, not a negation', () => {
    expect(readings('The army said it fired no fewer than 20 rockets at Bahri.')).toContainEqual([
      'rocket_fire',
      'asserted',
      'asserted',
    ]);
  });
});

describe('a refusal held until a condition is no denial', () => {
  it('keeps “it will not … until” the teller’s statement', () => {
    expect(
      readings('The RSF said it would not withdraw from Bahri until the army stops its shelling.'),
    ).not.toContainEqual(['withdrawal', 'denied', 'denied']);
  });
});
