// `truce log`: who did what and when, from the ledger and the account log, with the filters
// GET /api/audit takes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initStore } from '../../src/store/open-store.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { truce } from '../support/run-cli.js';

let dir: string;
const as = (author: string, ...args: string[]) =>
  truce('--data', join(dir, 'data'), '--author', author, ...args);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-log-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A document with one claim, added by `author`; the claim's id. */
async function recordClaim(author: string, name: string): Promise<{ doc: string; claim: string }> {
  await writeFile(join(dir, name), `Statement ${name}\n\nFour Thai nationals were freed.\n`);
  const doc = (
    await as(author, 'doc', 'add', join(dir, name), '--publisher', 'Example Wire', '--json')
  ).stdout;
  const docId = (JSON.parse(doc) as { document: { id: string } }[])[0]!.document.id;
  const added = await as(
    author,
    'claim',
    'add',
    '--doc',
    docId,
    '--type',
    'release',
    '--when',
    '2023-11-24T14:00:00Z/2023-11-24T16:00:00Z',
    '--suggest',
    '--json',
  );
  expect(added.code, added.stderr).toBe(0);
  return { doc: docId, claim: (JSON.parse(added.stdout) as { id: string }).id };
}

type Line = { user: string; action: string; claim: string | null; document: string | null };

describe('truce log', () => {
  it('lists who did what to a claim, to a document, and by a user, as JSON and as a table', async () => {
    expect((await as('ops', 'init')).code).toBe(0);
    const one = await recordClaim('ops', 'one.txt');
    const two = await recordClaim('ops', 'two.txt');
    expect((await as('rana', 'claim', 'review', one.claim, '--accept')).code).toBe(0);
    expect((await as('sam', 'claim', 'retract', two.claim)).code).toBe(0);

    const json = async (...filter: string[]) => {
      const result = await as('ops', 'log', ...filter, '--json');
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as Line[]).map((l) => [l.user, l.action]);
    };
    expect(await json('--claim', one.claim)).toEqual([
      ['ops', 'claim.added'],
      ['rana', 'claim.reviewed'],
    ]);
    expect(await json('--doc', two.doc)).toEqual([
      ['ops', 'document.added'],
      ['ops', 'claim.added'],
      ['sam', 'claim.retracted'],
    ]);
    expect(await json('--user', 'sam')).toEqual([['sam', 'claim.retracted']]);
    // The first admin, made by init, is an account change beside the ledger.
    const all = await json();
    expect(all[0]).toEqual(['ops', 'user.added']);
    expect(all.filter(([, action]) => action === 'user.added')).toHaveLength(1);
    expect(all.slice(-2)).toEqual([
      ['rana', 'claim.reviewed'],
      ['sam', 'claim.retracted'],
    ]);
    expect(await json('--limit', '2')).toEqual(all.slice(0, 2));

    const table = await as('ops', 'log', '--user', 'rana');
    expect(table.stdout.split('\n')[0]).toMatch(/^WHEN\s+WHO\s+WHAT/);
    expect(table.stdout).toContain(`rana  claim.reviewed`);
    expect(table.stdout).toContain(one.claim);
  });

  it('refuses a malformed id or instant with exit 2 and a sentence', async () => {
    await as('ops', 'init');
    const badClaim = await as('ops', 'log', '--claim', 'not-a-claim');
    expect(badClaim.code).toBe(2);
    expect(badClaim.stderr).toMatch(/claim/);
    const badTime = await as('ops', 'log', '--from', 'yesterday');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/ISO date-time/);
  });

  it('refuses an author that could carry a terminal escape, from --author or TRUCE_AUTHOR', async () => {
    await as('ops', 'init');
    const flagged = await as(
      'ev\u001b[31mil',
      'source',
      'add',
      'Gaza Health Ministry',
      '--kind',
      'official_body',
    );
    expect(flagged.code).toBe(2);
    expect(flagged.stderr.trim()).toBe(
      'truce: --author "ev\\u001b[31mil": expected a name of letters, digits, ".", "_" and "-", at most 64 characters',
    );
    process.env['TRUCE_AUTHOR'] = 'ev\u001b[31mil';
    try {
      const fromEnv = await truce(
        '--data',
        join(dir, 'data'),
        'source',
        'add',
        'WHO',
        '--kind',
        'news_agency',
      );
      expect(fromEnv.code).toBe(2);
      expect(fromEnv.stderr).toMatch(/^truce: TRUCE_AUTHOR "ev\\u001b\[31mil": expected a name/);
    } finally {
      delete process.env['TRUCE_AUTHOR'];
    }
    expect((await as('ops', 'source', 'list', '--json')).stdout.trim()).toBe('[]');
  });

  it('shows a control character an older version recorded as an escape, never raw', async () => {
    const store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
    await store.append(
      [sourceAdded(makeSource({ name: 'Red\u001b[31m \u202Eevil' }))],
      'ev\u001b[31mil',
    );
    await store.close();
    const table = (await as('ops', 'log')).stdout;
    expect(table).toContain('ev\\u001b[31mil');
    expect(table).toContain('Red\\u001b[31m \\u202eevil');
    expect(table).not.toContain('\u001b');
    expect(table).not.toContain('\u202e');
  });
});
