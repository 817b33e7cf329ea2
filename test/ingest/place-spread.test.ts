import { describe, expect, it } from 'vitest';
import { extractionOfText } from '../support/extract-text.js';
import type { PlaceCandidate } from '../../src/ingest/place-features.js';

/** The candidates of the claim whose text opens with `opening`. */
function candidatesOf(text: string, opening: string): readonly PlaceCandidate[] {
  const { claims, placeCandidates } = extractionOfText(text, { model: null });
  const i = claims.findIndex((c) => c.text.startsWith(opening));
  expect(i).toBeGreaterThanOrEqual(0);
  return placeCandidates[i] ?? [];
}

describe('how many towns the report places acts in, beside each candidate', () => {
  it('tells a report of one town from one of a front of several', () => {
    const oneTown =
      'Militiamen shelled houses in Kassala on Monday night, residents said. ' +
      'The shelling went on until dawn.';
    const front =
      'Militiamen shelled houses in Kassala on Monday night. Rebels attacked a market in ' +
      'Kosti on Tuesday, and fighters raided a camp near Atbara on Wednesday, the army said. ' +
      'The shelling went on until dawn.';
    const spreadOf = (text: string): readonly string[] =>
      candidatesOf(text, 'The shelling went on')
        .filter((c) => c.place !== null)
        .flatMap((c) => c.features.filter((f) => f.startsWith('spread')));
    expect(new Set(spreadOf(oneTown))).toEqual(new Set(['spread<=1']));
    expect(new Set(spreadOf(front))).toEqual(new Set(['spread<=4']));
  });

  it('is read beside the grain, so a region and a town can weigh it apart', () => {
    const text =
      'Militiamen shelled houses in Kassala on Monday night. Rebels attacked a market in ' +
      'Kosti on Tuesday, and fighters raided a camp near Atbara on Wednesday, the army said. ' +
      'The shelling went on until dawn.';
    const country = candidatesOf(text, 'The shelling went on').find(
      (c) => c.place?.precision === 'country',
    );
    expect(country?.features).toContain('grain=country|spread<=4');
  });
});

describe('a claim whose sentence names no place', () => {
  const text =
    'Militiamen shelled houses in Kassala on Monday night, residents said. ' +
    'The shelling went on until dawn.';

  it('marks each candidate’s source as standing for a silent sentence', () => {
    const silent = candidatesOf(text, 'The shelling went on');
    const told = silent.find((c) => c.features.includes('source=paragraph'));
    expect(told?.features).toContain('source=paragraph|silent');
    expect(silent.find((c) => c.place === null)?.features).toContain('source=none|silent');
  });

  it('does not mark the candidates of a sentence that names its place', () => {
    const named = candidatesOf(text, 'Militiamen shelled');
    expect(named.length).toBeGreaterThan(0);
    expect(named.flatMap((c) => c.features).filter((f) => f.endsWith('|silent'))).toEqual([]);
  });
});
