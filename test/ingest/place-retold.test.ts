import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** Each claim's type and place, read by the rules alone. */
const placed = (text: string): [string, string | null][] =>
  claimsOfText(text, null).map((c) => [c.type, c.where?.name ?? null]);

describe('a place told again by a noun ("the city", "the capital")', () => {
  it('retells a town named with no locative word before it, not an earlier venue', () => {
    expect(
      placed(
        'In a castle outside Stockholm, the parties agreed to spare Hodeidah a battle. ' +
          'Militias shelled the city on Friday.',
      ).at(-1),
    ).toEqual(['shelling', 'Hodeidah']);
  });

  it('takes "the capital" for the last capital named, though no locative word placed it', () => {
    expect(
      placed(
        'Residents of Khartoum enjoyed a quiet day. Witnesses reported shelling in the south of ' +
          'the capital. The army said militias attacked its positions in Omdurman.',
      ),
    ).toEqual([
      ['shelling', 'Khartoum'],
      ['armed_attack', 'Omdurman'],
    ]);
  });

  it('does not retell the town of a dateline or of talks named after it', () => {
    expect(
      placed(
        'Bamako, 15 November. The army took control of Kidal on Tuesday. ' +
          'The rebels said jets bombed the city.',
      ).at(-1),
    ).toEqual(['airstrike', 'Kidal']);
    expect(
      placed(
        'Fighting broke out in El Fasher on 10 May. Both sides signed the Jeddah Declaration. ' +
          'Jets bombed the north of the city on 13 May.',
      ).at(-1),
    ).toEqual(['airstrike', 'El Fasher']);
  });

  it('does not retell the last word of a longer name ("the African Union")', () => {
    expect(
      placed(
        'Clashes went on in Khartoum on Monday. The African Union urged calm. ' +
          'Jets bombed the city on Tuesday.',
      ).at(-1),
    ).toEqual(['airstrike', 'Khartoum']);
  });
});

describe('a place where someone sits ("the authorities in Hargeisa")', () => {
  it('is no act’s place beyond its clause, nor a town told again', () => {
    expect(
      placed(
        'Fighting erupted in Laascaanood on 6 February, after elders said the area no longer ' +
          'recognised the authorities in Hargeisa. Partners report that clashes resumed within ' +
          'days. Shelling of the town was reported on 14 February.',
      ).slice(1),
    ).toEqual([
      ['clash', 'Laascaanood'],
      ['shelling', 'Laascaanood'],
    ]);
  });
});
