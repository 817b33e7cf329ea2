import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/ingest/read-quantities.js';
import { claimsOfText } from '../support/extract-text.js';

const countsOf = (sentence: string) =>
  readQuantities(sentence).map(({ quantity: { unit, min, max, role } }) => ({
    unit,
    min,
    max,
    role,
  }));

describe('the role of a count', () => {
  it('counts the persons a casualty word names, in the role it gives them', () => {
    expect(countsOf('The shelling killed three people and wounded 12 civilians.')).toEqual([
      { unit: 'persons', min: 3, max: 3, role: 'killed' },
      { unit: 'persons', min: 12, max: 12, role: 'injured' },
    ]);
    expect(countsOf('Police said 40 were detained overnight.')).toEqual([
      { unit: 'persons', min: 40, max: 40, role: 'detained' },
    ]);
  });

  it('keeps the acts counted beside the persons killed in them', () => {
    expect(countsOf('Three strikes killed nine people in the camp.')).toEqual([
      { unit: 'strikes', min: 3, max: 3, role: undefined },
      { unit: 'persons', min: 9, max: 9, role: 'killed' },
    ]);
  });

  it('gives a count of freed persons no casualty role', () => {
    expect(countsOf('Hamas released 13 hostages on Friday.')).toEqual([
      { unit: 'persons', min: 13, max: 13, role: undefined },
    ]);
  });

  it('keeps the killed and the injured of one act apart on its claim, though both are persons', () => {
    const [attack] = claimsOfText(
      'Gunmen opened fire at a checkpoint, killing two soldiers and wounding five more before they fled.',
    );
    expect(attack?.quantities.map(({ unit, min, role }) => ({ unit, min, role }))).toEqual([
      { unit: 'persons', min: 2, role: 'killed' },
      { unit: 'persons', min: 5, role: 'injured' },
    ]);
  });
});
