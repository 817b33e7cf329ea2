import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, agreementSchemaFile } from '../../../scripts/agreement-json-schema.js';

describe('the agreement JSON Schema in docs/', () => {
  it('is what the zod schema generates (run scripts/agreement-json-schema.ts when it is not)', async () => {
    expect(await readFile(SCHEMA_PATH, 'utf8')).toBe(await agreementSchemaFile());
  });
});
