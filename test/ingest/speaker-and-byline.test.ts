import { describe, expect, it } from 'vitest';
import { originOf } from '../../src/core/evidence/claim.js';
import { extractClaims } from '../../src/ingest/extract.js';
import { extractionOfText } from '../support/extract-text.js';
import { findPublisher } from '../../src/ingest/find-wire.js';

const read = (text: string, publisher: string | null = 'Wire') =>
  extractionOfText(text, { publisher });

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

  it('reads the publisher from a situation report’s source or preparer line', () => {
    expect(findPublisher('Source: UNHCR, the UN Refugee Agency\n\nShelters are full.')).toBe(
      'UNHCR',
    );
    expect(
      findPublisher('Prepared by the Area Humanitarian Team with information from partners.\n'),
    ).toBe('Area Humanitarian Team');
    expect(findPublisher('Source: Reuters\n')).toBeNull();
  });

  it('reads a plain report’s source line although its paragraph runs on, and not its headline', () => {
    const sitrep = read(
      'SUDAN: West Darfur\nEmergency Update | 10 November 2023\nSource: UNHCR, the UN Refugee Agency\n\nShelters were razed in Ardamata.',
      null,
    );
    expect(sitrep.document.publisher).toBe('UNHCR');
    const blog = read(
      'Gaza ceasefire holds into first day - live\n\nMideast Live | Friday 21 May 2021\n\nThe ceasefire took effect at 2 a.m.',
      null,
    );
    expect(blog.document.publisher).toBe('Mideast Live');
  });

  it('takes a statement’s issuer for its publisher when no line names one', () => {
    const statement = read(
      'Information of the Ministry of Defence of the Republic of Azerbaijan\n\n5 April 2016\n\nMilitary operations along the line of contact were halted from 12:00.',
      null,
    );
    expect(statement.document.publisher).toBe('Ministry of Defence of Azerbaijan');
    expect(
      read('Information of the Ministry of Defence\n\nFighting stopped.').document.publisher,
    ).toBe('Wire');
  });

  it('reads a page’s site from the end of its title when the page names none', () => {
    const html =
      '<html><head><title>Truce renewed for two months | Harbour Times</title></head><body><article><p>Jets bombed Saada on Monday, residents said.</p></article></body></html>';
    const result = extractClaims({
      text: html,
      format: 'html',
      published: '2024-03-02T10:00:00+00:00',
      timeZone: 'UTC',
    });
    expect(result.document.publisher).toBe('Harbour Times');
  });

  it('takes "the X" that names the report’s own voice by the words of its name as that voice', () => {
    const note = read(
      'Update on crossings, 3 May 2024\n\nThis note is issued by the Secretariat of the Border Monitoring Cell in Nairobi.\n\nThe Secretariat said drones struck the depot at Dala on Monday.',
      null,
    );
    expect(note.document.publisher).toBe('Secretariat of the Border Monitoring Cell');
    expect(note.claims.map((c) => originOf(c).name)).toContain(
      'Secretariat of the Border Monitoring Cell',
    );
    expect(note.claims.map((c) => originOf(c).name)).not.toContain('Secretariat');
  });

  it('attributes to the byline’s publisher when none is given', () => {
    const result = read('Jets bombed Saada on Monday.\n\n-- Red Sea Review with AFP\n', null);
    expect(result.document.publisher).toBe('Red Sea Review');
  });
});
