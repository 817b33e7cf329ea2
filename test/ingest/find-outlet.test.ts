// The news outlet a report's heading or footer names, read from the shape of its lines rather
// than from a list of outlets.
import { describe, expect, it } from 'vitest';
import { findOutlet } from '../../src/ingest/find-outlet.js';
import { findPublisher } from '../../src/ingest/find-wire.js';

const body =
  'Fighters on both sides of the river held their fire through the night, a local official said on Monday.';

describe('findOutlet', () => {
  it('takes the field of a heading line that is no date, label, person or place', () => {
    expect(findOutlet(`By Amina Yusuf | Sahel Ledger | 4 March 2024\n\n${body}`)).toBe(
      'Sahel Ledger',
    );
    expect(findOutlet(`Andes Wire | Live | Friday 9 May 2025 | Times are Lima's\n\n${body}`)).toBe(
      'Andes Wire',
    );
    expect(findOutlet(`Kivu Monitor | Tuesday 5 May 2024\n\n${body}`)).toBe('Kivu Monitor');
    expect(findOutlet(`Press Release | 12 May 2021\n\n${body}`)).toBeNull();
    expect(findOutlet(`Analysis | By Omar Said | Gulf Desk, The Harbour Review\n\n${body}`)).toBe(
      'The Harbour Review',
    );
  });

  it("reads a team's credit and a translator's note naming the paper", () => {
    expect(findOutlet(`Posted by the Danube Times live team | 12:40 GMT\n\n${body}`)).toBe(
      'Danube Times',
    );
    expect(findOutlet(`By Mekong Monitor staff, with AFP\n\n${body}`)).toBe('Mekong Monitor');
    expect(
      findOutlet(
        `[Translated from the French. Original published by Le Journal du Sahel, Bamako, Tuesday 2 April 2024; the translation keeps its abbreviations.]\n\n${body}`,
      ),
    ).toBe('Le Journal du Sahel');
  });

  it("reads a live blog's header naming its desk as the outlet's", () => {
    expect(findPublisher(`Andes Wire live desk | Friday 9 May 2025\n\n${body}`)).toBe('Andes Wire');
  });

  it('reads a copyright line at the foot of the report', () => {
    expect(findOutlet(`${body}\n\nCopyright 2023 Caspian Trade Daily. All rights reserved.`)).toBe(
      'Caspian Trade Daily',
    );
    expect(findOutlet(`${body}\n\n(c) La Gazette du Fleuve - All rights reserved`)).toBe(
      'La Gazette du Fleuve',
    );
  });

  it('reads a masthead: a name with a label, or alone above a label or under a headline above the date', () => {
    expect(findOutlet(`Delta Courier - Opinion\n\nThe truce needs monitors\n\n${body}`)).toBe(
      'Delta Courier',
    );
    expect(findOutlet(`The Lake Review\nComment\n\nA pause that held\n\n${body}`)).toBe(
      'The Lake Review',
    );
    expect(
      findOutlet(`Border clashes: live\nSteppe Herald live\nMonday 3 June 2024\n\n${body}`),
    ).toBe('Steppe Herald');
    expect(
      findOutlet(
        `[Translated from the Spanish. El Diario del Sur, Tegucigalpa, 20 July 1969. From our correspondent.]\n\n${body}`,
      ),
    ).toBe('El Diario del Sur');
  });

  it('reads a masthead above the byline: a known outlet, or a name ending on a word papers go by', () => {
    const piece = `By Ilse Marwood\n\n${body}`;
    expect(findOutlet(`The Drava Herald\n${piece}`)).toBe('The Drava Herald');
    expect(findOutlet(`BBC News\n${piece}`)).toBe('BBC News');
    expect(findOutlet(`THE GUARDIAN\n\nWHO KEEPS THE RIVER LINE\n${piece}`)).toBe('THE GUARDIAN');
    // A commentary's headline in capitals names no paper.
    expect(findOutlet(`THE TRUCE AND AFTER\n${piece}`)).toBeNull();
    expect(findOutlet(`The Drava Herald\n\n${body}`)).toBeNull();
  });

  it('takes neither a title-case headline above the date nor the kind of paper for a masthead', () => {
    expect(findOutlet(`Ceasefire Holds Along The Border\n4 March 2024\n\n${body}`)).toBeNull();
    expect(findOutlet(`ARMED FORCES\nCOMMUNIQUE\n12 May 2021\n\n${body}`)).toBeNull();
  });

  it('declines a heading whose only name is a place, or that names two', () => {
    expect(findOutlet(`By Lena Hart | New Delhi | 25 February 2025\n\n${body}`)).toBeNull();
    expect(findOutlet(`Andes Wire | Lima Bureau | 9 May 2025\n\n${body}`)).toBeNull();
    expect(findOutlet(body)).toBeNull();
  });

  it('does not read a heading line below the first paragraph', () => {
    expect(findOutlet(`${body}\n\nBy Amina Yusuf | Sahel Ledger | 4 March 2024`)).toBeNull();
  });
});
