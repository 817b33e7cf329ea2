import type { EventType } from '../../core/vocabulary/event-types.js';

/**
 * Time words the time stage resolves itself, before chrono-node sees what is left. Hours are
 * local, in the agreement's or the given zone; an end hour at or below the start hour runs
 * into the next day ("night" is 18:00 → 06:00).
 */

export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface PartOfDay {
  readonly words: readonly string[];
  readonly from: number;
  readonly to: number;
  /**
   * The end hour when the part follows a named day ("on Wednesday night") or is named by one
   * ("last night", yesterday's): reports date such a night by that day, while "overnight" and
   * "during the night" run into the next morning.
   */
  readonly toOnNamedDay?: number;
}

export const PARTS_OF_DAY: readonly PartOfDay[] = [
  { words: ['early hours of', 'early morning', 'dawn', 'before dawn', 'pre-dawn'], from: 0, to: 7 },
  { words: ['morning'], from: 6, to: 12 },
  { words: ['midday', 'noon', 'lunchtime'], from: 11, to: 14 },
  { words: ['afternoon'], from: 12, to: 18 },
  { words: ['evening'], from: 18, to: 24 },
  { words: ['night', 'overnight', 'late night'], from: 18, to: 6, toOnNamedDay: 24 },
];

/**
 * Feasts that fall on the same day every year, by the date they stand for ("on Christmas Day",
 * "the truce ended on Boxing Day"): read as that date with no year, the nearest one to
 * publication. "Christmas" alone names a season as often as a day ("the Christmas truce", "over
 * Christmas") and is a date only before a part of the day. Each date is no longer than its words.
 */
export const FIXED_FEASTS: readonly { readonly pattern: string; readonly date: string }[] = [
  { pattern: 'Christmas Eve', date: '24 Dec' },
  { pattern: 'Christmas Day', date: '25 Dec' },
  { pattern: 'Christmas(?= (?:morning|afternoon|evening|night)\\b)', date: '25 Dec' },
  { pattern: 'Boxing Day', date: '26 Dec' },
  { pattern: "New Year['’]s Eve", date: '31 Dec' },
  { pattern: "New Year['’]s Day", date: '1 Jan' },
];

/**
 * Words that make a time the end of something rather than when it happened: "extended until
 * Thursday 07:00". Such a time bounds a pause (a claim's `until`) and dates no occurrence.
 * Matched against the time's own words and the words just before it.
 */
export const UNTIL_CUES =
  '\\b(?:until|till|through|to last until|running until|due to expire (?:on|at))$';

/**
 * Words that make a time the start of something: "a ceasefire from midnight", "beginning at
 * 6:00 am on 18 June". Such a time dates the start of the pause, not the agreement that set it.
 * Matched against the words just before the time.
 */
export const FROM_CUES =
  '\\b(?:from|beginning|starting|effective|effective from|with effect from|as of|taking effect)$';

/**
 * Words that make a time the latest by which something is to be done: "to withdraw by 20
 * November", "before the end of February", "no later than 8 August". A plan so told runs from the
 * day it is told up to that time. Matched against the time's own words and the words just before it.
 */
export const DEADLINE_CUES =
  '\\b(?:by|before|no later than|not later than)\\s*(?:the\\s+)?(?:end of\\s+(?:the\\s+)?)?$';

/** Words in a weekday's or a month's clause that put it in the future ("will meet on Sunday", "to meet again in January"). */
export const FUTURE_CUES =
  "\\b(?:will|would|shall|'ll|is to|are to|due|expected|scheduled|set to|plans? to|planned|going to|next|deadline|coming|meet again|reconvene)\\b";

/**
 * Prepositions that put a time in the future only when they govern it ("by Friday", "until the
 * end of June"): elsewhere in the clause they head something else ("approved by the cabinet on
 * Tuesday", "signed by both leaders in March"). Matched against the words just before the time.
 */
export const FUTURE_PREPOSITIONS =
  '\\b(?:until|till|by|before)\\s*(?:the\\s+)?(?:(?:end|middle|start|beginning) of\\s+(?:the\\s+)?)?$';

/** Spans that relate a time to the publication moment, in days back from it. */
export interface RecentSpan {
  readonly pattern: string;
  /** Days before publication the span starts (a number word in the text overrides this). */
  readonly days: number;
  readonly precision: 'day' | 'days' | 'week' | 'month';
  /**
   * Counted in calendar days with the publication day among them: "over the past four days"
   * in a report of the 27th is the 24th to the 27th, "in the past 48 hours" that day and the one
   * before, "in the past few hours" the publication day.
   */
  readonly wholeDays?: boolean;
}

/** A `N` in the pattern is a number (digits or words) that replaces `days`, times `unitDays`. */
export const RECENT_SPANS: readonly (RecentSpan & { readonly unitDays?: number })[] = [
  { pattern: '(?:in|over|during) the (?:past|last) (?:day|24 hours)', days: 1, precision: 'day' },
  // A week is seven times 24 hours back from publication, a calendar day wider than seven
  // counted days: what happened "over the last week" of a pause that began eight days before
  // the report must fall in it, though the corpus's gold counts the days (decision 0234).
  {
    pattern: '(?:in|over|during) the (?:past|last) week',
    days: 7,
    precision: 'week',
  },
  // A fortnight is two such weeks.
  { pattern: '(?:in|over|during) the (?:past|last) fortnight', days: 14, precision: 'days' },
  {
    pattern: '(?:in|over|during) the (?:past|last) month',
    days: 30,
    precision: 'month',
  },
  {
    pattern: '(?:in|over|during) the (?:past|last|previous) N days',
    days: 1,
    unitDays: 1,
    precision: 'days',
    wholeDays: true,
  },
  {
    pattern: '(?:in|over|during|within) the (?:past|last|previous) N hours',
    days: 1,
    unitDays: 1 / 24,
    precision: 'days',
    wholeDays: true,
  },
  {
    pattern: '(?:in|over|during) the (?:past|last|previous) N weeks',
    days: 7,
    unitDays: 7,
    precision: 'days',
  },
];

/**
 * Which days of a calendar unit a phrase names: all, up to publication, before it, from it on,
 * or its end (from the 25th of its last month, as the corpus dates "the end of June").
 */
export type CalendarPart = 'whole' | 'to_date' | 'before_today' | 'from_today' | 'end';

/**
 * A calendar week (Monday to Sunday), month or year named from the publication's own: "last
 * week" is the week before the publication's, "last month" the month before, "next month" the
 * one after. "this week" told as done runs from its Monday to publication, told ahead (a future
 * cue in its clause) from publication to its Sunday; "earlier this month" ends the day before
 * publication, "later this week" starts on it.
 */
export const CALENDAR_SPANS: readonly {
  readonly pattern: string;
  readonly unit: 'week' | 'month' | 'year';
  /** Units from the publication's: -1 the last, 0 this one, 1 the next. */
  readonly offset: -1 | 0 | 1;
  /** `to_date` turns to `from_today` in a clause that looks ahead. */
  readonly part: CalendarPart;
}[] = [
  { pattern: '(?<!the )last week', unit: 'week', offset: -1, part: 'whole' },
  { pattern: '(?<!the )last month', unit: 'month', offset: -1, part: 'whole' },
  { pattern: 'next month', unit: 'month', offset: 1, part: 'whole' },
  { pattern: 'earlier this week', unit: 'week', offset: 0, part: 'before_today' },
  { pattern: 'earlier this month', unit: 'month', offset: 0, part: 'before_today' },
  { pattern: 'earlier this year', unit: 'year', offset: 0, part: 'before_today' },
  { pattern: 'later this week', unit: 'week', offset: 0, part: 'from_today' },
  { pattern: 'later this month', unit: 'month', offset: 0, part: 'from_today' },
  { pattern: 'later this year', unit: 'year', offset: 0, part: 'from_today' },
  { pattern: 'this week', unit: 'week', offset: 0, part: 'to_date' },
  { pattern: 'this month', unit: 'month', offset: 0, part: 'to_date' },
  // "to leave by the end of the year": with no year named, the publication's.
  { pattern: '(?:the )?end of (?:the|this) year', unit: 'year', offset: 0, part: 'end' },
];

/**
 * A Saturday and Sunday named from the publication's week. "At", "over" or "during the weekend"
 * told as done is the last weekend begun by publication (the publication's own when it falls on
 * one), as the corpus dates it; told ahead, the coming one. "Last weekend" is the one before
 * the publication's own, "next weekend" the coming one.
 */
export const WEEKENDS: readonly {
  readonly pattern: string;
  readonly which: 'last' | 'told' | 'next';
}[] = [
  { pattern: 'last weekend', which: 'last' },
  { pattern: 'next weekend', which: 'next' },
  { pattern: '(?:the|this) weekend', which: 'told' },
];

/**
 * A count of units back from publication ("six days ago", "ten years ago"): the day, or the
 * calendar week, month or year, that many before the publication's, as "yesterday" and "last
 * year" are one back. `N` is the count; "a few days ago" counts nothing and dates nothing.
 */
export const COUNTED_BACK: readonly {
  readonly pattern: string;
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** The count a pattern with no `N` stands for. */
  readonly count?: number;
}[] = [
  { pattern: 'N days? ago', unit: 'day' },
  { pattern: 'N weeks? ago', unit: 'week' },
  { pattern: 'a fortnight ago', unit: 'week', count: 2 },
  { pattern: 'N months? ago', unit: 'month' },
  { pattern: 'N years? ago', unit: 'year' },
];

/**
 * Spans ahead of publication that an expectation or a plan gives itself ("expected over the
 * coming days", "talks next week"): `days` days from `from` days after the publication day
 * (a number in the text replaces `days`), or with `week`, the calendar week (Monday to Sunday)
 * after the publication's.
 */
export const AHEAD_SPANS: readonly {
  readonly pattern: string;
  readonly from: number;
  readonly days: number;
  readonly week?: boolean;
  /**
   * A length of time ("within seven days", "within a week", "within 48 hours"): from the
   * publication day to that length after it, the last day included, as the corpus dates them;
   * one reading for every unit, so that seven days and a week end on the same day.
   */
  readonly unit?: 'hour' | 'day' | 'week' | 'month';
}[] = [
  // Not "over the coming days": the corpus gives that one no date (dev: four reports to one).
  { pattern: 'next week', from: 0, days: 7, week: true },
  { pattern: 'within (?:the next )?N days?', from: 0, days: 1, unit: 'day' },
  { pattern: 'within (?:the next )?N hours?', from: 0, days: 1, unit: 'hour' },
  { pattern: 'within (?:the next )?N weeks?', from: 0, days: 1, unit: 'week' },
  { pattern: 'within (?:the next )?N months?', from: 0, days: 1, unit: 'month' },
];

/** Days relative to the publication day, with an optional part of the day after them. */
export const RELATIVE_DAYS: readonly {
  readonly pattern: string;
  readonly offset: number;
  readonly part?: string;
  /** The part ends as it does after a named day (`toOnNamedDay`): within the day it names. */
  readonly namedDay?: boolean;
}[] = [
  // "on the day" alone is the report's day; "on the day the ceasefire began" names another
  // event's, which the sentence or its paragraph dates.
  // "to-day", "to-morrow", "to-night": the hyphen older reports write. With a word and hyphen
  // before, "to-day" is part of a compound ("day-to-day", "day-to-night"), no time at all.
  {
    pattern: 'earlier to-?day|(?<![\\w-])to-?day|on the day(?=\\s*(?:[,.;:]|$))',
    offset: 0,
  },
  { pattern: '(?:earlier |early )?this morning', offset: 0, part: 'morning' },
  { pattern: '(?:earlier )?this afternoon', offset: 0, part: 'afternoon' },
  { pattern: 'this evening|(?<![\\w-])to-?night', offset: 0, part: 'evening' },
  { pattern: 'yesterday', offset: -1 },
  // "last night" is yesterday's night, dated by that day as "on Wednesday night" is.
  { pattern: 'last night', offset: -1, part: 'night', namedDay: true },
  {
    // "during the night of 22 to 23 September" is the night of those days, which the date gives.
    pattern: "overnight|(?:during|in) the night(?! of\\b)|the night['’]s",
    offset: -1,
    part: 'night',
  },
  { pattern: 'the day before yesterday', offset: -2 },
  { pattern: '(?<![\\w-])to-?morrow', offset: 1 },
];

/**
 * Phrases that place an occurrence after the one told just before ("Not long after that …",
 * "An hour later …"): the last time told before them, in their sentence or else earlier in
 * the same voice, shifted by `shiftHours` and widened by `widenHours`. A shift of whole days
 * moves only a time of a day or less, and gives the whole day it lands on ("at 9 p.m. … the
 * next morning" is the next day): the day after "in June" is no day.
 * `inSentence` rows count back from a time their own sentence told before them ("on 21 May,
 * two days after a convoy was attacked"): the clause they head is that many days earlier.
 */
export const SEQUENCE_PHRASES: readonly {
  readonly pattern: string;
  readonly shiftHours: number;
  readonly widenHours: number;
  readonly inSentence?: boolean;
}[] = [
  {
    pattern: '(?:a|one) day later|the (?:next|following) (?:day|morning|afternoon|evening|night)',
    shiftHours: 24,
    widenHours: 0,
  },
  { pattern: 'N days later', shiftHours: 24, widenHours: 0 },
  { pattern: '(?:a|one) day after', shiftHours: -24, widenHours: 0, inSentence: true },
  { pattern: 'N days after', shiftHours: -24, widenHours: 0, inSentence: true },
  { pattern: 'an hour later|one hour later', shiftHours: 1, widenHours: 0 },
  { pattern: 'N hours later', shiftHours: 1, widenHours: 0 },
  {
    pattern:
      'minutes later|moments later|shortly after(?:wards| that)?|soon after(?:wards| that)?|not long after(?: that)?',
    shiftHours: 0,
    widenHours: 1,
  },
  {
    pattern:
      'a (?:short )?while later|later that (?:day|night|morning|evening)|hours later|later on',
    shiftHours: 0,
    widenHours: 6,
  },
];

/**
 * Phrases that date an occurrence by another one in the same report:
 * "in the hours leading to the end of the pause" is within `hoursBefore` before a `truce_end`.
 */
export const EVENT_ANCHORS: readonly {
  readonly pattern: string;
  readonly eventType: 'truce_end' | 'truce_start';
  readonly hoursBefore: number;
}[] = [
  {
    pattern:
      '(?:in )?the (?:hours|final hours|last hours) (?:leading (?:up )?to|before) the (?:end|collapse|expiry) of the (?:pause|truce|ceasefire)',
    eventType: 'truce_end',
    hoursBefore: 12,
  },
  {
    pattern: 'before the (?:pause|truce|ceasefire) (?:ended|expired|collapsed)',
    eventType: 'truce_end',
    hoursBefore: 24,
  },
  {
    pattern: 'before the (?:pause|truce|ceasefire) (?:began|started|took effect)',
    eventType: 'truce_start',
    hoursBefore: 24,
  },
];

/**
 * Word beginnings one of which every expression above contains: a sentence with none is not
 * searched by the rules (chrono-node has its own test). Keep in step when adding a rule.
 */
export const TIME_CUES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  // "to-morrow" and the like, as their words fold: "to morrow".
  'to day',
  'to night',
  'to morrow',
  'overnight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'fortnight',
  'day',
  'month',
  'year',
  'hour',
  'minute',
  'moment',
  'later',
  'after',
  'while',
  'dawn',
  'midday',
  'noon',
  'lunchtime',
  'before',
  'past',
  'last',
  'previous',
  'formerly',
];

/**
 * Vague references that carry no usable time, and figures that are no time ("a strip 15 to 20
 * kilometres deep"): masked so chrono does not read them as dates or clock times.
 */
export const NON_TIMES =
  '\\b(?:for the first time|at the time|at times|in time|(?:the )?(?:past|last|next|over the last) \\d+ years|for (?:up to )?\\w+ days|\\d+ hours of the deal|final 24 hours|eventually|yet|\\d+(?:\\s*(?:to|and|-|–)\\s*\\d+)?\\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?))\\b';

/**
 * Words that put an occurrence at some undated time before the report ("Previously, the IDF
 * had only launched …"): the claim takes no date from its paragraph, stays unresolved before
 * publication, and is flagged.
 */
export const UNDATED_PAST: readonly string[] = ['previously', 'formerly'];

/**
 * Words that make an undated act a state running at some time ("fighting continues", "troops
 * remained", "is still holding"): it takes neither the day's news nor the lead's day, as a told
 * act does. Told in the present (`STILL_HOLDING_CUES`) it takes the publication day (decision
 * 0239); else it is left before publication. Looked for in the act's clause. A regex source,
 * case-insensitive.
 */
export const ONGOING_CUES =
  '\\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|still|ongoing|persist(?:s|ed|ing)?|(?:is|are) (?:being )?reported)\\b';

/**
 * Of those, the words that tell a state as holding still as the report is written ("flights
 * remain suspended", "continues to lie", "are still held", "fighting is reported"): not
 * "continued" or "remained", told of a time before, nor "remaining" or "continuing" alone, which
 * as often qualify a noun ("the remaining fighters"), nor "still" without "is" or "are" before
 * it, which tells a past act as readily ("troops still shelled the hills"). They outrank the day
 * a paragraph told before the act, so they must not match a past tense.
 */
export const STILL_HOLDING_CUES =
  '\\b(?:continues?|remains?|(?:is|are) still|persists?|(?:is|are) (?:being )?reported|(?:is|are) continuing)\\b';

/**
 * Words that tell an act as going on as the report is written ("Israel is now releasing 30
 * prisoners", "buses are crossing now"): an undated act in such a clause is the publication
 * day's, not a time told earlier in the paragraph. Looked for in the act's clause. A regex
 * source, case-insensitive.
 */
export const NOW_CUES =
  "\\b(?:(?:is|are|'s|'re) now \\w+ing|(?:is|are) \\w+ing(?: \\w+)? (?:right )?now|(?:is|are) under ?way now|(?:is|are) now under ?way)\\b";

/**
 * A dateline's date ("KHARTOUM, May 30 (AFP) –", "Gaza City, Dec 2 (Reuters) -") dates the
 * report, not an act told after it: a time with these words before and after it is left out.
 */
export const DATELINE_BEFORE = "^\\s*\\p{Lu}[\\p{L} /.'’-]{1,40},\\s*$";
export const DATELINE_AFTER = '^\\s*(?:\\([^)]{1,30}\\)|[-–—])';

/**
 * Words before the span a report says it covers ("It covers the period from 23 April to 1 May",
 * "This update covers 1 to 31 May", "Reporting period: 12–18 January"): what such a report tells
 * as done with no date of its own happened within that span, not on its publication day. A regex
 * source, case-insensitive, matched against the sentence up to the time.
 */
export const COVERED_PERIOD_CUES =
  '\\b(?:(?:covers|covering|covered)(?: the(?: reporting)? period)?|reporting period:?)(?: (?:from|of|between))?\\s*$';

/**
 * "continued … during the reporting period", "remained open throughout the period": an act a
 * situation report tells over the span it covers is dated by that span, even told as going on,
 * which the day's news does not date (decision 0274). A regex source, case-insensitive, read in
 * the act's clause.
 */
export const IN_THE_COVERED_PERIOD =
  '\\b(?:during|throughout|over|in) the (?:reporting |review )?period\\b';

/**
 * How a claim's date sets its occurrence: an act dated to end more than this many days before
 * the publication day is background ("in May", in an August report). A fortnight, not a week:
 * a weekly or fortnightly update tells its own period's acts as news (decision 0115).
 */
export const BACKGROUND_AFTER_DAYS = 14;
/**
 * An act its own sentence dates wholly within this many days before the publication day (that
 * day or the one before) happened now, however its tense reads ("had been hit after noon").
 */
export const RECENT_DAYS = 1;

/**
 * A lead's day dates the acts of the paragraphs after it when it is the day's news: at most
 * this many days before the publication day ("on Tuesday" in a Wednesday wire), not a
 * situation report's first dated event of the fortnight it covers.
 */
export const LEAD_DAYS = 2;

/**
 * A paragraph of its own no longer than this that dates the publication day ("Maghreb Post, with
 * agencies · 28 August 2022", "Saigon, 5 February 1968") is the report's date line, not its lead:
 * an act told without a day happened on the day the lead gives, often the day before.
 */
export const DATE_LINE_CHARS = 90;

/**
 * Verbs (as lemmas) that tell only that an act named by a noun takes place ("Talks … are
 * expected to begin in September", "The next round will take place in Caracas in April"): between
 * the noun and a month after it, they leave the month the act's own.
 */
export const ACT_NOUN_PREDICATES: ReadonlySet<string> = new Set([
  'be',
  'will',
  'shall',
  'would',
  'expect',
  'schedule',
  'plan',
  'set',
  'begin',
  'start',
  'open',
  'resume',
  'take',
  'hold',
  'convene',
]);

/**
 * An act told by how long it lasted, its noun just after the length ("after five days of talks",
 * "63 days of fighting", "two weeks of heavy fighting"): `N` is the count, the unit names the
 * length. Not a length counted from another act ("within thirty days of the signature") nor a
 * part of one ("the first three days of the pause"), which `LASTING_NOT_AFTER` leaves out.
 */
export const LASTING_UNITS: readonly {
  readonly pattern: string;
  readonly unit: 'day' | 'week' | 'month';
}[] = [
  { pattern: 'N days? of', unit: 'day' },
  { pattern: 'N weeks? of', unit: 'week' },
  { pattern: 'N months? of', unit: 'month' },
];

/**
 * The words after an act's noun that tell how long it lasted, before the count and its unit
 * (`LASTING_UNITS` without their "of"): "talks lasting three days", "talks that lasted five
 * days", "negotiations which went on for two weeks". A regex source read from the noun's end.
 * "running" and "going on" are left out: a length told as still running ends now, not on a day
 * another act was told.
 */
export const LASTING_AFTER =
  '^,? (?:(?:that|which) )?(?:lasted|lasting|went on|ran)(?: for| over)? ';

/**
 * The acts a length dates so, as talks and fighting go on for days. An act of any other type told
 * beside a length keeps the one day its sentence gives ("ordered a ceasefire after four days of
 * fighting" is the day of the order).
 */
export const LASTING_ACTS: ReadonlySet<EventType> = new Set<EventType>([
  'talks',
  'clash',
  'shelling',
  'rocket_fire',
  'airstrike',
]);

/**
 * Words before a length that make it no act's own duration, up to the day the sentence gives (see
 * `LASTING_UNITS`): more of it agreed ("agreed on Friday to a further five days of talks").
 */
export const LASTING_NOT_AFTER: readonly string[] = [
  'within',
  'first',
  'last',
  'past',
  'next',
  'final',
  'than',
  'another',
  'further',
  'additional',
  'extra',
];

/**
 * Verbs that open the length, in all their forms: its day is the first, not the last ("opened
 * three days of talks in Cairo on Sunday", "will hold five days of talks").
 */
export const LASTING_STARTS: readonly string[] = [
  'begin',
  'begins',
  'began',
  'begun',
  'beginning',
  'open',
  'opens',
  'opened',
  'opening',
  'start',
  'starts',
  'started',
  'starting',
  'launch',
  'launches',
  'launched',
  'launching',
  'hold',
  'holds',
  'held',
  'holding',
];
