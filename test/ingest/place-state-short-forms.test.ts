import { describe, expect, it } from 'vitest';
import { areasAround } from '../../src/ingest/gazetteer.js';
import { extractionOfText } from '../support/extract-text.js';

/** The first claim's place, its country and the areas around it, read by the rules alone. */
function placeOf(text: string): [string | undefined, string | undefined, string[]] {
  const [where] = extractionOfText(text, { model: null }).claims.map((c) => c.where);
  return [where?.name, where?.country, where ? areasAround(where).map((a) => a.name) : []];
}

// The first extraction loads the gazetteers and the lexicon: slow on a loaded machine.
describe('a state’s short form in a dateline', { timeout: 120_000 }, () => {
  it.each([
    ['COLUMBUS, Ga.', 'Columbus', 'US', 'Georgia'],
    ['ATHENS, Ga.', 'Athens', 'US', 'Georgia'],
    ['ATHENS, GA', 'Athens', 'US', 'Georgia'],
    ['KANSAS CITY, Kan.', 'Kansas City', 'US', 'Kansas'],
    ['ALEXANDRIA, Va.', 'Alexandria', 'US', 'Virginia'],
    ['KINGSTON, Ont.', 'Kingston', 'CA', 'Ontario'],
    ['LONDON, Ont.', 'London', 'CA', 'Ontario'],
    ['PORTLAND, Vic.', 'Portland', 'AU', 'Victoria'],
    // GeoNames' code of New South Wales is Lord Howe Island's too, an island Natural Earth splits
    // from it: the code is the state's, labelled first.
    ['NEWCASTLE, N.S.W.', 'Newcastle', 'AU', 'New South Wales'],
    ['WOLLONGONG, NSW', 'Wollongong', 'AU', 'New South Wales'],
  ])('reads "%s" as the town of that name in that state', (dateline, town, country, state) => {
    const text =
      `${dateline}, Oct. 2 (AP) - Officers exchanged fire with two robbers in ${town} on ` +
      'Thursday night, the police chief said.';
    expect(placeOf(text)).toEqual([town, country, [state]]);
  });

  // A postal code that is also a country's code, or another country's state: the state is read
  // only where it has a town of the dateline's name.
  it.each([
    ['PERTH, WA', 'Perth', 'Perth', 'AU', ['Western Australia']],
    ['BERLIN, DE', 'Berlin', 'Berlin', 'DE', []],
    ['BOGOTA, CO', 'Bogota', 'Bogotá', 'CO', []],
  ])('reads "%s" as the town of that country', (dateline, town, name, country, areas) => {
    const text =
      `${dateline}, Oct. 2 (AP) - Officers exchanged fire with two robbers in ${town} on ` +
      'Thursday night, the police chief said.';
    expect(placeOf(text)).toEqual([name, country, areas]);
  });
});
