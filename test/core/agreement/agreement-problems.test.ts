import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/agreement/agreement-problem.js';
import { checkAgreement, parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { isTruceError } from '../../../src/core/errors.js';

/** A small agreement file with one norm; tests break one thing at a time. */
const file = (
  norm: string,
  head = 'timezone: Europe/Paris\nday_boundary: "06:00"',
  term = '  duration: {days: 3}',
) => `id: broken
title: A broken agreement
ref: a test
${head}
parties:
  - id: north
  - id: south
term:
  start: 2024-03-01T06:00
  ref: the test
${term}
norms:
${norm}
`;

/** The norm as lines 14–18, its act and quantity from line 19. */
const norm = (rest: string, per = 'day', kind = 'achievement') => `  - id: releases
    kind: ${kind}
    per: ${per}
    bearer: north
    ref: clause 1
${rest}`;

const problems = (text: string): string[] => {
  const checked = checkAgreement(text);
  return checked.ok ? [] : checked.problems.map(formatProblem);
};

describe('broken agreement files', () => {
  it('a YAML syntax error names its place', () => {
    expect(problems(file(norm('    act: {event: [release}')))[0]).toBe(
      'line 19, column 26: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('a repeated key is refused where it repeats', () => {
    expect(problems(file(norm('    act: {event: release}\n    act: {event: release}')))).toEqual([
      'line 20, column 5: YAML syntax: Map keys must be unique',
    ]);
  });

  it('a missing key is placed at the mapping that lacks it, with what it must be', () => {
    expect(problems(file(norm('    act: {event: release}'), 'day_boundary: "06:00"'))).toEqual([
      'line 1, column 1: `timezone` is missing (must be an IANA time zone like Asia/Jerusalem)',
    ]);
  });

  it('an unknown key is placed on the key, with the keys that are known', () => {
    expect(problems(file(norm('    act: {event: release}\n    quantiy: {min: 3}')))).toEqual([
      'line 20, column 5: `norms[0]` has unknown key `quantiy`; expected id, title, ref, bearer, phase, from, until, evidence, kind, per, act, quantity, deadline',
    ]);
  });

  it('a quantity in words says what a quantity may be, and what was found', () => {
    expect(problems(file(norm('    act: {event: release}\n    quantity: {min: three}')))).toEqual([
      'line 20, column 21: `norms[0].quantity.min` must be a number or an expression like `3 * count(hamas-releases)`, found `three`',
    ]);
  });

  it('an expression that does not parse says where it went wrong', () => {
    expect(
      problems(file(norm('    act: {event: release}\n    quantity: {min: "3 * count(north"}'))),
    ).toEqual([
      'line 20, column 21: `norms[0].quantity.min` must be a number or an expression like `3 * count(hamas-releases)` (expected `)` at the end), found `3 * count(north`',
    ]);
  });

  it('a misspelt event type names the value and the nearest types, then the vocabulary', () => {
    const [message] = problems(file(norm('    act: {event: airstrik}')));
    expect(message).toMatch(
      /^line 19, column 18: `norms\[0\]\.act\.event` must be an event type: "airstrik" is not one \(did you mean airstrike\?\); expected one of release, /,
    );
  });

  it('an event type far from any names no near one', () => {
    const [message] = problems(file(norm('    act: {event: banquet}')));
    expect(message).toMatch(/"banquet" is not one; expected one of release, /);
  });

  it('`any` in a list of parties says it must stand alone', () => {
    expect(problems(file(norm('    act: {event: release, by: [any, north]}')))).toEqual([
      'line 19, column 31: `norms[0].act.by` must not list `any` among parties: `any` stands alone (`by: any`), found a list',
    ]);
  });

  it('an unknown key inside a mapping of a union names the key, once', () => {
    expect(
      problems(
        file(
          norm('    act: {event: release}'),
          undefined,
          '  duration: {between: [{days: 1}, {days: 2}], upto: 3}',
        ),
      ),
    ).toEqual(['line 12, column 47: `term.duration` has unknown key `upto`; expected between']);
    expect(
      problems(file(norm('    act: {event: release}'), undefined, '  duration: {weeks: 1}')),
    ).toEqual([
      'line 12, column 14: `term.duration` has unknown key `weeks`; a duration takes days, hours and minutes (`{days: 4}`, `{hours: 17, minutes: 30}`)',
    ]);
  });

  it('a tab in the indentation is one problem, naming the other lines it indents', () => {
    const tabbed = file(norm('    act: {event: release}')).replace(
      '  - id: north\n  - id: south',
      '\t- id: north\n\t- id: south',
    );
    expect(problems(tabbed)).toEqual([
      'line 7, column 1: YAML syntax: a tab indents this line (so does line 8); indent with spaces',
    ]);
  });

  it('a party that is not in the agreement is named, with the parties that are', () => {
    expect(problems(file(norm('    act: {event: release, by: east}')))).toEqual([
      'line 19, column 31: `norms[0].act.by` names no party of this agreement; expected one of north, south, found `east`',
    ]);
  });

  it('a time zone must be an IANA zone', () => {
    expect(problems(file(norm('    act: {event: release}'), 'timezone: Mars/Olympus'))).toEqual([
      'line 4, column 11: `timezone` must be an IANA time zone like Asia/Jerusalem, found `Mars/Olympus`',
    ]);
  });

  it('a day boundary must be a local time', () => {
    expect(
      problems(
        file(norm('    act: {event: release}'), 'timezone: Europe/Paris\nday_boundary: "25:00"'),
      ),
    ).toEqual([
      'line 5, column 15: `day_boundary` must be a local time like "07:00", found `25:00`',
    ]);
  });

  it('a norm kind must be one of the four', () => {
    expect(problems(file(norm('    act: {event: release}', 'day', 'obligation')))).toEqual([
      'line 15, column 11: `norms[0].kind` must be one of achievement, punctual, maintenance, prohibition, found `obligation`',
    ]);
    expect(problems(file(norm('    act: {event: release}', 'day', 'prohibiton')))).toEqual([
      'line 15, column 11: `norms[0].kind` must be one of achievement, punctual, maintenance, prohibition (did you mean prohibition?), found `prohibiton`',
    ]);
  });

  it('an expression may count only norms of the agreement', () => {
    expect(
      problems(
        file(norm('    act: {event: release}\n    quantity: {min: "2 * count(exchanges)"}')),
      ),
    ).toEqual([
      'line 20, column 21: `norms[0].quantity.min` counts `exchanges`, which is no norm of this agreement, found `2 * count(exchanges)`',
    ]);
  });

  it('a norm may not count its own acts', () => {
    expect(
      problems(file(norm('    act: {event: release}\n    quantity: {min: "count(releases)"}'))),
    ).toEqual([
      'line 20, column 21: `norms[0].quantity.min` counts its own acts through `count(…)`: a cycle',
    ]);
  });

  it('ids must be unique', () => {
    const two = `${norm('    act: {event: release}')}\n${norm('    act: {event: release}')}`;
    expect(problems(file(two))).toEqual([
      'line 20, column 9: `norms[1].id` repeats the id `releases`; ids must be unique',
    ]);
  });

  it('a norm held once takes a day or an instant as its deadline, not a time of day', () => {
    expect(
      problems(
        file(norm('    act: {event: release}\n    deadline: {local_time: "22:00"}', 'once')),
      ),
    ).toEqual([
      'line 20, column 15: `norms[0].deadline` must be `{day: N}`, `{at: …}` or `{end_of_date: …}` for a norm that holds once',
    ]);
  });

  it('only the last phase may run without a duration', () => {
    const phases = '  phases:\n    - id: one\n    - id: two\n      duration: {days: 2}';
    expect(problems(file(norm('    act: {event: release}'), undefined, phases))).toEqual([
      'line 13, column 7: `term.phases[0]` needs a `duration`: only the last phase may run to the end of the term',
    ]);
  });

  it('every problem of a stage is reported, top to bottom', () => {
    const text = file(norm('    act: {event: release, by: east}'), 'timezone: Mars/Olympus');
    expect(problems(text).map((p) => p.slice(0, 18))).toEqual([
      'line 4, column 11:',
      'line 18, column 31',
    ]);
  });

  it('parseAgreement throws a BadInput error naming the file and listing the problems', () => {
    const text = file(norm('    act: {event: release, by: east}'), 'timezone: Mars/Olympus');
    try {
      parseAgreement(text, 'broken.yaml');
      expect.unreachable();
    } catch (e) {
      expect(isTruceError(e) && e.kind).toBe('BadInput');
      expect((e as Error).message).toMatch(/^broken\.yaml: 2 problems:\nline 4, column 11: /);
    }
  });

  it('an empty file is one problem without a place', () => {
    expect(problems('')).toEqual(['the file is empty']);
  });
});
