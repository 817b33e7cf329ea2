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
