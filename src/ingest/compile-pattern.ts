/**
 * Compiles a table pattern: a space stands for any run of whitespace, so table authors write
 * phrases as they read. Case-insensitive and Unicode-aware.
 */
export function compilePattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(source.replace(/ /g, '\\s+'), withoutNeedlessUnicode(source, flags));
}

/**
 * V8 matches a case-insensitive pattern about three times faster without the `u` flag. A
 * pattern with no property escape (\p{L}), code point escape or character beyond the BMP
 * matches the same text either way, so it goes without.
 */
export function withoutNeedlessUnicode(source: string, flags: string): string {
  return flags.includes('u') && !NEEDS_UNICODE.test(source) ? flags.replace('u', '') : flags;
}
const NEEDS_UNICODE = /\\[pPu]\{|[\uD800-\uDFFF]/;

/**
 * Compiles a list of alternatives into one pattern, longest first so a longer phrase wins, or
 * shortest first so that what it matches at a place is the match there that ends soonest.
 */
export function compileAlternatives(
  words: readonly string[],
  flags = 'giu',
  first: 'longest' | 'shortest' = 'longest',
): RegExp {
  const sign = first === 'longest' ? 1 : -1;
  const sorted = [...words].sort((a, b) => sign * (b.length - a.length));
  return compilePattern(`\\b(?:${sorted.map(escapeRegExp).join('|')})\\b`, flags);
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text patterns are matched against: quotation marks become spaces (offsets unchanged), so
 * “extensive” strikes reads as extensive strikes, while the apostrophe inside Israel’s stays.
 */
export function matchText(text: string): string {
  return text.replace(/[“”"«»„‘]|’(?!\p{L})|(?<!\p{L})’|(?<!\p{L})'|'(?!\p{L})/gu, ' ');
}
