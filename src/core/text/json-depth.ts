/** Deeper JSON than any Truce shape needs (a claim is about six levels); more is refused. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found in one pass over the
 * text before it is parsed: parsing, validating or printing a value nested a hundred thousand
 * levels deep would overflow the stack.
 */
export function jsonNestsDeeperThan(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  // Nesting deeper than `limit` takes more than `limit` openers, and a line of a claims file holds
  // a dozen: counting them is a native search, cheaper than the walk below over every character.
  if (openersAtMost(text, '{', openersAtMost(text, '[', limit)) >= 0) return false;
  return depthReached(text, 0, (depth) => depth > limit) !== -1;
}

/**
 * Walks JSON text from `start`, counting the depth of arrays and objects (brackets inside strings
 * do not count), and returns one past the first bracket after which `stop(depth)` holds, or -1
 * if none does.
 */
export function depthReached(
  text: string,
  start: number,
  stop: (depth: number) => boolean,
): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (stop(depth)) return i + 1;
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
      if (stop(depth)) return i + 1;
    }
  }
  return -1;
}

/**
 * What is left of `budget` after the `opener` characters of `text` (strings' contents counted
 * too, which only overcounts), or -1 once they are more than it.
 */
function openersAtMost(text: string, opener: string, budget: number): number {
  if (budget < 0) return -1;
  let left = budget;
  for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
    left -= 1;
    if (left < 0) return -1;
  }
  return left;
}
