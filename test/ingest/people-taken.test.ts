import { describe, expect, it } from 'vitest';
import { byArmedMen, takesPeople } from '../../src/ingest/taken-people.js';
import type { Token } from '../../src/ingest/token.js';
import { countedReads } from '../support/counted-reads.js';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('what an act of taking takes: people are detained, ground is captured', () => {
  it('reads people seized or captured as an arrest', () => {
    expect(types('Coastguard units seized nine fishermen and two sailors near the reef.')).toEqual([
      'arrest',
    ]);
    expect(types('Militiamen captured Mr Okello at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('The rebel leader was captured near the river crossing.')).toEqual(['arrest']);
    expect(types('One of the gunmen was seized outside the station.')).toEqual(['arrest']);
    expect(types('Villagers said the soldiers seized him at dawn.')).toEqual(['arrest']);
  });

  it('reads what is taken past a possessive before it: their commander is people, her car is not', () => {
    expect(types('Rebels seized their commander at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized his wife at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized her at a roadblock on Sunday.')).toEqual(['arrest']);
    expect(types('Rebels seized her car at a roadblock on Sunday.')).toEqual(['ground_operation']);
  });

  it('reads people only after a verb of taking: a raid on militants or rebels stormed are no arrest', () => {
    expect(types('Soldiers carried out raids on militants near the river.')).toEqual([
      'ground_operation',
    ]);
    expect(types('Troops stormed the rebels near the river at dawn.')).toEqual([
      'ground_operation',
    ]);
  });

  it('keeps ground and buildings taken as a ground operation', () => {
    expect(types('Rebel fighters seized the town of Kidal on Monday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The brigade captured three hilltop positions overnight.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The militia seized the Palace of Justice before dawn.')).toEqual([
      'ground_operation',
    ]);
  });

  it('reads a building stormed, seized or entered by armed men as an attack, by troops as a ground operation', () => {
    expect(types('Six gunmen stormed the hotel lobby shortly after noon.')).toEqual([
      'armed_attack',
    ]);
    expect(types('Armed men on motorbikes entered the clinic and opened fire.')).toContain(
      'armed_attack',
    );
    expect(types('Armed men on motorbikes entered the clinic and opened fire.')).not.toContain(
      'ground_operation',
    );
    expect(types('Hijackers seized the ferry as it left the harbour.')).toEqual(['armed_attack']);
    expect(types('Government troops stormed the rebel headquarters at dawn.')).toEqual([
      'ground_operation',
    ]);
  });
});

describe('people held: "hold" is an act only where it holds people', () => {
  it('reads people held, by the object or by the subject of the passive, as held', () => {
    expect(types('The militia still holds at least two aid workers near the lake.')).toEqual([
      'held',
    ]);
    expect(types('The garrison now holds thousands of prisoners.')).toEqual(['held']);
    expect(types('The gang held about 30 villagers inside a warehouse.')).toEqual(['held']);
    expect(types('The kidnappers hold Mr. Ostrova and his driver.')).toEqual(['held']);
    expect(types('She has been held since the spring.')).toEqual(['held']);
    expect(types('Several hundred people are still held at the camp.')).toEqual(['held']);
  });

  it('reads no one held where ground, a meeting or blame is held', () => {
    expect(types('The rebels still hold the town of Amboro.')).toEqual([]);
    expect(types('The committee held a vote on the budget.')).toEqual([]);
    expect(types('The ministry holds him responsible for the unrest.')).toEqual([]);
    expect(types('Voters will hold the mayor to account.')).toEqual([]);
    expect(types('Guards held the door open for the visitors.')).toEqual([]);
  });

  it('reads no one held by a pause that holds, even above a line naming people', () => {
    // A live blog's time and heading run into the paragraph under them as one sentence.
    expect(
      types(
        'Monitors in the north\n\n09:40 Kinshasa says the truce holds\nThe rebels said two shells hit the market in Kalemie.',
      ),
    ).toEqual(['shelling']);
    expect(types('The ceasefire held through the night.')).toEqual([]);
  });

  it('reads no one held by any noun of a pause, as the pause nouns list them', () => {
    expect(types('The suspension has held three days, officials said.')).toEqual([]);
  });

  it('reads people captured by the count before them as taken', () => {
    expect(types('Border guards seized more than 20 fishermen off the cape.')).toEqual(['arrest']);
  });
});

/**
 * One clause of `count` times "<doer> seized 15 villagers and", tagged as the tagger tags it;
 * with `mark` just before each "seized" ('"seized"' as a quotation would give it).
 */
function manyTakings(count: number, doer: string, mark = ''): { text: string; tokens: Token[] } {
  let text = '';
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) {
    for (const [word, lemma, pos] of [
      [doer, doer, 'NOUN'],
      ['seized', 'seize', 'VERB'],
      ['15', '15', 'NUM'],
      ['villagers', 'villager', 'NOUN'],
      ['and', 'and', 'CCONJ'],
    ] as const) {
      if (pos === 'VERB') text += mark;
      const start = text.length;
      text += `${word} `;
      tokens.push({ start, end: start + word.length, lemma, pos });
    }
  }
  return { text, tokens };
}

describe('a clause of many acts of taking', () => {
  it('is read once for what each act takes, not once for each act', () => {
    const { text, tokens } = manyTakings(2000, 'police');
    // Each read of a word of the sentence, or of one of its fields, counts once.
    const { items: counted, reads } = countedReads(tokens);
    const clause = { start: 0, end: text.length };
    const verbs = tokens.filter((t) => t.pos === 'VERB');
    expect(verbs.every((v) => takesPeople(v, clause, counted, [], text))).toBe(true);
    // Read whole for each verb, the 10,000 words would be read 2,000 times over.
    expect(reads()).toBeLessThan(60 * tokens.length);
  });

  it.each(['', '"'])(
    'is read once for armed men before each act, not once for each act (%j before it)',
    (mark) => {
      const police = manyTakings(1000, 'police', mark);
      const gunmen = manyTakings(1000, 'gunmen', mark);
      const text = police.text + gunmen.text;
      // Each character of the text taken out of it counts once.
      let read = 0;
      const counted = Object.assign(new String(text), {
        slice(start?: number, end?: number): string {
          const part = text.slice(start, end);
          read += part.length;
          return part;
        },
      }) as unknown as string;
      const clause = { start: 0, end: text.length };
      const verbs = [
        ...police.tokens,
        ...gunmen.tokens.map((t) => ({
          ...t,
          start: t.start + police.text.length,
          end: t.end + police.text.length,
        })),
      ].filter((t) => t.pos === 'VERB');
      const armed = verbs.map((v) => byArmedMen(v, clause, counted));
      // The police's acts come before any gunmen; each of the gunmen's has them before it.
      expect(armed.slice(0, 1000).some(Boolean)).toBe(false);
      expect(armed.slice(1000).every(Boolean)).toBe(true);
      expect(read).toBeLessThan(20 * text.length);
    },
  );
});
