import { expect } from 'vitest';
import type { z } from 'zod';
import { DECLINED, type QuickParse } from '../../src/core/schema/quick-parse.js';

/**
 * Where two parsed values differ, or undefined: the same members in the same order, the same
 * values, arrays where arrays, frozen where frozen.
 */
export function difference(a: unknown, b: unknown, at = 'value'): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Object.is(a, b) ? undefined : `${at}: ${String(a)} against ${String(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: an array against no array`;
  if (Object.isFrozen(a) !== Object.isFrozen(b)) return `${at}: frozen against not`;
  const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
  if (keysA.join() !== keysB.join())
    return `${at}: members ${keysA.join()} against ${keysB.join()}`;
  for (const key of keysA) {
    const found = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A quick parse either declines or gives zod's value; it never accepts what zod refuses. */
export function expectQuickAgrees<S extends z.ZodType>(
  schema: S,
  quick: QuickParse<z.output<S>>,
  value: unknown,
): void {
  const parsed = quick(value);
  if (parsed === DECLINED) return;
  const zod = schema.safeParse(value);
  expect(zod.success, 'the quick parse accepted what zod refuses').toBe(true);
  expect(difference(parsed, zod.data)).toBeUndefined();
}
