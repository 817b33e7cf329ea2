/**
 * How a report says a release counts toward an agreement's quotas, when not by when it
 * happened. Regex sources, case-insensitive; a space matches any run of spaces. A time inside a
 * `countedAt` match ("Thursday's") is the moment the release was counted at, not when it
 * happened.
 */

/** Persons freed outside the deal: a separate track, a gesture to a third state. */
export const OUTSIDE_QUOTA =
  "\\b(?:outside (?:of )?(?:the )?(?:framework of )?(?:the )?(?:deal|agreement|truce|exchange|swap|ceasefire)|(?:not|were not|was not|wasn't|weren't) (?:part of|included in|counted (?:toward|towards|in|as part of)) (?:the )?(?:deal|agreement|truce|exchange|swap|quota|tally)|separate(?:ly)? from the (?:deal|agreement|truce|exchange)|(?:in|on|under) a separate (?:track|deal|agreement|arrangement)|as a (?:humanitarian )?gesture (?:to|toward|towards)|did not count (?:toward|towards))\\b";

/** Persons counted toward another moment's quota: "counted toward Thursday's tally". */
export const COUNTED_AT =
  "\\b(?:counted|count|counts|will count|would count|included) (?:as part of|toward|towards|in|among) (?:the )?(?:[\\w’'-]+ ){1,3}?(?:tally|quota|release|releases|batch|group|exchange|count)\\b";
