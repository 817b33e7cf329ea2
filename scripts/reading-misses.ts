// Lists the type, modality and polarity misses of the train or dev split, grouped by what the
// gold wants and what was read, with the rule that made the claim and its sentence, so that the
// largest groups are fixed first. Run with `npx tsx scripts/reading-misses.ts [dev|train]`; the
// test split is refused.
import { join } from 'node:path';
import { polarityOf } from '../src/core/evidence/claim.js';
import { extractClaims } from '../src/ingest/extract.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { goldPolarity, matchClaims } from '../src/ingest/score-extraction.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports } from './read-corpus.js';

const split = tuningSplit('reading-misses');

const groups = new MissGroups();
const add = (cause: string, line: string): void => groups.add(cause, line);

for (const report of readReports(join(CORPUS_DIR, split))) {
  const { name, gold } = report;
  const result = extractClaims(reportInput(report));
  for (const m of matchClaims(gold, result)) {
    const c = m.claim === null ? undefined : result.claims[m.claim];
    if (c === undefined) continue;
    const g = m.gold;
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
groups.print();
