import type { z } from 'zod';

/** What a quick parse gives back when it cannot vouch for a value: zod's parse then decides. */
export const DECLINED: unique symbol = Symbol('declined');
export type Declined = typeof DECLINED;

/** A quick parse of one schema: the value zod's parse would give, or DECLINED. */
export type QuickParse<T> = (value: unknown) => T | Declined;

/**
 * A parse derived from a zod schema for the common case: for a value zod accepts, it gives a
 * value deep-equal to zod's (defaults filled, strings trimmed, unknown keys stripped, readonly
 * parts frozen, members in the shape's order, refinements run), and for anything else it
 * declines, as it may also for a value zod accepts in a rarer form (a member present as
 * `undefined`, a string whose length is near a bound in surrogate pairs…). So `quick(v)`, else
 * zod's parse, is zod's parse, and zod runs only to word an error. It is one function written
 * for the schema, as zod writes one for each object shape, without zod's payload and issue
 * list at every node (zod's line check was a tenth of `claim import`, decision 0216).
 * Undefined for a schema with a part it does not know (transforms, plain unions, records,
 * coercion…).
 */
export function quickParse<S extends z.ZodType>(schema: S): QuickParse<z.output<S>> | undefined {
  const writer = new Writer();
  const input = writer.fresh('v');
  const output = writer.node(schema as unknown as Node, input);
  if (output === undefined) return undefined;
  // One function for the schema, written once from its definition, as zod writes its objects'.
  const make = new Function(
    'ext',
    'D',
    `return function quickParse(${input}) {\n${writer.lines.join('\n')}\nreturn ${output};\n};`,
  ) as (ext: readonly unknown[], declined: Declined) => (value: unknown) => unknown;
  const parse = make(writer.ext, DECLINED);
  return (value) => {
    // A refinement that throws is zod's to throw (or to word), as it would without this.
    try {
      return parse(value) as z.output<S> | Declined;
    } catch {
      return DECLINED;
    }
  };
}

/**
 * `schema.safeParse` for a hot path: the schema's quick parse first, zod's own parse where it
 * declines (to word the error, or to take a rarer form), so the result is zod's either way.
 * Derived on first use, so a command that never calls it pays nothing.
 */
export function safeParser<S extends z.ZodType>(
  schema: S,
): (value: unknown) => z.ZodSafeParseResult<z.output<S>> {
  let quick: QuickParse<z.output<S>> | undefined | null = null;
  return (value) => {
    if (quick === null) quick = quickParse(schema);
    const parsed = quick === undefined ? DECLINED : quick(value);
    return parsed === DECLINED ? schema.safeParse(value) : { success: true, data: parsed };
  };
}

/** What this module reads of a zod schema's internals (zod 4's `_zod`). */
interface Node {
  readonly _zod: {
    readonly def: Def;
    readonly traits: ReadonlySet<string>;
    readonly optin?: 'optional' | 'defaulted';
    readonly optout?: 'optional';
    readonly values?: ReadonlySet<unknown>;
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  };
}

interface Check {
  readonly _zod: {
    readonly def: CheckDef;
    readonly check: (payload: Payload) => unknown;
  };
}

interface CheckDef {
  readonly check: string;
  readonly when?: (payload: Payload) => boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly tx?: (value: unknown) => unknown;
  readonly fn?: (value: unknown) => unknown;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

interface Def {
  readonly type: string;
  readonly checks?: readonly Check[];
  readonly coerce?: boolean;
  readonly innerType?: Node;
  readonly defaultValue?: unknown;
  readonly shape?: Readonly<Record<string, Node>>;
  readonly catchall?: Node;
  readonly element?: Node;
  readonly items?: readonly Node[];
  readonly rest?: Node | null;
  readonly options?: readonly Node[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
}

const isObjectCode = (v: string) =>
  `typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`;

/**
 * Writes the parse's body: each node reads a variable and leaves its output in another, and
 * `return D` declines. What the code cannot spell (checks, sets, defaults) it reads from `ext`.
 */
class Writer {
  readonly lines: string[] = [];
  readonly ext: unknown[] = [];
  #names = 0;

  fresh(prefix: string): string {
    this.#names += 1;
    return `${prefix}${this.#names}`;
  }

  /** `ext[i]` for a value the code refers to. */
  ref(value: unknown): string {
    this.ext.push(value);
    return `ext[${this.ext.length - 1}]`;
  }

  /** Code for `node` reading `input`; the name holding its output, or undefined if unsupported. */
  node(node: Node, input: string): string | undefined {
    const output = this.#type(node, input);
    if (output === undefined) return undefined;
    const own = node._zod.traits.has('$ZodCheck') ? [node as unknown as Check] : [];
    const checks = [...own, ...(node._zod.def.checks ?? [])];
    if (checks.length === 0) return output;
    const checked = this.fresh('c');
    this.lines.push(`let ${checked} = ${output};`);
    for (const check of checks) this.#check(check, checked, node._zod.def.type);
    return checked;
  }

  /** Runs one of zod's checks on `value` (a `let`), as zod does; any issue declines. */
  #check(check: Check, value: string, type: string): void {
    const def = check._zod.def;
    // Within a length check's bound is a pass whether or not its `when` would run it.
    const lengthy = type === 'string' || type === 'array';
    if (def.check === 'max_length' && lengthy && typeof def.maximum === 'number') {
      // Within the bound in UTF-16 units is within it in code points; over it, zod counts.
      this.lines.push(`if (${value}.length > ${def.maximum}) {`);
      this.#zodCheck(check, value);
      this.lines.push('}');
    } else if (def.check === 'min_length' && lengthy && typeof def.minimum === 'number') {
      // An array's length is its count; a string twice the bound in units is past it in code points.
      const past = type === 'array' ? def.minimum : def.minimum * 2;
      this.lines.push(`if (${value}.length < ${past}) {`);
      this.#zodCheck(check, value);
      this.lines.push('}');
    } else if (def.when !== undefined) {
      this.#zodCheck(check, value);
    } else if (
      (def.check === 'greater_than' || def.check === 'less_than') &&
      typeof def.value === 'number'
    ) {
      const op = `${def.check === 'greater_than' ? '>' : '<'}${def.inclusive ? '=' : ''}`;
      this.lines.push(`if (!(${value} ${op} ${def.value})) return D;`);
    } else if (def.check === 'number_format' && def.format === 'safeint') {
      this.lines.push(`if (!Number.isSafeInteger(${value})) return D;`);
    } else if (
      def.check === 'string_format' &&
      (def.format === 'regex' || def.format === 'datetime') &&
      def.pattern !== undefined
    ) {
      const pattern = this.ref(def.pattern);
      this.lines.push(`${pattern}.lastIndex = 0;`, `if (!${pattern}.test(${value})) return D;`);
    } else if (def.check === 'overwrite' && def.tx !== undefined) {
      this.lines.push(`${value} = ${this.ref(def.tx)}(${value});`);
    } else if (def.check === 'custom' && def.fn !== undefined) {
      const result = this.fresh('r');
      this.lines.push(
        `const ${result} = ${this.ref(def.fn)}(${value});`,
        `if (!${result} || ${result} instanceof Promise) return D;`,
      );
    } else {
      this.#zodCheck(check, value);
    }
  }

  /** The check by zod's own code, on a payload of its own. */
  #zodCheck(check: Check, value: string): void {
    const [zodCheck, payload] = [this.ref(check), this.fresh('p')];
    const when =
      check._zod.def.when === undefined ? '' : `${zodCheck}._zod.def.when(${payload}) && `;
    this.lines.push(
      `const ${payload} = { value: ${value}, issues: [] };`,
      `if (${when}(${zodCheck}._zod.check(${payload}) instanceof Promise || ${payload}.issues.length > 0)) return D;`,
      `${value} = ${payload}.value;`,
    );
  }

  /** `let output;` and a block that sets it from `inner` on `input`, or undefined. */
  #wrap(
    inner: Node | undefined,
    input: string,
    write: (output: string, block: () => string | undefined) => boolean,
  ): string | undefined {
    if (inner === undefined) return undefined;
    const output = this.fresh('o');
    this.lines.push(`let ${output};`);
    const ok = write(output, () => this.node(inner, input));
    return ok ? output : undefined;
  }

  #type(node: Node, input: string): string | undefined {
    const def = node._zod.def;
    switch (def.type) {
      case 'string':
        if (def.coerce) return undefined;
        this.lines.push(`if (typeof ${input} !== 'string') return D;`);
        return input;
      case 'number':
        if (def.coerce) return undefined;
        this.lines.push(
          `if (typeof ${input} !== 'number' || !Number.isFinite(${input})) return D;`,
        );
        return input;
      case 'enum':
      case 'literal': {
        const values = node._zod.values;
        if (values === undefined) return undefined;
        this.lines.push(`if (!${this.ref(values)}.has(${input})) return D;`);
        return input;
      }
      case 'nullable':
        return this.#wrap(def.innerType, input, (output, block) =>
          this.#branch(`${input} === null`, `${output} = null;`, output, block),
        );
      case 'optional':
        // Only an inner default would put something in place of an absent value: left to zod.
        if (def.innerType?._zod.optin === 'defaulted') return undefined;
        return this.#wrap(def.innerType, input, (output, block) =>
          this.#branch(`${input} === undefined`, `${output} = undefined;`, output, block),
        );
      case 'default': {
        const defaults = this.ref(def);
        return this.#wrap(def.innerType, input, (output, block) => {
          const ok = this.#branch(
            `${input} === undefined`,
            `${output} = ${defaults}.defaultValue;`,
            output,
            block,
          );
          this.lines.push(`if (${output} === undefined) ${output} = ${defaults}.defaultValue;`);
          return ok;
        });
      }
      case 'readonly': {
        if (def.innerType === undefined) return undefined;
        const inner = this.node(def.innerType, input);
        if (inner === undefined) return undefined;
        const output = this.fresh('o');
        this.lines.push(`const ${output} = Object.freeze(${inner});`);
        return output;
      }
      case 'array':
        return this.#array(def, input);
      case 'tuple':
        return this.#tuple(def, input);
      case 'object':
        return this.#object(def, input);
      case 'union':
        return this.#union(def, input);
      default:
        return undefined;
    }
  }

  /** `if (test) { then } else { output = block's output }`. */
  #branch(test: string, then: string, output: string, block: () => string | undefined): boolean {
    this.lines.push(`if (${test}) { ${then} } else {`);
    const inner = block();
    this.lines.push(`${output} = ${inner};`, '}');
    return inner !== undefined;
  }

  #array(def: Def, input: string): string | undefined {
    if (def.element === undefined) return undefined;
    const [output, index, item] = [this.fresh('o'), this.fresh('i'), this.fresh('e')];
    this.lines.push(
      `if (!Array.isArray(${input})) return D;`,
      `const ${output} = [];`,
      `for (let ${index} = 0; ${index} < ${input}.length; ${index} += 1) {`,
      `const ${item} = ${input}[${index}];`,
    );
    const parsed = this.node(def.element, item);
    this.lines.push(`${output}.push(${parsed});`, '}');
    return parsed === undefined ? undefined : output;
  }

  /** A tuple of required items and no rest: the input has exactly as many. */
  #tuple(def: Def, input: string): string | undefined {
    const items = def.items;
    if (def.rest || items === undefined) return undefined;
    if (items.some((item) => item._zod.optin !== undefined || item._zod.optout !== undefined)) {
      return undefined;
    }
    this.lines.push(
      `if (!Array.isArray(${input}) || ${input}.length !== ${items.length}) return D;`,
    );
    const parsed: string[] = [];
    for (const [i, item] of items.entries()) {
      const element = this.fresh('e');
      this.lines.push(`const ${element} = ${input}[${i}];`);
      const output = this.node(item, element);
      if (output === undefined) return undefined;
      parsed.push(output);
    }
    const output = this.fresh('o');
    this.lines.push(`const ${output} = [${parsed.join(', ')}];`);
    return output;
  }

  /**
   * An object that strips unknown keys, or refuses them (strict), its members kept as zod's
   * object parse keeps them by their `optin` and `optout`, in the shape's order. A member absent
   * where zod would need it, or present as `undefined` (JSON has none), declines.
   */
  #object(def: Def, input: string): string | undefined {
    const shape = def.shape;
    if (shape === undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
    const strict = def.catchall?._zod.def.type === 'never';
    if (def.catchall !== undefined && !strict) return undefined;
    const output = this.fresh('o');
    this.lines.push(`if (${isObjectCode(input)}) return D;`, `const ${output} = {};`);
    const keys = Object.keys(shape);
    for (const key of keys) {
      const member = shape[key]!;
      const [name, value] = [JSON.stringify(key), this.fresh('m')];
      if (key === '__proto__') return undefined;
      const { optin, optout } = member._zod;
      // The two forms zod keeps plainly: defaulted and kept, or optional in and out.
      if (
        optin === 'defaulted' ? optout !== undefined : optin !== undefined && optout !== 'optional'
      )
        return undefined;
      if (optin === 'defaulted') {
        // Absent or not, zod runs a defaulted member and keeps what it gives.
        this.lines.push(`const ${value} = ${input}[${name}];`);
        const parsed = this.node(member, value);
        if (parsed === undefined) return undefined;
        this.lines.push(`${output}[${name}] = ${parsed};`);
        continue;
      }
      const required = optin === undefined;
      this.lines.push(
        required ? `if (!(${name} in ${input})) return D; {` : `if (${name} in ${input}) {`,
        `const ${value} = ${input}[${name}];`,
        `if (${value} === undefined) return D;`,
      );
      const parsed = this.node(member, value);
      if (parsed === undefined) return undefined;
      this.lines.push(`${output}[${name}] = ${parsed};`, '}');
    }
    if (strict) {
      const key = this.fresh('k');
      const known = keys.map((k) => `${key} !== ${JSON.stringify(k)}`).join(' && ');
      this.lines.push(`for (const ${key} in ${input}) if (${known || 'true'}) return D;`);
    }
    return output;
  }

  /** A discriminated union: the option whose discriminator value the input holds. */
  #union(def: Def, input: string): string | undefined {
    const by = def.discriminator;
    if (by === undefined || def.unionFallback || def.options === undefined) return undefined;
    const [output, tag] = [this.fresh('o'), this.fresh('t')];
    this.lines.push(
      `if (${isObjectCode(input)}) return D;`,
      `const ${tag} = ${input}[${JSON.stringify(by)}];`,
      `let ${output};`,
    );
    const seen = new Set<unknown>();
    for (const option of def.options) {
      const values = option._zod.propValues?.[by];
      if (values === undefined) return undefined;
      for (const value of values) {
        if (value === undefined || Number.isNaN(value) || seen.has(value)) return undefined;
        seen.add(value);
      }
      const test = [...values].map((value) => `${tag} === ${this.ref(value)}`).join(' || ');
      this.lines.push(`if (${test}) {`);
      const parsed = this.node(option, input);
      if (parsed === undefined) return undefined;
      this.lines.push(`${output} = ${parsed};`, '} else');
    }
    this.lines.push('return D;');
    return output;
  }
}
