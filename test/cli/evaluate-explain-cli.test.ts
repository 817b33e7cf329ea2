import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];
const AS_OF = '2023-11-30T10:00:00Z';
const run = (...args: string[]) => truce('--data', data, ...args);

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-explain-'));
  data = join(dir, 'data');
  const init = await run('init', '--examples');
  expect(init.code, init.stderr).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

interface Explained {
  norm: string;
  period: number | null;
  results: { bearer: string; explanation: { counted: string[]; accounts: unknown[] } }[];
}

describe('truce evaluate --explain', () => {
  it("prints one cell's whole explanation, the same as the evaluation holds for it", async () => {
    const cell = await run(
      'evaluate',
      'gaza-pause-2023-11',
      '--as-of',
      AS_OF,
      '--explain',
      'hamas-releases:2',
      '--json',
    );
    expect(cell.code, cell.stderr).toBe(0);
    const explained = JSON.parse(cell.stdout) as Explained;
    const whole = await run('evaluate', 'gaza-pause-2023-11', '--as-of', AS_OF, '--json');
    const evaluation = JSON.parse(whole.stdout) as {
      periods: { index: number; norms: { norm: string; explanation: unknown }[] }[];
    };
    const eager = evaluation.periods
      .find((p) => p.index === 2)
      ?.norms.filter((n) => n.norm === 'hamas-releases')
      .map((n) => n.explanation);
    expect(explained.period).toBe(2);
    expect(explained.results.map((r) => r.explanation)).toEqual(eager);
    expect(explained.results[0]?.explanation.counted.length).toBeGreaterThan(0);
  });

  it('says what a cell is written as when the value is not NORM:PERIOD', async () => {
    const bad = await run('evaluate', 'gaza-pause-2023-11', '--explain', 'hamas-releases');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/expected NORM:PERIOD/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the cell the agreement does not have', async () => {
    const missing = await run('evaluate', 'gaza-pause-2023-11', '--explain', 'no-such-clause:1');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no cell for clause no-such-clause in period 1/);
  });
});
