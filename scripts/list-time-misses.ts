// Lists the time and occurrence misses of the train or dev split, one line each with the gold and
// the extracted reading, grouped by kind, so that the largest groups are fixed first.
// Run with `npx tsx scripts/list-time-misses.ts [dev|train] [--reports 275-298]`; the test split
// is refused. The kinds compare days only: which act the sentence dates is for the reader.
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { occurrenceOf } from '../src/core/evidence/claim.js';
import { extractClaims } from '../src/ingest/extract.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { goldOccurrence, matchClaims } from '../src/ingest/score-extraction.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const split = tuningSplit('list-time-misses');
const inRange = reportRangeOf(process.argv.slice(2));

const day = (iso: string | null, zone: string): string =>
  iso === null ? '…' : Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();

const groups = new MissGroups();
const add = (cause: string, line: string): void => groups.add(cause, line);

for (const report of readReports(join(CORPUS_DIR, split)).filter((r) => inRange(r.name))) {
  const { name, gold } = report;
  const result = extractClaims(reportInput(report));
  const pubDay = gold.published === null ? null : day(gold.published, gold.timeZone);
  for (const m of matchClaims(gold, result)) {
    const c = m.claim === null ? undefined : result.claims[m.claim];
    if (c === undefined) continue;
    const g = m.gold;
    const got = [day(c.when.earliest, gold.timeZone), day(c.when.latest, gold.timeZone)];
    const sentence = c.text.replace(/\s+/g, ' ').slice(0, 220);
    const occ = occurrenceOf(c);
    const wantOcc = goldOccurrence(g);
    if (g.occurrence !== undefined && occ !== wantOcc) {
      add(`occurrence ${wantOcc} read as ${occ}`, `${name} ${g.type} “${g.anchor}” | ${sentence}`);
    }
    if (g.when === undefined) continue;
    const want = g.when;
    const ok = want === null ? c.when.earliest === null : got[0] === want[0] && got[1] === want[1];
    if (ok) continue;
    const wantText = want === null ? 'null' : `${want[0]}…${want[1]}`;
    add(
      missKind(want, got, pubDay),
      `${name} ${g.type} [${wantOcc}] “${g.anchor}” want ${wantText} got ${got[0]}…${got[1]} (${c.when.label}) pub ${pubDay} | ${sentence}`,
    );
  }
}
groups.print();

/** How an extracted span misses the gold's, by where its days fall against the gold and publication. */
function missKind(
  want: readonly [string, string] | null,
  got: readonly string[],
  pubDay: string | null,
): string {
  const [from, to] = [got[0] ?? '…', got[1] ?? '…'];
  if (want === null) return 'gold undated, got a date';
  if (from === '…') return 'gold a date, got none';
  const daysApart = (a: string, b: string): number =>
    Math.abs(Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b)).days);
  if (daysApart(from, want[0]) <= 1 && daysApart(to, want[1]) <= 1)
    return 'a day off at one end or both';
  if (pubDay !== null && from > pubDay && want[0] <= pubDay)
    return 'got a day after publication, gold not';
  if (pubDay !== null && from === pubDay && to === pubDay)
    return want[0] === want[1]
      ? 'got publication day, gold an earlier day'
      : 'got publication day, gold a span';
  if (from === to && want[0] !== want[1]) return 'got a day, gold a span';
  if (from !== to && want[0] === want[1]) return 'got a span, gold a day';
  return from === to ? 'got another day' : 'got another span';
}
