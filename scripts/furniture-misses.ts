// Lists the furniture misses of the train or dev split, grouped by why: a line left in the
// clean text (by the shape of the line and of the block around it), or gone but not listed in
// `removed`. It also lists every gold anchor the cleaning lost, which must be none: a report's
// own words are never furniture. Only the cleaning runs, so a pass takes seconds. Run with
// `npx tsx scripts/furniture-misses.ts [dev|train] [--reports 395-418]`; the test split is
// refused.
import { join } from 'node:path';
import { cleanText } from '../src/ingest/clean-text.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const split = tuningSplit('furniture-misses');
const inRange = reportRangeOf(process.argv.slice(2));
const groups = new MissGroups();
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

let right = 0;
let scored = 0;
let anchorsLost = 0;
for (const { name, gold, text } of readReports(join(CORPUS_DIR, split)).filter((r) =>
  inRange(r.name),
)) {
  const clean = cleanText(text, gold.format);
  const body = squeeze(clean.text);
  for (const f of gold.furniture ?? []) {
    scored += 1;
    const piece = squeeze(f);
    const gone = !body.includes(piece);
    const listed = clean.removed.some((r) => squeeze(r).includes(piece));
    if (gone && listed) {
      right += 1;
      continue;
    }
    const block = clean.blocks.find((b) =>
      squeeze(clean.text.slice(b.start, b.end)).includes(piece),
    );
    const around = block === undefined ? '' : clean.text.slice(block.start, block.end);
    const cause = gone
      ? 'gone, not listed'
      : around.length > 200
        ? 'left in, inside a longer paragraph'
        : `left in, a ${gold.format} line of its own`;
    groups.add(
      cause,
      `${name} “${f}”${around.length > 0 && around !== f ? ` | ${around.slice(0, 160)}` : ''}`,
    );
  }
  for (const c of gold.claims) {
    if (!body.includes(squeeze(c.anchor))) {
      anchorsLost += 1;
      groups.add('gold anchor lost', `${name} “${c.anchor}”`);
    }
  }
}
groups.print();
process.stdout.write(
  `\nfurniture ${right}/${scored} (${((100 * right) / Math.max(scored, 1)).toFixed(1)}); gold anchors lost: ${anchorsLost}\n`,
);
