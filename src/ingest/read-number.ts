import { NUMBER_SCALES, NUMBER_WORDS } from './tables/quantities.js';

/**
 * A table pattern's `N` made a captured figure as `readNumber` reads it: digits or a word, a
 * hyphened one whole ("twenty-three days", not "three days"). No property escape, so a pattern
 * may still be compiled without the slower `u` flag.
 */
export const withCount = (pattern: string): string =>
  pattern.replace(/\bN\b/g, '(\\d+|\\w+(?:-\\w+)?)');

/** A figure as written: "400", "1,200", "three", "twenty-five", "1.5 million". Null if none. */
export function readNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million))?$/.exec(t);
  if (digits?.[1] !== undefined) {
    const value =
      Number(digits[1].replace(/,/g, '')) *
      (digits[2] === undefined ? 1 : (NUMBER_SCALES[digits[2]] ?? 1));
    return Number.isSafeInteger(Math.round(value)) ? Math.round(value) : null;
  }
  const word = NUMBER_WORDS[t];
  if (word !== undefined) return word;
  const compound = /^(\w+)[-\s](\w+)$/.exec(t);
  if (compound?.[1] !== undefined && compound[2] !== undefined) {
    const tens = NUMBER_WORDS[compound[1]];
    const unit = NUMBER_WORDS[compound[2]];
    if (tens !== undefined && unit !== undefined && tens >= 20 && unit < 10) return tens + unit;
    const scale = NUMBER_SCALES[compound[2]];
    if (tens !== undefined && scale !== undefined) return tens * scale;
  }
  return null;
}
