import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

// Rules alone: which acts the heads keep, and where the ranker puts them, is not these tests'
// question.
const placedByRules = (text: string): [string, string | null, string | null][] =>
  claimsOfText(text, null).map((c) => [c.type, c.where?.name ?? null, c.where?.country ?? null]);

describe('a town told as where delegations met (decision 0247)', () => {
  it("does not make the report's country, which an unknown place then takes", () => {
    const claims = placedByRules(
      'The army and the rebels met in Geneva on Monday, and the talks in Geneva went on ' +
        'until Friday. Rebels attacked a market at Umm Sarara on Tuesday, and fighting spread ' +
        'across Sudan.',
    );
    expect(claims).toContainEqual(['armed_attack', 'Umm Sarara', 'SD']);
  });

  it('makes the second of a pair after "and in" a venue too, which "the town" does not tell again', () => {
    const claims = placedByRules(
      'Jets bombed Aleppo on Monday. ' +
        'Talks held in Vienna over three long weeks in May and in Geneva in June failed, and troops shelled the town again.',
    );
    expect(claims).toContainEqual(['shelling', 'Aleppo', 'SY']);
  });

  it('is where the talks and the signing its clause tells were, over the area the deal covers', () => {
    expect(
      placedByRules('The two sides signed in Doha on Monday a ceasefire across Darfur.'),
    ).toEqual([['agreement_announced', 'Doha', 'QA']]);
    expect(
      placedByRules('Delegations met in Doha on Monday to discuss a truce throughout Darfur.'),
    ).toEqual([['talks', 'Doha', 'QA']]);
  });

  it('is read after the delegations due to meet there', () => {
    const claims = placedByRules(
      'Jets bombed Aleppo on Monday. ' +
        'Fighting resumed on Tuesday as the two delegations were due to gather in Vienna.',
    );
    expect(claims).toContainEqual(['truce_end', 'Aleppo', 'SY']);
  });

  it('is no venue past a word that opens another clause', () => {
    expect(
      placedByRules('The talks ended as troops shelled homes in Goma on Monday.'),
    ).toContainEqual(['shelling', 'Goma', 'CD']);
  });

  it('is not told again by "the city" when it names a convention', () => {
    const claims = placedByRules(
      'Troops entered Warsaw on Monday. Under the Geneva Convention, the garrison will ' +
        'withdraw from the city on Tuesday.',
    );
    expect(claims).toContainEqual(['withdrawal', 'Warsaw', 'PL']);
  });
});
