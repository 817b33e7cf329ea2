import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, truce } from '../support/run-cli.js';

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];
const report = join(REPO_ROOT, 'test/corpus/train/12-sudan-violations.txt');
const published = '2023-05-25T20:00:00+02:00';
const run = (...args: string[]) => truce('--data', data, '--author', 'tester', ...args);

interface StoredClaim {
  id: string;
  provenance: { rule: string };
  content: { type: string; where: { name: string } | null; text: string };
}
interface ExtractedClaim {
  type: string;
  rule: string;
  text: string;
  where: { name: string } | null;
  confidence: number;
}

const extracted = async (dataDir: string): Promise<ExtractedClaim[]> => {
  const out = await truce('--data', dataDir, 'extract', report, '--published', published, '--json');
  expect(out.code, out.stderr).toBe(0);
  return (JSON.parse(out.stdout) as { claims: ExtractedClaim[] }).claims;
};

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-model-'));
  data = join(dir, 'data');
  expect((await run('init')).code).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

describe('learning from review on the command line', () => {
  it("says the shipped model is in use until the store's reviews are trained on", async () => {
    const status = await run('model', 'status', '--json');
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ model: 'shipped', reviews: 0 });
    expect((await run('model', 'status')).stdout).toMatch(/the shipped one/);
  });

  it('trains on accepted, edited and rejected claims, and extraction in that store never forgets them', async () => {
    expect((await run('ingest', report, '--published', published)).code).toBe(0);
    const claims = JSON.parse((await run('claim', 'list', '--json')).stdout) as StoredClaim[];
    const byRule = (rule: string) => claims.find((c) => c.provenance.rule === rule)!;
    const rejected = byRule('trigger.clash.exchange');
    const edited = byRule('trigger.ground.operation');
    const accepted = byRule('trigger.airstrike.strike');
    expect((await run('claim', 'review', rejected.id, '--reject')).code).toBe(0);
    const edit = await run(
      'claim',
      'edit',
      edited.id,
      '--type',
      'armed_attack',
      '--where',
      'Omdurman',
    );
    expect(edit.code, edit.stderr).toBe(0);
    expect((await run('claim', 'review', edited.id, '--accept')).code).toBe(0);
    expect((await run('claim', 'review', accepted.id, '--accept')).code).toBe(0);

    // Before training, extraction proposes what was rejected and keeps the rules' reading.
    const before = await extracted(data);
    expect(before.some((c) => c.rule === 'trigger.clash.exchange')).toBe(true);
    expect(before.find((c) => c.rule === 'trigger.ground.operation')?.type).toBe(
      'ground_operation',
    );

    const trained = await run('model', 'train', '--json');
    expect(trained.code, trained.stderr).toBe(0);
    expect(trained.stderr).toMatch(
      /3 reviewed claims[\s\S]*read again 1\/1 documents[\s\S]*training on \d+ examples/,
    );
    expect(JSON.parse(trained.stdout)).toMatchObject({ model: 'store', reviews: 3, documents: 1 });
    const status = JSON.parse((await run('model', 'status', '--json')).stdout) as {
      model: string;
      reviews: number;
      latestReview: string;
      trainedAt: string;
    };
    expect(status).toMatchObject({ model: 'store', reviews: 3 });
    expect(Date.parse(status.trainedAt)).toBeGreaterThanOrEqual(Date.parse(status.latestReview));

    const after = await extracted(data);
    expect(after.some((c) => c.rule === 'trigger.clash.exchange')).toBe(false);
    const correction = after.find((c) => c.rule === 'trigger.ground.operation');
    expect(correction).toMatchObject({ type: 'armed_attack', where: { name: 'Omdurman' } });
    expect(after.find((c) => c.rule === 'trigger.airstrike.strike')?.type).toBe('airstrike');
    expect(correction?.confidence).toBe(1);

    // Another data directory has its own model: there the rejected claim is still proposed.
    expect(
      (await extracted(join(dir, 'elsewhere'))).some((c) => c.rule === 'trigger.clash.exchange'),
    ).toBe(true);
  });

  it('trains the same file, byte for byte, from the same record', async () => {
    const first = await readFile(join(data, 'claim-model.json'), 'utf8');
    expect((await run('model', 'train')).code).toBe(0);
    expect(await readFile(join(data, 'claim-model.json'), 'utf8')).toBe(first);
  });

  it('ingests a new report with the store model, leaving a rejected reading out', async () => {
    const copy = join(dir, 'again.txt');
    const text = await readFile(report, 'utf8');
    // The same sentences in another report: new content, so ingest reads it afresh.
    await writeFile(copy, `${text}\nMore later.\n`);
    const out = await run('ingest', copy, '--published', published, '--json');
    expect(out.code, out.stderr).toBe(0);
    const claims = JSON.parse(
      (await run('claim', 'list', '--status', 'suggested', '--json')).stdout,
    ) as StoredClaim[];
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => c.provenance.rule === 'trigger.clash.exchange')).toBe(false);
    expect(claims.find((c) => c.provenance.rule === 'trigger.ground.operation')?.content.type).toBe(
      'armed_attack',
    );
  });
});

describe('learning from claims coded by hand', () => {
  const first =
    'KADUGLI, 3 March - Gunmen mortared a displacement camp east of Kadugli on Sunday night, ' +
    'killing four people, the state health ministry said on Monday.\n';
  const second =
    'DILLING, 9 March - Militia fighters mortared the market in Dilling on Saturday, residents said.\n';

  it('teaches the words an analyst coded, and extraction in that store reads them from then on', async () => {
    const coded = join(dir, 'coded');
    const at = (...args: string[]) => truce('--data', coded, '--author', 'tester', ...args);
    const [a, b] = [join(dir, 'kadugli.txt'), join(dir, 'dilling.txt')];
    await writeFile(a, first);
    await writeFile(b, second);
    expect((await at('init')).code).toBe(0);
    const ingested = await at('ingest', a, '--published', '2024-03-04T12:00:00+02:00');
    expect(ingested.code, ingested.stderr).toBe(0);
    const docs = JSON.parse((await at('doc', 'list', '--json')).stdout) as { id: string }[];
    const added = await at(
      ...['claim', 'add', '--doc', docs[0]!.id, '--type', 'shelling', '--when', '2024-03-03'],
      ...['--origin', 'state health ministry', '--text', 'mortared a displacement camp'],
    );
    expect(added.code, added.stderr).toBe(0);
    const shelling = async () => {
      const out = await at('extract', b, '--published', '2024-03-09T18:00:00+02:00', '--json');
      expect(out.code, out.stderr).toBe(0);
      return (JSON.parse(out.stdout) as { claims: ExtractedClaim[] }).claims.filter(
        (c) => c.type === 'shelling',
      );
    };
    expect(await shelling()).toEqual([]);

    const trained = await at('model', 'train');
    expect(trained.code, trained.stderr).toBe(0);
    expect(trained.stdout).toMatch(/words learned from claims coded by hand: mortar \(shelling\)/);
    const status = JSON.parse((await at('model', 'status', '--json')).stdout) as {
      learnedTriggers: unknown[];
    };
    expect(status.learnedTriggers).toEqual([{ lemma: 'mortar', pos: 'verb', type: 'shelling' }]);
    expect(await shelling()).toMatchObject([
      { rule: 'trigger.reviewed.mortar.verb', where: { name: 'Dilling' } },
    ]);
  });
});

describe('a damaged store model', () => {
  it('is named in one sentence, by status and by extraction, with what to run', async () => {
    const damaged = join(dir, 'damaged');
    expect((await truce('--data', damaged, 'init')).code).toBe(0);
    await writeFile(join(damaged, 'claim-model.json'), '{"type": ');
    for (const args of [
      ['model', 'status'],
      ['extract', report],
    ]) {
      const out = await truce('--data', damaged, ...args);
      expect(out.code).not.toBe(0);
      expect(out.stderr).toMatch(
        /claim-model\.json is not a claim model; run `truce model train` again/,
      );
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
