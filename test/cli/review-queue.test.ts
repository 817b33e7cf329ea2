import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReviewQueue } from '../../src/cli/commands/review.js';
import { truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];

const line = (label: string, type = 'release') =>
  JSON.stringify({
    type,
    when: {
      earliest: '2023-11-24T14:00:00Z',
      latest: '2023-11-24T15:00:00Z',
      label,
      precision: 'hour',
    },
    attribution: [{ name: 'Example Wire', kind: 'news_agency' }],
    // Each label occurs once in the document, so the import finds its span.
    text: label,
  });

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-review-'));
  data = join(dir, 'data');
  expect((await truce('--data', data, 'init')).code).toBe(0);
  await writeFile(
    join(dir, 'r.txt'),
    'Twelve were freed at the crossing on Friday, by a first, second, third and fourth account.\n',
  );
  const added = await truce('--data', data, 'doc', 'add', join(dir, 'r.txt'), '--json');
  const doc = (JSON.parse(added.stdout) as { document: { id: string } }[])[0]!.document.id;
  await writeFile(
    join(dir, 'c.jsonl'),
    [line('first'), line('second'), line('third'), line('fourth')].join('\n'),
  );
  expect(
    (await truce('--data', data, 'claim', 'import', join(dir, 'c.jsonl'), '--doc', doc)).code,
  ).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

describe('the terminal review queue', () => {
  it('accepts, rejects, edits and skips with one key each, and shows the span in its text', async () => {
    let screen = '';
    const output = { out: (s: string) => (screen += s), err: (s: string) => (screen += s) };
    const input = new PassThrough();
    const done = runReviewQueue({ workspace: { data }, author: 'reviewer', output }, input, false);
    // accept the first, reject the second, edit the third's type to aid_delivery, then quit.
    input.write('a');
    input.write('r');
    input.write('e');
    input.write('aid_delivery\n');
    input.write('q');
    const tally = await done;
    expect(tally).toEqual({ accepted: 1, rejected: 1, edited: 1 });
    expect(screen).toContain('crossing on Friday, by a [[first]], second');
    const claims = JSON.parse((await truce('--data', data, 'claim', 'list', '--json')).stdout) as {
      status: string;
      content: { type: string; text: string };
    }[];
    const byText = new Map(claims.map((c) => [c.content.text, c]));
    expect(byText.get('first')?.status).toBe('accepted');
    expect(byText.get('second')?.status).toBe('rejected');
    expect(byText.get('third')).toMatchObject({
      status: 'accepted',
      content: { type: 'aid_delivery' },
    });
    expect(byText.get('fourth')?.status).toBe('suggested');
  });
});
