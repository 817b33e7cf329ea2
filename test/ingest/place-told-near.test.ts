import { describe, expect, it } from 'vitest';
import type { PlaceCandidate } from '../../src/ingest/place-features.js';
import { extractionOfText } from '../support/extract-text.js';

/**
 * A report that names one town in its first paragraph and another in its third, and then tells
 * an act in a sentence that names no place: the town named just before it is nearer.
 */
const report = (first: string, second: string): string =>
  [
    `Militia fighters shelled ${first} on Monday, residents said.`,
    'The district council met on Tuesday. It gave no figures. Schools stayed shut all week.',
    `Fighting spread to ${second} on Wednesday. The shelling went on through the night.`,
  ].join('\n\n');

/** The candidates of the report's last claim, read with the rules alone. */
function lastClaimsCandidates(text: string): readonly PlaceCandidate[] {
  const { claims, placeCandidates } = extractionOfText(text, { model: null });
  const last = claims.findIndex((c) => c.text.startsWith('The shelling went on'));
  expect(last).toBeGreaterThan(0);
  return placeCandidates[last]!;
}

const featuresOf = (candidates: readonly PlaceCandidate[], name: string): readonly string[] =>
  candidates.find((c) => c.place?.name === name)?.features ?? [];

describe('how far from a claim the report names each of its places', () => {
  it('reads each candidate by how many sentences from the claim is the nearest naming it', () => {
    const candidates = lastClaimsCandidates(report('Kosti', 'Kassala'));
    // Kassala is named in the sentence before the claim's, Kosti five sentences before.
    expect(featuresOf(candidates, 'Kassala')).toContain('told<=1');
    expect(featuresOf(candidates, 'Kosti')).toContain('told<=8');
    // "No place" is named nowhere and reads no distance.
    const none = candidates.find((c) => c.place === null)!;
    expect(none.features.some((f) => f.startsWith('told'))).toBe(false);
  });

  it('reads a place named only after the claim by that distance too', () => {
    const candidates = lastClaimsCandidates(
      [
        'Militia fighters shelled Kosti on Monday, residents said.',
        'The district council met on Tuesday. It gave no figures. Schools stayed shut all week.',
        'The shelling went on through the night. Fighting spread to Kassala on Wednesday.',
      ].join('\n\n'),
    );
    expect(featuresOf(candidates, 'Kassala')).toContain('told<=1');
    expect(featuresOf(candidates, 'Kosti')).toContain('told<=4');
  });
});

describe('a place of the sentence named beyond another act', () => {
  it('is marked for the act whose trigger another act stands between, not for that act', () => {
    const { claims, placeCandidates } = extractionOfText(
      'Rebels freed six hostages on Monday and then shelled Kassala on Tuesday, residents said.',
      { model: null },
    );
    const marked = (type: string): boolean => {
      const at = claims.findIndex((c) => c.type === type);
      expect(at).toBeGreaterThanOrEqual(0);
      const own = placeCandidates[at]!.find((c) => c.features.includes('source=clause'));
      expect(own).toBeDefined();
      return own!.features.includes('act-between');
    };
    expect(marked('release')).toBe(true);
    expect(marked('shelling')).toBe(false);
  });
});
