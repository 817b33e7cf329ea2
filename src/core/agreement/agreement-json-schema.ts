import { z } from 'zod';
import { AgreementFile } from './agreement-file.js';
import { AmendmentFile } from './amendment-file.js';

/**
 * The JSON Schema of agreement files, for editors (YAML language servers read it through a
 * `# yaml-language-server: $schema=…` comment). Generated from the zod schema, the one
 * definition; `docs/agreement.schema.json` is this, written by scripts/agreement-json-schema.ts.
 */
export function agreementJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AgreementFile, { io: 'input', target: 'draft-2020-12' }),
    title: 'Truce agreement',
    description:
      'An agreement in the Truce agreement language: parties, term, norms, powers and evidence policy. See docs/agreement-language.md.',
  };
}

/** The JSON Schema of amendment files (`docs/amendment.schema.json`), from the same zod schema. */
export function amendmentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AmendmentFile, { io: 'input', target: 'draft-2020-12' }),
    title: 'Truce agreement amendment',
    description:
      'An amendment written as the clauses it changes, read against the version it amends. See docs/agreement-language.md.',
  };
}
