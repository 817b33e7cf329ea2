import { describe, expect, it } from 'vitest';
import { actorFinder } from '../../src/ingest/find-actors.js';

const find = actorFinder({
  parties: [
    { id: 'velmar', aliases: ['Velmar', 'Velmari forces'] },
    { id: 'osten', aliases: ['Osten', 'Ostenian army', 'the Ostenian government'] },
  ],
});
const named = (text: string) => find(text, []).map((m) => [text.slice(m.start, m.end), m.party]);

describe('actors named by a party’s adjective', () => {
  it('an alias of one capitalised word and a force noun gives the party its adjective', () => {
    expect(named('Velmari drones struck a depot near the border.')).toEqual([
      ['Velmari', 'velmar'],
    ]);
    expect(named('Ostenian artillery answered within the hour.')).toEqual([['Ostenian', 'osten']]);
  });

  it('the adjective is the mention, so the act its noun tells still follows its author', () => {
    const [mention] = find('Osten said Velmari troops had advanced on the ridge.', []).slice(1);
    expect(mention).toMatchObject({ name: 'Velmari troops', party: 'velmar' });
    expect(mention?.end).toBe('Osten said Velmari'.length);
  });

  it('the adjective before a word that is no force, or in lower case, names no one', () => {
    expect(named('Velmari farmers returned to the fields.')).toEqual([]);
    expect(named('The velmari troops of the song were never real.')).toEqual([]);
  });

  it('the adjective before any noun of a side’s forces names it, but not before irregulars', () => {
    expect(named('Velmari paratroopers dropped on the airfield.')).toEqual([['Velmari', 'velmar']]);
    expect(named('A Velmari soldier was seen at the crossing.')).toEqual([['Velmari', 'velmar']]);
    // Rebels of a country are a people's, not its government's.
    expect(named('Velmari rebels held the pass.')).toEqual([]);
  });

  it('a whole alias still wins over its adjective', () => {
    expect(named('Velmari forces shelled the town.')).toEqual([['Velmari forces', 'velmar']]);
  });

  it('an adjective two parties share names neither of them', () => {
    const shared = actorFinder({
      parties: [
        { id: 'north', aliases: ['Northern Command', 'Kaldari army'] },
        { id: 'south', aliases: ['Southern Front', 'Kaldari forces'] },
      ],
    });
    const text = 'Kaldari troops shelled the market.';
    expect(shared(text, []).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});
