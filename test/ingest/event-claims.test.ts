import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';

const claimsOf = (text: string, agreement?: Parameters<typeof extractClaims>[0]['agreement']) =>
  extractClaims({
    text,
    format: 'text',
    published: '2023-12-02T10:00:00+02:00',
    timeZone: 'Asia/Jerusalem',
    publisher: 'Wire',
    agreement,
  }).claims;

describe('event claims', () => {
  it('reads a negated list as list_not_delivered, and a denied act as denied', () => {
    expect(
      claimsOf('Hamas did not send a list of hostages, officials said.').map((c) => [
        c.type,
        c.modality,
      ]),
    ).toEqual([['list_not_delivered', 'asserted']]);
    expect(
      claimsOf('Hamas denied firing rockets at Sderot.').map((c) => [c.type, c.modality]),
    ).toEqual([['rocket_fire', 'denied']]);
  });

  it('reads plans as planned, an if-clause as nothing and what it would lead to as conditional', () => {
    expect(
      claimsOf('The IDF has already drawn up plans for a ground assault on Khan Younis.')[0]
        ?.modality,
    ).toBe('planned');
    const claims = claimsOf('If the women were not released, the fighting would resume.');
    expect(claims.filter((c) => c.type === 'release')).toEqual([]);
    for (const c of claims) expect(c.occurrence).toBe('conditional');
  });

  it('reads qualified counts as ranges', () => {
    const [strike] = claimsOf('Jets struck over 400 targets across the Gaza Strip.');
    expect(strike?.quantities).toEqual([
      { unit: 'targets', min: 401, max: null, qualifier: 'more_than' },
    ]);
    const [release] = claimsOf('More than 80 women and children were released.');
    expect(release).toMatchObject({
      quantities: [{ unit: 'persons', min: 81, max: null }],
      categories: ['women', 'children'],
    });
  });

  it('names actors by the agreement’s parties and aliases, with roles', () => {
    const agreement = {
      parties: [
        { id: 'israel', aliases: ['IDF', 'Israeli military'] },
        { id: 'hamas', aliases: ['Hamas', 'Qassam Brigades'] },
      ],
    };
    const [strike] = claimsOf('The Israeli military struck Hamas positions in Rafah.', agreement);
    expect(strike?.actors).toEqual([
      { name: 'Israeli military', role: 'agent', party: 'israel' },
      { name: 'Hamas', role: 'target', party: 'hamas' },
    ]);
    expect(strike?.where?.name).toBe('Rafah');
  });

  it('gives one claim per mention, with a span into the clean text', () => {
    const text =
      'A terror attack in Jerusalem, a shooting, killed three people. Later, another shooting was reported.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.type)).toEqual(['armed_attack', 'armed_attack']);
    expect(text.slice(...(claims[0]?.span as [number, number]))).toBe(claims[0]?.text);
  });

  it('finds named actors with compromise when no table names anyone', () => {
    const [talks] = claimsOf(
      'Envoy Brett McGurk held talks with Egyptian intelligence chief Abbas Kamel in Cairo.',
    );
    expect(talks?.actors.map((a) => a.name)).toContain('Brett McGurk');
  });
});
