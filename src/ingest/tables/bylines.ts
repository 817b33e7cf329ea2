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

/**
 * How a report names its own publisher, line by line: each pattern's first group is the
 * publisher. Used when none is given and the page names no site. Regex sources, multiline;
 * add rows for other house styles.
 */
export const PUBLISHER_PATTERNS: readonly string[] = [
  // "-- Dnipro Wire with AFP", "Arabia Monitor with AFP | 6 June 2022"
  "^\\s*(?:[-–—]{1,2}\\s*)?(\\p{Lu}[\\p{L} .&'-]{1,50}?) with (?:AFP|Reuters|AP|Associated Press|agencies)\\s*(?:\\||$)",
  // "By Aminata Kone, Sahel Review contributor"
  "^\\s*By \\p{Lu}[\\p{L}.' -]{1,40}?,\\s*(\\p{Lu}[\\p{L} .&'-]{1,50}?)(?:\\s+(?:contributor|correspondent|staff writer|reporter))?\\s*$",
  // a live blog's header: "Levant Live | Wednesday 27 November", "Great Lakes Live - updated …"
  "^\\s*(\\p{Lu}[\\p{L} .&'-]{1,40}?)\\s+[-|–—]\\s+(?:updated|live|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
  // "Press release of the Tigray Communication Affairs Bureau"
  "^\\s*(?:Press release|Statement|Communiqué) (?:of|by|from) (?:the )?(\\p{Lu}[\\p{L} .&'-]{1,60}?)\\s*\\.?$",
  // "Contact: WFP Ethiopia, Addis Ababa"
  "^\\s*Contact:\\s*(\\p{Lu}[\\p{L} .&'-]{1,40}?),",
];
