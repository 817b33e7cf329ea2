// Writes dist/vendor/kysely.cjs: Kysely's CommonJS build as one file. Node reads, resolves and
// compiles each of the build's some 260 files on every command that opens a store, which cost
// more CPU time than starting Node; one file costs a few milliseconds (decision 0020).
// Run by `npm run build` after tsc; src/store/kysely.ts loads the file when it is there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = createRequire(import.meta.url).resolve('kysely');
/** Kysely's package.json (its exports do not list it): the nearest one above the entry. */
function packageOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'kysely') return pkg;
    } catch {
      // no package.json here, or not Kysely's (dist/cjs has one of its own): look further up
    }
  }
  throw new Error(`no package.json of kysely above ${file}`);
}
const { version, license } = packageOf(entry);

await build({
  entryPoints: [entry],
  outfile: fileURLToPath(new URL('../dist/vendor/kysely.cjs', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Kysely's licence travels with the file.
  banner: { js: `/* Kysely ${version} (${license} licence), bundled from its CommonJS build. */` },
  logLevel: 'warning',
});
