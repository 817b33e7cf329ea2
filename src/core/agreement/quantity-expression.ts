/**
 * Quantities owed, as numbers or as arithmetic over counts of other norms' acts and over
 * totals: `3 * count(hamas-releases)`, `30 * count(rounds, civilians) + 50 * count(rounds,
 * soldiers)`, `total(living-hostages)`.
 * Counts are ranges, so the result is a range too; there is no division, so nothing is rounded.
 */
export type Expression =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'count'; readonly norm: string; readonly category: string | null }
  | { readonly kind: 'total'; readonly total: string }
  | {
      readonly kind: 'add' | 'subtract' | 'multiply';
      readonly left: Expression;
      readonly right: Expression;
    };

export type ParsedExpression =
  | { readonly ok: true; readonly expression: Expression }
  | { readonly ok: false; readonly message: string };

const TOKEN = /(\s*)(?:(\d+)|(count|total)(?=\s*\()|([a-z0-9][a-z0-9_-]*)|([-+*(),]))/y;

interface Token {
  readonly text: string;
  readonly kind: 'number' | 'function' | 'name' | 'symbol';
  readonly at: number;
}

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let at = 0;
  while (text.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (m === null) {
      const skipped = at + (text.slice(at).length - text.slice(at).trimStart().length);
      return `unexpected \`${text[skipped] ?? ''}\` at character ${skipped + 1}`;
    }
    const start = at + (m[1] ?? '').length;
    if (m[2] !== undefined) tokens.push({ text: m[2], kind: 'number', at: start });
    else if (m[3] !== undefined) tokens.push({ text: m[3], kind: 'function', at: start });
    else if (m[4] !== undefined) tokens.push({ text: m[4], kind: 'name', at: start });
    else tokens.push({ text: m[5] ?? '', kind: 'symbol', at: start });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** Parses an expression; the message of a failure says what was expected where. */
export function parseExpression(text: string): ParsedExpression {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const fail = (expected: string): never => {
    const t = peek();
    throw new ExpressionError(
      t === undefined
        ? `expected ${expected} at the end`
        : `expected ${expected} at character ${t.at + 1}, found \`${t.text}\``,
    );
  };
  const symbol = (s: string): boolean => {
    const t = peek();
    if (t?.kind === 'symbol' && t.text === s) {
      i++;
      return true;
    }
    return false;
  };

  function factor(): Expression {
    const t = peek();
    if (t?.kind === 'number') {
      i++;
      return { kind: 'number', value: Number(t.text) };
    }
    if (t?.kind === 'function' && t.text === 'total') {
      i++;
      if (!symbol('(')) fail('`(` after total');
      const total = peek();
      if (total?.kind !== 'name') return fail('a total id');
      i++;
      if (!symbol(')')) fail('`)`');
      return { kind: 'total', total: total.text };
    }
    if (t?.kind === 'function') {
      i++;
      if (!symbol('(')) fail('`(` after count');
      const norm = peek();
      if (norm?.kind !== 'name') return fail('a norm id');
      i++;
      let category: string | null = null;
      if (symbol(',')) {
        const c = peek();
        if (c?.kind !== 'name') return fail('a category');
        i++;
        category = c.text;
      }
      if (!symbol(')')) fail('`)`');
      return { kind: 'count', norm: norm.text, category };
    }
    if (symbol('(')) {
      const inner = sum();
      if (!symbol(')')) fail('`)`');
      return inner;
    }
    return fail('a number, `count(norm-id)`, `total(total-id)` or `(`');
  }

  function product(): Expression {
    let left = factor();
    while (symbol('*')) left = { kind: 'multiply', left, right: factor() };
    return left;
  }

  function sum(): Expression {
    let left = product();
    for (;;) {
      if (symbol('+')) left = { kind: 'add', left, right: product() };
      else if (symbol('-')) left = { kind: 'subtract', left, right: product() };
      else return left;
    }
  }

  try {
    const expression = sum();
    if (peek() !== undefined) fail('an operator (+, -, *)');
    return { ok: true, expression };
  } catch (e) {
    if (e instanceof ExpressionError) return { ok: false, message: e.message };
    throw e;
  }
}

class ExpressionError extends Error {}

/** The norms an expression counts. */
export function countedNorms(e: Expression): string[] {
  switch (e.kind) {
    case 'number':
    case 'total':
      return [];
    case 'count':
      return [e.norm];
    default:
      return [...countedNorms(e.left), ...countedNorms(e.right)];
  }
}

/** The categories an expression's counts name. */
export function countedCategories(e: Expression): string[] {
  switch (e.kind) {
    case 'number':
    case 'total':
      return [];
    case 'count':
      return e.category === null ? [] : [e.category];
    default:
      return [...countedCategories(e.left), ...countedCategories(e.right)];
  }
}

/** The totals an expression is relative to. */
export function namedTotals(e: Expression): string[] {
  switch (e.kind) {
    case 'number':
    case 'count':
      return [];
    case 'total':
      return [e.total];
    default:
      return [...namedTotals(e.left), ...namedTotals(e.right)];
  }
}

/** Back to text, for explanations ("3 * count(hamas-releases)"). */
export function formatExpression(e: Expression): string {
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'count':
      return e.category === null ? `count(${e.norm})` : `count(${e.norm}, ${e.category})`;
    case 'total':
      return `total(${e.total})`;
    case 'add':
      return `${formatExpression(e.left)} + ${formatExpression(e.right)}`;
    case 'subtract':
      return `${formatExpression(e.left)} - ${grouped(e.right)}`;
    case 'multiply':
      return `${grouped(e.left)} * ${grouped(e.right)}`;
  }
}

/** A sum in parentheses, so that the text reads back as the same expression. */
const grouped = (e: Expression): string =>
  e.kind === 'add' || e.kind === 'subtract' ? `(${formatExpression(e)})` : formatExpression(e);
