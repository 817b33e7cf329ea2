import { describe, expect, it } from 'vitest';
import { originOf } from '../../src/core/evidence/claim.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';
import { extractClaims } from '../../src/ingest/extract.js';

const SUDAN = {
  parties: [
    { id: 'saf', aliases: ['SAF', 'Sudanese army', 'army'] },
    { id: 'rsf', aliases: ['RSF', 'Rapid Support Forces', 'paramilitary'] },
  ],
};

const claimsOf = (
  text: string,
  published = '2023-11-28T11:00:00+02:00',
  agreement: Parameters<typeof extractClaims>[0]['agreement'] = null,
  model?: ClaimModelFile | null,
) =>
  extractClaims(
    {
      text,
      format: 'text',
      published,
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
      agreement,
    },
    model,
  ).claims;

describe('attribution by clause', () => {
  const turning =
    'The RSF accused the army of shelling its positions in Omdurman, while the army said the paramilitary force had stormed a hospital in Khartoum North.';

  it('gives each claim the speaker of its own clause when a sentence turns to another speaker', () => {
    // Each side's act, read with the rules alone: whether the weights keep each act is the
    // eval's to measure; whose clause it is, the rules' doing.
    const claims = claimsOf(turning, '2023-05-23T20:00:00+02:00', SUDAN, null);
    const origin = (type: string) =>
      claims.filter((c) => c.type === type).map((c) => originOf(c).name);
    expect(origin('shelling')).toEqual(['RSF']);
    expect(origin('ground_operation')).toEqual(['SAF']);
  });

  it('gives the accusation its accuser, read with the rules alone', () => {
    // Whether the weights keep "accused … of shelling" as one claim or two follows the corpus,
    // which records it either way; who said it is the rules' doing.
    const claims = claimsOf(turning, '2023-05-23T20:00:00+02:00', SUDAN, null);
    const accusation = claims.filter((c) => c.type === 'accusation');
    expect(accusation.map((c) => originOf(c).name)).toEqual(['RSF']);
  });

  it('keeps one speaker for the whole sentence when only its last clause names one', () => {
    const claims = claimsOf(
      'Hamas fired rockets at Sderot, while Israel shelled Gaza, the UN said.',
    );
    expect(claims.map((c) => [c.type, originOf(c).name])).toEqual([
      ['rocket_fire', 'United Nations'],
      ['shelling', 'United Nations'],
    ]);
  });
});

describe('the end of a pause (until)', () => {
  it('reads "extended until Thursday 07:00" as the until of the extension, not its time', () => {
    // The rules alone: whether the shipped weights read the extension as told or as background
    // changes with every retrain, and the until and the day of publication are the rules' doing.
    const [extended, release] = claimsOf(
      'The truce was extended until Thursday 07:00, Qatar said. Hamas released 10 hostages.',
      undefined,
      undefined,
      null,
    );
    expect(extended?.type).toBe('truce_extended');
    // Published Tuesday 28 November: Thursday 30 November, 07:00 in Jerusalem.
    expect(extended?.until?.earliest).toBe('2023-11-30T05:00:00.000Z');
    expect(extended?.until?.precision).toBe('hour');
    // Told as done with no date of its own: the day of publication, not Thursday.
    expect(extended?.when.label).toBe('day of publication');
    expect(extended?.when.earliest).toBe('2023-11-27T22:00:00.000Z');
    // The end of the pause dates nothing that follows it.
    expect(release?.type).toBe('release');
    expect(release?.when.label).toBe('day of publication');
    expect(release?.until).toBeUndefined();
  });

  it('gives a start or extension no until when the report names no end', () => {
    const [extended] = claimsOf('On Monday, Qatar said the truce was extended by two days.');
    expect(extended?.type).toBe('truce_extended');
    expect(extended?.until).toBeUndefined();
    expect(extended?.when.label).toBe('On Monday');
  });
});

describe('how releases count toward quotas (countsToward)', () => {
  it('reads "counted toward Thursday’s tally" as counted at that Thursday, after the release', () => {
    const [release] = claimsOf(
      'Qatar said two women released on Wednesday would be counted toward Thursday’s tally.',
      '2023-12-01T11:00:00+02:00',
    );
    expect(release?.when.label).toBe('on Wednesday');
    expect(release?.countsToward).toEqual({
      kind: 'counted_at',
      when: {
        earliest: '2023-11-29T22:00:00.000Z',
        latest: '2023-11-30T21:59:59.999Z',
        label: 'Thursday’s',
        precision: 'day',
      },
    });
  });

  it('reads a release outside the deal as outside, and says nothing otherwise', () => {
    expect(
      claimsOf('Hamas freed two Russian-Israeli women outside the deal, as a gesture to Moscow.')[0]
        ?.countsToward,
    ).toEqual({ kind: 'outside' });
    expect(claimsOf('Hamas released 13 hostages on Friday evening.')[0]?.countsToward).toBe(
      undefined,
    );
  });
});

describe('a place before its verb', () => {
  it('reads "Stepanakert was shelled" as shelling in Stepanakert, and no further', () => {
    const claims = claimsOf(
      'Stepanakert was shelled overnight, the authorities said, in what they called a breach of the ceasefire.',
      '2020-10-18T11:00:00+04:00',
      null,
      null, // the rules alone: whether the keep head keeps the accusation changes with each retrain
    );
    const acts = claims.filter((c) => c.type === 'shelling' || c.type === 'accusation');
    expect(acts.map((c) => [c.type, c.where?.name ?? null])).toEqual([
      ['shelling', 'Stepanakert'],
      ['accusation', null],
    ]);
  });

  it('does not take a country before a passive verb for a place', () => {
    const [claim] = claimsOf('Israel was accused of violating the truce.');
    expect(claim?.where).toBeNull();
  });
});

describe('undated past ("previously")', () => {
  it('leaves "previously" unresolved before publication, flagged, rather than taking the paragraph’s date', () => {
    const result = extractClaims({
      text: 'On Friday, the IDF struck 40 targets in Khan Younis. Previously, the IDF had only launched a few strikes on Hamas assets in the city.',
      format: 'text',
      published: '2023-12-02T10:00:00+02:00',
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
    });
    const [friday, before] = result.claims;
    expect(friday?.when.label).toBe('On Friday');
    expect(before?.when).toEqual({
      earliest: null,
      latest: '2023-12-02T08:00:00.000Z',
      label: 'Previously',
      precision: 'unresolved',
    });
    expect(result.warnings).toContain('time: “Previously” gives no date; left unresolved');
  });
});
