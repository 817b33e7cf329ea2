import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { attributeSentences } from '../../src/ingest/attribution.js';
import { cleanText } from '../../src/ingest/clean-text.js';
import { structureText } from '../../src/ingest/structure.js';
import { resolveTimeExpressions } from '../../src/ingest/time-expressions.js';

const ZONE = 'Asia/Jerusalem';
/** Saturday 2 December 2023, 10:00 in Jerusalem. */
const SATURDAY = '2023-12-02T10:00:00+02:00';

function timesIn(text: string, published: string | null = SATURDAY) {
  const attributed = attributeSentences(structureText(cleanText(text, 'text')), 'Wire');
  return resolveTimeExpressions(attributed, { published, timeZone: ZONE });
}
const local = (iso: string | null): string | null =>
  iso === null
    ? null
    : Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDateTime().toString().slice(0, 16);
const only = (text: string, published?: string | null) => {
  const t = timesIn(text, published).times[0]?.interval;
  return t === undefined
    ? null
    : { from: local(t.earliest), to: local(t.latest), precision: t.precision };
};

describe('resolveTimeExpressions', () => {
  it('reads "next week" as the calendar week after the publication’s, and "within three days" ahead', () => {
    // Published Saturday 2 December 2023: next week is Monday 4 to Sunday 10 December.
    expect(only('Talks are expected in Doha next week.')).toMatchObject({
      from: '2023-12-04T00:00',
      to: '2023-12-10T23:59',
      precision: 'week',
    });
    expect(only('The two sides are to meet within three days.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-05T23:59',
    });
  });

  it('ends "within seven days" and "within a week" on the same day', () => {
    // Published Saturday 2 December 2023: a length of time runs to the day that length after.
    for (const text of [
      'The forces are to withdraw within seven days.',
      'The forces are to withdraw within a week.',
      'The forces are to withdraw within the next seven days.',
    ]) {
      expect(only(text)).toMatchObject({ from: '2023-12-02T00:00', to: '2023-12-09T23:59' });
    }
  });

  it('reads "within two weeks", "within a month" and "within 48 hours" from publication to that length after it', () => {
    // Published Saturday 2 December 2023.
    expect(only('The committees shall meet within two weeks.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-16T23:59',
    });
    expect(only('The talks are to begin within a month.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2024-01-02T23:59',
    });
    expect(only('The commanders are to meet within 48 hours.')).toMatchObject({
      to: '2023-12-04T23:59',
    });
  });

  it('reads a hyphened count whole: "within seventy-two hours" is three days, not two hours', () => {
    // Published Saturday 2 December 2023.
    expect(only('The forces are to withdraw within seventy-two hours.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-05T23:59',
    });
  });

  it('reads a month with no year as the last such month by publication', () => {
    // Published in December 2023: a past March is March 2023, a past October October 2023.
    expect(only('The truce was agreed in March.')).toMatchObject({
      from: '2023-03-01T00:00',
      to: '2023-03-31T23:59',
      precision: 'month',
    });
    expect(only('Talks will resume in February.')).toMatchObject({ from: '2024-02-01T00:00' });
  });

  it('reads a month’s name in lower case as the word it is, not as a month', () => {
    expect(only('The rebels say they will march on the capital if the talks fail.')).toBeNull();
    expect(only('Police broke up a march of opposition supporters in the port.')).toBeNull();
    expect(only('The rebels say they will march on the capital in May.')).toMatchObject({
      from: '2024-05-01T00:00',
      precision: 'month',
    });
  });

  it('reads early, mid and late in a month as its first, middle and last ten days', () => {
    expect(only('Fighting resumed in late August.')).toMatchObject({
      from: '2023-08-21T00:00',
      to: '2023-08-31T23:59',
    });
    expect(only('The road reopened in mid-June.')).toMatchObject({
      from: '2023-06-11T00:00',
      to: '2023-06-20T23:59',
    });
  });

  it('reads "in April last year", "last year" and "in 2019" as that month and those years', () => {
    expect(only('A truce took hold in April last year.')).toMatchObject({
      from: '2022-04-01T00:00',
      to: '2022-04-30T23:59',
    });
    expect(only('The deal lapsed last year.')).toMatchObject({
      from: '2022-01-01T00:00',
      to: '2022-12-31T23:59',
    });
    expect(only('The rebels have held the town since 2019.')).toMatchObject({
      from: '2019-01-01T00:00',
      to: '2019-12-31T23:59',
    });
  });

  it('reads "last week", "last month" and "this week" as calendar weeks and months, not the days before publication', () => {
    // Published Saturday 2 December 2023: last week is Monday 20 to Sunday 26 November.
    expect(only('The rebels took the town last week.')).toMatchObject({
      from: '2023-11-20T00:00',
      to: '2023-11-26T23:59',
    });
    expect(only('The swap was agreed last month.')).toMatchObject({
      from: '2023-11-01T00:00',
      to: '2023-11-30T23:59',
    });
    expect(only('Convoys reached the city this week.')).toMatchObject({ from: '2023-11-27T00:00' });
    expect(only('The two sides will meet again later this week.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-03T23:59',
    });
    expect(only('The accord is to be signed next month.')).toMatchObject({
      from: '2024-01-01T00:00',
      to: '2024-01-31T23:59',
    });
    // "last month's fighting" dates the fighting, not what the sentence tells.
    expect(only('Units that fought in last month’s clashes began pulling out.')).toBeNull();
  });

  it('reads "the afternoon of 24 March" as that day, not as an afternoon of no date', () => {
    expect(only('The attack began on the afternoon of 24 March.')).toMatchObject({
      from: '2023-03-24T00:00',
      to: '2023-03-24T23:59',
    });
    expect(only('The truce took hold at four in the morning on 27 November.')).toMatchObject({
      from: '2023-11-27T00:00',
    });
  });

  it('reads "at dawn on 13 September" as that day, not as a clock time of 13:00', () => {
    // The part of the day read away, "at" stood before the day's number as before an hour.
    expect(only('Troops crossed the border at dawn on 13 September.')).toMatchObject({
      from: '2023-09-13T00:00',
      to: '2023-09-13T23:59',
    });
    const seized = timesIn('The general was seized at dawn on 12 November at the hot springs.');
    expect(seized.text.slice(seized.times[0]?.start, seized.times[0]?.end)).toBe(
      'dawn on 12 November',
    );
    expect(only('The convoy was hit at noon on 28 November near the crossing.')).toMatchObject({
      from: '2023-11-28T00:00',
      to: '2023-11-28T23:59',
    });
  });

  it('reads a past-tense weekday as the past one, not the nearest', () => {
    expect(only('Hamas fired rockets on Thursday.')).toMatchObject({
      from: '2023-11-30T00:00',
      to: '2023-11-30T23:59',
    });
    expect(only('Talks were held on Sunday.')).toMatchObject({ from: '2023-11-26T00:00' });
    expect(only('Talks will resume on Sunday.')).toMatchObject({ from: '2023-12-03T00:00' });
  });

  it('reads "by" or "until" as looking ahead only where it governs the time, not a passive’s agent', () => {
    // Published Saturday 2 December 2023: the Tuesday before is 28 November, the next 5 December.
    expect(only('The deal was approved by the cabinet on Tuesday.')).toMatchObject({
      from: '2023-11-28T00:00',
    });
    expect(only('The accord was signed by both leaders in March.')).toMatchObject({
      from: '2023-03-01T00:00',
    });
    expect(only('Both sides must withdraw by Tuesday.')).toMatchObject({
      from: '2023-12-05T00:00',
    });
    expect(only('The truce was extended until Tuesday.')).toMatchObject({
      from: '2023-12-05T00:00',
    });
  });

  it('dates nothing by a span counted from another event in a clause that does not look ahead', () => {
    // "three days after" and "for 72 hours" count from the talks or measure the truce: neither
    // is three days after publication.
    const ahead = (text: string): boolean =>
      timesIn(text).times.some(
        (t) =>
          t.interval.earliest !== null && Date.parse(t.interval.earliest) > Date.parse(SATURDAY),
      );
    expect(ahead('The rebels withdrew at 6 a.m., three days after the talks ended.')).toBe(false);
    expect(ahead('The two sides had agreed at noon to stop fighting for 72 hours.')).toBe(false);
    expect(ahead('The truce will begin at noon and last for 72 hours.')).toBe(true);
  });

  it('reads "Thursday night" as that Thursday from 18:00, and "overnight" into the morning', () => {
    expect(only('A message was sent on Thursday night.')).toEqual({
      from: '2023-11-30T18:00',
      to: '2023-11-30T23:59',
      precision: 'part_of_day',
    });
    expect(only('Drones struck the port overnight.')).toMatchObject({
      from: '2023-12-01T18:00',
      to: '2023-12-02T05:59',
    });
  });

  it('reads "last night" as the night of the day before, ending at its midnight', () => {
    // "overnight" names no day and runs into the publication morning; "last night" is
    // Friday's night, as "on Friday night" is.
    expect(only('Shelling was heard last night on the edge of the camp.')).toEqual({
      from: '2023-12-01T18:00',
      to: '2023-12-01T23:59',
      precision: 'part_of_day',
    });
    expect(only('Last night the two delegations signed the text in Cairo.')).toMatchObject({
      from: '2023-12-01T18:00',
      to: '2023-12-01T23:59',
    });
  });

  it('reads a count back from publication as that day, or that calendar week, month or year', () => {
    // Published Saturday 2 December 2023.
    expect(only('The militia took the bridge six days ago.')).toEqual({
      from: '2023-11-26T00:00',
      to: '2023-11-26T23:59',
      precision: 'day',
    });
    expect(only('The army first entered the valley ten years ago.')).toMatchObject({
      from: '2013-01-01T00:00',
      to: '2013-12-31T23:59',
    });
    expect(only('Talks in Nairobi collapsed two months ago.')).toMatchObject({
      from: '2023-10-01T00:00',
      to: '2023-10-31T23:59',
    });
    expect(only('A convoy was turned back three weeks ago.')).toMatchObject({
      from: '2023-11-06T00:00',
      to: '2023-11-12T23:59',
    });
    // "a few days ago" counts nothing and dates nothing.
    expect(only('A few days ago the guns fell silent.')).toBeNull();
    // A fortnight is two weeks, back from publication or up to it.
    expect(only('A fortnight ago the two armies fought at the wells.')).toMatchObject({
      from: '2023-11-13T00:00',
      to: '2023-11-19T23:59',
    });
    expect(only('The rebels took Minova and Sake in the past fortnight.')).toMatchObject({
      from: '2023-11-18T10:00',
      to: '2023-12-02T10:00',
    });
  });

  it('reads "the weekend" as the last Saturday and Sunday begun by publication, or the coming ones when told ahead', () => {
    // Published Monday 4 December 2023: the weekend just past is 2 and 3 December.
    const MONDAY = '2023-12-04T10:00:00+02:00';
    expect(
      only('France flew 1,200 foreigners out of the capital over the weekend.', MONDAY),
    ).toEqual({ from: '2023-12-02T00:00', to: '2023-12-03T23:59', precision: 'days' });
    expect(only('The talks will resume at the weekend in Doha.', MONDAY)).toMatchObject({
      from: '2023-12-09T00:00',
      to: '2023-12-10T23:59',
    });
    expect(
      only('When the guns stopped last weekend, the coalition had ceased to exist.', MONDAY),
    ).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-03T23:59',
    });
    // Published on the Saturday itself: the weekend told as done is that day up to publication,
    // "last weekend" the one before, "next weekend" this one.
    expect(only('Militias attacked two villages over the weekend.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-02T10:00',
    });
    expect(only('The last units left the town last weekend.')).toMatchObject({
      from: '2023-11-25T00:00',
      to: '2023-11-26T23:59',
    });
    expect(only('The envoys are to meet next weekend.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-03T23:59',
    });
    // "this weekend's release" names the act it qualifies, as "last month's fighting" does.
    expect(only("After this weekend's release, 113 of the girls are still held.")).toBeNull();
  });

  it('reads "last Thursday" in a Thursday\'s report as the Thursday before, and "on Thursday" as that day', () => {
    // Published Thursday 7 December 2023.
    const THURSDAY = '2023-12-07T10:00:00+02:00';
    expect(
      only('Last Thursday, Taliban fighters drove into the town in pick-ups.', THURSDAY),
    ).toEqual({
      from: '2023-11-30T00:00',
      to: '2023-11-30T23:59',
      precision: 'day',
    });
    expect(only('Taliban fighters drove into the town on Thursday.', THURSDAY)).toMatchObject({
      from: '2023-12-07T00:00',
    });
    // On any other day "last Friday" is the Friday just past.
    expect(only('Border guards pulled back last Friday.', THURSDAY)).toMatchObject({
      from: '2023-12-01T00:00',
      to: '2023-12-01T23:59',
    });
  });

  it('dates a count back the whole day, week, month or year that many before publication’s, for any publication', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('day', 'week', 'month', 'year'),
        (date, n, unit) => {
          const published = date.toISOString();
          const pub = Temporal.Instant.from(published).toZonedDateTimeISO(ZONE).toPlainDate();
          const back = pub.subtract({ [`${unit}s`]: n });
          const [first, last] =
            unit === 'day'
              ? [back, back]
              : unit === 'week'
                ? [
                    back.subtract({ days: back.dayOfWeek - 1 }),
                    back.add({ days: 7 - back.dayOfWeek }),
                  ]
                : unit === 'month'
                  ? [back.with({ day: 1 }), back.with({ day: back.daysInMonth })]
                  : [back.with({ month: 1, day: 1 }), back.with({ month: 12, day: 31 })];
          // A day whose clocks go forward at midnight begins at 01:00.
          const start = first.toZonedDateTime(ZONE).toPlainDateTime().toString().slice(0, 16);
          expect(only(`The patrol was last seen ${n} ${unit}s ago.`, published)).toMatchObject({
            from: start,
            to: `${last.toString()}T23:59`,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ends a day at the start of the next where the clocks went forward at its midnight', () => {
    // Jerusalem's clocks went from 00:00 to 01:00 on Friday 20 March 1998: that day has 23 hours.
    expect(only('The patrol was last seen 5 days ago.', '1998-03-24T21:00:00Z')).toMatchObject({
      from: '1998-03-20T01:00',
      to: '1998-03-20T23:59',
    });
    expect(only('The patrol was last seen 6 days ago.', '1998-03-24T21:00:00Z')).toMatchObject({
      from: '1998-03-19T00:00',
      to: '1998-03-19T23:59',
    });
  });

  it('reads "the night’s" and "during the night" as last night, whatever entry time heads them', () => {
    const night = { from: '2023-12-01T18:00', to: '2023-12-02T05:59' };
    expect(only('Drones hit the port during the night.')).toMatchObject(night);
    const stamped = timesIn(
      '09:10 Officials describe the night’s drone strikes as the heaviest yet.',
    );
    const told = stamped.times.find((t) => t.interval.label.startsWith('the night'));
    expect([local(told?.interval.earliest ?? null), local(told?.interval.latest ?? null)]).toEqual([
      night.from,
      night.to,
    ]);
  });

  it('reads the date after "the night of" or "the evening of", with a weekday or a second day before the month', () => {
    // Published Saturday 2 December 2023: each date names its own days, not last night.
    expect(
      only('On the night of Saturday 12 September 1992, police captured the movement’s leader.'),
    ).toMatchObject({ from: '1992-09-12T00:00', to: '1992-09-12T23:59' });
    expect(
      only('Customs officers impounded the cargo plane on the evening of Sunday 7 March.'),
    ).toMatchObject({ from: '2023-03-07T00:00', to: '2023-03-07T23:59' });
    for (const text of [
      'Fighting broke out on the night of 30 to 31 October between the two militias.',
      'During the night of 30 to 31 October, gunmen burned houses in the valley.',
    ]) {
      expect(
        timesIn(text).times.map((t) => [local(t.interval.earliest), local(t.interval.latest)]),
      ).toEqual([['2023-10-30T00:00', '2023-10-31T23:59']]);
    }
  });

  it('reads a part of the day before "on" a weekday with the weekday, in the past', () => {
    expect(
      only('The depot, which burned before dawn on Wednesday, was hit by a drone.'),
    ).toMatchObject({ from: '2023-11-29T00:00', to: '2023-11-29T06:59' });
    expect(only('Gunfire was heard early morning on Friday.')).toMatchObject({
      from: '2023-12-01T00:00',
    });
  });

  it('reads "by Thursday" before a past perfect as done by that past day, else ahead', () => {
    expect(only('By Thursday, the militia had handed over its heavy guns.')).toMatchObject({
      from: '2023-11-30T00:00',
    });
    expect(only('By Thursday evening the shooting had mostly stopped.')).toMatchObject({
      from: '2023-11-30T18:00',
    });
    expect(only('The militia must hand over its heavy guns by Thursday.')).toMatchObject({
      from: '2023-12-07T00:00',
    });
    expect(only('By Thursday, the militia had to hand over its guns.')).toMatchObject({
      from: '2023-12-07T00:00',
    });
  });

  it('dates nothing by "on the day" that another event names', () => {
    expect(only('Rebels reported air raids on the day the ceasefire began.')).toBeNull();
  });

  it('reads "by" after a verb in the past as a state reached by then, not a time ahead', () => {
    // Published Saturday 2 December 2023: the Tuesday before is 28 November, the next 5 December.
    expect(only('The truce stood by Tuesday night.')).toMatchObject({
      from: '2023-11-28T18:00',
    });
    expect(only('The shooting had largely stopped by Tuesday.')).toMatchObject({
      from: '2023-11-28T00:00',
    });
    expect(only('Most units were back in their barracks by 30 November.')).toMatchObject({
      from: '2023-11-30T00:00',
    });
    // An infinitive or a plan told in the past still looks ahead.
    expect(only('The militia agreed to withdraw by Tuesday.')).toMatchObject({
      from: '2023-12-05T00:00',
    });
    expect(only('Both sides were to pull back by Tuesday.')).toMatchObject({
      from: '2023-12-05T00:00',
    });
  });

  it('reads "by" after a verb of saying by the verb of what was said', () => {
    // Published Saturday 2 December 2023: the next Tuesday is 5 December.
    for (const text of [
      'Officials said that by Tuesday the troops would withdraw.',
      'Officials said by Tuesday the troops would withdraw.',
    ]) {
      expect(only(text)).toMatchObject({ from: '2023-12-05T00:00' });
    }
    expect(only('Officials said the troops had withdrawn by Tuesday.')).toMatchObject({
      from: '2023-11-28T00:00',
    });
  });

  it('resolves a past weekday within the seven days up to publication, on that weekday', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (when, w, ahead) => {
          const published = Temporal.Instant.fromEpochMilliseconds(when.getTime())
            .toZonedDateTimeISO(ZONE)
            .toString({ timeZoneName: 'never' });
          const text = ahead
            ? `Talks will resume on ${days[w]}.`
            : `Shells fell on the town on ${days[w]}.`;
          const from = only(text, published)?.from ?? null;
          expect(from).not.toBeNull();
          const day = Temporal.PlainDate.from((from ?? '').slice(0, 10));
          const today = Temporal.Instant.from(published).toZonedDateTimeISO(ZONE).toPlainDate();
          const gap = today.until(day).days;
          expect(day.dayOfWeek).toBe(w + 1);
          if (ahead) expect(gap).toBeGreaterThanOrEqual(0);
          else expect(gap).toBeLessThanOrEqual(0);
          expect(Math.abs(gap)).toBeLessThanOrEqual(6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads "overnight and into Saturday" from Friday evening, ending by publication', () => {
    expect(only('Strikes continued overnight and into Saturday.')).toMatchObject({
      from: '2023-12-01T18:00',
      to: '2023-12-02T10:00',
    });
  });

  it('reads "earlier this morning", "in the past day" and "over the last week" as intervals', () => {
    expect(only('Earlier this morning, talks began.')).toMatchObject({
      from: '2023-12-02T06:00',
      to: '2023-12-02T10:00',
    });
    expect(only('Jets struck 40 targets in the past day.')).toMatchObject({
      from: '2023-12-01T10:00',
      to: '2023-12-02T10:00',
    });
    expect(only('80 were released over the last week.')).toMatchObject({
      from: '2023-11-25T10:00',
      to: '2023-12-02T10:00',
    });
  });

  it('reads dated ranges with chrono-node', () => {
    expect(only('The pause ran from 24 to 30 November.')).toMatchObject({
      from: '2023-11-24T00:00',
      to: '2023-11-30T23:59',
      precision: 'days',
    });
  });

  it('reads two days told as one range as a span over both', () => {
    const span = { from: '2023-11-24T00:00', to: '2023-11-25T23:59', precision: 'days' };
    expect(only('Shelling of the camp was reported on 24 and 25 November.')).toMatchObject(span);
    expect(only('People were killed between 24 and 25 November.')).toMatchObject(span);
    // Published on a Saturday: Thursday and Friday are the two days before.
    expect(only('Aircraft bombed villages around Ann on Thursday and Friday.')).toMatchObject({
      from: '2023-11-30T00:00',
      to: '2023-12-01T23:59',
    });
    expect(only('Troops shelled the town from Monday to Wednesday.')).toMatchObject({
      from: '2023-11-27T00:00',
      to: '2023-11-29T23:59',
    });
  });

  it('spans any two days of a month told as "on D and E Month" from D to E', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 29 }),
        (first, gap) => {
          const last = Math.min(30, first + gap);
          fc.pre(first < last);
          const day = (d: number) => `2023-11-${String(d).padStart(2, '0')}`;
          expect(only(`Shelling was reported on ${first} and ${last} November.`)).toMatchObject({
            from: `${day(first)}T00:00`,
            to: `${day(last)}T23:59`,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps two days far apart, or told backwards, as two times', () => {
    expect(timesIn('Talks opened on 2 January and 25 November.').times).toHaveLength(2);
    expect(only('Shelling was reported on 25 and 24 November.')).toMatchObject({
      from: '2023-11-24T00:00',
      to: '2023-11-24T23:59',
    });
  });

  it('reads a date with no year told in the past as the last one, not the nearest ahead', () => {
    // Published 2 December 2023: chrono-node alone would take 12 July 2024, the nearer.
    expect(only('Hezbollah captured two soldiers on 12 July.')).toMatchObject({
      from: '2023-07-12T00:00',
    });
    // Looking ahead, chrono-node's nearest stays (next year's was tried, and cost on train).
    expect(only('The talks will resume on 12 March.')).toMatchObject({ from: '2024-03-12T00:00' });
    // A few weeks ahead stays ahead, looking ahead or not ("the truce expires on 2 January").
    expect(only('The truce expires on 2 January.')).toMatchObject({ from: '2024-01-02T00:00' });
  });

  it('reads no time in a distance', () => {
    expect(timesIn('The zone is a strip 15 to 20 kilometres deep.').times).toHaveLength(0);
  });

  it('places "an hour later" after the time told before it', () => {
    const t = timesIn('On Thursday night a rocket was fired. An hour later the truce broke down.')
      .times[1]?.interval;
    expect(local(t?.earliest ?? null)).toBe('2023-11-30T19:00');
  });

  it('counts "the next day" and "two days later" from the day told before them, in their own sentence first', () => {
    const day = (text: string, k: number): string | null =>
      local(timesIn(text).times[k]?.interval.earliest ?? null)?.slice(0, 10) ?? null;
    expect(day('On 21 November the army entered the town. The next day it withdrew.', 1)).toBe(
      '2023-11-22',
    );
    expect(
      day(
        'The leader flew out on the night of 10 November, and two days later his deputy surrendered.',
        1,
      ),
    ).toBe('2023-11-12');
  });

  it('counts "the next morning" after a clock time as the whole next day, not that hour of it', () => {
    const t = timesIn(
      'Rebels attacked at 9 p.m. on 21 November. The next morning the army withdrew.',
    ).times[1]?.interval;
    expect({
      from: local(t?.earliest ?? null),
      to: local(t?.latest ?? null),
      precision: t?.precision,
    }).toEqual({
      from: '2023-11-22T00:00',
      to: '2023-11-22T23:59',
      precision: 'day',
    });
  });

  it('counts "the next day" from the day told before, not from the day of the statement telling it', () => {
    const t = timesIn(
      'Rebels entered the town on 21 November. In a statement on Monday, the army said its troops retook it the next day.',
    ).times[2]?.interval;
    expect(local(t?.earliest ?? null)?.slice(0, 10)).toBe('2023-11-22');
  });

  it('moves no month by a day: "the next day" after "in November" dates nothing', () => {
    const t = timesIn('In November the army entered the town. The next day it withdrew.').times[1];
    expect(t?.interval).toMatchObject({ earliest: null, precision: 'unresolved' });
  });

  it('dates the clause "two days after" heads that many days before its sentence’s date', () => {
    const t = timesIn(
      'The army took the town on 21 November, two days after a convoy was attacked nearby.',
    ).times;
    expect(t.map((m) => local(m.interval.earliest)?.slice(0, 10))).toEqual([
      '2023-11-21',
      '2023-11-19',
    ]);
    // The count's time starts at "after", so that the clause before it keeps its own date.
    const text = cleanText(
      'The army took the town on 21 November, two days after a convoy was attacked nearby.',
      'text',
    ).text;
    expect(text.slice(t[1]?.start, t[1]?.end)).toBe('after');
  });

  it('counts back from no publication day: "a day after" with no date before it dates nothing', () => {
    expect(timesIn('A day after the truce began, the guns fell silent.').times).toHaveLength(0);
  });

  it('marks a time inside the attributing words as the statement’s, not the event’s', () => {
    const timed = timesIn(
      'In a statement Saturday morning, the IDF said it struck 400 targets in the past day.',
    );
    expect(timed.times.map((t) => t.ofStatement)).toEqual([true, false]);
  });

  it('leaves relative times unresolved and flagged without a publication time, guessing nothing', () => {
    const timed = timesIn('Hamas fired rockets on Thursday.', null);
    expect(timed.times[0]?.interval).toMatchObject({
      earliest: null,
      latest: null,
      precision: 'unresolved',
    });
    expect(timed.warnings[0]).toMatch(/no publication time/);
  });
});

describe('a month with no year near the turn of the year', () => {
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];

  it('reads the end or beginning of a month as its last week or first ten days', () => {
    expect(only('The militia left the valley at the end of September.')).toMatchObject({
      from: '2023-09-25T00:00',
      to: '2023-09-30T23:59',
      precision: 'days',
    });
    expect(only('Monitors arrived at the beginning of October.')).toMatchObject({
      from: '2023-10-01T00:00',
      to: '2023-10-10T23:59',
    });
  });

  it('reads a meeting set for a month just after the turn of the year as next year’s', () => {
    // Published in December 2023: the January they will meet in is January 2024.
    expect(only('The delegations agreed to meet again at the end of January.')).toMatchObject({
      from: '2024-01-25T00:00',
      to: '2024-01-31T23:59',
    });
    expect(only('The committee will reconvene in February.')).toMatchObject({
      from: '2024-02-01T00:00',
    });
  });

  it('reads a plan told as past as the month before publication, not the next one', () => {
    // Published on 15 January 2024: the November a called-off plan was for is November 2023.
    const january = '2024-01-15T10:00:00+02:00';
    expect(only('A donor conference planned for November was called off.', january)).toMatchObject({
      from: '2023-11-01T00:00',
      to: '2023-11-30T23:59',
    });
    expect(
      only('The handover, scheduled for December, was postponed without a new date.', january),
    ).toMatchObject({ from: '2023-12-01T00:00' });
    expect(
      only('The vote had been scheduled for December but did not take place.', january),
    ).toMatchObject({ from: '2023-12-01T00:00' });
    // A plan still ahead keeps looking ahead.
    expect(only('A donor conference is planned for November.', january)).toMatchObject({
      from: '2024-11-01T00:00',
    });
  });

  it('puts a month with no year within twelve months of publication, on the side the tense says', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('past', 'plan', 'scrapped'),
        (date, month, tense) => {
          const published = date.toISOString();
          const pub = Temporal.Instant.from(published).toZonedDateTimeISO(ZONE).toPlainDate();
          const name = MONTHS[month - 1] ?? 'January';
          const text =
            tense === 'past'
              ? `The guns fell silent in ${name}.`
              : tense === 'plan'
                ? `Talks will resume in ${name}.`
                : `Talks planned to take place in ${name} were called off.`;
          const from = only(text, published)?.from ?? '';
          const start = Temporal.PlainDate.from(from.slice(0, 10));
          const pubMonth = pub.with({ day: 1 });
          expect(start.month).toBe(month);
          if (tense === 'plan') {
            // This month or one of the next eleven.
            expect(Temporal.PlainDate.compare(start, pubMonth)).toBeGreaterThanOrEqual(0);
            expect(Temporal.PlainDate.compare(start, pubMonth.add({ months: 12 }))).toBeLessThan(0);
          } else {
            // This month or one of the last eleven.
            expect(Temporal.PlainDate.compare(start, pubMonth)).toBeLessThanOrEqual(0);
            expect(
              Temporal.PlainDate.compare(start, pubMonth.subtract({ months: 12 })),
            ).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('a span told by its length up to publication', () => {
  it('counts "over the past four days" with the publication day among them', () => {
    // Published Saturday 2 December 2023: four days are 29 November to 2 December.
    expect(only('Over the past four days, the militia shelled three villages.')).toMatchObject({
      from: '2023-11-29T00:00',
      to: '2023-12-02T10:00',
    });
  });

  it('reads a feast of a fixed day as its date, the nearest one to publication', () => {
    // Published Wednesday 30 December 1914 and Friday 3 January 1986.
    const flanders = '1914-12-30T10:00:00+02:00';
    expect(only('In most of the sector the truce ended on Boxing Day.', flanders)).toMatchObject({
      from: '1914-12-26T00:00',
      to: '1914-12-26T23:59',
    });
    expect(
      only('Officers of both sides met between the lines on Christmas morning.', flanders),
    ).toMatchObject({ from: '1914-12-25T00:00' });
    expect(
      only(
        'The offensive began on Christmas Day, when divisions crossed the border.',
        '1986-01-03T10:00:00+02:00',
      ),
    ).toMatchObject({ from: '1985-12-25T00:00', to: '1985-12-25T23:59' });
    expect(
      only('Gunmen raided the barracks on New Year’s Eve.', '1986-01-03T10:00:00+02:00'),
    ).toMatchObject({
      from: '1985-12-31T00:00',
    });
    // "Christmas" alone is a season; beside its date, the date is read once.
    expect(only('The Christmas truce held along much of the front.', flanders)).toBeNull();
    const told = timesIn(
      'On 25 December, Christmas Day, militia units crossed into the strip.',
      '1986-01-03T10:00:00+02:00',
    ).times;
    expect(told.map((t) => local(t.interval.earliest))).toEqual(['1985-12-25T00:00']);
  });

  it('marks a time something is to be done by as a deadline, and a time it is done on as none', () => {
    const deadline = (text: string) => timesIn(text).times.map((t) => t.deadline);
    expect(deadline('The army is to withdraw its forces from the town by 20 December.')).toEqual([
      true,
    ]);
    expect(deadline('Both sides are to release all prisoners before 15 January.')).toEqual([true]);
    expect(deadline('Talks are to begin no later than 10 December.')).toEqual([true]);
    expect(deadline('The rebels will hand over their weapons by Wednesday.')).toEqual([true]);
    expect(deadline('The mission is due to leave the country by the end of the year.')).toEqual([
      true,
    ]);
    expect(deadline('The army will withdraw from the town on 20 December.')).toEqual([false]);
  });

  it('reads "in the past 48 hours" as two days and "in the last few hours" as the day itself', () => {
    expect(only('Two convoys have crossed in the past 48 hours.')).toMatchObject({
      from: '2023-12-01T00:00',
    });
    expect(only('There have been several breaches in the last few hours.')).toMatchObject({
      from: '2023-12-02T00:00',
      to: '2023-12-02T10:00',
    });
  });

  it('spans exactly the number of calendar days it names, ending at publication', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (date, days) => {
          const published = date.toISOString();
          const pub = Temporal.Instant.from(published).toZonedDateTimeISO(ZONE).toPlainDate();
          const span = only(`Aid trucks crossed in the past ${days} days.`, published);
          const from = Temporal.PlainDate.from((span?.from ?? '').slice(0, 10));
          const to = Temporal.PlainDate.from((span?.to ?? '').slice(0, 10));
          expect(to.equals(pub)).toBe(true);
          expect(from.until(to).days + 1).toBe(days);
        },
      ),
    );
  });
  it('reads a future cue only in the last few hundred characters of the clause before a date', () => {
    // Published Saturday 2 December 2023: "will … on Tuesday" is the coming Tuesday, 5 December.
    expect(only('The envoys will meet on Tuesday.')).toMatchObject({ from: '2023-12-05T00:00' });
    // Four hundred characters on, the cue no longer governs the date, which is the Tuesday past:
    // a sentence of many dates is not read from its start for each.
    const far = `The envoys will ${'meet and talk '.repeat(40)}on Tuesday.`;
    expect(only(far)).toMatchObject({ from: '2023-11-28T00:00' });
  });
});

describe('a long report of many dates', () => {
  /** Each time of a text as its words and days, in order. */
  const readings = (text: string) => {
    const timed = timesIn(text);
    return timed.times.map((t) => ({
      words: timed.text.slice(t.start, t.end),
      from: local(t.interval.earliest),
      to: local(t.interval.latest),
    }));
  };
  const paragraph =
    'Shelling resumed on Tuesday and on 24 November, and the monitors said fighting had ' +
    'eased in late November. By Thursday the two sides will meet again, and talks are ' +
    'expected in mid-December.';

  it('reads each of many paragraphs as it reads the paragraph alone', () => {
    const alone = readings(paragraph);
    expect(alone.map((r) => r.words)).toEqual([
      'on Tuesday',
      'on 24 November',
      'November',
      'By Thursday',
      'December',
    ]);
    // "late" before the month is read: its last days, not the whole month.
    expect(alone[2]).toMatchObject({ from: '2023-11-21T00:00', to: '2023-11-30T23:59' });
    const many = readings(Array.from({ length: 100 }, () => paragraph).join('\n\n'));
    expect(many).toHaveLength(alone.length * 100);
    for (let k = 0; k < 100; k++) {
      expect(many.slice(k * alone.length, (k + 1) * alone.length)).toEqual(alone);
    }
  });

  it('finds the words before a date however far into a long sentence the date stands', () => {
    const filler = 'across the districts they visited, '.repeat(60);
    // "late" just before the month, after thousands of characters, still names its last days.
    expect(only(`The monitors recorded, ${filler}shelling in late November.`)).toMatchObject({
      from: '2023-11-21T00:00',
      to: '2023-11-30T23:59',
    });
    // So does a covered period told at the end of a long sentence.
    const covered = timesIn(
      `This update on the crossings, ${filler}covers the period from 12 to 18 November.`,
    ).coveredPeriod;
    expect(local(covered?.earliest ?? null)).toBe('2023-11-12T00:00');
    // A dateline's date heads its sentence; the same words deep in a sentence date no dateline.
    expect(timesIn('GAZA CITY, Dec 1 (Reuters) - Fighting resumed.').datelineDay).not.toBeNull();
    expect(
      timesIn(`Fighting resumed ${filler}while in GAZA CITY, Dec 1 (Reuters) - it eased.`)
        .datelineDay,
    ).toBeNull();
  });
});
