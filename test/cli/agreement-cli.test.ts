import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];
const example = join(REPO_ROOT, 'examples/agreements/gaza-pause-2023-11.yaml');
const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-agreement-'));
  data = join(dir, 'data');
  const init = await run('init', '--examples');
  expect(init.code, init.stderr).toBe(0);
  expect(init.stdout).toMatch(/examples: .*gaza-pause-2023-11/);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

interface EvaluationJson {
  term: {
    state: string;
    end: { earliest: string; latest: string };
    endReason: string | null;
    extensions: { source: string }[];
  };
  periods: { index: number; norms: { norm: string; verdict: string }[] }[];
  tallies: {
    act: string;
    by: string | null;
    category: string | null;
    count: { min: number; max: number | null };
  }[];
}

describe('agreements on the command line', () => {
  it('validates the bundled examples', async () => {
    for (const name of [
      'gaza-pause-2023-11',
      'gaza-ceasefire-2025-01',
      'gaza-ceasefire-2025-10',
      'sudan-jeddah-2023-05',
      'yemen-truce-2022-04',
      'nagorno-karabakh-2020-11',
      'doha-2020-02',
      'idlib-sochi-2018-09',
      'yemen-stockholm-2018-12',
    ]) {
      const result = await run(
        'agreement',
        'validate',
        join(REPO_ROOT, `examples/agreements/${name}.yaml`),
      );
      expect(result.code, result.stderr).toBe(0);
    }
  });

  it('validates an amendment against the earlier version given after it, and not without it', async () => {
    const nk = (path: string) => join(REPO_ROOT, `examples/${path}`);
    const amendment = nk('amendments/nagorno-karabakh-2020-11.v2.yaml');
    const ok = await run(
      'agreement',
      'validate',
      amendment,
      nk('agreements/nagorno-karabakh-2020-11.yaml'),
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/valid \(nagorno-karabakh-2020-11, version 2\)/);
    const idlib = await run(
      'agreement',
      'validate',
      nk('amendments/idlib-sochi-2018-09.v2.yaml'),
      nk('agreements/idlib-sochi-2018-09.yaml'),
    );
    expect(idlib.stdout, idlib.stderr).toMatch(/valid \(idlib-sochi-2018-09, version 2\)/);
    const alone = await run('agreement', 'validate', amendment);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(
      /`amends.version` amends version 1 of nagorno-karabakh-2020-11, which is not recorded/,
    );
  });

  it('evaluates the amended Kalbajar deadline by the recorded amendment', async () => {
    const result = await run(
      'evaluate',
      'nagorno-karabakh-2020-11',
      '--as-of',
      '2020-12-10T00:00:00Z',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const e = JSON.parse(result.stdout) as {
      once: { norm: string; verdict: string; due: string; version: number }[];
    };
    expect(e.once.find((r) => r.norm === 'kalbajar-returned')).toMatchObject({
      verdict: 'fulfilled',
      due: '2020-11-25T20:00:00.000Z',
      version: 2,
    });
  });

  it('evaluates the radical groups’ deadline in Idlib by the recorded amendment', async () => {
    const result = await run(
      'evaluate',
      'idlib-sochi-2018-09',
      '--as-of',
      '2018-11-20T00:00:00Z',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const e = JSON.parse(result.stdout) as {
      once: { norm: string; verdict: string; due: string; version: number }[];
    };
    expect(e.once.filter((r) => r.norm === 'radicals-out')).toEqual([
      expect.objectContaining({ verdict: 'unknown', due: '2018-10-17T21:00:00.000Z', version: 2 }),
    ]);
  });

  it('names the line and column of a problem and exits 2', async () => {
    const broken = (await readFile(example, 'utf8')).replace(
      /timezone: \S+/,
      'timezone: Mars/Olympus',
    );
    await writeFile(join(dir, 'broken.yaml'), broken);
    const result = await run('agreement', 'validate', join(dir, 'broken.yaml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line \d+, column \d+: `timezone`/);
  });

  it('recognises the same version again, and refuses other terms under a recorded version', async () => {
    const again = await run('agreement', 'add', example, '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: 'known', id: 'gaza-pause-2023-11' });
    const changed = (await readFile(example, 'utf8')).replace(
      /^title: .*$/m,
      'title: "Something else"',
    );
    await writeFile(join(dir, 'changed.yaml'), changed);
    const conflict = await run('agreement', 'add', join(dir, 'changed.yaml'));
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toMatch(/already recorded with other terms/);
    const list = JSON.parse((await run('agreement', 'list', '--json')).stdout) as { id: string }[];
    expect(list.map((a) => a.id).sort()).toEqual([
      'doha-2020-02',
      'gaza-ceasefire-2025-01',
      'gaza-ceasefire-2025-10',
      'gaza-pause-2023-11',
      'idlib-sochi-2018-09',
      'idlib-sochi-2018-09',
      'nagorno-karabakh-2020-11',
      'nagorno-karabakh-2020-11',
      'sudan-jeddah-2023-05',
      'yemen-stockholm-2018-12',
      'yemen-truce-2022-04',
    ]);
  });

  it('evaluates the 2023 pause: seven periods, ended 1 Dec 07:00, two reported extensions, the totals', async () => {
    const result = await run('evaluate', 'gaza-pause-2023-11', '--json');
    expect(result.code, result.stderr).toBe(0);
    const e = JSON.parse(result.stdout) as EvaluationJson;
    expect(e.periods).toHaveLength(7);
    expect(e.term.state).toBe('ended');
    expect(e.term.end).toEqual({
      earliest: '2023-12-01T05:00:00.000Z',
      latest: '2023-12-01T05:00:00.000Z',
    });
    expect(e.term.extensions.filter((x) => x.source === 'reported')).toHaveLength(2);
    const tally = (by: string, category: string | null) =>
      e.tallies.find((t) => t.act === 'release' && t.by === by && t.category === category)?.count;
    expect(tally('hamas', null)).toEqual({ min: 105, max: 105 });
    expect(tally('israel', null)).toEqual({ min: 240, max: 240 });
    const list = e.periods[6]?.norms.find((n) => n.norm === 'next-day-list');
    expect(['violated', 'disputed']).toContain(list?.verdict);
  });

  it('prints a readable day-by-day table without --json', async () => {
    const result = await run('evaluate', 'gaza-pause-2023-11');
    expect(result.stdout).toMatch(/PERIOD\s+LOCAL START/);
    expect(result.stdout).toMatch(/7\s+2023-11-30 07:00/);
    expect(result.stdout).toMatch(/DISPUTED|VIOLATED/);
  });

  it('explains, with the claims, a verdict that changed when later reports arrived', async () => {
    const result = await run(
      'diff',
      'gaza-pause-2023-11',
      '--from',
      '2023-11-30T12:00:00+02:00',
      '--to',
      '2023-12-02T12:00:00+02:00',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout) as {
      verdicts: { period: number; norm: string; from: string; to: string; claimsAdded: string[] }[];
    };
    const list = diff.verdicts.find((v) => v.norm === 'next-day-list' && v.period === 7);
    expect(list?.from).toBe('not_due');
    expect(['violated', 'disputed']).toContain(list?.to);
    expect(list?.claimsAdded.length).toBeGreaterThan(0);
  });

  it('as of the morning of 30 November, the last period was not yet due', async () => {
    const result = await run(
      'evaluate',
      'gaza-pause-2023-11',
      '--as-of',
      '2023-11-30T12:00:00+02:00',
      '--json',
    );
    const e = JSON.parse(result.stdout) as EvaluationJson;
    expect(e.term.state).toBe('in_effect');
    expect(e.periods[6]?.norms.find((n) => n.norm === 'next-day-list')?.verdict).toBe('not_due');
  });

  it('refuses an unknown agreement and a malformed as-of moment', async () => {
    expect((await run('evaluate', 'no-such-agreement')).code).toBe(2);
    const bad = await run('evaluate', 'gaza-pause-2023-11', '--as-of', 'last tuesday');
    expect(bad.code).toBe(2);
  });
});
