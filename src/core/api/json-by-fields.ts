/**
 * A value's JSON text with the texts of its parts, each with the value it was made from: an
 * object's fields by name, an array's elements by the elements themselves.
 */
export interface FieldTexts {
  readonly value: unknown;
  readonly text: string;
  readonly parts: ReadonlyMap<unknown, FieldTexts> | null;
}

/**
 * How deep a value is taken apart to reuse earlier texts: the grid, its fields (the term, the
 * periods), and theirs (the term's end cause, one period). Below it a changed part is written
 * whole, where keeping each small part's text would cost more than writing it.
 */
const LEVELS_KEPT = 3;

/**
 * The JSON text of a plain object, as `JSON.stringify` gives it, with the text of each part
 * taken from `held` when the part is the very value that text was made from: an object remade
 * with most of its parts kept (an evaluation advanced by an append keeps the term's lists of
 * claims and the periods it did not reassess) is serialised again only where it changed.
 * Values are never mutated once made, so the same value is the same text.
 */
export function jsonByFields(
  value: object,
  held: FieldTexts | null,
): { readonly text: string; readonly fields: FieldTexts } {
  const fields = textsOf(value, held, LEVELS_KEPT);
  return { text: fields.text, fields };
}

/** Only arrays and objects JSON.stringify writes field by field are taken apart. */
function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

function textsOf(value: unknown, held: FieldTexts | null | undefined, levels: number): FieldTexts {
  if (held !== null && held !== undefined && held.value === value) return held;
  if (levels === 0 || !isPlain(value))
    return { value, text: JSON.stringify(value) ?? 'null', parts: null };
  const before = held?.parts ?? null;
  const parts = new Map<unknown, FieldTexts>();
  const texts: string[] = [];
  if (Array.isArray(value)) {
    for (const element of value as readonly unknown[]) {
      // What JSON.stringify writes as null in an array.
      if (element === undefined || typeof element === 'function' || typeof element === 'symbol') {
        texts.push('null');
        continue;
      }
      const part = textsOf(element, before?.get(element), levels - 1);
      parts.set(element, part);
      texts.push(part.text);
    }
    return { value, text: `[${texts.join(',')}]`, parts };
  }
  for (const [key, field] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    const part = textsOf(field, before?.get(key), levels - 1);
    parts.set(key, part);
    texts.push(`${JSON.stringify(key)}:${part.text}`);
  }
  return { value, text: `{${texts.join(',')}}`, parts };
}
