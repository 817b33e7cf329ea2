/**
 * Canonical JSON: object keys sorted, no white space, `undefined` members dropped.
 * The same value always gives the same text, so its hash can be recomputed later.
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value);
  return sorted === NOT_PLAIN ? appendCanonical('', value) : JSON.stringify(sorted);
}

/** What `sortedCopy` gives for a value `JSON.stringify` would not write as canonical JSON. */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * A copy of `value` with every object's keys in canonical order and its undefined members
 * left out, for `JSON.stringify` to write: natively, in one flat string, where writing the text
 * piece by piece made a tree of thousands of bytes a claim (decision 0216). `NOT_PLAIN` for a
 * value whose copy would not write the same text (a number that is not finite, an undefined or
 * a function in an array or at the top, a key that is an array index, which objects enumerate
 * first, or `__proto__`, which a plain object cannot hold as its own): `appendCanonical` writes
 * those as it always has.
 */
function sortedCopy(value: unknown): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    return typeof value === 'number' && Number.isFinite(value) ? value : NOT_PLAIN;
  }
  if (value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item = sortedCopy(value[i]);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy[i] = item;
    }
    return copy;
  }
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of sortedInPlace(Object.keys(record))) {
    const member = record[key];
    if (member === undefined) continue;
    if (isDigit(key.charCodeAt(0)) || key === '__proto__') return NOT_PLAIN;
    const item = sortedCopy(member);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = item;
  }
  return copy;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

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
 * `text` followed by the canonical JSON of `value`, written piece by piece: the definition, and
 * the writer of the values `sortedCopy` leaves to it.
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
  const keys = sortedInPlace(Object.keys(record));
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

/** Above this many keys an object's are sorted by `Array.prototype.sort`, below by insertion. */
const INSERTION_SORT_MAX = 24;

/**
 * Keys in the order canonical JSON has always used: by UTF-16 code units, as `<` compares
 * strings and as the default sort does. A record's few keys are sorted by insertion, which
 * allocates nothing, where the default sort allocates a work array for every object (a fifth
 * of an import's allocations, decision 0207).
 */
function sortedInPlace(keys: string[]): string[] {
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j -= 1;
    }
    keys[j + 1] = key;
  }
  return keys;
}
