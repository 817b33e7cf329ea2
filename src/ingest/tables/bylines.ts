/**
 * How a report names the agency it came through, and where: each pattern's first group is the
 * agency. `where`: the report's opening (a dateline, "(AFP) –"), or any line of its own
 * ("Source: Reuters", "via AP"). Regex sources; add rows for other conventions.
 */
export interface BylinePattern {
  readonly where: 'opening' | 'line';
  readonly pattern: string;
}

/** Characters of the opening a dateline may sit in. */
export const OPENING_CHARS = 300;

export const WIRE_PATTERNS: readonly BylinePattern[] = [
  // "KHARTOUM (Reuters) - ", "Gaza City, Dec 2 (AFP) — "
  {
    where: 'opening',
    pattern:
      '\\((AFP|Reuters|AP|Associated Press|Anadolu|Xinhua|dpa|EFE|ANSA|WAFA|SUNA|Tass|Interfax|UNIAN|Ukrinform)\\)\\s*[-–—]',
  },
  {
    where: 'line',
    pattern: '^\\s*(?:Source|Sources|Credit)\\s*:\\s*([\\p{L}][\\p{L} .&/-]{1,60}?)\\s*$',
  },
  {
    where: 'line',
    pattern: '^\\s*(?:[-–—]\\s*)?via\\s+([\\p{Lu}][\\p{L} .&-]{1,40}?)\\s*\\.?\\s*$',
  },
];
