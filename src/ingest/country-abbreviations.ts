import type { Place } from '../core/evidence/place.js';
import { foldName } from '../core/text/fold-name.js';
import { adminAreasByName } from './admin-areas.js';
import { abbreviationsDefinedIn } from './defined-abbreviations.js';
import type { AgreementParties } from './find-actors.js';
import { COUNTRY_ABBREVIATIONS } from './tables/places.js';

/**
 * The countries a report may name by their short forms ("DRC", "the UAE", "U.S."), keyed by the
 * letters without dots. A short form the report defines as another body's ("the Congolese Rally
 * for Democracy (RCD)") or that an agreement's party goes by names that body or party instead.
 */
export function countryAbbreviationsOf(
  text: string,
  parties: AgreementParties | null,
): ReadonlyMap<string, Place> {
  const areas = adminAreasByName();
  const rows = COUNTRY_ABBREVIATIONS.flatMap(({ abbreviation, country }) => {
    const place = areas.get(foldName(country));
    return place === undefined ? [] : [{ abbreviation, place }];
  });
  const definedOtherwise = new Set<string>();
  for (const [name, letters] of abbreviationsDefinedIn(text)) {
    const abbreviation = letters.replace(/\./g, '');
    const country = areas.get(foldName(name));
    const meant = rows.find((r) => r.abbreviation === abbreviation)?.place.country;
    if (country?.precision !== 'country' || country.country !== meant)
      definedOtherwise.add(abbreviation);
  }
  const partyNames = new Set(
    (parties?.parties ?? [])
      .flatMap((p) => [p.id, ...p.aliases])
      .map((n) => foldName(n.replace(/\./g, ''))),
  );
  const readable = new Map<string, Place>();
  for (const { abbreviation, place } of rows)
    if (!definedOtherwise.has(abbreviation) && !partyNames.has(foldName(abbreviation)))
      readable.set(abbreviation, place);
  return readable;
}
