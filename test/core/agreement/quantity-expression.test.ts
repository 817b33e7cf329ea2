import { describe, expect, it } from 'vitest';
import {
  countedNorms,
  formatExpression,
  parseExpression,
} from '../../../src/core/agreement/quantity-expression.js';
import { requiredQuantity } from '../../../src/core/evaluation/required-quantity.js';

const parsed = (text: string) => {
  const p = parseExpression(text);
  if (!p.ok) throw new Error(p.message);
  return p.expression;
};

describe('quantity expressions', () => {
  it('read numbers, counts with or without a category, and + - * with parentheses', () => {
    const e = parsed('30 * count(rounds, civilians) + 50*count(rounds, soldiers) - (2 + 1)');
    expect(formatExpression(e)).toBe(
      '30 * count(rounds, civilians) + 50 * count(rounds, soldiers) - (2 + 1)',
    );
    expect(countedNorms(e)).toEqual(['rounds', 'rounds']);
  });

  it('say where they went wrong', () => {
    expect(parseExpression('3 *')).toEqual({
      ok: false,
      message: 'expected a number, `count(norm-id)`, `total(total-id)` or `(` at the end',
    });
    expect(parseExpression('3 $ 4')).toEqual({
      ok: false,
      message: 'unexpected `$` at character 3',
    });
    expect(parseExpression('count(x')).toEqual({ ok: false, message: 'expected `)` at the end' });
    expect(parseExpression('total(x, y)')).toEqual({
      ok: false,
      message: 'expected `)` at character 8, found `,`',
    });
  });

  it('read a total as relative to it, and the counts beside it as before', () => {
    const e = parsed('total(held) - count(earlier)');
    expect(formatExpression(e)).toBe('total(held) - count(earlier)');
    expect(countedNorms(e)).toEqual(['earlier']);
    const owed = requiredQuantity(
      e,
      () => ({ min: 3, max: 3 }),
      () => ({ min: 20, max: 24 }),
    );
    expect(owed).toEqual({ min: 17, max: 21 });
  });

  it('owe a range when the counts are ranges, never below zero', () => {
    const count = () => ({ min: 12, max: 13 });
    expect(requiredQuantity(parsed('3 * count(x)'), count)).toEqual({ min: 36, max: 39 });
    expect(requiredQuantity(parsed('10 - count(x)'), count)).toEqual({ min: 0, max: 0 });
    expect(requiredQuantity(parsed('count(x) * 2'), () => ({ min: 1, max: null }))).toEqual({
      min: 2,
      max: null,
    });
  });
});
