import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];
const corpus = join(REPO_ROOT, 'test/corpus/train');
const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-ingest-'));
  data = join(dir, 'data');
  expect((await run('init')).code).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

interface Extracted {
  document: { removed: string[]; published: string | null };
  claims: { type: string; when: { earliest: string | null }; attribution: { name: string }[] }[];
  warnings: string[];
}

describe('extract and ingest on the command line', () => {
  it('leaves relative times unresolved and says so when no publication time is given', async () => {
    await writeFile(
      join(dir, 'undated.txt'),
      'Rockets were fired from Gaza on Thursday night, the army said.\n',
    );
    const out = JSON.parse(
      (await truce('extract', join(dir, 'undated.txt'), '--json')).stdout,
    ) as Extracted;
    expect(out.warnings.join(' ')).toMatch(/no publication time/);
    expect(out.claims.find((c) => c.type === 'rocket_fire')?.when.earliest).toBeNull();
  });

  it('says with --explain which rule and which model features produced each claim', async () => {
    await writeFile(
      join(dir, 'explained.txt'),
      'Israeli jets struck targets in Rafah on Monday, the army said.\n',
    );
    const table = await truce('extract', join(dir, 'explained.txt'), '--explain');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/WHY/);
    expect(table.stdout).toMatch(/trigger\.airstrike\.strike; /);
    const json = JSON.parse(
      (await truce('extract', join(dir, 'explained.txt'), '--explain', '--json')).stdout,
    ) as { claims: { confidence: number }[]; explanations: { rule: string; reasons: string[] }[] };
    expect(json.explanations[0]?.rule).toBe('trigger.airstrike.strike');
    expect(json.explanations[0]?.reasons.length).toBeGreaterThan(0);
    expect(json.claims[0]?.confidence).toBeGreaterThan(0);
  });

  it('names actors by an agreement given as a file, and refuses a malformed agreement id', async () => {
    await writeFile(
      join(dir, 'qassam.txt'),
      'The Qassam Brigades fired a rocket at Sderot on Friday, the army said.\n',
    );
    const file = join(REPO_ROOT, 'examples/agreements/gaza-pause-2023-11.yaml');
    const result = await truce(
      'extract',
      join(dir, 'qassam.txt'),
      '--published',
      '2023-12-02T10:00:00+02:00',
      '--agreement',
      file,
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const claims = (
      JSON.parse(result.stdout) as {
        claims: { type: string; actors: { party: string | null; role: string }[] }[];
      }
    ).claims;
    const rocket = claims.find((c) => c.type === 'rocket_fire');
    expect(rocket?.actors.find((a) => a.role === 'agent')?.party).toBe('hamas');
    const bad = await truce('extract', join(dir, 'qassam.txt'), '--agreement', 'Not An Id!');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"Not An Id!" is not an agreement id/);
  });

  it('ingests a folder of 100 reports once, goes on past a bad file, and adds nothing the second time', async () => {
    const folder = join(dir, 'reports');
    await mkdir(folder);
    const texts = (await readdir(corpus)).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 100; i += 1) {
      const name = texts[i % texts.length]!;
      const body = await readFile(join(corpus, name), 'utf8');
      // Distinct content for each copy: a different dateline.
      await writeFile(
        join(folder, `${String(i).padStart(3, '0')}-${name}`),
        `Report ${i}\n\n${body}`,
      );
    }
    await copyFile(join(corpus, texts[0]!), join(folder, 'zz-same-as-first-corpus-text.txt'));
    await writeFile(join(folder, 'zz-broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));

    const first = await run('ingest', folder, '--published', '2023-12-02T10:00:00+02:00', '--json');
    expect(first.code).toBe(2); // one file was bad input; the rest were stored
    const summary = JSON.parse(first.stdout) as {
      files: number;
      added: number;
      known: number;
      claims: number;
      failed: { file: string }[];
    };
    expect(summary).toMatchObject({ files: 102, added: 101, known: 0 });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.file).toMatch(/zz-broken/);
    expect(summary.claims).toBeGreaterThan(100);

    const again = JSON.parse((await run('ingest', folder, '--json')).stdout) as typeof summary;
    expect(again).toMatchObject({ added: 0, known: 101, claims: 0 });
    const docs = JSON.parse((await run('doc', 'list', '--json')).stdout) as unknown[];
    expect(docs).toHaveLength(101);
    const suggested = JSON.parse(
      (await run('claim', 'list', '--status', 'suggested', '--limit', '100000', '--json')).stdout,
    ) as unknown[];
    expect(suggested).toHaveLength(summary.claims);
    expect((await run('verify')).code).toBe(0);
    // A hundred reports through the CLI three times: on two loaded cores this passes 30 s.
  }, 120_000);
});
