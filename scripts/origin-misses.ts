// Lists the origin misses of the train or dev split, grouped by cause: the speaker not found
// (by the phrasing that names it), found at another grain than the gold's, the chain's wrong
// link kept, or a speaker carried from a neighbouring sentence or not. The largest group is
// fixed first. Run with `npx tsx scripts/origin-misses.ts [dev|train] [--reports 179-202]`; the
// test split is refused.
import { join } from 'node:path';
import { originOf } from '../src/core/evidence/claim.js';
import { foldName } from '../src/core/text/fold-name.js';
import { attributeReport, extractClaims } from '../src/ingest/extract.js';
import { matchClaims, sameSource } from '../src/ingest/score-extraction.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

const split = tuningSplit('origin-misses');
const inRange = reportRangeOf(process.argv.slice(2));
const groups = new MissGroups();

/** Phrasings that name a speaker, tried in order on the claim's sentence. */
const PHRASINGS: readonly [string, RegExp][] = [
  ['"according to X"', /\baccording to\b/i],
  ['"X told Y"', /\btold\b/i],
  ['passive "was reported by X"', /\b(?:was|were|been|is|are) \w+ed by\b/i],
  ['"in a statement"', /\bstatement\b/i],
  ['a title or spokesperson', /\bspokes(?:man|woman|person)\b|\bminister\b|\benvoy\b/i],
];

/** Significant words of a name, to tell another grain of the same speaker. */
const nameWords = (s: string): Set<string> =>
  new Set(
    foldName(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !['the', 'and', 'for', 'of'].includes(w)),
  );

for (const report of readReports(join(CORPUS_DIR, split)).filter((r) => inRange(r.name))) {
  const { name, gold } = report;
  const input = reportInput(report);
  const result = extractClaims(input);
  const parties = gold.agreement?.parties ?? [];
  const { structure, byline, attributed } = attributeReport(input);
  const issuer = byline.issuer;
  // The links every sentence starts with: what "no speaker found" leaves at the chain's end.
  const voices = [attributed.publisher.name, byline.wire, byline.author, issuer].filter(
    (n): n is string => n !== null,
  );
  for (const m of matchClaims(gold, result)) {
    const g = m.gold;
    const c = m.claim === null ? undefined : result.claims[m.claim];
    if (c === undefined || g.origin === undefined || g.origin === null) continue;
    const got = originOf(c).name;
    if (sameSource(got, g.origin, parties)) continue;
    const at = c.span?.[0] ?? 0;
    const s = structure.sentences.find((x) => at >= x.start && at < x.end);
    const sentence = s === undefined ? c.text : structure.text.slice(s.start, s.end);
    const own = s === undefined ? null : (attributed.attributions[s.index]?.span ?? null);
    const chain = c.attribution.map((l) => l.name);
    const line = `${name} “${g.anchor}” ${chain.join(' → ')} (wanted ${g.origin}) | ${sentence.replace(/\s+/g, ' ').slice(0, 220)}`;
    const inSentence = foldName(sentence).includes(foldName(g.origin));
    const neighbours = structure.sentences.filter(
      (x) => s !== undefined && x.block === s.block && Math.abs(x.index - s.index) === 1,
    );
    const inNeighbour = neighbours.some((x) =>
      foldName(structure.text.slice(x.start, x.end)).includes(foldName(g.origin ?? '')),
    );
    const unfound =
      c.attribution.length <= 1 ||
      got === 'unnamed quoted source' ||
      voices.some((v) => sameSource(v, got));
    const earlier = chain.slice(0, -1).some((n) => sameSource(n, g.origin ?? '', parties));
    const [a, b] = [nameWords(got), nameWords(g.origin)];
    const shared = [...a].some((w) => b.has(w));
    if (earlier) groups.add('the chain kept a deeper link than the gold (publisher, wire)', line);
    else if (unfound) {
      const phrasing = PHRASINGS.find(([, re]) => re.test(sentence))?.[0];
      if (phrasing !== undefined) groups.add(`speaker not found: ${phrasing}`, line);
      else if (inNeighbour && !inSentence)
        groups.add('speaker not found: named in a neighbouring sentence', line);
      else if (inSentence) groups.add('speaker not found: named in the sentence', line);
      else groups.add('speaker not found: not named as the gold has it', line);
    } else if (shared) groups.add('another grain than the gold', line);
    else if (own === null) groups.add('speaker carried from another sentence', line);
    else if (inSentence) groups.add('another speaker of the sentence read', line);
    else groups.add('a speaker where the gold names another one not in the sentence', line);
  }
}
groups.print();
