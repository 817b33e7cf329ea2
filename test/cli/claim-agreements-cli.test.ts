import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];

const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);
const json = async <T>(...args: string[]): Promise<T> => {
  const result = await run(...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
};
const breachesOf = async (agreement: string) =>
  (await json<{ breaches: { norm: string }[] }>('evaluate', agreement)).breaches.length;

const PAUSE = 'gaza-pause-2023-11';
const TWIN = 'gaza-pause-twin';
let doc: string;

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-assign-'));
  data = join(dir, 'data');
  expect((await run('init')).code).toBe(0);
  // Two agreements with the same parties (israel, hamas) and the same days.
  const text = await readFile(join(REPO_ROOT, `examples/agreements/${PAUSE}.yaml`), 'utf8');
  await writeFile(join(dir, 'twin.yaml'), text.replace(`id: ${PAUSE}`, `id: ${TWIN}`));
  expect(
    (await run('agreement', 'add', join(REPO_ROOT, `examples/agreements/${PAUSE}.yaml`))).code,
  ).toBe(0);
  expect((await run('agreement', 'add', join(dir, 'twin.yaml'))).code).toBe(0);
  await writeFile(join(dir, 'note.txt'), 'Rockets were fired at Sderot on Saturday.');
  doc = (
    await json<{ document: { id: string } }[]>(
      'doc',
      'add',
      join(dir, 'note.txt'),
      '--publisher',
      'Example Wire',
    )
  )[0]!.document.id;
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

describe('claims and the agreements they are for', () => {
  let claim: string;

  it('a claim added for one agreement counts there and not for another with the same parties', async () => {
    const added = await json<{ id: string }>(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'rocket_fire',
      '--when',
      '2023-11-25T10:00+02:00',
      '--by',
      'hamas',
      '--agreement',
      TWIN,
    );
    claim = added.id;
    expect(await breachesOf(TWIN)).toBe(1);
    expect(await breachesOf(PAUSE)).toBe(0);
    const listed = await json<{ id: string }[]>('claim', 'list', '--agreement', PAUSE);
    expect(listed.map((c) => c.id)).not.toContain(claim);
  });

  it('assigns a claim or a whole document, says what changed, and takes it back', async () => {
    const assigned = await json<{ changed: string[]; unchanged: string[] }>(
      'claim',
      'assign',
      claim,
      PAUSE,
    );
    expect(assigned).toMatchObject({ changed: [claim], unchanged: [] });
    expect(await breachesOf(PAUSE)).toBe(1);
    const shown = await run('claim', 'show', claim);
    expect((JSON.parse(shown.stdout) as { agreements: string[] }).agreements).toEqual([
      PAUSE,
      TWIN,
    ]);
    const again = await run('claim', 'assign', doc, PAUSE);
    expect(again.stdout).toContain('0 claims assigned');
    expect((await run('claim', 'unassign', doc, TWIN)).code).toBe(0);
    expect(await breachesOf(TWIN)).toBe(0);
    expect((await run('verify')).code).toBe(0);
  });

  it('refuses an agreement that is not recorded, with a sentence and exit 1, recording nothing', async () => {
    const result = await run('claim', 'assign', claim, 'no-such-agreement');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no agreement no-such-agreement/);
    const add = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'talks',
      '--when',
      '2023-11-25T10:00+02:00',
      '--agreement',
      'no-such-agreement',
    );
    expect(add.stderr).toMatch(/no agreement no-such-agreement/);
    expect(await json<unknown[]>('claim', 'list', '--doc', doc)).toHaveLength(1);
  });

  it('warns when a claim names neither an agreement nor a party', async () => {
    const result = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'talks',
      '--when',
      '2023-11-25T10:00+02:00',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no evaluation reads it/);
  });
});
