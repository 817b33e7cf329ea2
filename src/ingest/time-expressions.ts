import * as chrono from 'chrono-node';
import { Temporal } from 'temporal-polyfill';
import { badInput } from '../core/errors.js';
import type { TimeInterval, TimePrecision } from '../core/time/time-interval.js';
import { MONTH_NAMES } from '../core/time/month-names.js';
import type { Attributed } from './attribution.js';
import { firstTokenFrom } from './token.js';
import type { Sentence } from './structure.js';
import type { Token } from './token.js';
import { compilePattern } from './compile-pattern.js';
import { SPEECH_VERBS } from './tables/speech.js';
import { readNumber, withCount } from './read-number.js';
import {
  AHEAD_SPANS,
  CALENDAR_SPANS,
  COUNTED_BACK,
  DATELINE_AFTER,
  COVERED_PERIOD_CUES,
  DATELINE_BEFORE,
  EVENT_ANCHORS,
  FUTURE_CUES,
  FUTURE_PREPOSITIONS,
  NON_TIMES,
  PARTS_OF_DAY,
  RECENT_SPANS,
  RELATIVE_DAYS,
  SEQUENCE_PHRASES,
  TIME_CUES,
  UNDATED_PAST,
  WEEKENDS,
  FROM_CUES,
  UNTIL_CUES,
  DEADLINE_CUES,
  FIXED_FEASTS,
  WEEKDAYS,
} from './tables/time-words.js';
import type { CalendarPart, PartOfDay } from './tables/time-words.js';

/** A time expression found in a sentence and what it resolves to. */
export interface TimeMention {
  readonly sentence: number;
  /** [start, end) into the clean text. */
  readonly start: number;
  readonly end: number;
  readonly interval: TimeInterval;
  /** Inside the attributing words: dates the statement, not the occurrence. */
  readonly ofStatement: boolean;
  /** The end of something ("until Thursday 07:00"): bounds a pause, dates no occurrence. */
  readonly until: boolean;
  /** The start of something ("from midnight"): dates the pause, not the agreement setting it. */
  readonly from: boolean;
  /** The latest a thing is to be done by ("to withdraw by 20 November"): a plan runs up to it. */
  readonly deadline: boolean;
  /**
   * Where "since" stands before the time, in the clean text ("Since the corridor opened on
   * Aug. 1, … have been shipped"): what is told runs from that time to publication.
   */
  readonly since: number | null;
  /** Dates only the clause it heads ("…, two days after a convoy was attacked"), not the one before it. */
  readonly headsClause: boolean;
  /**
   * Counted back from publication ("four days ago"): it dates the verb it follows, often one a
   * clause names in passing ("reversing a suspension announced four days ago"), and no act told
   * after it.
   */
  readonly countedBack: boolean;
  /**
   * A live blog's entry stamp (`entryStamp`): when the entry was written, which dates what the
   * entry tells as done but no plan it reports.
   */
  readonly entryStamp: boolean;
  /** Dated by another occurrence in the report ("before the end of the pause"): resolved later. */
  readonly anchor: {
    readonly eventType: 'truce_end' | 'truce_start';
    readonly hoursBefore: number;
  } | null;
}

export interface TimeContext {
  /** The publication instant (ISO with offset), or null when unknown. */
  readonly published: string | null;
  /** IANA zone in which days and parts of days are read. */
  readonly timeZone: string;
}

export interface Timed extends Attributed, TimeContext {
  readonly times: readonly TimeMention[];
  /**
   * The local day of publication, up to the publication moment: when a report tells an act
   * with no date of its own, it tells the day's news. Null without a publication time.
   */
  readonly publicationDay: TimeInterval | null;
  /**
   * The day a dateline gives ("Nay Pyi Taw, 22 April –"): the day of the report's news, which
   * may come before its publication. Null without one.
   */
  readonly datelineDay: TimeInterval | null;
  /**
   * The span a situation report says it covers ("It covers the period from 12 to 18 January"):
   * the time of what it tells as done without a date. Null without one.
   */
  readonly coveredPeriod: TimeInterval | null;
  readonly warnings: readonly string[];
}

/** What chrono-node can add to our rules: month names, clock times, numeric dates. It is costly, so only then. */
const CHRONO_WORTHY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\b|\bnoon\b|\bmidnight\b|\blast year\b/i;
/** A year a sentence may name on its own ("in 2020"), for `yearTimes`. */
const YEAR_WORD = /\b(?:19|20)\d{2}\b/;
const EXPLICIT_DATE_AFTER =
  /^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const partWords = PARTS_OF_DAY.flatMap((p) => p.words).sort((a, b) => b.length - a.length);
const partByWord = new Map<string, PartOfDay>();
for (const p of PARTS_OF_DAY) for (const w of p.words) if (!partByWord.has(w)) partByWord.set(w, p);
const partOf = (word: string): PartOfDay | undefined =>
  partByWord.get(word.toLowerCase().replace(/\s+/g, ' '));
const PARTS = `(${partWords.join('|')})`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;

/** One of our own rules: how it resolves, with the data its table row gives. */
type OwnRule =
  | {
      readonly kind: 'anchor';
      readonly eventType: 'truce_end' | 'truce_start';
      readonly hoursBefore: number;
    }
  | {
      readonly kind: 'sequence';
      readonly shiftHours: number;
      readonly widenHours: number;
      readonly inSentence: boolean;
    }
  | {
      readonly kind: 'recent';
      readonly days: number;
      readonly unitDays: number;
      readonly precision: TimePrecision;
      readonly wholeDays: boolean;
    }
  | {
      readonly kind: 'ahead';
      readonly from: number;
      readonly days: number;
      readonly week: boolean;
      readonly unit: 'hour' | 'day' | 'week' | 'month' | undefined;
    }
  | {
      readonly kind: 'calendar';
      readonly unit: 'week' | 'month' | 'year';
      readonly offset: number;
      readonly part: CalendarPart;
    }
  | {
      readonly kind: 'counted_back';
      readonly unit: 'day' | 'week' | 'month' | 'year';
      readonly count: number | undefined;
    }
  | { readonly kind: 'weekend'; readonly which: 'last' | 'told' | 'next' }
  | { readonly kind: 'weekday' }
  | { readonly kind: 'undated' }
  | {
      readonly kind: 'relative';
      readonly offset: number;
      readonly part: string | undefined;
      readonly namedDay: boolean;
    };

const WEEKDAY_EXPRESSION = `(?:(overnight (?:and )?into|${PARTS} (?:of|on)) )?(?:(last|this|next|on|early|late|by|until|before) )?${WEEKDAY}(?:['’]s)?(?: ${PARTS})?`;

/** Our rules in order of precedence (an anchor before a sequence, a weekday before "overnight"). */
const OWN_RULES: readonly { readonly rule: OwnRule; readonly pattern: string }[] = [
  ...EVENT_ANCHORS.map((a) => ({
    rule: { kind: 'anchor', eventType: a.eventType, hoursBefore: a.hoursBefore } as const,
    pattern: a.pattern,
  })),
  ...SEQUENCE_PHRASES.map((q) => ({
    rule: {
      kind: 'sequence',
      shiftHours: q.shiftHours,
      widenHours: q.widenHours,
      inSentence: q.inSentence ?? false,
    } as const,
    pattern: withCount(q.pattern),
  })),
  ...RECENT_SPANS.map((r) => ({
    rule: {
      kind: 'recent',
      days: r.days,
      unitDays: r.unitDays ?? 1,
      precision: r.precision,
      wholeDays: r.wholeDays ?? false,
    } as const,
    pattern: withCount(r.pattern),
  })),
  ...AHEAD_SPANS.map((a) => ({
    rule: {
      kind: 'ahead',
      from: a.from,
      days: a.days,
      week: a.week ?? false,
      unit: a.unit,
    } as const,
    pattern: withCount(a.pattern),
  })),
  ...WEEKENDS.map((w) => ({
    rule: { kind: 'weekend', which: w.which } as const,
    pattern: `${w.pattern}(?!['’]s)`,
  })),
  ...CALENDAR_SPANS.map((c) => ({
    rule: { kind: 'calendar', unit: c.unit, offset: c.offset, part: c.part } as const,
    // "last month's fighting" dates the noun it qualifies, not the clause's act.
    pattern: `${c.pattern}(?!['’]s)`,
  })),
  ...COUNTED_BACK.map((c) => ({
    rule: { kind: 'counted_back', unit: c.unit, count: c.count } as const,
    pattern: withCount(c.pattern),
  })),
  { rule: { kind: 'weekday' } as const, pattern: WEEKDAY_EXPRESSION },
  ...UNDATED_PAST.map((pattern) => ({ rule: { kind: 'undated' } as const, pattern })),
  ...RELATIVE_DAYS.map((r) => ({
    rule: {
      kind: 'relative',
      offset: r.offset,
      part: r.part,
      namedDay: r.namedDay ?? false,
    } as const,
    pattern: r.pattern,
  })),
];

/** Capturing groups a pattern has of its own. */
const groupsIn = (pattern: string): number => (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;

/**
 * All our rules as one pattern, each in a group of its own, so a sentence is read in one pass;
 * `firstGroup[k]` is where rule k's group sits in a match.
 */
const firstGroup: number[] = [];
const ownRules = compilePattern(
  `\\b(?:${OWN_RULES.map(({ pattern }) => {
    firstGroup.push(
      1 + firstGroup.reduce((n, _, k) => n + 1 + groupsIn(OWN_RULES[k]?.pattern ?? ''), 0),
    );
    return `(${pattern})`;
  }).join('|')})\\b`,
);
const nonTimes = compilePattern(NON_TIMES);
const futureCue = compilePattern(FUTURE_CUES, 'iu');
const futurePreposition = compilePattern(FUTURE_PREPOSITIONS, 'iu');
/**
 * The clause before a time looks ahead: a cue anywhere in it, or "by", "until" governing the
 * time. "By" and "before" after a verb in the past tell a state reached by then ("the truce
 * stood by Tuesday night"), while "until" still sets an end ahead ("was extended until Tuesday").
 */
function looksAheadBefore(clause: string, toldPast: boolean): boolean {
  if (futureCue.test(clause)) return true;
  const governing = futurePreposition.exec(clause)?.[0];
  return governing !== undefined && !(toldPast && /^(?:by|before)\b/i.test(governing.trim()));
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
const speechWords = new Set(SPEECH_VERBS);

/** Whether the clause before a position in the sentence tells its act in the past tense. */
type ToldPast = (at: number) => boolean;

/** Verb groups of the past: "stood", "had largely fallen", "was"; not "were to", "agreed to sign". */
function toldPastIn(tokens: readonly Token[], sentence: string, offset: number): ToldPast {
  return (at) => {
    const clauseStart = offset + at - clauseBefore(sentence, at).length;
    let t = firstTokenFrom(tokens, clauseStart);
    let last = -1;
    let reported = false;
    for (; t < tokens.length && (tokens[t]?.end ?? Infinity) <= offset + at; t++) {
      const pos = tokens[t]?.pos;
      if (pos === 'VERB' || pos === 'AUX') [last, reported] = [t, false];
      else if (tokens[t]?.lemma === 'that') reported = true;
    }
    // "officials said (that) by Friday the troops would withdraw": a verb of saying, or one
    // before "that", tells when something was said, not the tense of what by then is done.
    if (last < 0 || reported) return false;
    // The verb group's first word carries its tense: walk back over auxiliaries and adverbs.
    let first = last;
    for (let k = last - 1; k >= 0; k--) {
      const token = tokens[k];
      if (token === undefined || token.start < clauseStart) break;
      if (token.lemma === 'to') return false; // an infinitive: what is to be done by then
      if (token.pos !== 'AUX' && token.pos !== 'VERB' && token.pos !== 'ADV') break;
      if (token.pos !== 'ADV') first = k;
    }
    const head = tokens[first];
    if (head === undefined || tokens[first + 1]?.lemma === 'to') return false; // "were to begin"
    const word = sentence.slice(head.start - offset, head.end - offset).toLowerCase();
    if (speechWords.has(word)) return false;
    if (head.pos === 'AUX') return PAST_AUXILIARIES.has(word);
    return word !== head.lemma && !/(?:ing|s)$/.test(word);
  };
}

const untilCue = compilePattern(UNTIL_CUES, 'iu');
const fromCue = compilePattern(FROM_CUES, 'iu');
const deadlineCue = compilePattern(DEADLINE_CUES, 'iu');
const datelineBefore = new RegExp(DATELINE_BEFORE, 'u');
const coveredPeriodCue = compilePattern(COVERED_PERIOD_CUES, 'iu');
const datelineAfter = new RegExp(DATELINE_AFTER, 'u');
/**
 * The date of a dateline at the head of a sentence: the report's, no act's. The place before it
 * is a few words, so only a time that starts near its sentence's start is tried.
 */
const inDateline = (sentence: string, start: number, end: number): boolean =>
  start <= DATELINE_REACH &&
  datelineBefore.test(sentence.slice(0, start)) &&
  datelineAfter.test(sentence.slice(end));
/** Further into its sentence than any place `DATELINE_BEFORE` allows before a dateline's date. */
const DATELINE_REACH = 120;
/**
 * The last words before a position, where a cue that ends there sits ("covering the period
 * from", "late"): at most `CUE_BEFORE_CHARS` of them, so that a sentence of many dates is not
 * read from its start once for each.
 */
const wordsBefore = (sentence: string, at: number): string =>
  sentence.slice(Math.max(0, at - CUE_BEFORE_CHARS), at);
const CUE_BEFORE_CHARS = 80;
/** The time's first word, or the words just before it, say it ends something. */
const isUntil = (sentence: string, start: number, end: number): boolean => {
  const firstWord = /^\S+/.exec(sentence.slice(start, end))?.[0] ?? '';
  return (
    untilCue.test(firstWord) ||
    untilCue.test(sentence.slice(Math.max(0, start - 30), start).trimEnd())
  );
};
/** The time's first word ("by Friday"), or the words just before it, make it a deadline. */
const isDeadline = (sentence: string, start: number, end: number): boolean => {
  const firstWord = /^\S+/.exec(sentence.slice(start, end))?.[0] ?? '';
  return (
    deadlineCue.test(firstWord) ||
    deadlineCue.test(sentence.slice(Math.max(0, start - 30), start).trimEnd())
  );
};
/** The words just before the time say it starts something. */
const isFrom = (sentence: string, start: number): boolean =>
  fromCue.test(sentence.slice(Math.max(0, start - 30), start).trimEnd());
/** Where "since" stands, a few words before the time and in its clause, else -1. */
function sinceBefore(sentence: string, start: number): number {
  const before = sentence.slice(Math.max(0, start - SINCE_REACH), start);
  const m = /\bsince\b[^;:.]*$/i.exec(before);
  return m === null ? -1 : start - before.length + m.index;
}
const SINCE_REACH = 40;

/** Does a word begin like one of our time words? Words recur, so the answer is remembered. */
const cuedWords = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 50_000;
function hasTimeCue(attributed: Attributed, s: Sentence): boolean {
  for (let w = s.words[0]; w < s.words[1]; w++) {
    const word = attributed.words[w]?.folded ?? '';
    let cued = cuedWords.get(word);
    if (cued === undefined) {
      cued = TIME_CUES.some((cue) => word.startsWith(cue));
      if (cuedWords.size >= MAX_REMEMBERED_WORDS) cuedWords.clear();
      cuedWords.set(word, cued);
    }
    if (cued) return true;
  }
  return false;
}

/** Finds and resolves the time expressions of every sentence against the publication time. */
export function resolveTimeExpressions(attributed: Attributed, context: TimeContext): Timed {
  const clock = makeClock(context);
  const times: TimeMention[] = [];
  const warnings: string[] = [];
  // "A short while later" follows the last time told in the same voice: the author's own
  // paragraphs are one thread, each quoted run of paragraphs another.
  const previous = new Map<number, TimeInterval>();
  let datelineDay: TimeInterval | null = null;
  let coveredPeriod: TimeInterval | null = null;
  for (const s of attributed.sentences) {
    const attribution = attributed.attributions[s.index];
    const statements = [
      attribution?.span ?? null,
      ...(attribution?.clauses ?? []).map((c) => c.span),
    ].filter((span) => span !== null);
    const voice = attributed.blocks[s.block]?.quoted?.introducer ?? -1;
    const sentence = attributed.text.slice(s.start, s.end);
    // A time later ones count from: not the statement's own ("In a statement on Monday, …"),
    // nor a bound the act runs until.
    const countsOn = (f: { readonly start: number; readonly end: number }): boolean =>
      !statements.some(([from, to]) => s.start + f.start >= from && s.start + f.end <= to) &&
      !isUntil(sentence, f.start, f.end);
    const found = sentenceTimes(
      sentence,
      clock,
      () => previous.get(voice) ?? null,
      countsOn,
      hasTimeCue(attributed, s),
      toldPastIn(attributed.tokens, sentence, s.start),
    );
    for (const f of found) {
      if (inDateline(sentence, f.start, f.end)) {
        if (datelineDay === null && f.interval.precision === 'day') datelineDay = f.interval;
        continue;
      }
      if (
        coveredPeriod === null &&
        f.interval.precision !== 'unresolved' &&
        coveredPeriodCue.test(wordsBefore(sentence, f.start))
      ) {
        coveredPeriod = f.interval;
      }
      const start = s.start + f.start;
      const end = s.start + f.end;
      const until = isUntil(sentence, f.start, f.end);
      const from = isFrom(sentence, f.start);
      const since = sinceBefore(sentence, f.start);
      const ofStatement = statements.some(([from, to]) => start >= from && end <= to);
      if (f.interval.precision === 'unresolved' && f.anchor === null) {
        warnings.push(
          context.published === null
            ? `time: “${f.interval.label}” is relative and the document has no publication time; left unresolved`
            : `time: “${f.interval.label}” gives no date; left unresolved`,
        );
      }
      times.push({
        sentence: s.index,
        start,
        end,
        interval: f.interval,
        ofStatement,
        until,
        from,
        deadline: isDeadline(sentence, f.start, f.end),
        since: since < 0 ? null : s.start + since,
        anchor: f.anchor,
        headsClause: f.headsClause === true,
        countedBack: f.countedBack === true,
        entryStamp: f.entryStamp === true,
      });
      if (countsOn(f) && f.interval.precision !== 'unresolved' && f.countedBack !== true) {
        previous.set(voice, f.interval);
      }
    }
  }
  const publicationDay =
    context.published === null ? null : clock.relativeDay(0, undefined, 'day of publication');
  return {
    ...attributed,
    ...context,
    times,
    publicationDay,
    datelineDay,
    coveredPeriod,
    warnings,
  };
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly interval: TimeInterval;
  readonly anchor: TimeMention['anchor'];
  readonly headsClause?: boolean;
  readonly countedBack?: boolean;
  readonly entryStamp?: boolean;
}

const feasts = FIXED_FEASTS.map((f) => ({
  words: compilePattern(`\\b${f.pattern}`),
  date: f.date,
}));
const anyFeast = compilePattern(FIXED_FEASTS.map((f) => `\\b${f.pattern}`).join('|'), 'iu');

/** A date just told before a feast's name: "On 25 December, Christmas Day, …". */
const DATE_BEFORE_FEAST =
  /(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s*$/;

/**
 * The sentence with each feast of a fixed day written as its date, in as many characters: the
 * date ends where the feast's name did, so a part of the day or a comma after it stays beside it.
 * A feast named beside the date it falls on is left as it is: the date is told already.
 */
function feastsAsDates(sentence: string): string {
  if (!anyFeast.test(sentence)) return sentence;
  return feasts.reduce(
    (text, f) =>
      text.replace(f.words, (m: string, at: number) =>
        DATE_BEFORE_FEAST.test(text.slice(Math.max(0, at - 20), at))
          ? m
          : f.date.padStart(m.length),
      ),
    sentence,
  );
}

/** The time expressions of one sentence: our rules first, chrono-node on what they leave. */
function sentenceTimes(
  told: string,
  clock: Clock,
  previous: () => TimeInterval | null,
  countsOn: (f: Found) => boolean,
  cued: boolean,
  toldPast: ToldPast,
): Found[] {
  const sentence = feastsAsDates(told);
  const found: Found[] = [];
  const sequences = new Map<Found, Sequence>();
  if (!cued) {
    const hasYear = YEAR_WORD.test(sentence);
    if (!hasYear && !CHRONO_WORTHY.test(sentence)) return found;
    const masked = sentence.replace(nonTimes, (m) => ' '.repeat(m.length));
    const dated = CHRONO_WORTHY.test(masked) ? chronoTimes(masked, clock, found, toldPast) : found;
    return joinDayRanges(
      masked,
      hasYear ? [...dated, ...yearTimes(masked, clock, dated)] : dated,
      clock,
    );
  }
  // Vague references ("for the first time", "17 years") are masked, not reported.
  const rest = sentence.replace(nonTimes, (m) => ' '.repeat(m.length));
  for (const m of rest.matchAll(ownRules)) {
    const k = firstGroup.findIndex((g) => m[g] !== undefined);
    const own = OWN_RULES[k]?.rule;
    const g = firstGroup[k] ?? 0;
    if (own === undefined) continue;
    const text = m[0];
    const start = m.index;
    switch (own.kind) {
      case 'anchor':
        found.push(
          at(start, text, clock.unresolved(text), {
            eventType: own.eventType,
            hoursBefore: own.hoursBefore,
          }),
        );
        break;
      case 'sequence': {
        const n = m[g + 1] === undefined ? 1 : readNumber(m[g + 1] ?? '');
        // "a few days later" counts no days: it is left as if unread.
        if (n === null && countsDays(own)) break;
        const placeholder = at(start, text, clock.unresolved(text));
        found.push(placeholder);
        sequences.set(placeholder, { own, n: n ?? 1 });
        break;
      }
      case 'recent': {
        const n = m[g + 1] === undefined ? null : readNumber(m[g + 1] ?? '');
        found.push(
          at(
            start,
            text,
            clock.recent(
              n === null ? own.days : n * own.unitDays,
              own.precision,
              own.wholeDays,
              text,
            ),
          ),
        );
        break;
      }
      case 'ahead': {
        const n = m[g + 1] === undefined ? null : readNumber(m[g + 1] ?? '');
        found.push(
          at(
            start,
            text,
            own.unit === undefined
              ? clock.ahead(own.from, n ?? own.days, own.week, text)
              : clock.within(own.unit, n ?? own.days, text),
          ),
        );
        break;
      }
      case 'calendar': {
        const ahead =
          own.part === 'to_date' &&
          looksAheadBefore(clauseBefore(sentence, start), toldPast(start));
        found.push(
          at(
            start,
            text,
            clock.calendar(own.unit, own.offset, ahead ? 'from_today' : own.part, text),
          ),
        );
        break;
      }
      case 'counted_back': {
        const n = own.count ?? readNumber(m[g + 1] ?? '');
        if (n === null) break;
        found.push({
          ...at(
            start,
            text,
            own.unit === 'day'
              ? clock.relativeDay(-n, undefined, text)
              : clock.calendar(own.unit, -n, 'whole', text),
          ),
          countedBack: true,
        });
        break;
      }
      case 'weekend': {
        const ahead =
          own.which === 'next' ||
          (own.which === 'told' &&
            looksAheadBefore(clauseBefore(sentence, start), toldPast(start)));
        found.push(at(start, text, clock.weekend(ahead ? 'next' : own.which, text)));
        break;
      }
      case 'weekday': {
        const [lead, leadPart, modifier, weekday, trailPart] = m.slice(g + 1, g + 6);
        if (weekday === undefined) break;
        if (EXPLICIT_DATE_AFTER.test(rest.slice(start + text.length))) break; // chrono's to read
        // "until Thursday": the modifier is a cue too ("extended until Thursday" looks ahead);
        // "By Sunday, the guns had fallen silent" tells what was done by then.
        const future =
          modifier?.toLowerCase() === 'next' ||
          (modifier?.toLowerCase() !== 'last' &&
            !doneBy(modifier, rest.slice(start + text.length)) &&
            looksAheadBefore(
              `${clauseBefore(sentence, start)} ${modifier ?? ''}`,
              toldPast(start),
            ));
        const day = WEEKDAYS.indexOf(weekday.toLowerCase()) + 1;
        // "Last Thursday" in a Thursday's report is the Thursday before, not the day itself.
        const weekBack = modifier?.toLowerCase() === 'last';
        const intoNight = lead !== undefined && /^overnight (?:and )?into/i.test(lead);
        const part = partOf(leadPart ?? trailPart ?? '');
        found.push(
          at(
            start,
            text,
            clock.weekday(
              day,
              future ? 'ahead' : weekBack ? 'week_back' : 'back',
              intoNight ? 'into' : part && { ...part, to: part.toOnNamedDay ?? part.to },
              text,
            ),
          ),
        );
        break;
      }
      case 'undated':
        found.push(at(start, text, clock.undated(text)));
        break;
      case 'relative': {
        const part = own.part === undefined ? undefined : partOf(own.part);
        found.push(
          at(
            start,
            text,
            clock.relativeDay(
              own.offset,
              part && own.namedDay ? { ...part, to: part.toOnNamedDay ?? part.to } : part,
              text,
            ),
          ),
        );
        break;
      }
    }
  }
  if (CHRONO_WORTHY.test(rest))
    // A sequence phrase is masked with a mark, not blanks: chrono-node reads "on 21 May," then
    // a run of blanks as the month alone.
    found.push(
      ...chronoTimes(maskFound(rest, found, new Set(sequences.keys())), clock, found, toldPast),
    );
  if (YEAR_WORD.test(rest)) found.push(...yearTimes(rest, clock, found));
  found.sort((a, b) => a.start - b.start);
  return joinDayRanges(rest, resolveSequences(found, sequences, previous, countsOn, clock), clock);
}

/** A sequence phrase's rule and the count it read ("two days later": 2). */
type Sequence = { readonly own: Extract<OwnRule, { kind: 'sequence' }>; readonly n: number };

/**
 * Whether a sequence phrase counts days ("two days later") rather than hours: only such a count
 * stands alone, follows the day told just before it, and needs that time to be a day or less.
 */
const countsDays = (own: Sequence['own']): boolean => Math.abs(own.shiftHours) >= 24;

/** Days can be counted only from a time of a day or less. */
const WITHIN_A_DAY: ReadonlySet<TimePrecision> = new Set([
  'exact',
  'minute',
  'hour',
  'part_of_day',
  'day',
]);

/**
 * Sequence phrases ("two days later", "a day after") resolved against the last time told before
 * them: in their own sentence first ("flew out on 10 January, and two days later …"), else the
 * voice's last. One that counts back from its sentence's time and finds none dates nothing.
 */
function resolveSequences(
  found: readonly Found[],
  sequences: ReadonlyMap<Found, Sequence>,
  previous: () => TimeInterval | null,
  countsOn: (f: Found) => boolean,
  clock: Clock,
): Found[] {
  if (sequences.size === 0) return [...found];
  const out: Found[] = [];
  for (const f of found) {
    const sequence = sequences.get(f);
    if (sequence === undefined) {
      out.push(f);
      continue;
    }
    const { own, n } = sequence;
    // "shortly after 7 a.m.", "hours after the truce began" name what they follow; only a count
    // of days stands alone and follows the day told just before it.
    const told = countsDays(own)
      ? out.findLast((e) => e.interval.earliest !== null && countsOn(e))
      : undefined;
    const before = told?.interval ?? (own.inSentence ? null : previous());
    const countable = before !== null && (!countsDays(own) || WITHIN_A_DAY.has(before.precision));
    if (!countable && own.inSentence) continue;
    const label = f.interval.label;
    // "…, 17 days after they crossed": the count dates the clause "after" heads, not the one
    // before it, so the time starts at "after".
    const head = own.inSentence ? label.toLowerCase().lastIndexOf('after') : 0;
    out.push({
      ...f,
      start: f.start + Math.max(0, head),
      headsClause: own.inSentence,
      interval: countable
        ? clock.after(before, own.shiftHours * n, own.widenHours, label)
        : clock.unresolved(label),
    });
  }
  return out;
}

/**
 * A clock time in figures heading its sentence ("07:45 …", "14:10 - Talks resume"): a live
 * blog's entry stamp. "At 18:00 the army will withdraw" is the act's own time.
 */
const entryStamp = (sentence: string, index: number, text: string): boolean =>
  /^\d/u.test(text) && sentence.slice(0, index).trim() === '';

const at = (
  start: number,
  text: string,
  interval: TimeInterval,
  anchor: Found['anchor'] = null,
): Found => ({
  start,
  end: start + text.length,
  interval,
  anchor,
});

/** What may stand between the two days of a range: "Thursday and Friday", "Monday to Wednesday". */
const RANGE_JOIN = /^\s*(?:and|to|through|-|–)\s*(?:on\s+)?$/i;
/** A bare day of the month before a date: "24 and 25 August", "between 27 and 31 March". */
const DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|through|-|–)\s*$/i;
const LEADING_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\b/;
/** Precisions a range of days is made of; clock times and months make none. */
const DAY_LIKE: ReadonlySet<TimePrecision> = new Set(['day', 'part_of_day', 'days']);
/** A range longer than this is two times told side by side, not one span. */
const MAX_RANGE_DAYS = 31;

/**
 * Two days told as one range are one span: "on Thursday and Friday", "from Monday to
 * Wednesday", "on 24 and 25 August", "between 27 and 31 March". chrono-node reads the second
 * day of each alone, and an act told over both happened over both.
 */
function joinDayRanges(text: string, found: readonly Found[], clock: Clock): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const before = out[out.length - 1];
    const days = DAY_LIKE.has(f.interval.precision) && f.anchor === null;
    if (
      days &&
      before !== undefined &&
      DAY_LIKE.has(before.interval.precision) &&
      before.anchor === null &&
      RANGE_JOIN.test(text.slice(before.end, f.start))
    ) {
      const joined = clock.span(before.interval, f.interval, text.slice(before.start, f.end));
      if (joined !== null) {
        out[out.length - 1] = { ...before, end: f.end, interval: joined };
        continue;
      }
    }
    const lead = days ? DAY_BEFORE.exec(text.slice(Math.max(0, f.start - 12), f.start)) : null;
    const last = Number(LEADING_DAY.exec(f.interval.label)?.[1] ?? NaN);
    const first = Number(lead?.[1] ?? NaN);
    if (lead !== null && first < last) {
      const start = f.start - lead[0].length;
      const joined = clock.span(
        clock.dayOfMonth(f.interval, first),
        f.interval,
        text.slice(start, f.end),
      );
      if (joined !== null) {
        out.push({ ...f, start, interval: joined });
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/**
 * The sentence with what our rules read blanked out, for chrono-node to read the rest. Written
 * into one array of characters: rebuilding the sentence for each time cost its length each time.
 */
function maskFound(text: string, found: readonly Found[], filled: ReadonlySet<Found>): string {
  if (found.length === 0) return text;
  const out = text.split('');
  for (const f of found) out.fill(filled.has(f) ? '~' : ' ', f.start, f.end);
  return out.join('');
}

/**
 * "By Sunday, Dbeibah's allies had taken …": "by" or "before" a day, with the clause after it
 * in the past perfect and no cue of its own looking ahead, says what was done by that day.
 */
function doneBy(modifier: string | undefined, after: string): boolean {
  if (modifier === undefined || !/^(?:by|before)$/i.test(modifier)) return false;
  const clause = /^[^;.]*/.exec(after)?.[0] ?? '';
  return PAST_PERFECT.test(clause) && !futureCue.test(clause);
}
const PAST_PERFECT = /\bhad\s+(?:(?:\w+ly|not|already|all)\s+)*(?!to\b)\w+/i;

/**
 * A month's name in lower case is a word, not a month: "will march on the capital", "a march of
 * supporters". chrono-node reads months in any case; a report writes them capitalised.
 */
const LOWER_CASE_MONTH = new RegExp(String.raw`\b(?:${MONTH_NAMES.join('|')})\b`);

/**
 * The words of the clause before a position, where a future cue would sit: at most
 * `CLAUSE_BEFORE_CHARS` of them, so that a long sentence of many dates is not read from its start
 * once for each.
 */
const clauseBefore = (sentence: string, at: number): string =>
  sentence
    .slice(Math.max(0, at - CLAUSE_BEFORE_CHARS), at)
    .split(/[;,:]/)
    .pop() ?? '';
const CLAUSE_BEFORE_CHARS = 400;

/** Absolute dates and clock times, read by chrono-node; a bare clock time narrows a day found. */
function chronoTimes(rest: string, clock: Clock, days: Found[], toldPast: ToldPast): Found[] {
  const out: Found[] = [];
  // chrono-node reads "the afternoon of 24 March" as an afternoon of no day: the date is read
  // alone, and the time starts at the part of the day ("from the evening of 25 November").
  // The part is masked with a mark, not blanks: "at dawn on 13 September" blanked reads as
  // "at 13", a clock time, in September.
  const partStarts = new Map<number, number>();
  const parsed = chrono.parse(
    maskPartBeforeMay(
      rest.replace(PART_BEFORE_DATE, (m, _part: string, at: number) => {
        partStarts.set(at + m.length, at);
        return `${'~'.repeat(m.length - 1)} `;
      }),
    ),
    clock.reference,
  );
  // "at the end of June" names part of a month; chrono-node reads it as the month's last day.
  const isDate = (r: chrono.ParsedResult): boolean =>
    r.start.isCertain('day') && r.start.isCertain('month') && !MONTH_EDGE.test(r.text);
  // "planned for December, was scrapped", "had been set for March": a plan told as past
  // looks back from publication, not ahead.
  const looksAhead = (r: chrono.ParsedResult): boolean =>
    looksAheadBefore(clauseBefore(rest, r.index), toldPast(r.index)) &&
    !PAST_PLAN_BEFORE.test(clauseBefore(rest, r.index)) &&
    !PAST_PLAN_AFTER.test(rest.slice(r.index + r.text.length));
  // "three days after Putin agreed", "after ten days of talks", "for 72 hours": a span counted
  // from another event or a length of time, which chrono-node counts forward from publication.
  // Unless the clause looks ahead, it dates nothing.
  const results = parsed.filter(
    (r) =>
      !LOWER_CASE_MONTH.test(r.text) &&
      (!r.tags().has('result/relativeDate') ||
        r.start.date().getTime() <= (clock.reference.instant?.getTime() ?? 0) ||
        looksAhead(r)),
  );
  // The months read alone, to join one to the next where the two make a range.
  const monthsBefore = new Map<Found, { readonly told: MonthTold; readonly index: number }>();
  // Dates first, so that a clock time can narrow a date after it ("at 6:00 am Khartoum time
  // on 18 June"), not only one our own rules read.
  const dates = results
    .filter(isDate)
    .map((r) => at(r.index, r.text, clock.date(r, looksAhead(r), r.text)));
  out.push(...dates);
  for (const r of results) {
    const s = r.start;
    if (isDate(r)) {
      continue;
    } else if (s.isCertain('hour')) {
      const hour = s.get('hour') ?? 0;
      const minute = s.get('minute') ?? 0;
      const nearIn = (list: readonly Found[]): Found | undefined =>
        list.find((d) => Math.abs(d.start - r.index) < 40 && d.interval.precision !== 'unresolved');
      // A live blog's entry stamp ("07:45 … the night's strikes") narrows no day told after it.
      const stamp = entryStamp(rest, r.index, r.text);
      const day = stamp ? undefined : nearIn(days);
      const date = day === undefined ? nearIn(dates) : undefined;
      if (day !== undefined) {
        days[days.indexOf(day)] = {
          ...day,
          interval: clock.atHour(day.interval, hour, minute, day.interval.label),
        };
      } else if (date !== undefined) {
        // "at 6:00 am Khartoum time on 18 June": the clock time is on that date, not today.
        out.push({
          ...at(r.index, r.text, clock.atHour(date.interval, hour, minute, date.interval.label)),
          entryStamp: stamp,
        });
      } else {
        // A bare clock time ("at 7 a.m.", a live blog's "08:15") is the last such time by publication.
        out.push({
          ...at(r.index, r.text, clock.lastClockTime(hour, minute, r.text)),
          entryStamp: stamp,
        });
      }
    } else if (s.isCertain('month')) {
      // "in March", "in late August", "in April last year", "in May 2023": the month, or the
      // part of it the word before names; a month with no year is the last one by publication,
      // unless the clause looks ahead.
      const told = monthTold(s, MONTH_EDGE.exec(r.text)?.[1] ?? partBefore(rest, r.index));
      const lastYear = LAST_YEAR_AFTER.test(rest.slice(r.index + r.text.length));
      const shift = lastYear ? -1 : looksAhead(r) ? 1 : 0;
      // "from March to June", "from November until January": chrono-node reads the range whole.
      const end = r.end;
      if (end !== null && end !== undefined && end.isCertain('month') && !end.isCertain('day')) {
        const last = monthTold(end, partBefore(r.text, r.text.lastIndexOf(' ') + 1));
        out.push(at(r.index, r.text, clock.months(told, last, shift, r.text)));
        continue;
      }
      // "between May and August 1994", "in February and March": chrono-node reads two months.
      const before = out[out.length - 1];
      const first = before === undefined ? undefined : monthsBefore.get(before);
      const join =
        before === undefined ? null : MONTH_RANGE_JOIN.exec(rest.slice(before.end, r.index));
      if (
        before !== undefined &&
        first !== undefined &&
        join !== null &&
        (join[1]?.toLowerCase() !== 'and' ||
          /\bbetween\s+$/i.test(wordsBefore(rest, first.index)) ||
          first.told.month % 12 === told.month - 1)
      ) {
        const label = rest.slice(before.start, r.index + r.text.length);
        out[out.length - 1] = at(before.start, label, clock.months(first.told, told, shift, label));
        continue;
      }
      const found = at(
        r.index,
        r.text,
        clock.month(told.year, told.month, shift, told.days, r.text),
      );
      monthsBefore.set(found, { told, index: r.index });
      out.push(found);
    } else if (s.isCertain('year') && /\byear\b/i.test(r.text)) {
      // "last year": the calendar year.
      out.push(at(r.index, r.text, clock.year(s.get('year') ?? 1970, r.text)));
    }
  }
  return out
    .map((f) => {
      const start = partStarts.get(f.start);
      return start === undefined ? f : { ...f, start };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * "in 2020", "since 2014": a year on its own, which chrono-node leaves. A plain pattern, so a
 * sentence with a year and nothing else chrono-node reads does not pay for chrono-node.
 */
function yearTimes(rest: string, clock: Clock, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const m of rest.matchAll(YEAR_ALONE)) {
    const year = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - year.length;
    if (found.some((o) => o.start <= start && start < o.end)) continue;
    out.push(at(start, year, clock.year(Number(year), year)));
  }
  return out;
}

/** A month as the text tells it: its year if told, and the days of it a word before names. */
interface MonthTold {
  readonly year: number | null;
  readonly month: number;
  readonly days: readonly [number, number] | undefined;
}
const monthTold = (c: chrono.ParsedComponents, part: string | undefined): MonthTold => ({
  year: c.isCertain('year') ? (c.get('year') ?? null) : null,
  month: c.get('month') ?? 1,
  days: part === undefined ? undefined : MONTH_PARTS[part.toLowerCase()],
});
/** The part of the month the words just before `at` name ("early", "the middle of"). */
const partBefore = (text: string, at: number): string | undefined =>
  MONTH_PART.exec(wordsBefore(text, at))
    ?.slice(1)
    .find((p) => p !== undefined);
/**
 * Where a time's phrase starts, its part word included: "late" of "in late August and September",
 * which the mention itself starts after.
 */
export const phraseStart = (text: string, at: number): number =>
  at - (MONTH_PART.exec(wordsBefore(text, at))?.[0].length ?? 0);
/**
 * What stands between two months told as one range, the second's part included: "December and
 * early March", "late April to mid-June". With "and", two months are a range after "between", or
 * when the second follows the first ("in May and June"); "in May and November" names two months.
 */
const MONTH_RANGE_JOIN =
  /^[\s,]*(and|to|until|till|through|-|–)\s*(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?$/i;

/** The words before a month that name part of it ("early", "the middle of"), in any case. */
const PART_WORDS = String.raw`\b(?:(early|mid|late)[\s-]+|(end|beginning|start|middle)\s+of\s+)`;
/** The word before a month that names part of it, and the days that part covers. */
const MONTH_PART = new RegExp(`${PART_WORDS}$`, 'i');
/**
 * "in early May", "by mid-May", "at the beginning of May", "in Early May": chrono-node reads
 * "May" as the month only right after "in" (else it is the verb), so the words before it are
 * masked as "in"; the part they name is read from the text itself (`MONTH_PART`). Only "May"
 * with its capital is the month; "the end of May" chrono-node reads whole (`MONTH_EDGE`).
 */
const PART_BEFORE_MAY = new RegExp(`${PART_WORDS}(?=may\\b)`, 'gi');
const maskPartBeforeMay = (text: string): string =>
  text
    .replace(PART_BEFORE_MAY, (m: string, _p: unknown, edge: string | undefined, at: number) =>
      text[at + m.length] === 'M' && edge?.toLowerCase() !== 'end'
        ? `${'~'.repeat(m.length - 3)}in `
        : m,
    )
    .replace(RANGE_BEFORE_MAY, (m: string, ...rest: unknown[]) => {
      const at = rest.at(-2) as number;
      return m.startsWith('and') && !MONTH_BEFORE_AND.test(text.slice(Math.max(0, at - 16), at))
        ? m
        : `${'~'.repeat(m.length - 3)}in `;
    });
/**
 * "between May and August", "in April and May": "May" opening or closing a range of months, read
 * as the month as after "in"; the range itself is read from the text (`MONTH_RANGE_JOIN`). A
 * range "between" closes on a month, and "and" follows one, named in full: "talks between May and
 * Juncker", "Juncker and May met" name a person.
 */
const MONTH_ALTERNATIVES = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const RANGE_BEFORE_MAY = new RegExp(
  String.raw`\bbetween\s+(?=May(?:\s+\d{4})?,?\s+(?:and|to|-|–)\s+${PART_WORDS}?(?:${MONTH_ALTERNATIVES})\b)|\band\s+(?=May\b)`,
  'g',
);
/** A month just before "and", read on a few characters only. */
const MONTH_BEFORE_AND = new RegExp(String.raw`\b(?:${MONTH_ALTERNATIVES})\.?,?\s+$`);
/**
 * A part of the day before the date it falls on: "on the afternoon of 24 March", "in the morning
 * on 27 November", "on the evening of Sunday 7 March", "on the night of 30 to 31 October".
 */
const PART_BEFORE_DATE = new RegExp(
  `\\b(?:the\\s+)?${PARTS}\\s+(?:of|on)\\s+(?=(?:(?:${WEEKDAYS.join('|')}),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:to|and|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d))`,
  'gi',
);
/** A month's part told as its edge or middle: "the end of June", "the beginning of March". */
const MONTH_EDGE = /^(?:the\s+)?(end|beginning|start|middle)\s+of\s/i;
const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10],
  beginning: [1, 10],
  start: [1, 10],
  mid: [11, 20],
  middle: [11, 20],
  late: [21, 31],
  // The corpus dates "the end of June" from the 25th: the month's last week, not its last ten days.
  end: [25, 31],
};
/** A plan's own words in the past perfect before its time: "had been planned for December". */
const PAST_PLAN_BEFORE = /\bhad\s+been\s+(?:\w+ly\s+)?\w+\s+(?:for|on|in)\s+$/i;
/** The clause after a plan's time, in the past: "planned for December, was scrapped". */
const PAST_PLAN_AFTER =
  /^,?\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?!to\b|due\b|expected\b|set\b|scheduled\b|planned\b|going\b)\w+(?:ed|ff|wn|en)\b/i;
const LAST_YEAR_AFTER = /^\s+(?:of\s+)?last\s+year\b/i;
const YEAR_ALONE =
  /\b(?:in|since|of|during|from|until|by)\s+((?:19|20)\d{2})\b(?![\s-]*(?:[-–]|to)\s*\d)/gi;

type ChronoResult = ReturnType<typeof chrono.parse>[number];

interface Clock {
  readonly reference: chrono.ParsingReference;
  unresolved(label: string): TimeInterval;
  /** Some time before publication, no telling when: "previously". */
  undated(label: string): TimeInterval;
  /**
   * The `days` days up to publication; with `wholeDays`, the publication day and the days
   * before it that make `days` calendar days in all ("over the past four days").
   */
  recent(days: number, precision: TimePrecision, wholeDays: boolean, label: string): TimeInterval;
  /**
   * The nearest such day ahead of publication or back from it (the publication day itself
   * either way), or with `week_back`, back from the day before publication.
   */
  weekday(
    isoDay: number,
    direction: 'ahead' | 'back' | 'week_back',
    part: PartOfDay | 'into' | undefined,
    label: string,
  ): TimeInterval;
  /** A Saturday and Sunday: the last begun by publication, the one before it, or the coming one. */
  weekend(which: 'last' | 'told' | 'next', label: string): TimeInterval;
  relativeDay(offset: number, part: PartOfDay | undefined, label: string): TimeInterval;
  after(
    previous: TimeInterval,
    shiftHours: number,
    widenHours: number,
    label: string,
  ): TimeInterval;
  /**
   * A date chrono-node reads; one with no year is the nearest such day, but not more than
   * `MAX_DAYS_AHEAD` after publication unless its clause looks ahead (`future`).
   */
  date(result: ChronoResult, future: boolean, label: string): TimeInterval;
  atHour(day: TimeInterval, hour: number, minute: number, label: string): TimeInterval;
  lastClockTime(hour: number, minute: number, label: string): TimeInterval;
  /**
   * A month (1–12), or the days of it `days` gives; with no year, the last such month by
   * publication, moved by `yearShift` years ("last year" −1, a plan +1 if it has passed).
   */
  month(
    year: number | null,
    month: number,
    yearShift: number,
    days: readonly [number, number] | undefined,
    label: string,
  ): TimeInterval;
  /**
   * From the first month told to the last, both as `month` reads them; a first month with no
   * year is the last such month up to the last one ("from December to March"), and a last month
   * with no year the first such month from a first one told with its year.
   */
  months(first: MonthTold, last: MonthTold, yearShift: number, label: string): TimeInterval;
  year(year: number, label: string): TimeInterval;
  /** From the start of one to the end of the other, or null when they make no range of days. */
  span(first: TimeInterval, last: TimeInterval, label: string): TimeInterval | null;
  /** Another day of the month a dated day is in. */
  dayOfMonth(day: TimeInterval, dayOfMonth: number): TimeInterval;
  /** The days of a calendar week, month or year, `offset` units from the publication's. */
  calendar(
    unit: 'week' | 'month' | 'year',
    offset: number,
    part: CalendarPart,
    label: string,
  ): TimeInterval;
  /** `days` days from `from` days after the publication day, or the next calendar week. */
  ahead(from: number, days: number, week: boolean, label: string): TimeInterval;
  /** From the publication day to the day `length` hours, weeks or months after it, inclusive. */
  within(unit: 'hour' | 'day' | 'week' | 'month', length: number, label: string): TimeInterval;
}

const HOUR_MS = 3_600_000;
/** A date with no year this far after publication, in a clause not looking ahead, is the past one. */
const MAX_DAYS_AHEAD = 31;
const knownZones = new Set<string>();
/**
 * Local hours already turned into instants, by zone: zone arithmetic is the costly part of the
 * polyfill, and reports of one agreement ask for the same few days. Emptied when it grows large.
 */
const instantsByZone = new Map<string, Map<number, number>>();
const MAX_INSTANTS_KEPT = 20_000;

function instantsOf(timeZone: string): Map<number, number> {
  let instants = instantsByZone.get(timeZone);
  if (instants === undefined || instants.size > MAX_INSTANTS_KEPT) {
    instants = new Map();
    instantsByZone.set(timeZone, instants);
  }
  return instants;
}

/** Resolution against the publication moment in the zone; without one, only absolute dates. */
function makeClock({ published, timeZone }: TimeContext): Clock {
  if (!knownZones.has(timeZone)) {
    try {
      Temporal.Now.instant().toZonedDateTimeISO(timeZone);
    } catch {
      throw badInput(`unknown time zone "${timeZone}": expected an IANA name like Asia/Jerusalem`);
    }
    knownZones.add(timeZone);
  }
  let pub: Temporal.ZonedDateTime | null = null;
  if (published !== null) {
    try {
      pub = Temporal.Instant.from(published).toZonedDateTimeISO(timeZone);
    } catch {
      throw badInput(`publication time "${published}" is not an ISO instant with an offset`);
    }
  }
  const pubMs = pub === null ? null : pub.epochMilliseconds;
  const today = pub?.toPlainDate() ?? null;
  const todayOfWeek = today?.dayOfWeek ?? 0;
  const local = instantsOf(timeZone);
  // A date's fields are getters the polyfill recomputes on each read: each date's key is kept.
  const dayKeys = new Map<Temporal.PlainDate, number>();
  const atLocal = (date: Temporal.PlainDate, hour: number): number => {
    let day = dayKeys.get(date);
    if (day === undefined) {
      day = (date.year * 13 + date.month) * 32 + date.day;
      dayKeys.set(date, day);
    }
    const key = day * 64 + hour;
    let ms = local.get(key);
    if (ms === undefined) {
      // The day is moved before the hour is set: where a day begins at 01:00 (clocks forward
      // at midnight), the day before ends at that 01:00, not at 01:00 of the day after it.
      ms = date.add({ days: Math.floor(hour / 24) }).toZonedDateTime({
        timeZone,
        plainTime: new Temporal.PlainTime(hour % 24),
      }).epochMilliseconds;
      local.set(key, ms);
    }
    return ms;
  };
  /** A month's year: the one told, else the last such month by publication, moved by `shift`. */
  const yearOf = (year: number | null, month: number, shift: number): number | null => {
    if (year !== null) return year;
    if (today === null) return null;
    if (shift < 0 || (shift === 0 && month > today.month)) return today.year - 1;
    return shift > 0 && month < today.month ? today.year + 1 : today.year;
  };
  /** The first day of a month's told days, and the day after its last. */
  const monthDays = (
    year: number,
    month: number,
    days: readonly [number, number] | undefined,
  ): readonly [Temporal.PlainDate, Temporal.PlainDate] => {
    const first = new Temporal.PlainDate(year, month, 1);
    return days === undefined
      ? [first, first.add({ months: 1 })]
      : [first.with({ day: days[0] }), first.with({ day: days[1] }).add({ days: 1 })];
  };
  const dates = new Map<number, Temporal.PlainDate>();
  /** The local date `offset` days from `from`, the day of publication. */
  const dayAt = (from: Temporal.PlainDate, offset: number): Temporal.PlainDate => {
    let date = dates.get(offset);
    if (date === undefined) {
      date = from.add({ days: offset });
      dates.set(offset, date);
    }
    return date;
  };
  /** [fromMs, toMs) as an inclusive interval; a past occurrence ends by publication at the latest. */
  const interval = (
    fromMs: number,
    toMs: number,
    precision: TimePrecision,
    label: string,
    clip: boolean,
  ): TimeInterval => {
    let latest = toMs - 1;
    if (clip && pubMs !== null && latest > pubMs && fromMs <= pubMs) latest = pubMs;
    return { earliest: iso(fromMs), latest: iso(latest), label, precision };
  };
  const unresolved = (label: string): TimeInterval => ({
    earliest: null,
    latest: null,
    label,
    precision: 'unresolved',
  });
  const dayPart = (
    date: Temporal.PlainDate,
    part: PartOfDay | undefined,
    label: string,
    clip: boolean,
  ): TimeInterval => {
    if (part === undefined)
      return interval(atLocal(date, 0), atLocal(date, 24), 'day', label, clip);
    const to = part.to <= part.from ? part.to + 24 : part.to;
    return interval(atLocal(date, part.from), atLocal(date, to), 'part_of_day', label, clip);
  };
  return {
    reference: {
      instant: pub === null ? new Date(0) : new Date(pub.epochMilliseconds),
      timezone: pub === null ? 0 : pub.offsetNanoseconds / 60e9,
    },
    unresolved,
    undated(label) {
      return { ...unresolved(label), latest: pubMs === null ? null : iso(pubMs) };
    },
    recent(days, precision, wholeDays, label) {
      if (pubMs === null || today === null) return unresolved(label);
      if (wholeDays) {
        const first = today.subtract({ days: Math.max(1, Math.ceil(days)) - 1 });
        return interval(atLocal(first, 0), pubMs + 1, precision, label, true);
      }
      return interval(pubMs - days * 24 * HOUR_MS, pubMs + 1, precision, label, true);
    },
    weekday(isoDay, direction, part, label) {
      if (today === null) return unresolved(label);
      const future = direction === 'ahead';
      const back = (todayOfWeek - isoDay + 7) % 7;
      const offset = future
        ? (isoDay - todayOfWeek + 7) % 7
        : -(back === 0 && direction === 'week_back' ? 7 : back);
      const date = dayAt(today, offset);
      if (part === 'into') {
        // "overnight and into Saturday": from the evening before into Saturday's morning
        return interval(
          atLocal(dayAt(today, offset - 1), 18),
          atLocal(date, 12),
          'part_of_day',
          label,
          !future,
        );
      }
      return dayPart(date, part, label, !future);
    },
    weekend(which, label) {
      if (today === null) return unresolved(label);
      const SATURDAY = 6;
      const sinceSaturday = (todayOfWeek - SATURDAY + 7) % 7;
      const offset =
        which === 'next'
          ? (SATURDAY - todayOfWeek + 7) % 7
          : -sinceSaturday - (which === 'last' && sinceSaturday <= 1 ? 7 : 0);
      const saturday = dayAt(today, offset);
      const told = which !== 'next';
      return interval(atLocal(saturday, 0), atLocal(dayAt(saturday, 2), 0), 'days', label, told);
    },
    relativeDay(offset, part, label) {
      if (today === null) return unresolved(label);
      return dayPart(dayAt(today, offset), part, label, offset <= 0);
    },
    after(previous, shiftHours, widenHours, label) {
      if (previous.earliest === null || previous.latest === null) return unresolved(label);
      // "At 9 p.m. … The next morning": a count of days names a calendar day, not the hour
      // told before it moved on by a day.
      if (shiftHours !== 0 && shiftHours % 24 === 0 && widenHours === 0) {
        const day = Temporal.Instant.from(previous.earliest)
          .toZonedDateTimeISO(timeZone)
          .toPlainDate()
          .add({ days: shiftHours / 24 });
        return dayPart(day, undefined, label, true);
      }
      const from = Date.parse(previous.earliest) + shiftHours * HOUR_MS;
      const to = Date.parse(previous.latest) + 1 + (shiftHours + widenHours) * HOUR_MS;
      return interval(from, to, previous.precision === 'day' ? 'day' : 'part_of_day', label, true);
    },
    date(result, future, label) {
      const s = result.start;
      if (pub === null && !s.isCertain('year')) return unresolved(label);
      // chrono-node takes the nearest such day, ahead or behind; an act told in the past
      // ("captured two soldiers on 12 July", in a March report) is last year's.
      const read = new Temporal.PlainDate(
        s.get('year') ?? 1970,
        s.get('month') ?? 1,
        s.get('day') ?? 1,
      );
      const back =
        !future &&
        !s.isCertain('year') &&
        today !== null &&
        Temporal.PlainDate.compare(read, today.add({ days: MAX_DAYS_AHEAD })) > 0
          ? 1
          : 0;
      const date = (c: ChronoResult['start']): Temporal.PlainDate =>
        new Temporal.PlainDate(
          (c.get('year') ?? 1970) - back,
          c.get('month') ?? 1,
          c.get('day') ?? 1,
        );
      const from = date(s);
      if (s.isCertain('hour')) {
        const start =
          atLocal(from, 0) + ((s.get('hour') ?? 0) * 60 + (s.get('minute') ?? 0)) * 60_000;
        return interval(start, start + HOUR_MS, 'hour', label, false);
      }
      const to = result.end !== null && result.end !== undefined ? date(result.end) : from;
      if (Temporal.PlainDate.compare(to, from) < 0) return dayPart(from, undefined, label, false);
      return interval(
        atLocal(from, 0),
        atLocal(to, 24),
        to.equals(from) ? 'day' : 'days',
        label,
        false,
      );
    },
    lastClockTime(hour, minute, label) {
      if (today === null || pubMs === null) return unresolved(label);
      let start = atLocal(today, 0) + (hour * 60 + minute) * 60_000;
      if (start > pubMs)
        start = atLocal(today.subtract({ days: 1 }), 0) + (hour * 60 + minute) * 60_000;
      return interval(start, start + HOUR_MS, 'hour', label, true);
    },
    month(year, month, yearShift, days, label) {
      const y = yearOf(year, month, yearShift);
      if (y === null) return unresolved(label);
      const [from, to] = monthDays(y, month, days);
      return interval(
        atLocal(from, 0),
        atLocal(to, 0),
        days === undefined ? 'month' : 'days',
        label,
        true,
      );
    },
    months(first, last, yearShift, label) {
      // "from December 1993 to March": the last month follows the first's year.
      const y =
        last.year ??
        (first.year === null
          ? yearOf(null, last.month, yearShift)
          : first.year + (last.month < first.month ? 1 : 0));
      if (y === null) return unresolved(label);
      const firstYear = first.year ?? (first.month <= last.month ? y : y - 1);
      const [from] = monthDays(firstYear, first.month, first.days);
      const [, to] = monthDays(y, last.month, last.days);
      if (Temporal.PlainDate.compare(from, to) >= 0) return unresolved(label);
      return interval(atLocal(from, 0), atLocal(to, 0), 'month', label, true);
    },
    ahead(from, days, week, label) {
      if (today === null) return unresolved(label);
      const start = week ? today.add({ days: 8 - today.dayOfWeek }) : today.add({ days: from });
      const length = week ? 7 : days;
      return interval(
        atLocal(start, 0),
        atLocal(start.add({ days: length }), 0),
        week ? 'week' : 'days',
        label,
        false,
      );
    },
    within(unit, length, label) {
      if (today === null) return unresolved(label);
      const last =
        unit === 'hour'
          ? today.add({ days: Math.ceil(length / 24) })
          : today.add(
              unit === 'day'
                ? { days: length }
                : unit === 'week'
                  ? { weeks: length }
                  : { months: length },
            );
      return interval(atLocal(today, 0), atLocal(last, 24), 'days', label, false);
    },
    calendar(unit, offset, part, label) {
      if (today === null) return unresolved(label);
      const first =
        unit === 'week'
          ? today.subtract({ days: today.dayOfWeek - 1 }).add({ weeks: offset })
          : unit === 'month'
            ? today.with({ day: 1 }).add({ months: offset })
            : today.with({ month: 1, day: 1 }).add({ years: offset });
      const next = first.add(
        unit === 'week' ? { weeks: 1 } : unit === 'month' ? { months: 1 } : { years: 1 },
      );
      const precision: TimePrecision =
        unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'days';
      if (part === 'to_date' || (part === 'before_today' && first.equals(today)))
        return interval(atLocal(first, 0), atLocal(today, 24), precision, label, true);
      if (part === 'before_today')
        return interval(atLocal(first, 0), atLocal(today, 0), precision, label, true);
      if (part === 'from_today')
        return interval(atLocal(today, 0), atLocal(next, 0), precision, label, false);
      if (part === 'end')
        return interval(
          atLocal(next.subtract({ days: 1 }).with({ day: 25 }), 0),
          atLocal(next, 0),
          'days',
          label,
          false,
        );
      return interval(atLocal(first, 0), atLocal(next, 0), precision, label, offset < 0);
    },
    year(year, label) {
      const from = new Temporal.PlainDate(year, 1, 1);
      return interval(atLocal(from, 0), atLocal(from.add({ years: 1 }), 0), 'days', label, true);
    },
    span(first, last, label) {
      if (first.earliest === null || last.earliest === null || last.latest === null) return null;
      const from = Date.parse(first.earliest);
      const to = Date.parse(last.latest) + 1;
      if (from >= Date.parse(last.earliest) || to - from > MAX_RANGE_DAYS * 24 * HOUR_MS)
        return null;
      return interval(from, to, 'days', label, false);
    },
    dayOfMonth(day, dayOfMonth) {
      if (day.earliest === null) return day;
      const date = Temporal.Instant.from(day.earliest)
        .toZonedDateTimeISO(timeZone)
        .toPlainDate()
        .with({ day: dayOfMonth });
      return dayPart(date, undefined, day.label, false);
    },
    atHour(day, hour, minute, label) {
      if (day.earliest === null) return day;
      const date = Temporal.Instant.from(day.earliest).toZonedDateTimeISO(timeZone).toPlainDate();
      const start = atLocal(date, 0) + (hour * 60 + minute) * 60_000;
      return interval(
        start,
        start + HOUR_MS,
        'hour',
        `${label} ${hour}:${String(minute).padStart(2, '0')}`,
        false,
      );
    },
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();
