import { z } from 'zod';
import { AgreementFile } from './agreement-file.js';

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
