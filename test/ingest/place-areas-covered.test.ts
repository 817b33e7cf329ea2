import { describe, expect, it } from 'vitest';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

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

  // Which of the two the claim then takes is the learned place head's choice, not this rule's:
  // the rule only marks an area an act covers, and here no word does.
  it('marks no area as covered where no word says the act covers one', () => {
    const { placeCandidates } = extractionOfText(
      'Israeli strikes in the Gaza Strip killed 12 people in Rafah on Monday.',
      { model: null },
    );
    const candidates = placeCandidates.flat();
    expect(candidates.map((c) => c.place?.name)).toEqual(
      expect.arrayContaining(['Gaza Strip', 'Rafah']),
    );
    expect(candidates.filter((c) => c.features.includes('covers'))).toEqual([]);
    const across = extractionOfText(
      'Israeli strikes across the Gaza Strip killed 12 people on Monday, four in Rafah.',
      { model: null },
    ).placeCandidates.flat();
    expect(across.filter((c) => c.features.includes('covers')).map((c) => c.place?.name)).toContain(
      'Gaza Strip',
    );
  });

  it('does not read a place an act reached "areas of" as the area it covers', () => {
    expect(
      namesOf('Aid trucks crossed at Kerem Shalom on Monday and reached areas of the Gaza Strip.'),
    ).toEqual(['Kerem Shalom']);
  });
});
