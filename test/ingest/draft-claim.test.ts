import { describe, expect, it } from 'vitest';
import { draftClaim } from '../../src/ingest/draft-claim.js';

const AT = '2023-12-02T08:00:00.000Z';
const published = { earliest: AT, latest: AT, label: '', precision: 'exact' as const };
const CONTEXT = { timeZone: 'Asia/Jerusalem', agreement: null };

const stored = (text: string, when: typeof published | null = published) => ({
  rawText: text,
  cleanText: text,
  format: 'text' as const,
  published: when,
  publisher: 'Wire Daily',
});

const draftOf = (text: string, words: string, when: typeof published | null = published) => {
  const start = text.indexOf(words);
  return draftClaim(stored(text, when), [start, start + words.length], CONTEXT);
};

describe('a draft from selected words', () => {
  it('quotes exactly the selected words at their span', () => {
    const text = 'Hamas released 13 hostages on Friday, the Qatari foreign ministry said.';
    const draft = draftOf(text, 'released 13 hostages');
    expect(draft.content.span).toEqual([6, 26]);
    expect(draft.content.text).toBe('released 13 hostages');
  });

  it("gives words after 'while' the speaker of their own clause", () => {
    const text =
      'The RSF accused the army of shelling homes in Omdurman, while the army said it repelled an attack in Khartoum.';
    const origin = (words: string) => draftOf(text, words).content.attribution.at(-1)?.name;
    expect(origin('repelled an attack')).not.toBe(origin('shelling homes'));
  });

  it('reads the tellers and an undated act as extraction does, from the byline and dateline', () => {
    const wire =
      'KHARTOUM, Dec 2 (Reuters) - The army shelled homes in Omdurman on Friday, residents said.';
    const tellers = draftOf(wire, 'shelled homes').content.attribution.map((a) => a.name);
    expect(tellers).toEqual(['Wire Daily', 'Reuters', 'residents']);
    // A piece that looks back gives an act it does not date no publication day.
    const looksBack =
      'The quiet front\n\nBy Marta Olsen\n\nThe militia shelled the river villages.';
    expect(draftOf(looksBack, 'shelled the river villages').content.when.earliest).toBeNull();
  });

  it('leaves a relative time unresolved, and says so, when the document has no publication time', () => {
    const text = 'On Thursday night, aircraft struck a house in Khan Younis, officials said.';
    const draft = draftOf(text, 'On Thursday night, aircraft struck', null);
    expect(draft.content.when.earliest).toBeNull();
    expect(draft.content.when.latest).toBeNull();
    expect(draft.warnings).toContain(
      'the document has no publication time: relative times are left unresolved',
    );
  });

  it('reads a past weekday before the publication, on the given clocks', () => {
    const text = 'On Thursday night, aircraft struck a house in Khan Younis, officials said.';
    const draft = draftOf(text, 'On Thursday night');
    expect(draft.timeFrom).toBe('selection');
    // Saturday 2 December: Thursday night is 30 Nov 18:00 to 1 Dec 06:00 in Jerusalem (UTC+2).
    expect(draft.content.when.earliest).toBe('2023-11-30T16:00:00.000Z');
  });

  it('refuses words past the end of the text, or only blanks', () => {
    const text = 'Aid trucks entered.\n\nMore followed.';
    expect(() => draftClaim(stored(text), [5, 99], CONTEXT)).toThrow(/runs past the end/);
    expect(() => draftClaim(stored(text), [19, 21], CONTEXT)).toThrow(/holds no words/);
  });
});
