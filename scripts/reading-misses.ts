// Lists the type, modality and polarity misses of the train or dev split, grouped by what the
// gold wants and what was read, with the rule that made the claim and its sentence, so that the
// largest groups are fixed first. Run with `npx tsx scripts/reading-misses.ts [dev|train]`; the
// test split is refused. `--by-rule` prints instead, for each rule, the gold types of the claims
// it made that matched a gold claim: a row whose claims the gold gives several types names too
// broad a type, or one its words do not decide.
import { join } from 'node:path';
import { polarityOf } from '../src/core/evidence/claim.js';
import { extractClaims } from '../src/ingest/extract.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { goldPolarity, matchClaims } from '../src/ingest/score-extraction.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const split = tuningSplit('reading-misses');

const byRule = process.argv.includes('--by-rule');
const groups = new MissGroups();
/** Per rule, how many of its matched claims the gold gives each type. */
const ruleTypes = new Map<string, Map<string, number>>();
/** Per rule, how many of its matched claims extraction read as each type. */
const readTypes = new Map<string, Map<string, number>>();
const count = (into: Map<string, Map<string, number>>, rule: string, type: string): void => {
  const types = into.get(rule) ?? new Map<string, number>();
  types.set(type, (types.get(type) ?? 0) + 1);
  into.set(rule, types);
};
const commonest = (t: Map<string, number>): string =>
  [...t].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
const add = (cause: string, line: string): void => groups.add(cause, line);

const inRange = reportRangeOf(process.argv.slice(2));

for (const report of readReports(join(CORPUS_DIR, split)).filter((r) => inRange(r.name))) {
  const { name, gold } = report;
  const result = extractClaims(reportInput(report));
  for (const m of matchClaims(gold, result)) {
    const c = m.claim === null ? undefined : result.claims[m.claim];
    if (c === undefined) continue;
    const g = m.gold;
    count(ruleTypes, c.rule, g.type);
    count(readTypes, c.rule, c.type);
    const others = result.claims
      .filter((o) => o !== c && o.span?.[0] === c.span?.[0])
      .map((o) => `${o.type}/${o.modality}`);
    const line = `${name} “${g.anchor}” [${c.rule}${others.length > 0 ? `; also ${others.join(', ')}` : ''}] | ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`;
    if (c.type !== g.type) add(`type ${g.type} read as ${c.type}`, line);
    if (c.modality !== g.modality) add(`modality ${g.modality} read as ${c.modality}`, line);
    if (g.polarity !== undefined && polarityOf(c) !== goldPolarity(g)) {
      add(`polarity ${goldPolarity(g)} read as ${polarityOf(c)} (modality ${g.modality})`, line);
    }
  }
}
if (!byRule) groups.print();
else {
  // A rule's own type is the one most of its claims were read as (the pair-type head moves some).
  const ruleType = (rule: string): string => commonest(readTypes.get(rule)!);
  const wrong = (rule: string): number =>
    [...ruleTypes.get(rule)!].reduce((n, [type, k]) => n + (type === ruleType(rule) ? 0 : k), 0);
  const rules = [...ruleTypes.keys()].filter((r) => wrong(r) > 0);
  for (const rule of rules.sort((a, b) => wrong(b) - wrong(a) || a.localeCompare(b))) {
    const counts = [...ruleTypes.get(rule)!]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([type, k]) => `${type} ${k}`);
    process.stdout.write(`${rule} (read as ${ruleType(rule)}): ${counts.join(', ')}\n`);
  }
}
