// Lists the time and occurrence misses of the train or dev split, one line each with the gold and
// the extracted reading, grouped by a rough cause, so that the largest groups are fixed first.
// Run with `npx tsx scripts/list-time-misses.ts [dev|train]`; the test split is refused.
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { occurrenceOf } from '../src/core/evidence/claim.js';
import { extractClaims } from '../src/ingest/extract.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { goldOccurrence, matchClaims } from '../src/ingest/score-extraction.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports } from './read-corpus.js';

const split = tuningSplit('list-time-misses');

const day = (iso: string | null, zone: string): string =>
  iso === null ? '…' : Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();

const groups = new MissGroups();
const add = (cause: string, line: string): void => groups.add(cause, line);

for (const report of readReports(join(CORPUS_DIR, split))) {
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
    const onPub = want !== null && want[0] === pubDay && want[1] === pubDay;
    const gotPub = got[0] === pubDay && got[1] === pubDay;
    const cause =
      want === null
        ? `gold null, got ${c.when.earliest === null ? 'open' : 'a date'} [${wantOcc}]`
        : onPub
          ? `gold publication day, got ${c.when.earliest === null ? 'none' : 'another date'} [${wantOcc}]`
          : gotPub
            ? `got publication day, gold another [${wantOcc}]`
            : c.when.earliest === null
              ? `gold a date, got none [${wantOcc}]`
              : `gold a date, got another [${wantOcc}]`;
    add(
      cause,
      `${name} ${g.type} “${g.anchor}” want ${wantText} got ${got[0]}…${got[1]} (${c.when.label}) pub ${pubDay} | ${sentence}`,
    );
  }
}
groups.print();
