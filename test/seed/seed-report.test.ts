import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ClaimContent, originOf } from '../../src/core/evidence/claim.js';
import type { EventType } from '../../src/core/vocabulary/event-types.js';
import { extractClaims } from '../../src/ingest/extract.js';
import type { ExtractedClaim } from '../../src/ingest/event-claims.js';
import { readSeedReport } from './read-seed.js';

const ZONE = 'Asia/Jerusalem';

const localDate = (iso: string | null): string | null =>
  iso === null
    ? null
    : Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDate().toString();

describe('the seed report', () => {
  const result = extractClaims({
    text: readSeedReport(),
    format: 'text',
    published: '2023-12-02T10:00:00+02:00',
    timeZone: ZONE,
    publisher: 'HotAir',
  });
  const { claims } = result;

  /** The one asserted claim of a type read from the sentence with these words. */
  function claimAbout(type: EventType, words: string): ExtractedClaim {
    const found = claims.filter(
      (c) => c.type === type && c.modality === 'asserted' && c.text.includes(words),
    );
    expect(found, `${type} from “${words}”`).toHaveLength(1);
    return found[0] as ExtractedClaim;
  }
  const days = (c: ExtractedClaim): [string | null, string | null] => [
    localDate(c.when.earliest),
    localDate(c.when.latest),
  ];
  const origin = (c: ExtractedClaim): string => originOf(c).name;
  const chain = (c: ExtractedClaim): string[] => c.attribution.map((l) => l.name);

  it('loses the page furniture and keeps the headline as the title', () => {
    expect(result.document.title).toMatch(/^Done Talking/);
    expect(result.document.removed).toContain('Advertisement');
    expect(result.document.removed.some((r) => r.includes('Abir Sultan'))).toBe(true);
    expect(result.document.cleanText).not.toMatch(/Advertisement|VIP Member|Trending on/);
  });

  it('gives claims that are valid claim content, with spans into the clean text', () => {
    for (const c of claims) {
      const { rule: _rule, ...content } = c;
      expect(() => ClaimContent.parse(content)).not.toThrow();
      const [start, end] = c.span ?? [0, 0];
      expect(result.document.cleanText.slice(start, end)).toBe(c.text);
      expect(c.attribution[0]?.name).toBe('HotAir');
    }
  });

  it('1. the Mossad team’s talks in Doha on Saturday 2 December, per Reuters’ source', () => {
    const c = claimAbout('talks', 'in Doha on Saturday');
    expect(days(c)).toEqual(['2023-12-02', '2023-12-02']);
    expect(c.where?.name).toBe('Doha');
    expect(chain(c)).toEqual(['HotAir', 'Reuters', 'a source briefed on the visit']);
  });

  it('2. the team ordered home on 2 December, per the Prime Minister’s office', () => {
    const c = claimAbout('delegation_recalled', 'ordered the negotiating team in Doha');
    expect(days(c)).toEqual(['2023-12-02', '2023-12-02']);
    expect(origin(c)).toBe('Netanyahu’s office');
  });

  it('3. that statement accuses Hamas of not meeting its obligations', () => {
    const c = claimAbout('accusation', 'did not fulfill its obligations');
    expect(origin(c)).toBe('Netanyahu’s office');
    expect(c.actors).toContainEqual(expect.objectContaining({ name: 'Hamas', role: 'target' }));
  });

  it('4. more than 80 women and children released over the week of the pause, per Axios', () => {
    const c = claimAbout('release', 'More than 80 women and children');
    expect(c.quantities).toContainEqual(
      expect.objectContaining({ min: 81, max: null, qualifier: 'more_than' }),
    );
    expect(c.categories).toEqual(expect.arrayContaining(['women', 'children']));
    const [from, to] = days(c);
    expect(from! >= '2023-11-24' && from! <= '2023-11-25').toBe(true);
    expect(to).toBe('2023-12-02');
    expect(origin(c)).toBe('Axios');
  });

  it('5. no list sent before the end of the pause, 30 Nov – 1 Dec, per three Israeli officials via Axios', () => {
    const c = claimAbout('list_not_delivered', 'did not send a list');
    expect(days(c)).toEqual(['2023-11-30', '2023-12-01']);
    expect(chain(c)).toEqual(['HotAir', 'Axios', 'three Israeli officials']);
  });

  it('6. Hamas proposed, through Qatari and Egyptian mediators, to discuss elderly men', () => {
    const c = claimAbout('proposal', 'proposing to start a discussion');
    expect(c.actors[0]).toMatchObject({ name: 'Hamas', role: 'agent' });
    expect(c.actors.some((a) => a.role === 'intermediary')).toBe(true);
    expect(origin(c)).toBe('three Israeli officials');
  });

  it('7. the Mossad chief’s warning through the mediators on Thursday night, 30 Nov 18:00 – 1 Dec 06:00', () => {
    const c = claimAbout('demand', 'sent a message to Hamas');
    expect(c.when.precision).toBe('part_of_day');
    expect(c.when.earliest).toBe('2023-11-30T16:00:00.000Z');
    expect(Date.parse(c.when.latest!)).toBeLessThan(Date.parse('2023-12-01T04:00:00Z'));
    expect(origin(c)).toBe('a senior Israeli official');
  });

  it('8. the rocket fired from Gaza after it', () => {
    const c = claimAbout('rocket_fire', 'launched a rocket from Gaza');
    expect(days(c)).toEqual(['2023-11-30', '2023-12-01']);
    expect(c.where?.name).toBe('Gaza Strip');
    expect(c.actors[0]).toMatchObject({ name: 'Hamas', role: 'agent' });
    expect(c.quantities).toContainEqual(
      expect.objectContaining({ unit: 'rockets', min: 1, max: 1 }),
    );
    expect(origin(c)).toBe('Axios');
  });

  it('9. the end of the pause, 30 Nov – 1 Dec', () => {
    const c = claimAbout('truce_end', 'ceasefire completely broke down');
    expect(days(c)).toEqual(['2023-11-30', '2023-12-01']);
  });

  it('10. the shooting at a Jerusalem bus stop on Thursday 30 Nov: three killed, six injured', () => {
    const c = claimAbout('armed_attack', 'a shooting that killed three people');
    expect(days(c)).toEqual(['2023-11-30', '2023-11-30']);
    expect(c.where?.name).toBe('Jerusalem');
    expect(c.quantities).toContainEqual(
      expect.objectContaining({ unit: 'persons', role: 'killed', min: 3, max: 3 }),
    );
    expect(c.quantities).toContainEqual(
      expect.objectContaining({ unit: 'persons', role: 'injured', min: 6, max: 6 }),
    );
  });

  it('11. the IDF’s strikes on over 400 targets across the Gaza Strip in the past day', () => {
    const c = claimAbout('airstrike', 'over 400 targets');
    expect(days(c)).toEqual(['2023-12-01', '2023-12-02']);
    expect(c.where).toMatchObject({ name: 'Gaza Strip', precision: 'region' });
    expect(c.quantities).toContainEqual(
      expect.objectContaining({ unit: 'targets', min: 401, max: null }),
    );
    expect(origin(c)).toBe('IDF');
  });

  it('12. its strikes on over 50 targets in the Khan Younis area', () => {
    const c = claimAbout('airstrike', 'over 50 targets');
    expect(c.where).toMatchObject({ name: 'Khan Younis', precision: 'city' });
    expect(c.quantities).toContainEqual(expect.objectContaining({ min: 51, max: null }));
    expect(origin(c)).toBe('IDF');
  });

  it('13. its call on Saturday morning to evacuate areas near the border', () => {
    const c = claimAbout('evacuation_order', 'to evacuate');
    expect(days(c)).toEqual(['2023-12-02', '2023-12-02']);
    expect(c.when.precision).toBe('part_of_day');
    expect(c.actors[0]).toMatchObject({ name: 'IDF', role: 'agent' });
  });

  it('does not invent: the ground assault is a plan, and “17 years” is no event', () => {
    const ground = claims.filter((c) => c.type === 'ground_operation');
    expect(ground.length).toBeGreaterThan(0);
    for (const c of ground) expect(c.modality).toBe('planned');
    expect(claims.some((c) => c.text.includes('drawn up plans') && c.modality === 'planned')).toBe(
      true,
    );
    expect(claims.filter((c) => c.text.includes('17 years'))).toEqual([]);
    expect(claims.every((c) => c.when.label !== '17 years')).toBe(true);
  });
});
