import { describe, expect, it } from 'vitest';
import { findWire } from '../../src/ingest/find-wire.js';

describe('the agency a report came through', () => {
  it('is read from a dateline with the agency in brackets', () => {
    expect(findWire('KHARTOUM (Reuters) - Fighting resumed on Saturday.')).toBe('Reuters');
    expect(findWire('Gaza City, Dec 2 (AFP) — Israeli jets struck Rafah.')).toBe('AFP');
  });

  it('is read from a "Source:" or "via" line', () => {
    expect(findWire('Jets struck Rafah.\n\nSource: Anadolu Agency\n')).toBe('Anadolu Agency');
    expect(findWire('Jets struck Rafah.\n\nvia AP\n')).toBe('AP');
  });

  it('is none when the text names no agency, even with brackets later on', () => {
    expect(findWire('Jets struck Rafah, the army said.')).toBeNull();
    expect(findWire(`${'word '.repeat(100)}(AFP) - late mention`)).toBeNull();
  });
});
