import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreementRecordFields } from '../../../src/core/agreement/agreement-record-fields.js';
import { checkAgreement, parseAgreement } from '../../../src/core/agreement/parse-agreement.js';

const dir = new URL('../../../examples/agreements/', import.meta.url);

describe('the example agreements', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${name} is valid`, () => {
      const checked = checkAgreement(readFileSync(new URL(name, dir), 'utf8'));
      expect(checked.ok ? [] : checked.problems).toEqual([]);
    });
  }

  it('gives an agreement record its id, version, title and effective date', () => {
    const a = parseAgreement(readFileSync(new URL('gaza-pause-2023-11.yaml', dir), 'utf8'));
    expect(agreementRecordFields(a)).toEqual({
      id: 'gaza-pause-2023-11',
      version: 1,
      title: 'Israel–Hamas humanitarian pause, November 2023',
      effectiveFrom: '2023-11-24T05:00:00.000Z',
    });
  });
});
