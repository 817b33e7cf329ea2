/**
 * A NUL or an unpaired UTF-16 surrogate: neither is text. PostgreSQL cannot store a NUL and
 * SQLite replaces an unpaired surrogate, so either would make the tables differ from the ledger.
 */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isMalformed = (text: string): boolean => text.includes('\0') || UNPAIRED_SURROGATE.test(text);

/** A `\u0000` or `\uD800`–`\uDFFF` escape in JSON text: the only way JSON spells either. */
const NUL_OR_SURROGATE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * Whether every string JSON text can parse to is well-formed, read from the text alone: true
 * when the text holds neither such a character nor an escape that writes one, so the value
 * need not be walked. A paired surrogate written as escapes answers false; the walk decides.
 */
export const jsonTextIsWellFormed = (text: string): boolean =>
  !isMalformed(text) && !NUL_OR_SURROGATE_ESCAPE.test(text);

interface Visit {
  readonly value: unknown;
  readonly key: string;
  readonly parent: Visit | null;
}

function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | null = visit; at !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/** "body.changes.text"; the middle of a very deep path is elided. */
const describePath = (path: readonly string[]): string =>
  path.length <= 8 ? path.join('.') : [...path.slice(0, 4), '…', ...path.slice(-3)].join('.');

/**
 * Where in a parsed JSON value a string (member name or value) is not well-formed text, as a
 * dotted path from `root`; undefined when all of it is. Iterative: a value may nest thousands deep.
 */
export function malformedTextAt(value: unknown, root: string): string | undefined {
  const pending: Visit[] = [{ value, key: root, parent: null }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const { value: v } = visit;
    if (typeof v === 'string') {
      if (isMalformed(v)) return describePath(pathOf(visit));
    } else if (ArrayBuffer.isView(v)) {
      // Bytes (an uploaded file) are not text yet: whoever decodes them checks them.
      continue;
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, member] of Object.entries(v)) {
        if (isMalformed(key)) return describePath([...pathOf(visit), key]);
        pending.push({ value: member, key, parent: visit });
      }
    }
  }
  return undefined;
}

export const MALFORMED_TEXT_MESSAGE =
  'contains a NUL character or an unpaired surrogate; send well-formed Unicode text';
