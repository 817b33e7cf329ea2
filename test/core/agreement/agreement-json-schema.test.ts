import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  AMENDMENT_SCHEMA_PATH,
  SCHEMA_PATH,
  agreementSchemaFile,
  amendmentSchemaFile,
} from '../../../scripts/agreement-json-schema.js';

describe('the agreement JSON Schemas in docs/', () => {
  it('is what the zod schema generates (run scripts/agreement-json-schema.ts when it is not)', async () => {
    expect(await readFile(SCHEMA_PATH, 'utf8')).toBe(await agreementSchemaFile());
  });

  it('the amendment schema is what its zod schema generates', async () => {
    expect(await readFile(AMENDMENT_SCHEMA_PATH, 'utf8')).toBe(await amendmentSchemaFile());
  });
});
