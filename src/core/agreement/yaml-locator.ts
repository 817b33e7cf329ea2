import type { Document, LineCounter, Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';

/** Where a key path lands in the YAML, and what the author wrote there. */
export interface Located {
  readonly line: number;
  readonly column: number;
  /** What is written at the path ("`three`", "a list"); null when the key is missing. */
  readonly found: string | null;
}

/**
 * Finds the node at a key path of the parsed file, so an error can name its line and column.
 * A missing key is placed at the mapping that lacks it; `key` places the error on a key
 * itself (an unknown key) rather than on its value.
 */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): Located {
  let node: unknown = doc.contents;
  let missing = false;
  for (const step of path) {
    const next = child(doc, node, step);
    if (next === undefined) {
      missing = true;
      break;
    }
    node = next.value ?? next.key;
  }
  if (!missing && key !== undefined) {
    const pair = child(doc, node, key);
    if (pair?.key !== undefined) return at(lines, pair.key, describe(pair.key));
  }
  return at(lines, node, missing ? null : describe(node));
}

interface Step {
  readonly key: unknown;
  readonly value: unknown;
}

function child(doc: Document, node: unknown, step: PropertyKey): Step | undefined {
  const here = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(here)) {
    const pair = here.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
    return pair === undefined ? undefined : { key: pair.key, value: pair.value ?? pair.key };
  }
  if (isSeq(here) && typeof step === 'number') {
    const item = here.items[step];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function at(lines: LineCounter, node: unknown, found: string | null): Located {
  const range = (node as Node | null)?.range;
  const { line, col } = lines.linePos(range?.[0] ?? 0);
  return { line: Math.max(line, 1), column: Math.max(col, 1), found };
}

/** How to show what the author wrote: the scalar's own text, else the kind of node. */
function describe(node: unknown): string {
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    const text = node.source ?? String(node.value);
    return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
  }
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return `the alias *${node.source}`;
  return 'nothing';
}
