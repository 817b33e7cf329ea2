import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, truce, truceProcess } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];

/** Runs a command against this suite's data directory. */
const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);

const claimLine = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'release',
    when: {
      earliest: '2023-11-24T14:00:00Z',
      latest: '2023-11-24T15:00:00Z',
      label: 'Friday afternoon',
      precision: 'hour',
    },
    actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' }],
    quantities: [{ unit: 'hostages', min: 13, max: 13, qualifier: 'exact' }],
    categories: ['women', 'children'],
    attribution: [{ name: 'Example Wire', kind: 'news_agency' }],
    ...extra,
  });

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-cli-'));
  data = join(dir, 'data');
  expect((await run('init')).code).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

async function addDoc(name: string, text: string, ...args: string[]): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  const result = await run('doc', 'add', file, '--json', ...args);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { document: { id: string } }[])[0]!.document.id;
}

describe('the truce command', () => {
  it('lists its commands in --help and exits 0', async () => {
    const result = await truce('--help');
    expect(result.code).toBe(0);
    for (const command of ['init', 'source', 'doc', 'claim', 'verify', 'rebuild', 'export']) {
      expect(result.stdout).toContain(command);
    }
  });

  it('the installed binary answers --help', async () => {
    const result = await truceProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: truce');
  });

  it('prints its version', async () => {
    const result = await truce('--version');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown command is bad usage: exit 2', async () => {
    expect((await truce('frobnicate')).code).toBe(2);
  });

  it('records sources and lists them as JSON, refusing a name already taken', async () => {
    expect(
      (await run('source', 'add', 'Example Wire', '--kind', 'news_agency', '--alias', 'EW')).code,
    ).toBe(0);
    const dup = await run('source', 'add', 'ew', '--kind', 'outlet');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/already names source/);
    const list = await run('source', 'list', '--json');
    const sources = JSON.parse(list.stdout) as { name: string; aliases: string[] }[];
    expect(sources.map((s) => s.name)).toContain('Example Wire');
  });

  it('stores a document once: the same content twice is recognised', async () => {
    const first = await addDoc(
      'a.txt',
      'Wire report\n\nThirteen hostages were released on Friday.\n',
    );
    const again = await run('doc', 'add', join(dir, 'a.txt'), '--json');
    const second = JSON.parse(again.stdout) as { outcome: string; document: { id: string } }[];
    expect(second[0]).toMatchObject({ outcome: 'known', document: { id: first } });
    const list = JSON.parse((await run('doc', 'list', '--json')).stdout) as unknown[];
    expect(list).toHaveLength(1);
    const shown = await run('doc', 'show', first);
    expect(shown.stdout).toContain('Thirteen hostages');
  });

  it("shows and lists a summary as written for the examples, never as the outlet's text", async () => {
    const id = await addDoc(
      'summary.txt',
      'A summary in our words of a wire report.\n',
      '--kind',
      'summary',
      '--publisher',
      'Example Wire',
      '--derived-from',
      'https://example.org/wire-report',
    );
    const shown = await run('doc', 'show', id);
    expect(shown.stdout).toContain(
      'words:     Summary written for the examples, from a report by Example Wire\n',
    );
    expect(shown.stdout).toContain('url:       https://example.org/wire-report\n');
    const listed = (await run('doc', 'list')).stdout.split('\n').find((l) => l.startsWith(id));
    expect(listed).toContain('summary written for the examples');
    expect(listed).not.toContain('Example Wire');
  });

  it('refuses a missing file, a binary file, and a bad publication time with exit 2', async () => {
    expect((await run('doc', 'add', join(dir, 'nope.txt'))).code).toBe(2);
    await writeFile(join(dir, 'bin.dat'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const binary = await run('doc', 'add', join(dir, 'bin.dat'));
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/binary/);
    const badTime = await run('doc', 'add', join(dir, 'a.txt'), '--published', 'yesterday');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/ISO date-time/);
  });

  it('adds, lists, reviews, edits and retracts claims, each a new ledger entry', async () => {
    const doc = await addDoc(
      'b.txt',
      'Statement\n\nFour Thai nationals were freed.\n',
      '--publisher',
      'Example Wire',
    );
    const added = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'release',
      '--when',
      '2023-11-24T14:00:00Z/2023-11-24T16:00:00Z',
      '--by',
      'hamas',
      '--count',
      '4',
      '--unit',
      'hostages',
      '--category',
      'foreign_nationals',
      '--origin',
      'a mediator',
      '--suggest',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    const claim = JSON.parse(added.stdout) as {
      id: string;
      status: string;
      content: { attribution: { name: string }[] };
    };
    expect(claim.status).toBe('suggested');
    expect(claim.content.attribution.map((a) => a.name)).toEqual(['Example Wire', 'a mediator']);

    const suggested = JSON.parse(
      (await run('claim', 'list', '--status', 'suggested', '--json')).stdout,
    ) as { id: string }[];
    expect(suggested.map((c) => c.id)).toContain(claim.id);

    expect(
      (await run('claim', 'review', claim.id, '--accept', '--note', 'matches the list')).code,
    ).toBe(0);
    const edited = await run(
      'claim',
      'edit',
      claim.id,
      '--count',
      '3-4',
      '--note',
      'one name disputed',
    );
    expect(edited.code, edited.stderr).toBe(0);
    const shown = JSON.parse((await run('claim', 'show', claim.id)).stdout) as {
      status: string;
      revision: number;
      content: { quantities: { min: number; max: number }[] };
    };
    expect(shown).toMatchObject({ status: 'accepted', revision: 3 });
    expect(shown.content.quantities[0]).toMatchObject({ min: 3, max: 4 });

    expect((await run('claim', 'retract', claim.id)).code).toBe(0);
    const again = await run('claim', 'review', claim.id, '--reject');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/retracted/);
    expect((await run('verify')).code).toBe(0);
  });

  it('rebuild says whether it verified the tables, and skips that with --no-verify', async () => {
    await addDoc('rebuild.txt', 'A report to rebuild from.\n');
    const entries = (await run('verify', '--json')).stdout;
    const { entries: count } = JSON.parse(entries) as { entries: number };
    const verified = await run('rebuild');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(
      new RegExp(`^rebuilt the tables from ${count} ledger entries, then verified: ledger intact`),
    );
    const unverified = await run('rebuild', '--no-verify', '--json');
    expect(unverified.code, unverified.stderr).toBe(0);
    expect(JSON.parse(unverified.stdout)).toEqual({ rebuilt: { entries: count }, verified: null });
    expect((await run('rebuild', '--no-verify')).stdout).toMatch(/not verified/);
  });

  it('gives a place named without coordinates its coordinates from the gazetteer', async () => {
    const doc = await addDoc(
      'place.txt',
      'Strikes were reported in Khan Yunis.\n',
      '--publisher',
      'Example Wire',
    );
    const added = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'airstrike',
      '--when',
      '2023-12-02T08:00:00+02:00',
      '--where',
      'Khan Yunis',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    const where = (
      JSON.parse(added.stdout) as { content: { where: { name: string; lat: number; lon: number } } }
    ).content.where;
    expect(where.name).toBe('Khan Yunis');
    expect(where.lat).toBeCloseTo(31.35, 1);
    expect(where.lon).toBeCloseTo(34.3, 1);
  });

  it('refuses claims with an unknown type, an inverted interval or a missing document', async () => {
    const doc = await addDoc('c.txt', 'Another report.\n');
    const unknownType = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'hostage_release',
      '--when',
      '2023-11-24T14:00:00Z',
      '--origin',
      'x',
    );
    expect(unknownType.code).toBe(2);
    const inverted = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'release',
      '--when',
      '2023-11-25T00:00:00Z/2023-11-24T00:00:00Z',
      '--origin',
      'x',
    );
    expect(inverted.code).toBe(2);
    expect(inverted.stderr).toMatch(/ends before it starts/);
    const missing = await run(
      'claim',
      'add',
      '--doc',
      'doc_aaaaaaaaaaaaaaaaaaaa',
      '--type',
      'release',
      '--when',
      '2023-11-24T14:00:00Z',
      '--origin',
      'x',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no document/);
  });

  it('imports JSONL all or nothing, naming the bad line', async () => {
    const doc = await addDoc('d.txt', 'A third report with several releases.\n');
    const before = (JSON.parse((await run('claim', 'list', '--json')).stdout) as unknown[]).length;
    const bad = [
      claimLine(),
      claimLine({ when: { earliest: 'x', latest: null, precision: 'day' } }),
      claimLine(),
    ].join('\n');
    await writeFile(join(dir, 'bad.jsonl'), bad);
    const failed = await run('claim', 'import', join(dir, 'bad.jsonl'), '--doc', doc);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/line 2/);
    const broken = [claimLine(), '{"type": "release",'].join('\n');
    await writeFile(join(dir, 'broken.jsonl'), broken);
    const notJson = await run('claim', 'import', join(dir, 'broken.jsonl'), '--doc', doc);
    expect(notJson.stderr).toMatch(/line 2: not valid JSON/);
    expect((JSON.parse((await run('claim', 'list', '--json')).stdout) as unknown[]).length).toBe(
      before,
    );

    await writeFile(join(dir, 'nul.jsonl'), claimLine({ text: 'a\u0000b' }));
    const nul = await run('claim', 'import', join(dir, 'nul.jsonl'), '--doc', doc);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toMatch(/line 1: line.text contains a NUL character/);

    await writeFile(
      join(dir, 'good.jsonl'),
      [claimLine(), claimLine({ status: 'accepted' })].join('\n') + '\n',
    );
    const ok = await run('claim', 'import', join(dir, 'good.jsonl'), '--doc', doc);
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse((await run('claim', 'list', '--json')).stdout) as unknown[]).length).toBe(
      before + 2,
    );
  });

  it("import holds each quote to its document's words, placing it, or refusing the line", async () => {
    const doc = await addDoc(
      'q.txt',
      'Qatar says thirteen hostages were freed. Israel confirms it.\n',
    );
    const before = (JSON.parse((await run('claim', 'list', '--json')).stdout) as unknown[]).length;
    const paraphrase = [
      claimLine({ text: 'thirteen hostages were freed' }),
      claimLine({ text: '13 hostages released, Qatar says.' }),
    ].join('\n');
    await writeFile(join(dir, 'paraphrase.jsonl'), paraphrase);
    const refused = await run('claim', 'import', join(dir, 'paraphrase.jsonl'), '--doc', doc);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /line 2: the claim's text "13 hostages released, Qatar says\." is not in its document/,
    );
    const wrongSpan = claimLine({ text: 'Israel confirms it.', span: [0, 19] });
    await writeFile(join(dir, 'span.jsonl'), wrongSpan);
    const misplaced = await run('claim', 'import', join(dir, 'span.jsonl'), '--doc', doc);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(
      /line 1: .* at span \[0, 19\], which reads "Qatar says thirteen/,
    );
    expect((JSON.parse((await run('claim', 'list', '--json')).stdout) as unknown[]).length).toBe(
      before,
    );

    const good = [
      claimLine({ text: 'thirteen hostages were freed' }),
      claimLine({ text: 'Israel confirms it.', span: [41, 60] }),
      claimLine({ text: '' }),
    ].join('\n');
    await writeFile(join(dir, 'quotes.jsonl'), good);
    const ok = await run('claim', 'import', join(dir, 'quotes.jsonl'), '--doc', doc, '--json');
    expect(ok.code, ok.stderr).toBe(0);
    const spans = (JSON.parse(ok.stdout) as { content: { text: string; span: unknown } }[]).map(
      (c) => [c.content.text, c.content.span],
    );
    expect(spans).toEqual([
      ['thirteen hostages were freed', [11, 39]],
      ['Israel confirms it.', [41, 60]],
      ['', null],
    ]);
  });

  it('claim add takes the words it quotes, with --span where they occur more than once', async () => {
    const doc = await addDoc(
      'twice.txt',
      'Two trucks entered. Later, two trucks entered again.\n',
      '--publisher',
      'Example Wire',
    );
    const add = (...extra: string[]) =>
      run(
        'claim',
        'add',
        '--doc',
        doc,
        '--type',
        'aid_delivery',
        '--when',
        '2023-11-24T14:00:00Z',
        '--json',
        ...extra,
      );
    const paraphrase = await add('--text', 'Aid got in.');
    expect(paraphrase.code).toBe(2);
    expect(paraphrase.stderr).toMatch(/the claim's text "Aid got in\." is not in its document/);
    const twice = await add('--text', 'trucks entered');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/occurs more than once in its document: give its span/);
    expect((await add('--text', 'trucks entered', '--span', '9-5')).stderr).toMatch(
      /expected a span like 120-188/,
    );
    const placed = await add('--text', 'trucks entered', '--span', '31-45');
    expect(placed.code, placed.stderr).toBe(0);
    expect((JSON.parse(placed.stdout) as { content: { span: unknown } }).content.span).toEqual([
      31, 45,
    ]);
    const none = await add();
    expect((JSON.parse(none.stdout) as { content: { text: string } }).content.text).toBe('');
  });

  it('exports claims as JSON and as RFC 4180 CSV', async () => {
    const json = JSON.parse((await run('export', '--format', 'json')).stdout) as {
      claims: { document: { id: string } }[];
    };
    expect(json.claims.length).toBeGreaterThan(0);
    expect(json.claims[0]?.document.id).toMatch(/^doc_/);
    const out = join(dir, 'claims.csv');
    expect((await run('export', '--format', 'csv', '--out', out)).code).toBe(0);
    const csv = await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^claim_id,status,type,plover_type,plover_mode,/);
    expect(lines.length).toBe(json.claims.length + 2);
  });

  it('reads a date-only --when as that local day in --tz, and an approximate one as EDTF', async () => {
    const doc = await addDoc('edtf.txt', 'A note on the day.', '--publisher', 'Example Wire');
    const added = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'talks',
      '--when',
      '2023-11-24~',
      '--tz',
      'Asia/Jerusalem',
      '--origin',
      'a mediator',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    const claim = JSON.parse(added.stdout) as {
      content: { when: { earliest: string; label: string } };
    };
    expect(claim.content.when.earliest).toBe('2023-11-23T22:00:00.000Z');
    const plover = await run(
      'export',
      '--format',
      'plover',
      '--type',
      'talks',
      '--tz',
      'Asia/Jerusalem',
    );
    expect(plover.stdout).toContain('"edtf":"2023-11-24~"');
    const bad = await run(
      'claim',
      'add',
      '--doc',
      doc,
      '--type',
      'talks',
      '--when',
      'around Friday',
      '--origin',
      'x',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an EDTF date/);
  });

  it('exports a gzipped bundle that import bundle replays into another data directory', async () => {
    const out = join(dir, 'record.jsonl.gz');
    const exported = await run('export', '--format', 'bundle', '--gzip', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    const other = join(dir, 'other');
    expect((await truce('--data', other, 'init')).code).toBe(0);
    const imported = await truce('--data', other, 'import', 'bundle', out);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/recorded .*claim\.added/);
    const again = await truce('--data', other, 'import', 'bundle', out);
    expect(again.stdout).toMatch(/recorded nothing new/);
    const count = async (data: string) =>
      (JSON.parse((await truce('--data', data, 'claim', 'list', '--json')).stdout) as unknown[])
        .length;
    expect(await count(other)).toBe(await count(data));
    const filtered = await run('export', '--format', 'bundle', '--type', 'release');
    expect(filtered.code).toBe(2);
    expect(filtered.stderr).toMatch(/whole record/);
  });

  it('imports an ACLED file, naming a bad line and storing nothing from it', async () => {
    const fixture = new URL('../fixtures/acled/gaza-2023-11.csv', import.meta.url);
    const text = await import('node:fs/promises').then((fs) => fs.readFile(fixture, 'utf8'));
    const badFile = join(dir, 'acled-bad.csv');
    await writeFile(badFile, text.replace('2023-11-26,2023', '2023-11-32,2023'));
    const bad = await run('import', 'acled', badFile);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 5: event_date "2023-11-32"/);
    const good = await run('import', 'acled', fileURLToPath(fixture));
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/imported 5 claims/);
    expect(good.stdout).toMatch(/not read: analyst_comment/);
    const acled = await run(
      'export',
      '--format',
      'acled',
      '--rows',
      'claim',
      '--type',
      'airstrike',
      '--bom',
    );
    expect(acled.stdout.startsWith('\uFEFFevent_id_cnty,event_date,year,time_precision,')).toBe(
      true,
    );
    const csv = await run('export', '--format', 'csv', '--type', 'airstrike');
    // The origin cell starts like a formula: it goes out neutralised.
    expect(csv.stdout).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv.stdout).not.toContain(`,=cmd`);
  });

  it('refuses a directory that is not a Truce data directory', async () => {
    const foreign = join(dir, 'foreign');
    await import('node:fs/promises').then((fs) => fs.mkdir(foreign));
    await writeFile(join(foreign, 'notes.txt'), 'mine');
    const result = await truce('--data', foreign, 'source', 'list');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a Truce data directory/);
  });
  it('exits quietly when its reader stops early (`truce doc show … | head`)', async () => {
    const big = await addDoc(
      'big.txt',
      `A long report.\n${'Another line of the report.\n'.repeat(200_000)}`,
    );
    const child = spawn(process.execPath, [BIN, '--data', data, 'doc', 'show', big], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
