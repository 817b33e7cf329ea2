import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.js';
import { extractClaims } from '../../src/ingest/extract.js';
import { structureText } from '../../src/ingest/structure.js';

// A report's reading is its own: what was read before it in the same process changes nothing.
// Tests in a file run in order, and each file starts with fresh modules, so the first reading
// below is the reader's first.

const tokensOf = (text: string): string[] =>
  structureText(cleanText(text, 'text')).tokens.map((t) => text.slice(t.start, t.end));

const CORPUS = new URL('../corpus/', import.meta.url);
const report = (path: string) => {
  const gold = JSON.parse(readFileSync(new URL(`${path}.json`, CORPUS), 'utf8')) as {
    format: 'text' | 'html';
    published: string | null;
    timeZone: string;
  };
  const text = readFileSync(
    new URL(`${path}.${gold.format === 'html' ? 'html' : 'txt'}`, CORPUS),
    'utf8',
  );
  return { ...gold, text };
};
const claimsOf = (path: string) => extractClaims(report(path)).claims;

describe('a report reads the same whatever was read before it', () => {
  it('splits a possessive the same after another text ended a sentence with it', () => {
    const sentence = "Shelling hit Qarawna's northern edge overnight.";
    const before = tokensOf(sentence);
    expect(before).toContain("'s");
    // At a sentence's end the tokenizer keeps "Qarawna's." whole, and remembers it.
    tokensOf("The mayor said the damage was worse than in Qarawna's.");
    expect(tokensOf(sentence)).toEqual(before);
  });

  it('gives a corpus report the same claims before and after another report', () => {
    const first = claimsOf('dev/d013-lebanon-dahiyeh-liveblog');
    expect(first.length).toBeGreaterThan(0);
    // This report ends a sentence with "Beirut's.", which the one above says mid-sentence.
    claimsOf('train/062-lebanon-metula-rockets-wire');
    expect(claimsOf('dev/d013-lebanon-dahiyeh-liveblog')).toEqual(first);
  });
});
