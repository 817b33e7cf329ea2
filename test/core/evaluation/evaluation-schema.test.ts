import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { diffEvaluations } from '../../../src/core/evaluation/diff-evaluations.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { EvaluationDiff } from '../../../src/core/evaluation/evaluation-diff.js';
import {
  CellExplanation,
  Evaluation,
  EvaluationGrid,
} from '../../../src/core/evaluation/evaluation.js';
import { explainCell } from '../../../src/core/evaluation/explain-cell.js';
import { verdictGrid } from '../../../src/core/evaluation/verdict-grid.js';
import { example } from './evaluation-fixtures.js';

// The engine's types are inferred from these schemas, and the server publishes them: what the
// engine returns must parse, or the API would refuse its own answers.

const names = readdirSync(new URL('../../../examples/agreements/', import.meta.url))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.slice(0, -'.yaml'.length));

/** The parse's issues, empty when the value fits: a failure names the field that does not. */
const issuesOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe.each(names)('the evaluation of %s', (name) => {
  const { agreement, claims } = example(name);
  const late = evaluate(agreement, claims, '2030-01-01T00:00:00Z');
  const early = evaluate(agreement, claims, agreement.term.start);

  it('fits the Evaluation schema in full, explanations and all', () => {
    expect(late.periods.length + late.once.length).toBeGreaterThan(0);
    expect(issuesOf(Evaluation, late)).toEqual([]);
    expect(issuesOf(Evaluation, early)).toEqual([]);
  });

  it("fits the grid's and a cell's schemas", () => {
    expect(issuesOf(EvaluationGrid, verdictGrid(late))).toEqual([]);
    const first = late.periods[0]?.norms[0];
    const cell = first
      ? { norm: first.norm, period: late.periods[0]!.index }
      : { norm: late.once[0]!.norm, period: 'once' as const };
    const explained = explainCell(late, cell);
    expect(explained.results.length).toBeGreaterThan(0);
    expect(issuesOf(CellExplanation, explained)).toEqual([]);
  });

  it('gives a diff between two moments that fits the EvaluationDiff schema', () => {
    expect(issuesOf(EvaluationDiff, diffEvaluations(early, late))).toEqual([]);
  });
});

describe('the evaluation schemas', () => {
  const { agreement, claims } = example('gaza-pause-2023-11');
  const e = evaluate(agreement, claims, '2023-11-25T09:00:00+02:00');

  it('refuse a verdict the engine does not give, naming where it is', () => {
    const period = e.periods[0]!;
    const norm = period.norms[0]!;
    const wrong = {
      ...e,
      periods: [{ ...period, norms: [{ ...norm, verdict: 'maybe' }] }, ...e.periods.slice(1)],
    };
    expect(issuesOf(Evaluation, wrong)).toEqual([
      expect.stringMatching(/^periods\.0\.norms\.0\.verdict: /),
    ]);
  });

  it('refuse a claim id that is not one', () => {
    const period = e.periods[0]!;
    const norm = period.norms[0]!;
    expect(norm.explanation.counted.length).toBeGreaterThan(0);
    const explanation = { ...norm.explanation, counted: ['not-an-id'] };
    const wrong = {
      ...e,
      periods: [{ ...period, norms: [{ ...norm, explanation }] }, ...e.periods.slice(1)],
    };
    expect(issuesOf(Evaluation, wrong)).toEqual([
      expect.stringMatching(/^periods\.0\.norms\.0\.explanation\.counted\.0: /),
    ]);
  });
});
