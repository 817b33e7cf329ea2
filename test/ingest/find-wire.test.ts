import { describe, expect, it } from 'vitest';
import { findIssuer, findWire } from '../../src/ingest/find-wire.js';

describe('the agency a report came through', () => {
  it('is read from a dateline with the agency in brackets', () => {
    expect(findWire('KHARTOUM (Reuters) - Fighting resumed on Saturday.')).toBe('Reuters');
    expect(findWire('Gaza City, Dec 2 (AFP) — Israeli jets struck Rafah.')).toBe('AFP');
  });

  it('is read from a "Source:" or "via" line', () => {
    expect(findWire('Jets struck Rafah.\n\nSource: Anadolu Agency\n')).toBe('Anadolu Agency');
    expect(findWire('Jets struck Rafah.\n\nvia AP\n')).toBe('AP');
  });

  it('is read from a dateline in a house style without a dash, and from a credit line', () => {
    expect(findWire('Bogota, Nov 9 (EFE).- The ELN freed a hostage.')).toBe('EFE');
    expect(findWire('ATTARI, Mar 1 (PTI) The pilot was handed over.')).toBe('PTI');
    expect(findWire('Jets struck Rafah.\n\nGaza Monitor, with Reuters · 2 June 2022\n')).toBe(
      'Reuters',
    );
  });

  it('is none for a situation report’s "Source:" line naming the body that wrote it', () => {
    expect(findWire('Source: UNHCR, the UN Refugee Agency\n\nShelters are full.')).toBeNull();
    expect(findWire('Jets struck Rafah.\n\nSource: Médecins Sans Frontières\n')).toBeNull();
  });

  it('is none when the text names no agency, even with brackets later on', () => {
    expect(findWire('Jets struck Rafah, the army said.')).toBeNull();
    expect(findWire(`${'word '.repeat(100)}(AFP) - late mention`)).toBeNull();
  });
});

describe('who a statement is issued by', () => {
  it('is read from its heading, cut where the heading says what about', () => {
    expect(
      findIssuer(
        'Rimbo, 13 December 2018\n\nThe talks closed.',
        'Remarks of the Secretary-General at the closing of the talks',
      ),
    ).toBe('Secretary-General');
    expect(
      findIssuer(
        'Joint communiqué of the Peace Table between the Government and the Front\n\nHavana, 6 February 2024',
      ),
    ).toBe('Peace Table');
    expect(
      findIssuer(
        '[Translated]\n\nInformation of the Ministry of Defence of the Republic of Azerbaijan\n\n5 April 2016',
      ),
    ).toBe('Ministry of Defence of Azerbaijan');
  });

  it('is not read from a heading that names a subject, or from a line deep in the text', () => {
    expect(findIssuer('Statement on the outcome of the talks\n\nRiyadh, 25 March 2025')).toBeNull();
    expect(findIssuer('One.\n\nTwo.\n\nThree.\n\nFour.\n\nStatement of the army\n')).toBeNull();
  });
});
