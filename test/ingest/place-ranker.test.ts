import { describe, expect, it } from 'vitest';
import { trainRanker } from '../../src/ingest/averaged-perceptron.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';
import { extractionOfText } from '../support/extract-text.js';
import { choosePlace } from '../../src/ingest/place-ranker.js';
import { placeCandidates } from '../../src/ingest/place-features.js';
import type {
  PlaceCandidate,
  PlaceQuestion,
  ReportPlaces,
} from '../../src/ingest/place-features.js';
import type { Place } from '../../src/core/evidence/place.js';

const town = (name: string, precision: Place['precision'] = 'city'): Place => ({
  name,
  lat: null,
  lon: null,
  precision,
});

const candidate = (place: Place | null, features: string[], ruled = false): PlaceCandidate => ({
  place,
  features,
  ruled,
});

describe('the place ranker', () => {
  it('learns to pick the candidate whose features mark the right place, against the rules', () => {
    // Where the act covers a region, the gold wants it over the rules' town; elsewhere the
    // rules' town is right over another town of the sentence.
    const covering = {
      candidates: [
        { features: ['bias', 'ruled', 'grain=city'], right: false },
        { features: ['bias', 'grain=region', 'covers'], right: true },
        { features: ['bias', 'source=none'], right: false },
      ],
    };
    const plain = {
      candidates: [
        { features: ['bias', 'ruled', 'grain=city'], right: true },
        { features: ['bias', 'grain=city'], right: false },
      ],
    };
    const examples = Array.from({ length: 6 }, () => [covering, plain]).flat();
    const head = trainRanker(examples, { epochs: 10, seed: 1 });
    const chosen = choosePlace(head, [
      candidate(town('Marib'), ['bias', 'ruled', 'grain=city'], true),
      candidate(town('Hodeidah governorate', 'region'), ['bias', 'grain=region', 'covers']),
      candidate(null, ['bias', 'source=none']),
    ]);
    expect(chosen?.name).toBe('Hodeidah governorate');
    // Without a covered region, the rules' town.
    const without = choosePlace(head, [
      candidate(town('Marib'), ['bias', 'ruled', 'grain=city'], true),
      candidate(town('Sanaa'), ['bias', 'grain=city']),
    ]);
    expect(without?.name).toBe('Marib');
  });

  it('gives a tie to the rules’ choice, and may choose no place', () => {
    const flat = { classes: ['score'], weights: {} };
    expect(
      choosePlace(flat, [
        candidate(town('Aden'), ['bias']),
        candidate(town('Taiz'), ['bias'], true),
      ])?.name,
    ).toBe('Taiz');
    const none = { classes: ['score'], weights: { 'source=none': { score: 1 } } };
    expect(
      choosePlace(none, [
        candidate(town('Aden'), ['bias'], true),
        candidate(null, ['source=none']),
      ]),
    ).toBeNull();
  });

  it('scores the same candidates by each head’s own weights', () => {
    const candidates = [candidate(town('Aden'), ['near']), candidate(town('Taiz'), ['far'])];
    const near = { classes: ['score'], weights: { near: { score: 1 } } };
    const far = { classes: ['score'], weights: { far: { score: 1 } } };
    expect(choosePlace(near, candidates)?.name).toBe('Aden');
    expect(choosePlace(far, candidates)?.name).toBe('Taiz');
  });

  it('skips choices with no right candidate: they teach nothing', () => {
    const head = trainRanker(
      [
        {
          candidates: [
            { features: ['a'], right: false },
            { features: ['b'], right: false },
          ],
        },
      ],
      { epochs: 3, seed: 1 },
    );
    expect(head.weights).toEqual({});
  });
});

describe('place candidates gathered for a claim', () => {
  const text =
    'Rebel fighters shelled Marib on Tuesday, the interior ministry in Sanaa said. ' +
    'The shelling hit the outskirts of the city again on Wednesday.';

  it('holds every place of the sentence, the report’s country and no place, the rules’ one marked', () => {
    const { claims, placeCandidates } = extractionOfText(text, { model: null });
    expect(claims.length).toBeGreaterThan(0);
    const first = placeCandidates[0]!;
    const names = first.map((c) => c.place?.name ?? null);
    expect(names).toContain("Ma'rib");
    expect(names).toContain('Sanaa');
    expect(names).toContain('Yemen');
    expect(names).toContain(null);
    const ruled = new Set(first.filter((c) => c.ruled).map((c) => c.place?.name));
    expect([...ruled]).toEqual([claims[0]!.where?.name]);
    const marib = first.find((c) => c.place?.name === "Ma'rib")!;
    expect(marib.features).toEqual(
      expect.arrayContaining(['source=clause', 'side=after', 'nearest', 'main-place', 'ruled']),
    );
    const sanaa = first.find((c) => c.place?.name === 'Sanaa')!;
    expect(sanaa.features).toEqual(expect.arrayContaining(['seat', 'capital']));
    expect(sanaa.features).not.toContain('ruled');
    const yemen = first.find((c) => c.place?.name === 'Yemen')!;
    expect(yemen.features).toContain('grain=country');
  });

  it('holds the places told earlier in the paragraph for a sentence that names none', () => {
    const { claims, placeCandidates } = extractionOfText(text, { model: null });
    const later = claims.findIndex((c) => c.text.startsWith('The shelling hit'));
    expect(later).toBeGreaterThan(0);
    const told = placeCandidates[later]!.filter((c) => c.features.includes('source=paragraph'));
    expect(told.map((c) => c.place?.name)).toContain("Ma'rib");
  });
});

describe('the report’s places offered to each of its claims', () => {
  const aden = town('Aden');
  const taiz = town('Taiz');
  const yemen: Place = { name: 'Yemen', lat: null, lon: null, precision: 'country', country: 'YE' };
  /** A report of two sentences that name no place, about Aden, naming Taiz once. */
  const report = (): ReportPlaces => ({
    text: 'Rebels shelled the port. Talks resumed.',
    places: [[], []],
    venues: [[], []],
    blockOf: [0, 0],
    mainPlace: aden,
    mainArea: null,
    venue: null,
    named: new Map([
      ['aden', 3],
      ['taiz', 1],
    ]),
    placed: new Map([['aden', 2]]),
    headline: new Set(['aden']),
    lead: new Set(),
    mainCountry: 'YE',
    countries: [yemen],
    everyPlace: [aden, taiz],
    toldIn: new Map(),
  });
  const question = (ruled: Place | null, type: PlaceQuestion['type']): PlaceQuestion => ({
    sentence: 1,
    clause: { start: 25, end: 38 },
    trigger: { start: 31, end: 38 },
    type,
    ruled,
    acts: [{ start: 31, end: 38 }],
  });

  it('are read as if for that claim alone, whichever claims of the report came before', () => {
    const shared = report();
    const asked = [
      question(aden, 'shelling'),
      question(taiz, 'shelling'),
      question(null, 'shelling'),
      question(aden, 'talks'),
      question(aden, 'shelling'),
    ];
    for (const q of asked) expect(placeCandidates(shared, q)).toEqual(placeCandidates(report(), q));
    // The rules' choice moved from Aden to Taiz: the mark moved with it.
    const [first, second] = [asked[0]!, asked[1]!].map((q) => placeCandidates(shared, q));
    expect(first!.find((c) => c.place === aden)?.features).toContain('ruled');
    expect(second!.find((c) => c.place === aden)?.features).not.toContain('ruled');
    expect(second!.find((c) => c.place === taiz)?.ruled).toBe(true);
  });
});

describe('a sentence’s and a paragraph’s places offered to claims of one report', () => {
  const marib = town('Marib');
  const sanaa = town('Sanaa');
  const taiz = town('Taiz');
  const text = 'Rebels shelled Taiz. Rebels fired on Marib and on Sanaa, and the talks resumed.';
  const mention = (place: Place, sentence: number, start: number, extra = {}) => ({
    sentence,
    start,
    end: start + place.name.length,
    place,
    asSubject: false,
    ...extra,
  });
  /** Two sentences of one paragraph: Taiz in the first, Marib and Sanaa (a seat) in the second. */
  const report = (): ReportPlaces => ({
    text,
    places: [
      [mention(taiz, 0, 15)],
      [mention(marib, 1, 37), mention(sanaa, 1, 50, { seat: true })],
    ],
    venues: [[], []],
    blockOf: [0, 0],
    mainPlace: taiz,
    mainArea: null,
    venue: null,
    named: new Map([
      ['taiz', 1],
      ['marib', 1],
      ['sanaa', 1],
    ]),
    placed: new Map([
      ['taiz', 1],
      ['marib', 1],
    ]),
    headline: new Set(['taiz']),
    lead: new Set(),
    mainCountry: undefined,
    countries: [],
    everyPlace: [taiz, marib, sanaa],
    toldIn: new Map([
      ['taiz', [0]],
      ['marib', [1]],
      ['sanaa', [1]],
    ]),
  });
  const question = (
    trigger: [number, number],
    type: PlaceQuestion['type'],
    ruled: Place | null,
  ): PlaceQuestion => ({
    sentence: 1,
    clause: { start: 21, end: 79 },
    trigger: { start: trigger[0], end: trigger[1] },
    type,
    ruled,
    acts: [{ start: trigger[0], end: trigger[1] }],
  });

  it('are read as if for that claim alone, whatever its trigger, type and the rules’ choice', () => {
    const shared = report();
    // "fired" before both towns, "talks" after them; the same trigger asked again with another
    // type, another rules' choice, and once more as the first was asked.
    const asked = [
      question([28, 33], 'shelling', marib),
      question([28, 33], 'airstrike', marib),
      question([28, 33], 'shelling', sanaa),
      question([65, 70], 'shelling', marib),
      question([65, 70], 'talks', null),
      question([28, 33], 'shelling', marib),
    ];
    for (const q of asked) expect(placeCandidates(shared, q)).toEqual(placeCandidates(report(), q));
    const [before, after] = [asked[0]!, asked[3]!].map((q) => placeCandidates(shared, q));
    const maribOf = (cs: PlaceCandidate[]) => cs.find((c) => c.place === marib)!.features;
    expect(maribOf(before!)).toContain('side=after');
    expect(maribOf(after!)).toContain('side=before');
    // Taiz, told earlier in the paragraph, is offered as such, and as the report's main place.
    expect(
      placeCandidates(shared, asked[0]!)
        .filter((c) => c.place === taiz)
        .map((c) => c.features[1]),
    ).toEqual(['source=paragraph', 'source=report-main']);
  });
});

describe('extraction and the ranker', () => {
  const text = 'Rebel fighters shelled Marib on Tuesday, the interior ministry in Sanaa said.';
  /** A model that keeps every trigger as its rule reads it, with or without a place head. */
  const model = (place?: ClaimModelFile['place']): ClaimModelFile => ({
    trainedOn: 'test',
    type: { classes: ['none'], weights: {} },
    keep: { classes: ['claim', 'none'], weights: {} },
    polarity: { classes: ['asserted'], weights: {} },
    occurrence: { classes: ['happened'], weights: {} },
    ...(place === undefined ? {} : { place }),
  });

  it('places claims by the rules with no model, and with a model that has no ranker', () => {
    const rules = extractionOfText(text, { model: null });
    expect(rules.claims.map((c) => c.where?.name)).toEqual(["Ma'rib"]);
    const ruled = rules.placeCandidates.map((cs) => cs.find((c) => c.ruled)?.place?.name);
    expect(ruled).toEqual(["Ma'rib"]);
    expect(extractionOfText(text, { model: model() }).claims.map((c) => c.where?.name)).toEqual([
      "Ma'rib",
    ]);
  });

  it('places claims where the ranker says with a model that has one', () => {
    const country = { classes: ['score'], weights: { 'grain=country': { score: 5 } } };
    const read = extractionOfText(text, { model: model(country) });
    expect(read.claims.map((c) => c.where?.name)).toEqual(['Yemen']);
    expect(read.placeCandidates).toEqual([]);
  });
});
