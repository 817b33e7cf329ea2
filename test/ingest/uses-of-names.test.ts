import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/ingest/compile-pattern.js';
import { usesOfNames } from '../../src/ingest/uses-of-names.js';

/** A name's uses as a search for that name alone finds them. */
const searched = (text: string, name: string): number[] =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu'),
    ),
  ].map((m) => m.index);

describe('where names are written in a text', () => {
  it('finds each name where a search for it alone would', () => {
    const piece = fc.constantFrom(
      'Walwal',
      'Wal',
      'Al',
      'Al Walwal',
      'Al-Walwal',
      'Walwal Walwal',
      "'s",
      '’s',
      '-',
      "'",
      '.',
      ' ',
      ', ',
      'said',
      'é',
      '𝐀',
    );
    const names = ['Walwal', 'Wal', 'Al Walwal', 'Al-Walwal', 'Walwal Walwal', 'Al'];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const uses = usesOfNames(text, names);
        for (const name of names) expect(uses.get(name)).toEqual(searched(text, name));
      }),
    );
  });

  it('finds a name written inside another name and not inside a longer word', () => {
    const text =
      'Fighting at Al-Walwal and at Walwal; Walwals; the U.S-Walwal line. Walwal’s wells';
    const uses = usesOfNames(text, ['Walwal', 'Al-Walwal']);
    expect(uses.get('Walwal')).toEqual([text.indexOf('Walwal;'), text.indexOf('Walwal’s')]);
    expect(uses.get('Al-Walwal')).toEqual([text.indexOf('Al-Walwal')]);
    // A search resumes after each match it makes.
    expect(usesOfNames('Abu Abu Abu', ['Abu Abu']).get('Abu Abu')).toEqual([0]);
  });
});
