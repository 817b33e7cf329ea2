import { describe, expect, test } from 'vitest';
import {
  ACLED_SUB_EVENT_TYPES,
  acledDisorderType,
  acledInteraction,
} from '../../../src/core/vocabulary/acled.js';
import type { AcledEventType } from '../../../src/core/vocabulary/acled.js';
import { EVENT_TYPES, EVENT_TYPE_INFO } from '../../../src/core/vocabulary/event-types.js';
import {
  PLOVER_CONTEXTS,
  PLOVER_MODES,
  isPloverPair,
} from '../../../src/core/vocabulary/plover.js';

describe('the PLOVER map', () => {
  test.each(EVENT_TYPES)('%s maps to an event type and mode the PLOVER manual defines', (type) => {
    const { plover } = EVENT_TYPE_INFO[type];
    expect(isPloverPair(plover.type, plover.mode), `${plover.type}/${plover.mode}`).toBe(true);
    for (const context of plover.context) expect(PLOVER_CONTEXTS).toContain(context);
  });

  test('the manual has sixteen event types, and modes only where it gives a mode table', () => {
    expect(Object.keys(PLOVER_MODES)).toHaveLength(16);
    expect(PLOVER_MODES.AGREE).toEqual([]);
    expect(PLOVER_MODES.RETREAT).toContain('release');
  });

  test('pairs outside the manual are refused, as the old map used them', () => {
    expect(isPloverPair('CONCEDE', 'release')).toBe(false);
    expect(isPloverPair('ASSAULT', 'aerial')).toBe(false);
    expect(isPloverPair('AGREE', 'ceasefire')).toBe(false);
    expect(isPloverPair('REQUEST', null)).toBe(false);
  });

  test('releases are RETREAT/release and a truce starting is RETREAT/ceasefire', () => {
    expect(EVENT_TYPE_INFO.release.plover).toMatchObject({ type: 'RETREAT', mode: 'release' });
    expect(EVENT_TYPE_INFO.truce_start.plover).toMatchObject({
      type: 'RETREAT',
      mode: 'ceasefire',
    });
  });
});

describe('the ACLED map', () => {
  test.each(EVENT_TYPES)('%s maps to nothing or to a codebook event and sub-event type', (type) => {
    const { acled } = EVENT_TYPE_INFO[type];
    if (acled === null) return;
    const subTypes: readonly string[] = ACLED_SUB_EVENT_TYPES[acled.eventType];
    expect(subTypes).toContain(acled.subEventType);
  });

  test('every sub-event type belongs to one disorder type, shared ones to both', () => {
    const pairs = Object.entries(ACLED_SUB_EVENT_TYPES).flatMap(([eventType, subs]) =>
      subs.map((sub) => acledDisorderType(eventType as AcledEventType, sub)),
    );
    expect(new Set(pairs)).toEqual(
      new Set([
        'Political violence',
        'Demonstrations',
        'Political violence; Demonstrations',
        'Strategic developments',
      ]),
    );
  });

  test('the interaction code puts the lower actor type first, and a lone actor times ten', () => {
    expect(acledInteraction(7, 1)).toBe(17);
    expect(acledInteraction(1, 2)).toBe(12);
    expect(acledInteraction(6, 0)).toBe(60);
  });
});
