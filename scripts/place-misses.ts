// Lists the place and country misses of the train and dev splits, grouped by cause, so the
// largest group is fixed first. The test split is never read here: it is for the final figures.
// Run with `npx tsx scripts/place-misses.ts [dev|train] [--all] [--by-kind] [--reports 179-202]`
// (--all prints every miss; --by-kind groups the place misses by how the place read differs from
// the gold's instead; --reports keeps the reports whose number is in the range, as eval:extract).
import { join } from 'node:path';
import { foldName } from '../src/core/text/fold-name.js';
import { attributeReport, extractClaims } from '../src/ingest/extract.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { locatePlaces, lookupPlace } from '../src/ingest/gazetteer.js';
import type { PlaceMention } from '../src/ingest/gazetteer.js';
import { matchClaims } from '../src/ingest/score-extraction.js';
import { resolveTimeExpressions } from '../src/ingest/time-expressions.js';
import { MissGroups } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const args = process.argv.slice(2);
const splits = args.filter((a) => a === 'train' || a === 'dev');
const printAll = args.includes('--all');
const byKind = args.includes('--by-kind');
const inRange = reportRangeOf(args);

type Cause =
  | 'country wrong or missing (place right)'
  | 'found in the sentence, another candidate won'
  | 'found in the report, not attached to the claim'
  | 'named in the sentence, not read (a gazetteer knows it)'
  | 'named in the sentence, not read (no gazetteer knows it)'
  | 'named elsewhere in the report only, not read'
  | 'not named as such (adjective or description)'
  | 'a place where the gold has none';

type Kind =
  | 'no place read where the gold names one'
  | 'a place read where the gold has none'
  | 'a place in a country no gold claim of the report names (a name misread, or abroad)'
  | 'wider than the gold’s, in its country'
  | 'narrower than the gold’s, in its country'
  | 'the wrong one of the places its sentence names'
  | 'another place of the report, of the same grain';

const groups = new MissGroups<Cause>();
const kinds = new MissGroups<Kind>();
const add = (cause: Cause, line: string): void => groups.add(cause, line);
/** Coarser grains rank higher: a region is wider than a town. */
const GRAIN: Readonly<Record<string, number>> = { point: 0, city: 1, region: 2, country: 3 };

for (const split of splits.length === 0 ? ['train', 'dev'] : splits) {
  for (const report of readReports(join(CORPUS_DIR, split)).filter((r) => inRange(r.name))) {
    const { name, gold } = report;
    const input = reportInput(report);
    const result = extractClaims(input);
    const mentions = placeMentions(input);
    const clean = result.document.cleanText;
    const folded = foldName(clean);
    const goldCountries = new Set(gold.claims.flatMap((g) => (g.country ? [g.country] : [])));
    for (const m of matchClaims(gold, result)) {
      const g = m.gold;
      if (m.claim === null || g.where === undefined) continue;
      const c = result.claims[m.claim];
      if (c === undefined) continue;
      const got = c.where;
      const where = g.where;
      const wanted = where === null ? null : foldName(lookupPlace(where)?.name ?? where);
      const line = `${name}: “${g.anchor}” wanted ${g.where ?? 'none'}/${g.country ?? '–'}, got ${got?.name ?? 'none'}/${got?.country ?? '–'}`;
      if (where === null || wanted === null) {
        if (got !== null) {
          add('a place where the gold has none', line);
          kinds.add('a place read where the gold has none', line);
        }
        continue;
      }
      if (got !== null && foldName(got.name) === wanted) {
        if (g.country !== undefined && got.country !== g.country)
          add('country wrong or missing (place right)', line);
        continue;
      }
      const span = c.span ?? [0, 0];
      const inSentence = mentions.filter(
        (p) =>
          foldName(p.place.name) === wanted && p.start < span[1] + 200 && p.end > span[0] - 200,
      );
      const sentence = clean.slice(Math.max(0, span[0] - 200), span[1] + 200);
      const gName = foldName(where);
      const wantedGrain = GRAIN[lookupPlace(where)?.precision ?? ''];
      const gotGrain = GRAIN[got?.precision ?? ''];
      const sameCountry = got?.country !== undefined && got.country === g.country;
      kinds.add(
        got === null
          ? 'no place read where the gold names one'
          : got.country !== undefined && !goldCountries.has(got.country)
            ? 'a place in a country no gold claim of the report names (a name misread, or abroad)'
            : sameCountry &&
                wantedGrain !== undefined &&
                gotGrain !== undefined &&
                gotGrain > wantedGrain
              ? 'wider than the gold’s, in its country'
              : sameCountry &&
                  wantedGrain !== undefined &&
                  gotGrain !== undefined &&
                  gotGrain < wantedGrain
                ? 'narrower than the gold’s, in its country'
                : inSentence.length > 0
                  ? 'the wrong one of the places its sentence names'
                  : 'another place of the report, of the same grain',
        line,
      );
      if (inSentence.length > 0) add('found in the sentence, another candidate won', line);
      else if (mentions.some((p) => foldName(p.place.name) === wanted))
        add('found in the report, not attached to the claim', line);
      else if (foldName(sentence).includes(gName))
        add(
          lookupPlace(where) === null
            ? 'named in the sentence, not read (no gazetteer knows it)'
            : 'named in the sentence, not read (a gazetteer knows it)',
          line,
        );
      else if (folded.includes(gName)) add('named elsewhere in the report only, not read', line);
      else add('not named as such (adjective or description)', line);
    }
  }
}

for (const [cause, lines] of (byKind ? kinds : groups).largestFirst()) {
  process.stdout.write(`\n${lines.length.toString().padStart(4)}  ${cause}\n`);
  for (const l of printAll ? lines : lines.slice(0, 8)) process.stdout.write(`      ${l}\n`);
}

/** Every place the gazetteer reads in a report, as extraction reads it. */
function placeMentions(input: Parameters<typeof extractClaims>[0]): readonly PlaceMention[] {
  const { attributed } = attributeReport(input);
  const timed = resolveTimeExpressions(attributed, {
    published: input.published,
    timeZone: input.timeZone,
  });
  return locatePlaces(timed).places;
}
