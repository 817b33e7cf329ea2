import {
  AUTHOR_PATTERN,
  OPENING_CHARS,
  PUBLISHER_PATTERNS,
  WIRE_PATTERNS,
} from './tables/bylines.js';

const patterns = WIRE_PATTERNS.map((p) => ({
  where: p.where,
  re: new RegExp(p.pattern, p.where === 'line' ? 'imu' : 'u'),
}));

/**
 * The agency a report came through, as the text itself says: "(AFP) –" in its opening,
 * a "Source: Reuters" or "via AP" line. Null when it says none.
 */
export function findWire(text: string): string | null {
  for (const { where, re } of patterns) {
    const m = re.exec(where === 'opening' ? text.slice(0, OPENING_CHARS) : text);
    const name = m?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

const publisherPatterns = PUBLISHER_PATTERNS.map((p) => new RegExp(p, 'mu'));

/**
 * The publisher a report names in its own lines: a byline ("By …, Sahel Review"), a credit
 * ("-- Dnipro Wire with AFP"), a live blog's header, a press release's heading. Null when none.
 */
export function findPublisher(text: string): string | null {
  for (const re of publisherPatterns) {
    const name = re.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

const author = new RegExp(AUTHOR_PATTERN, 'mu');

/** The person a byline names as the report's author ("By Karim Haddad"); null when none. */
export function findAuthor(text: string): string | null {
  return author.exec(text)?.[1]?.trim() ?? null;
}
