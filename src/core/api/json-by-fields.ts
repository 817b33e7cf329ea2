/** An object's JSON text field by field, each with the value it was made from. */
export type FieldTexts = ReadonlyMap<string, { readonly value: unknown; readonly text: string }>;

/**
 * The JSON text of a plain object, as `JSON.stringify` gives it, with each field's text taken
 * from `held` when the field holds the very value that text was made from: an object remade
 * with most of its fields kept (an evaluation advanced by an append) is serialised again only
 * in the fields that changed. Fields are never mutated once made, so the same value is the
 * same text.
 */
export function jsonByFields(
  value: object,
  held: FieldTexts | null,
): { readonly text: string; readonly fields: FieldTexts } {
  const fields = new Map<string, { value: unknown; text: string }>();
  const parts: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    const kept = held?.get(key);
    const text = kept !== undefined && kept.value === field ? kept.text : JSON.stringify(field);
    fields.set(key, { value: field, text });
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return { text: `{${parts.join(',')}}`, fields };
}
