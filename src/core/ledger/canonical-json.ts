/**
 * Canonical JSON: object keys sorted, no white space, `undefined` members dropped.
 * The same value always gives the same text, so its hash can be recomputed later.
 */
export function canonicalJson(value: unknown): string {
  return appendCanonical('', value);
}

/**
 * Each member name as written before its value (`"name":`), kept for the few hundred names the
 * record's shapes use rather than escaped again for every object; bounded, since names in
 * free-form objects are not.
 */
const memberHeads = new Map<string, string>();
const MEMBER_HEADS_KEPT = 1024;

function memberHead(key: string): string {
  let head = memberHeads.get(key);
  if (head === undefined) {
    head = `${JSON.stringify(key)}:`;
    if (memberHeads.size < MEMBER_HEADS_KEPT) memberHeads.set(key, head);
  }
  return head;
}

/**
 * `text` followed by the canonical JSON of `value`, written in one pass into one string (no
 * array of entries, members or parts per object: this runs for every change recorded).
 */
function appendCanonical(text: string, value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`cannot hash a non-finite number: ${value}`);
    }
    // `undefined` (and what JSON cannot hold) writes nothing, as in an array it always has.
    return text + (JSON.stringify(value) ?? '');
  }
  if (Array.isArray(value)) {
    text += '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) text += ',';
      text = appendCanonical(text, value[i]);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, the order canonical JSON has always used.
  const keys = Object.keys(record).sort();
  text += '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    text = appendCanonical(first ? text + memberHead(key) : `${text},${memberHead(key)}`, member);
    first = false;
  }
  return `${text}}`;
}
