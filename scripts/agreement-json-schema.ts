// Writes docs/agreement.schema.json and docs/amendment.schema.json from the agreement
// language's zod schemas, formatted as the repository formats JSON. A test fails when a
// committed file is stale: run `npx tsx scripts/agreement-json-schema.ts` after changing
// src/core/agreement/agreement-file.ts or amendment-file.ts.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import {
  agreementJsonSchema,
  amendmentJsonSchema,
} from '../src/core/agreement/agreement-json-schema.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/agreement.schema.json', import.meta.url));
export const AMENDMENT_SCHEMA_PATH = fileURLToPath(
  new URL('../docs/amendment.schema.json', import.meta.url),
);

async function formatted(path: string, schema: Record<string, unknown>): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...options, parser: 'json' });
}

/** The schema file's text: prettier-formatted JSON, as `npm run format:check` expects it. */
export const agreementSchemaFile = (): Promise<string> =>
  formatted(SCHEMA_PATH, agreementJsonSchema());

export const amendmentSchemaFile = (): Promise<string> =>
  formatted(AMENDMENT_SCHEMA_PATH, amendmentJsonSchema());

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_PATH, await agreementSchemaFile());
  await writeFile(AMENDMENT_SCHEMA_PATH, await amendmentSchemaFile());
  process.stdout.write(`wrote ${SCHEMA_PATH} and ${AMENDMENT_SCHEMA_PATH}\n`);
}
