// Lint rules, including the dependency direction of docs/design.md §6:
// core <- ingest, store <- app <- cli, server. A forbidden import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}/**`, `**/${name}/*`, `**/${name}`];
const io = [
  'node:fs',
  'node:fs/*',
  'node:child_process',
  'node:net',
  'node:http',
  'fs',
  'child_process',
];
const dbAndWeb = ['better-sqlite3', 'pg', 'kysely', 'fastify', 'fastify-*', '@fastify/*'];

/** Builds a `no-restricted-imports` rule that names the broken direction in its message. */
function forbid(from, groups) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: groups.map(([group, why, options]) => ({
          group,
          message: `${from} must not import this: ${why}`,
          ...options,
        })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'truce-data/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: forbid('src/core', [
      [
        [
          ...layer('ingest'),
          ...layer('store'),
          ...layer('app'),
          ...layer('cli'),
          ...layer('server'),
        ],
        'core is the pure centre and imports no other layer',
      ],
      [[...io, ...dbAndWeb], 'core does no I/O'],
    ]),
  },
  {
    files: ['src/ingest/**/*.ts'],
    ignores: ['src/ingest/**/*.test.ts'],
    rules: forbid('src/ingest', [
      [
        [...layer('store'), ...layer('app'), ...layer('cli'), ...layer('server')],
        'ingest depends on core only',
      ],
      [dbAndWeb, 'ingest touches no database or server'],
    ]),
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: forbid('src/store', [
      [
        [...layer('ingest'), ...layer('app'), ...layer('cli'), ...layer('server')],
        'store depends on core only',
      ],
      [
        ['kysely'],
        "Kysely's values come through src/store/kysely.ts, which loads its faster-loading CommonJS build (decision 0019)",
        { allowTypeImports: true },
      ],
    ]),
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: forbid('src/app', [
      [[...layer('cli'), ...layer('server')], 'app is shared by cli and server and knows neither'],
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/**/*.test.ts', 'src/cli/commands/serve.ts'],
    rules: forbid('src/cli', [
      [
        [...layer('ingest'), ...layer('store'), ...layer('server')],
        'cli goes through app (core types are allowed)',
      ],
      [dbAndWeb, 'cli goes through app'],
    ]),
  },
  {
    // `truce serve` is where the CLI and the server are put together: the one CLI file that
    // may import the server, and still neither ingest nor store.
    files: ['src/cli/commands/serve.ts'],
    rules: forbid('src/cli/commands/serve.ts', [
      [[...layer('ingest'), ...layer('store')], 'cli goes through app (core types are allowed)'],
      [
        dbAndWeb.filter((p) => !p.startsWith('fastify') && !p.startsWith('@fastify')),
        'cli goes through app',
      ],
    ]),
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts'],
    rules: forbid('src/server', [
      [
        [...layer('ingest'), ...layer('store'), ...layer('cli')],
        'server goes through app (core types are allowed)',
      ],
      [['better-sqlite3', 'pg', 'kysely'], 'server goes through app'],
    ]),
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: forbid('web', [
      [['**/src/**', '../src/*', '../../src/*'], 'the dashboard talks to the HTTP API only'],
    ]),
  },
);
