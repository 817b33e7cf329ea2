import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTriggerLexicon } from '../../scripts/build-trigger-lexicon.js';
import { claimsOfText } from '../support/extract-text.js';
import { TRIGGER_LEMMAS } from '../../src/ingest/tables/trigger-lemmas.js';
import { LEXICON_URL, lemmaKey } from '../../src/ingest/trigger-lexicon.js';
import type { TriggerLexiconFile } from '../../src/ingest/trigger-lexicon.js';

// The rules alone: whether the classifier keeps a candidate word is the eval's to measure.
const typesOf = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('triggers by lemma and WordNet', () => {
  it('matches a trigger word in a form no pattern spells, by its lemma', () => {
    expect(typesOf('The rebels ambushed a patrol.')).toEqual(['armed_attack']);
    expect(typesOf('Police apprehended three men in Kharkiv.')).toEqual(['arrest']);
  });

  it('matches the WordNet synonyms and hyponyms of an entry', () => {
    expect(typesOf('Israel liberated 30 prisoners on Monday.')).toEqual(['release']);
    expect(typesOf('Militants kidnapped two aid workers near Goma.')).toEqual(['arrest']);
    expect(typesOf('Army jets firebombed the market, witnesses said.')).toEqual(['airstrike']);
  });

  it('leaves out a WordNet word for which the entry is a rare sense', () => {
    const { words } = JSON.parse(buildTriggerLexicon()) as TriggerLexiconFile;
    // The 31st sense of "run" is a kind of freeing, the 5th of "occupy" a synonym of invading.
    expect(words.verb['run']).toBeUndefined();
    expect(words.verb['occupy']).toBeUndefined();
    expect(typesOf('The mobile clinics run by the agency stayed open.')).toEqual([]);
    expect(typesOf('The occupying forces have built a wall.')).toEqual([]);
    // Their commonest senses stay: "apprehend" is an arrest in its second.
    expect(words.verb['apprehend']).toEqual(['arrest.verb']);
  });

  it('matches the noun of an act a verb entry asks for, and no noun of its agent', () => {
    const { words } = JSON.parse(buildTriggerLexicon()) as TriggerLexiconFile;
    expect(words.noun['prolongation']).toEqual(['prolong.verb']);
    expect(words.noun['mediator']).toBeUndefined();
    expect(typesOf('The council approved a prolongation of the truce until June.')).toContain(
      'truce_extended',
    );
    expect(typesOf('They confirmed the disbandment of the militia on Monday.')).toEqual([
      'withdrawal',
    ]);
  });

  it('reads an adjective that spells a trigger verb as no claim', () => {
    expect(typesOf('The mediators were given a free hand.')).toEqual([]);
  });

  it('rebuilds the shipped lexicon byte for byte from the table and WordNet', () => {
    expect(buildTriggerLexicon()).toBe(readFileSync(LEXICON_URL, 'utf8'));
  });

  it('names only entries the table has', () => {
    const lexicon = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as TriggerLexiconFile;
    const keys = new Set(TRIGGER_LEMMAS.map(lemmaKey));
    const named = Object.values(lexicon.words).flatMap((words) => Object.values(words).flat());
    expect(named.filter((k) => !keys.has(k))).toEqual([]);
  });
});
