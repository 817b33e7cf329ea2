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

    it(`${name} gives every clause a title, so the grid shows names, not ids`, () => {
      const { norms } = parseAgreement(readFileSync(new URL(name, dir), 'utf8'));
      expect(norms.filter((n) => n.title === null).map((n) => n.id)).toEqual([]);
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

  it('reads a clause without a title as null, and refuses a blank one', () => {
    const text = readFileSync(new URL('gaza-pause-2023-11.yaml', dir), 'utf8');
    const untitled = text.replace('    title: Hostages released by Hamas each day\n', '');
    expect(parseAgreement(untitled).norms.find((n) => n.id === 'hamas-releases')?.title).toBeNull();
    const blank = text.replace('title: Hostages released by Hamas each day', "title: ' '");
    const checked = checkAgreement(blank);
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toContain('norms[0].title');
  });
});
