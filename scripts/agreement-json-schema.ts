// Writes docs/agreement.schema.json from the agreement language's zod schema, formatted as the
// repository formats JSON. A test fails when the committed file is stale: run
// `npx tsx scripts/agreement-json-schema.ts` after changing src/core/agreement/agreement-file.ts.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { agreementJsonSchema } from '../src/core/agreement/agreement-json-schema.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/agreement.schema.json', import.meta.url));

/** The schema file's text: prettier-formatted JSON, as `npm run format:check` expects it. */
export async function agreementSchemaFile(): Promise<string> {
  const options = (await prettier.resolveConfig(SCHEMA_PATH)) ?? {};
  return prettier.format(JSON.stringify(agreementJsonSchema()), { ...options, parser: 'json' });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_PATH, await agreementSchemaFile());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
