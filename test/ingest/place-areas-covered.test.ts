import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

// The places the claims are given, each once: whether the classifier reads "strikes … killed" as
// one act or two is not what these tests ask, and every claim must take the area either way.
const namesOf = (text: string): (string | null)[] => [
  ...new Set(claimsOfText(text).map((c) => c.where?.name ?? null)),
];

describe('the area an act covers', () => {
  it('places an act "across" an area there, not in a town the sentence names inside it', () => {
    expect(
      namesOf('Israeli strikes across the Gaza Strip killed 12 people on Monday, four in Rafah.'),
    ).toEqual(['Gaza Strip']);
    expect(namesOf('Artillery fire was reported across southern Lebanon near Khiam.')).toEqual([
      'southern Lebanon',
    ]);
  });

  it('places an act "in several areas" or "in parts" of a place in that place', () => {
    expect(
      namesOf(
        'Air strikes killed people in several areas of the Strip today, including Khan Younis.',
      ),
    ).toEqual(['Gaza Strip']);
  });

  it('keeps the finer place where no word says the act covers an area', () => {
    expect(
      namesOf('Israeli strikes in the Gaza Strip killed 12 people in Rafah on Monday.'),
    ).toEqual(['Rafah']);
  });

  it('does not read a place an act reached "areas of" as the area it covers', () => {
    expect(
      namesOf('Aid trucks crossed at Kerem Shalom on Monday and reached areas of the Gaza Strip.'),
    ).toEqual(['Kerem Shalom']);
  });
});
