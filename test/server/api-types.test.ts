// The contract files are generated (`npm run api:types`) and committed, so the web builds from
// them without a running server. This fails when a route or a schema changed and they did not.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { apiTypeFiles } from '../../scripts/api-types.js';

describe('the generated API contract', () => {
  test('docs/openapi.json and the web types are what the server generates now', async () => {
    const stale: string[] = [];
    for (const [path, generated] of Object.entries(await apiTypeFiles())) {
      const committed = await readFile(path, 'utf8').catch(() => '');
      if (committed !== generated) stale.push(relative(process.cwd(), path));
    }
    expect(stale, 'stale: run `npm run api:types` and commit the result').toEqual([]);
  }, 120_000);
});
