import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truce } from '../support/run-cli.js';

let dir: string;
let data: string;
let doc: string;
const savedUrl = process.env['DATABASE_URL'];

const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);

/** The size `claim import` used to refuse above. */
const OLD_LIMIT_BYTES = 20 * 1024 * 1024;

// A long quote makes each line a few kilobytes, so a file past the old limit is a few thousand
// claims rather than a hundred thousand.
const QUOTE = Array.from(
  { length: 80 },
  (_, i) => `Report ${i}: thirteen hostages were freed at the crossing.`,
).join(' ');

const claimLine = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'release',
    when: {
      earliest: `2023-11-${String(24 + (i % 5)).padStart(2, '0')}T14:00:00Z`,
      latest: `2023-11-${String(24 + (i % 5)).padStart(2, '0')}T15:00:00Z`,
      label: 'Friday afternoon',
      precision: 'hour',
    },
    actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' }],
    quantities: [{ unit: 'hostages', min: 13, max: 13, qualifier: 'exact' }],
    attribution: [{ name: 'Example Wire', kind: 'news_agency' }],
    text: QUOTE,
    ...extra,
  });

/** Writes a JSONL file of `count` claims, line `bad` (1-based) replaced when given. */
async function claimsFile(name: string, count: number, bad?: [number, string]): Promise<string> {
  const lines = Array.from({ length: count }, (_, i) =>
    bad !== undefined && i + 1 === bad[0] ? bad[1] : claimLine(i),
  );
  const file = join(dir, name);
  await writeFile(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

/** Ledger entries, as `verify` counts them (it also checks every row the import wrote). */
async function entries(): Promise<number> {
  const result = await run('verify', '--fast', '--json');
  expect(result.code, result.stdout).toBe(0);
  return (JSON.parse(result.stdout) as { entries: number }).entries;
}

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-import-stream-'));
  data = join(dir, 'data');
  expect((await run('init')).code).toBe(0);
  const text = join(dir, 'report.txt');
  await writeFile(text, `${QUOTE}\n`);
  const added = await run('doc', 'add', text, '--json');
  expect(added.code, added.stderr).toBe(0);
  doc = (JSON.parse(added.stdout) as { document: { id: string } }[])[0]!.document.id;
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

describe('claim import of a large file', () => {
  it('imports a file larger than the old 20 MB limit, saying how far it has got on stderr', async () => {
    const count = 5_000;
    const file = await claimsFile('large.jsonl', count);
    expect((await stat(file)).size).toBeGreaterThan(OLD_LIMIT_BYTES);
    const before = await entries();
    const result = await run('claim', 'import', file, '--doc', doc);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`imported ${count} claims from ${file}\n`);
    expect(result.stderr).toMatch(/^checked \d+ lines, 16 MB of \d+ MB\n/);
    expect(await entries()).toBe(before + count);
  });

  it('stores nothing when a line past the first batches is bad, and names that line', async () => {
    const file = await claimsFile('bad-middle.jsonl', 5_000, [
      4_001,
      claimLine(4_000, { when: { earliest: 'x', latest: null, precision: 'day' } }),
    ]);
    expect((await stat(file)).size).toBeGreaterThan(OLD_LIMIT_BYTES);
    const before = await entries();
    const result = await run('claim', 'import', file, '--doc', doc);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 4001/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await entries()).toBe(before);
  });
});
