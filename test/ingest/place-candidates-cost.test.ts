import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/evidence/place.js';
import type { PlaceMention } from '../../src/ingest/gazetteer.js';
import { placeCandidates } from '../../src/ingest/place-features.js';
import type { ReportPlaces } from '../../src/ingest/place-features.js';

const town: Place = { name: 'Mirsk', lat: 51.5, lon: 15.3, precision: 'city', country: 'PL' };

/** One sentence naming a town `n` times after one act, and a text that counts what is read of it. */
function manyMentions(n: number) {
  const phrase = 'the militia gave up Mirsk and ';
  const plain = `On Sunday ${phrase.repeat(n)}then withdrew.`;
  const mentions: PlaceMention[] = [];
  for (let at = plain.indexOf('Mirsk'); at >= 0; at = plain.indexOf('Mirsk', at + 1))
    mentions.push({ sentence: 0, start: at, end: at + 5, place: town, asSubject: false });
  // Each character taken out of the text counts once, however it is taken.
  let read = 0;
  const whole = (): string => ((read += plain.length), plain);
  const text = Object.assign(new String(plain), {
    slice(start?: number, end?: number): string {
      const part = plain.slice(start, end);
      read += part.length;
      return part;
    },
    toString: whole,
    valueOf: whole,
  }) as unknown as string;
  return { plain, text, mentions, read: () => read };
}

describe('the candidates of a claim in a sentence naming a place many times', () => {
  it('counts the words to each mention without reading the text again for each', () => {
    const { plain, text, mentions, read } = manyMentions(2000);
    const trigger = { start: plain.indexOf('gave'), end: plain.indexOf('gave') + 4 };
    const report: ReportPlaces = {
      text,
      places: [mentions],
      venues: [[]],
      blockOf: [0],
      mainPlace: null,
      mainArea: null,
      venue: null,
      named: new Map([['mirsk', mentions.length]]),
      placed: new Map([['mirsk', mentions.length]]),
      headline: new Set(),
      lead: new Set(),
      mainCountry: 'PL',
      countries: [],
      everyPlace: [town],
      toldIn: new Map([['mirsk', [0]]]),
    };
    const candidates = placeCandidates(report, {
      sentence: 0,
      clause: { start: 0, end: plain.length },
      trigger,
      type: 'ground_operation',
      ruled: town,
      acts: [trigger],
    });
    expect(candidates.filter((c) => c.features.includes('nearest'))).toHaveLength(1);
    expect(candidates.filter((c) => c.features.includes('words>20'))).not.toHaveLength(0);
    // Sliced from the act to each mention, the 60,000 characters would be read 2,000 times over.
    expect(read()).toBeLessThan(4 * plain.length);
  });
});
