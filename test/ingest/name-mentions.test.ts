import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/ingest/compile-pattern.js';
import { nameMentions } from '../../src/ingest/name-mentions.js';

// The index must give what scanning the whole text with the patterns gave, match for match.
const scannedMentions = (text: string, name: string): number[] =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'),
    ),
  ].map((m) => m.index);
const scannedFullNames = (text: string, surname: string): string[] =>
  [
    ...text.matchAll(
      new RegExp(
        `(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`,
        'gu',
      ),
    ),
  ].map((m) => m[0].trim());

const TRAIN = new URL('../corpus/train/', import.meta.url);
const reports = readdirSync(TRAIN)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 40)
  .map((f) => ({ name: f, text: readFileSync(new URL(f, TRAIN), 'utf8') }));

/** The names a report's tellers may go by: its capitalised words, alone and in runs, with their marks. */
function namesIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/gu)) {
    names.add(m[0]);
    for (const word of m[0].split(/\s+/)) names.add(word);
  }
  return [...names];
}

describe('mentions of a name read from one index of the text', () => {
  it('the training reports give names to look for', () => {
    expect(reports).toHaveLength(40);
  });

  it.each(reports)('in $name, each name is found where the patterns find it', ({ text }) => {
    const mentions = nameMentions(text);
    const names = namesIn(text);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(mentions.mentionsOf(name), name).toEqual(scannedMentions(text, name));
      if (!/\s/.test(name)) {
        expect(mentions.fullNamesOf(name), name).toEqual(scannedFullNames(text, name));
      }
    }
  });

  it('a name inside a longer word, a name told twice over itself and a surname after many capitals', () => {
    const text =
      'Abu Abu Abu said. AbuDhabi and Abu’s men; McAbu Abu-Abu. Ali Ali Ali Ali Ali, the Ali Ali.';
    const mentions = nameMentions(text);
    for (const name of ['Abu', 'Abu Abu', 'Abu-Abu', 'Ali', 'Ali Ali', 'Ali,', '’s men']) {
      expect(mentions.mentionsOf(name), name).toEqual(scannedMentions(text, name));
      expect(mentions.fullNamesOf(name), name).toEqual(scannedFullNames(text, name));
    }
    expect(mentions.mentionsOf('Abu Abu')).toEqual([0]);
    expect(mentions.fullNamesOf('Ali')).toEqual([
      // The words before a surname run across a sentence's end, as the pattern always read them.
      'McAbu Abu-Abu. Ali Ali',
      'Ali Ali Ali',
      'Ali Ali',
    ]);
  });

  it('on any text of capitals, marks, digits, spaces and letters beyond the first plane, the same as the patterns', () => {
    const piece = fc.constantFrom(
      'Ab',
      'Cd',
      'ab',
      'A',
      'b',
      '7',
      ' ',
      '  ',
      '\n',
      '.',
      '-',
      "'",
      '’',
      ',',
      '(',
      '“',
      'É',
      '\u{1D400}',
      '\uD835',
      'Ab.',
      'al-Ab',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (pieces, from, length) => {
          const text = pieces.join('');
          const start = text.length === 0 ? 0 : from % text.length;
          const name = text.slice(start, start + 1 + (length % 8));
          if (name === '') return;
          const mentions = nameMentions(text);
          expect(mentions.mentionsOf(name)).toEqual(scannedMentions(text, name));
          expect(mentions.fullNamesOf(name)).toEqual(scannedFullNames(text, name));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
