import { escapeRegExp } from './compile-pattern.js';
import { VENUE_WORDS } from './tables/places.js';

/**
 * Is the name starting at `start` told as a venue: after a word of meeting or signing and "in"
 * or "at" in its own clause ("signed the deal in Jeddah", "talks at Algiers", "negotiators
 * met in Geneva"), or right after "and in" following such a name (`venueEnd`, where it ends)?
 * Such a town is where delegations met: the place of the talks and of what was said and agreed
 * there, of no act on the ground, and no sign of the country the report is about.
 */
export function toldAsVenue(text: string, start: number, venueEnd?: number): boolean {
  const before = text.slice(Math.max(0, start - VENUE_REACH), start);
  // The cue's words are letters only, so it never reaches back past punctuation.
  if (venueCue.test(before)) return true;
  // "talks held in London at the end of May and in Algiers in June": the second of a pair.
  return (
    venueEnd !== undefined &&
    start - venueEnd <= VENUE_REACH &&
    pairedVenue.test(text.slice(venueEnd, start))
  );
}

/** How far before a place a word of meeting still makes it the venue ("met the mediators in"). */
const VENUE_REACH = 40;
const pairedVenue = /^[^,;.]*\band\s+(?:in|at)\s+(?:the\s+)?$/iu;
/**
 * The words between the cue and the place stay in the cue's clause: a word that opens another
 * ("the talks ended as troops shelled homes in Goma") ends it.
 */
const CLAUSE_OPENERS =
  'after|as|while|when|whenever|before|because|since|until|despite|though|although|who|whom|whose|which|where';
const venueCue = new RegExp(
  `\\b(?:${VENUE_WORDS.map(escapeRegExp).join('|')})\\b(?:\\s+(?!(?:${CLAUSE_OPENERS})\\b)[\\p{L}'’-]+)*?\\s+(?:in|at)\\s+(?:the\\s+)?$`,
  'iu',
);
