import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';

// The rules alone: what is read here is the modality cues', not the classifier's.
const readingsOf = (text: string): [string, string][] =>
  extractClaims(
    {
      text,
      format: 'text',
      published: '2024-03-02T10:00:00+02:00',
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
    },
    null,
  ).claims.map((c) => [c.type, c.modality]);

describe('planned acts told in a chain or by a modal after them', () => {
  it('plans each act in a chain of infinitives after one that plans, however far its cue', () => {
    expect(
      readingsOf(
        'Under its terms the parties undertook to freeze their forces in their current locations, to release political detainees and prisoners of war.',
      ),
    ).toContainEqual(['release', 'planned']);
  });

  it('reads an agreement’s term told with an adverb before "to" as planned', () => {
    expect(
      readingsOf(
        'The two sides are also to free all prisoners of war and the civilians they hold.',
      ),
    ).toContainEqual(['release', 'planned']);
  });

  it('plans an act whose own predicate is a modal, its subject told before it', () => {
    expect(
      readingsOf(
        'An official said the entry of aid, halted earlier in the day, would resume on Monday through the crossing.',
      ),
    ).toContainEqual(['aid_delivery', 'planned']);
  });

  it('leaves an act told when a relative opens the clause its modal stands in', () => {
    const readings = readingsOf(
      'Rockets fired at Sderot on Monday hit a school that would later close.',
    );
    expect(readings).toContainEqual(['rocket_fire', 'asserted']);
    expect(readings).not.toContainEqual(['rocket_fire', 'planned']);
  });

  it('leaves an act told when a question word opens the clause its modal stands in', () => {
    expect(
      readingsOf(
        'The group sent messages through mediators proposing to discuss what the other side would give in return for the release of elderly men.',
      ),
    ).toContainEqual(['proposal', 'asserted']);
  });

  it('leaves an act told in the past after a planned one as told', () => {
    expect(
      readingsOf(
        'Under the deal the rebels were to leave the town by Friday and shelled it instead.',
      ),
    ).toEqual([
      // "were to leave" is the plan itself (read since forces to leave are a withdrawal).
      ['withdrawal', 'planned'],
      ['shelling', 'asserted'],
    ]);
  });
});

describe('a clause is not cut at an abbreviation’s full stop', () => {
  it('keeps an if-clause open past "Gen.", so the act in it reports nothing', () => {
    const readings = readingsOf(
      "If Gen. Haftar's forces pull back from the airport road, talks will resume in Geneva on Monday.",
    );
    expect(readings.map(([type]) => type)).not.toContain('withdrawal');
    expect(readings).toContainEqual(['talks', 'planned']);
  });

  it('keeps a denial open past "Gen.", so the act it denies is denied', () => {
    expect(
      readingsOf(
        "The ministry denied that Gen. Osman's brigade shelled the market in Nyala on Sunday.",
      ),
    ).toContainEqual(['shelling', 'denied']);
  });
});
