import type { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { badInput } from '../errors.js';
import type { Agreement } from './agreement.js';
import { AgreementFile } from './agreement-file.js';
import { AmendmentFile, CHANGED_KEYS, applyAmendment, isAmendmentValue } from './amendment-file.js';
import type { AgreementProblem } from './agreement-problem.js';
import { byPosition, formatPath, formatProblem } from './agreement-problem.js';
import { compileAgreement } from './compile-agreement.js';
import { locate } from './yaml-locator.js';

export type CheckedAgreement =
  | { readonly ok: true; readonly agreement: Agreement }
  | { readonly ok: false; readonly problems: readonly AgreementProblem[] };

/**
 * The text of an earlier recorded version of an agreement, for reading an amendment written
 * as its changes; undefined when that version is not recorded.
 */
export type EarlierVersions = (id: string, version: number) => string | undefined;

/**
 * Reads an agreement file: YAML syntax, then the schema, then the cross-references. Every
 * problem found at a stage is reported, each with its line, column, key path, what was
 * expected and what was found; later stages run only on a file the earlier ones accepted.
 * An amendment (a file listing `changes`) is read against the version it amends, which
 * `earlier` gives.
 */
export function checkAgreement(text: string, earlier?: EarlierVersions): CheckedAgreement {
  const read = readAgreementFile(text, earlier, 0);
  if (!read.ok) return read;
  const { doc, lines, file, changeOf } = read;
  const compiled = compileAgreement(file);
  if (!compiled.ok) {
    return {
      ok: false,
      problems: compiled.issues
        .map((i) => {
          const path = changeOf(i.path);
          const at = locate(doc, lines, path);
          const found = i.showFound && at.found !== null ? `, found ${at.found}` : '';
          return {
            line: at.line,
            column: at.column,
            path: formatPath(path),
            message: `${i.message}${found}`,
          };
        })
        .sort(byPosition),
    };
  }
  return compiled;
}

type ReadFile =
  | {
      readonly ok: true;
      readonly doc: Document;
      readonly lines: LineCounter;
      readonly file: AgreementFile;
      /** Where a path of the whole file was written: in an amendment, at its change. */
      readonly changeOf: (path: readonly PropertyKey[]) => readonly PropertyKey[];
    }
  | { readonly ok: false; readonly problems: readonly AgreementProblem[] };

/** Amendments of amendments are read in turn, but not without end. */
const MAX_AMENDMENT_DEPTH = 100;

function readAgreementFile(
  text: string,
  earlier: EarlierVersions | undefined,
  depth: number,
): ReadFile {
  const yaml = readYaml(text);
  if (!yaml.ok) return yaml;
  const { doc, lines, value } = yaml;
  if (!isAmendmentValue(value)) {
    const parsed = AgreementFile.safeParse(value);
    if (!parsed.success) return schemaProblems(doc, lines, parsed.error.issues);
    return { ok: true, doc, lines, file: parsed.data, changeOf: (path) => path };
  }
  const parsed = AmendmentFile.safeParse(value);
  if (!parsed.success) return schemaProblems(doc, lines, parsed.error.issues);
  const amendment = parsed.data;
  const { id } = amendment;
  const { version } = amendment.amends;
  const problemAt = (path: readonly PropertyKey[], message: string): ReadFile => {
    const at = locate(doc, lines, path);
    return {
      ok: false,
      problems: [{ line: at.line, column: at.column, path: formatPath(path), message }],
    };
  };
  const baseText = depth < MAX_AMENDMENT_DEPTH ? earlier?.(id, version) : undefined;
  if (baseText === undefined) {
    return problemAt(
      ['amends', 'version'],
      `amends version ${version} of ${id}, which is not recorded; record that version first`,
    );
  }
  const base = readAgreementFile(baseText, earlier, depth + 1);
  if (!base.ok) {
    const first = base.problems[0];
    return problemAt(
      ['amends', 'version'],
      `amends version ${version} of ${id}, which does not read${first === undefined ? '' : `: ${formatProblem(first)}`}`,
    );
  }
  const applied = applyAmendment(base.file, amendment);
  if (!applied.ok) {
    return {
      ok: false,
      problems: applied.issues
        .map((i) => {
          const at = locate(doc, lines, i.path);
          return { line: at.line, column: at.column, path: formatPath(i.path), message: i.message };
        })
        .sort(byPosition),
    };
  }
  // A problem in a changed clause is placed at the change that made it.
  const changeOf = (path: readonly PropertyKey[]): readonly PropertyKey[] => {
    const [list, index, key, ...rest] = path;
    if (list !== 'norms' || typeof index !== 'number') return ['changes'];
    const norm = applied.file.norms[index]?.id;
    const j = amendment.changes.findIndex((c) => c.norm === norm);
    if (j < 0) return ['changes'];
    const change = amendment.changes[j];
    const changedKey = CHANGED_KEYS.find((k) => k === key && change?.[k] !== undefined);
    return changedKey === undefined ? ['changes', j] : ['changes', j, changedKey, ...rest];
  };
  return { ok: true, doc, lines, file: applied.file, changeOf };
}

type ReadYaml =
  | { readonly ok: true; readonly doc: Document; readonly lines: LineCounter; value: unknown }
  | { readonly ok: false; readonly problems: readonly AgreementProblem[] };

function readYaml(text: string): ReadYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // A tab in the indentation sets off a cascade of other errors: report the tabs alone.
    const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
    const first = tabs[0];
    if (first !== undefined) {
      const { line, col } = lines.linePos(first.pos[0]);
      const others = tabs.slice(1).map((e) => lines.linePos(e.pos[0]).line);
      const more =
        others.length === 0
          ? ''
          : ` (so ${others.length === 1 ? 'does line' : 'do lines'} ${others.join(', ')})`;
      return {
        ok: false,
        problems: [
          {
            line: Math.max(line, 1),
            column: Math.max(col, 1),
            path: '',
            message: `YAML syntax: a tab indents this line${more}; indent with spaces`,
          },
        ],
      };
    }
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return {
          line: Math.max(line, 1),
          column: Math.max(col, 1),
          path: '',
          message: yamlMessage(e.message),
        };
      }),
    };
  }
  if (doc.contents === null) {
    return {
      ok: false,
      problems: [{ line: null, column: null, path: '', message: 'the file is empty' }],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The yaml library refuses aliases that would expand to a huge value (a "billion laughs").
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: null,
          path: '',
          message:
            'the file uses YAML aliases (*name) so often that reading it would take too long; write the values out',
        },
      ],
    };
  }
  return { ok: true, doc, lines, value };
}

function schemaProblems(
  doc: Document,
  lines: LineCounter,
  issues: readonly z.core.$ZodIssue[],
): ReadFile {
  return {
    ok: false,
    problems: distinct(withoutEchoes(issues).map((i) => problemOfIssue(doc, lines, i))).sort(
      byPosition,
    ),
  };
}

/**
 * Parses an agreement file, or throws a BadInput error listing every problem, one a line:
 * "gaza.yaml: line 14, column 7: `norms[0].quantity.min` must be a number or …, found `three`".
 */
export function parseAgreement(
  text: string,
  fileName = 'agreement',
  earlier?: EarlierVersions,
): Agreement {
  const checked = checkAgreement(text, earlier);
  if (checked.ok) return checked.agreement;
  const lines = checked.problems.map(formatProblem);
  throw badInput(
    lines.length === 1 ? (lines[0] ?? '') : `${lines.length} problems:\n${lines.join('\n')}`,
    fileName,
  );
}

/**
 * A mapping with an unknown key often fails its other checks for the same reason (`{weeks: 1}`
 * is also a duration with no days): the unknown key is the problem to name.
 */
function withoutEchoes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const unknownAt = new Set(
    issues.filter((i) => i.code === 'unrecognized_keys').map((i) => formatPath(i.path)),
  );
  return issues.filter((i) => i.code === 'unrecognized_keys' || !unknownAt.has(formatPath(i.path)));
}

/** One problem once: two branches of a schema may complain of the same thing. */
function distinct(problems: readonly AgreementProblem[]): AgreementProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The yaml library's messages end with a code excerpt we already place by line and column. */
const yamlMessage = (message: string): string =>
  `YAML syntax: ${message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message}`;

function problemOfIssue(
  doc: Document,
  lines: LineCounter,
  given: z.core.$ZodIssue,
): AgreementProblem {
  const issue = unknownKeysBranch(given);
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const at = locate(doc, lines, path, issue.keys[0]);
    return { line: at.line, column: at.column, path: formatPath(path), message: issue.message };
  }
  const at = locate(doc, lines, path);
  const where = { line: at.line, column: at.column, path: formatPath(path) };
  if (at.found === null) {
    return { ...where, message: `is missing (${expectation(issue)})` };
  }
  const expected = expectation(scalarBranch(issue, at.found));
  const phrased = /^(must|has|is) /.test(expected) ? expected : `is invalid: ${expected}`;
  // Where the message already quotes what was found, saying it again adds nothing.
  const quoted = expected.includes(at.found.replace(/^`|`$/g, '"'));
  return { ...where, message: quoted ? phrased : `${phrased}, found ${at.found}` };
}

/** Zod's own wording, which we replace with ours; a schema's custom message is kept. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

/** What the schema expected, in words. */
function expectation(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}`;
    case 'invalid_format':
      return `must match ${issue.pattern ?? issue.format}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must list at least ${String(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must list at most ${String(issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/**
 * A mapping that fits one of a union's shapes but for keys that shape does not know (a
 * duration range with a stray key) is reported as those unknown keys, named, rather than as
 * a mapping that fits no shape.
 */
function unknownKeysBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  // A branch that fails only for unknown keys first; else one whose mapping has them.
  const unknown = (i: z.core.$ZodIssue) => i.code === 'unrecognized_keys' && i.path.length === 0;
  const branch =
    issue.errors.find((b) => b.length > 0 && b.every(unknown)) ??
    issue.errors.find((b) => b.some(unknown));
  const keys = branch?.find(unknown);
  return keys === undefined ? issue : { ...keys, path: issue.path };
}

/**
 * A union over a scalar and a list ("an event type or a list of them") fails as a whole;
 * when the author wrote a scalar, the scalar branch's complaint says more.
 */
function scalarBranch(issue: z.core.$ZodIssue, found: string): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || !found.startsWith('`')) return issue;
  for (const branch of issue.errors) {
    const own = branch.find((i) => i.path.length === 0 && i.code !== 'invalid_type');
    if (own !== undefined) return { ...own, path: issue.path };
  }
  return issue;
}

const article = (type: string): string => {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
  };
  return words[type] ?? type;
};
