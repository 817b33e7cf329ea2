import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);
/** Whether the rules alone read a pause starting in one text. */
const startsAPause = (text: string): boolean => types(text).includes('truce_start');

describe('a beginning is a pause starting only where a pause is what begins', () => {
  it('reads no pause where something else begins', () => {
    expect(types('Food handouts at the school began the following morning.')).toEqual([]);
    expect(types('The quarrel over the bridge began when the river flooded.')).toEqual([]);
    expect(types('Shops near the port have stayed shut since the operation began.')).toEqual([]);
    expect(types('Monitors from the capital began a census of the camps.')).toEqual([]);
  });

  it('reads no pause where the word of a pause is an adjective', () => {
    expect(startsAPause('The town was calm until the shelling began on Monday.')).toBe(false);
    expect(startsAPause('Residents stayed calm as the evacuation began.')).toBe(false);
  });

  it('reads no pause named in another clause than the beginning', () => {
    expect(startsAPause('The calm ended and fighting began again.')).toBe(false);
    expect(startsAPause('The withdrawal began as the truce held.')).toBe(false);
    expect(startsAPause('Sales of grain began after the moratorium.')).toBe(false);
  });

  it('reads no pause where a halt or a suspension stops something other than fighting', () => {
    expect(startsAPause('The suspension of the minister began on Monday.')).toBe(false);
    expect(startsAPause('The halt in aid deliveries began on Monday.')).toBe(false);
    expect(startsAPause('A moratorium on executions began on Monday.')).toBe(false);
    expect(startsAPause('The standstill in the negotiations began in March.')).toBe(false);
    expect(startsAPause('A halt in the fighting began on Monday.')).toBe(true);
  });

  it('reads a pause begun by its subject past a relative clause, or as its object', () => {
    expect(
      startsAPause(
        'The ceasefire that the two sides agreed on Sunday after six weeks of hard talks in the Qatari capital began at noon.',
      ),
    ).toBe(true);
    expect(startsAPause('The army began a ceasefire at midnight.')).toBe(true);
    expect(startsAPause('A truce called by the two chiefs and their elders had begun.')).toBe(true);
    expect(startsAPause('The ceasefire was meant to begin at dawn.')).toBe(true);
  });
});
