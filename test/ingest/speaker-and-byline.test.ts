import { describe, expect, it } from 'vitest';
import { originOf } from '../../src/core/evidence/claim.js';
import { extractClaims } from '../../src/ingest/extract.js';
import { findPublisher } from '../../src/ingest/find-wire.js';

const read = (text: string, publisher: string | null = 'Wire') =>
  extractClaims({
    text,
    format: 'text',
    published: '2024-03-02T10:00:00+00:00',
    timeZone: 'UTC',
    publisher,
  });

describe('speakers and bylines', () => {
  it('drops auxiliaries and adverbs around a speaker’s name', () => {
    const [claim] = read('Earlier the Houthis had said that Saudi jets bombed Saada.').claims;
    expect(claim === undefined ? null : originOf(claim).name).toBe('Houthis');
    const [later] = read('The health ministry later said jets bombed Saada.').claims;
    expect(later === undefined ? null : originOf(later).name).toBe('health ministry');
  });

  it('does not glue a dateline to the speaker', () => {
    const [claim] = read('KHARTOUM (Reuters) - Residents said jets bombed Omdurman.').claims;
    expect(claim === undefined ? null : originOf(claim).name).toBe('Residents');
  });

  it('reads the publisher from a byline, a credit line or a live blog header', () => {
    expect(findPublisher('Talks end.\n\nBy Aminata Kone, Sahel Review contributor\n')).toBe(
      'Sahel Review',
    );
    expect(findPublisher('Talks end.\n\n-- Dnipro Wire with AFP\n')).toBe('Dnipro Wire');
    expect(findPublisher('Levant Live | Wednesday 27 November 2024\n\nTalks end.')).toBe(
      'Levant Live',
    );
    expect(findPublisher('Talks ended on Monday, officials said.')).toBeNull();
  });

  it('attributes to the byline’s publisher when none is given', () => {
    const result = read('Jets bombed Saada on Monday.\n\n-- Red Sea Review with AFP\n', null);
    expect(result.document.publisher).toBe('Red Sea Review');
  });
});
