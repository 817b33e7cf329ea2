// Lists the claims the train or dev split finds wrongly, grouped by cause: gold claims missed
// (no trigger in their sentence, a trigger the keep head dropped, one the joint head dropped as
// a second telling of another's act, or a sentence whose one claim another gold claim took) and
// extra claims (a sentence's second claim, a pattern or a candidate word alone), each with the
// keep head's probability that it reports nothing and, beside a matched claim, that claim's rule
// and type: what it may be a second telling of. Run with
// `npx tsx scripts/detection-misses.ts [dev|train] [--reports 203-226] [--folds]`; the test
// split is refused. With `--folds`, each train report is read by the weights trained on the
// other four fifths (as `npm run eval:folds` scores them): the misses of a report not tuned for.
// With `--trained-on 1-538`, by weights trained in the run on those train reports only (seed 1),
// as `npm run eval:extract` reads a batch before it is trained on.
// With `--extras`, only the extra claims are listed, sorted by what their sentence tells
// (`extraKindOf`), each with its trigger's words and the rule or head that let it through, and
// each kind counted over every report read and over the split's two newest batches, and each
// gate counted over every report read, as are the extras that stand beside a matched claim of
// their sentence (a second telling of that act, a background beside it, its frame).
import { join } from 'node:path';
import { probabilityAt, scoreVector } from '../src/ingest/averaged-perceptron.js';
import { mayTellNoAct, sharesSentence } from '../src/ingest/claim-features.js';
import { claimModel, DROP_AT, NO_CLAIM } from '../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import { extractClaims } from '../src/ingest/extract.js';
import type { ExtractResult } from '../src/ingest/extract.js';
import { matchClaims } from '../src/ingest/score-extraction.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { foldModels, foldOf } from './fold-models.js';
import { extraKindOf, gateOf } from './extra-kinds.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';
import { modelTrainedOn } from './range-model.js';

const split = tuningSplit('detection-misses');
const groups = new MissGroups();

/** The keep head's probability that the trigger with these features reports nothing. */
function noneAt(model: ClaimModelFile | null, features: readonly string[]): number {
  if (model === null) return 0;
  const scores = scoreVector(model.keep, features);
  const none = model.keep.classes.indexOf(NO_CLAIM);
  return none < 0 ? 0 : probabilityAt(scores, none);
}

const short = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 140);

/** Where the gold anchor stands in the clean text, as the scorer finds it (case folded). */
function anchorAt(result: ExtractResult, anchor: string): [number, number] | null {
  const lower = result.document.cleanText.toLowerCase();
  const words = anchor.toLowerCase().trim().split(/\s+/);
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = re.exec(lower);
  return m === null ? null : [m.index, m.index + m[0].length];
}

const inRange = reportRangeOf(process.argv.slice(2));
const reports = readReports(join(CORPUS_DIR, split));
const folds = split === 'train' && process.argv.includes('--folds') ? foldModels(reports) : null;
const trainedOn = process.argv.includes('--trained-on')
  ? modelTrainedOn(process.argv.slice(2), 1)
  : null;
const extrasOnly = process.argv.includes('--extras');
/** Reports are written in batches of this many, the newest numbered highest. */
const BATCH_SIZE = 24;
const newest = Math.max(...reports.map((r) => Number(/^[a-z]?(\d+)/.exec(r.name)?.[1] ?? 0)));
/**
 * The batches each kind of extra is counted over beside the whole run: the two written last,
 * found from the split's highest report number so that they move as the corpus grows.
 */
const BATCHES = [2, 1].map((back) => {
  const range = `${newest - back * BATCH_SIZE + 1}-${newest - (back - 1) * BATCH_SIZE}`;
  return [range, reportRangeOf(['--reports', range])] as const;
});
/** The extras by the gate that let them through. */
const gateCounts = new Map<string, number>();
/** The extras, and those of them beside a matched claim of their sentence. */
const besideCounts = { extras: 0, beside: 0 };
/** By kind: extras over all, then in each batch; matched claims over all, then in each batch. */
const kindCounts = new Map<string, number[]>();
function countKind(kind: string, report: string, from: 0 | 3): void {
  const counts = kindCounts.get(kind) ?? [0, 0, 0, 0, 0, 0];
  counts[from]!++;
  BATCHES.forEach(([, inBatch], b) => {
    if (inBatch(report)) counts[from + b + 1]!++;
  });
  kindCounts.set(kind, counts);
}

for (const report of reports.filter((r) => inRange(r.name))) {
  const { name, gold } = report;
  const model = folds !== null ? folds[foldOf(report)]! : (trainedOn ?? claimModel());
  const input = reportInput(report);
  const found = extractClaims(input, model);
  const rules = extractClaims(input, null);
  // The same model without its joint head, to tell the claims the joint choice dropped.
  const alone = model === null ? found : extractClaims(input, { ...model, joint: undefined });
  const matched = matchClaims(gold, found);
  const byTriggersAlone = matchClaims(gold, alone);
  const byRules = matchClaims(gold, rules);
  const used = new Set(matched.flatMap((m) => (m.claim === null ? [] : [m.claim])));
  matched.forEach((m, i) => {
    if (m.claim !== null || extrasOnly) return;
    const g = m.gold;
    const line = `${name} ${g.type} “${short(g.anchor)}”`;
    if (!m.anchored) return groups.add('missed: anchor not in the clean text', line);
    const r = byRules[i]?.claim ?? null;
    const at = anchorAt(found, g.anchor);
    const taken =
      at !== null &&
      found.claims.some((c) => c.span !== null && c.span[0] < at[1] && at[0] < c.span[1]);
    if (taken && byTriggersAlone[i]?.claim !== null) {
      const dropped = alone.claims[byTriggersAlone[i]!.claim!]!;
      return groups.add(
        'missed: the joint head dropped it as a second telling',
        `${line} [without the joint head: ${dropped.rule} ${dropped.type}]`,
      );
    }
    if (taken) {
      const kinds = found.claims
        .filter((c) => c.span !== null && at !== null && c.span[0] < at[1] && at[0] < c.span[1])
        .map((c) => c.type);
      return groups.add(
        'missed: its sentence gives fewer claims than the gold',
        `${line} [sentence gives ${kinds.join(', ')}]`,
      );
    }
    if (r === null) return groups.add('missed: no trigger in its sentence', line);
    const c = rules.claims[r]!;
    const features = rules.explanations[r]!.features;
    groups.add(
      `missed: dropped by the keep head (${sharesSentence(features) ? 'shared' : 'alone'})`,
      `${line} [${c.rule} ${c.type}, none at ${noneAt(model, features).toFixed(4)}]`,
    );
  });
  found.claims.forEach((c, i) => {
    // A matched claim is counted by kind too, so that each kind's extras weigh against the gold
    // claims of the same telling.
    if (used.has(i) && extrasOnly) {
      const earlier = found.claims.slice(0, i).filter((o) => o.span?.[0] !== c.span?.[0]);
      countKind(extraKindOf(c, found.explanations[i]!.features, earlier), name, 3);
    }
    if (used.has(i)) return;
    const { features, rule, reasons } = found.explanations[i]!;
    // The matched claims of its sentence: which act the extra may be a second telling of.
    const beside = found.claims.filter(
      (o, j) => j !== i && used.has(j) && o.span?.[0] === c.span?.[0],
    );
    const shared = beside.length > 0;
    const none = noneAt(model, features);
    if (extrasOnly) {
      const earlier = found.claims.slice(0, i).filter((o) => o.span?.[0] !== c.span?.[0]);
      const kind = extraKindOf(c, features, earlier);
      countKind(kind, name, 0);
      const words = features.filter((f) => f.startsWith('lemma=')).map((f) => f.slice(6));
      const gate = gateOf({
        none,
        dropAt: DROP_AT,
        shared: sharesSentence(features),
        mayDrop: mayTellNoAct(features),
        broughtBack: reasons[0]?.startsWith('joint=a second act') === true,
        keptAsAct: model !== null && none < 0.5,
      });
      gateCounts.set(gate, (gateCounts.get(gate) ?? 0) + 1);
      besideCounts.extras += 1;
      if (shared) besideCounts.beside += 1;
      const besideNote = shared ? `; beside ${beside.map((o) => o.type).join(', ')}` : '';
      return groups.add(
        kind,
        `${name} ${c.type}/${c.occurrence ?? c.modality} “${words.join(' ')}” [${rule}; ${gate}; none at ${none.toFixed(4)}${besideNote}] ${short(c.text)}`,
      );
    }
    const kind = rule.startsWith('trigger.lemma.') ? 'candidate word' : 'pattern';
    const cause = shared
      ? 'extra: beside a matched claim of its sentence'
      : sharesSentence(features)
        ? `extra: ${kind}, sentence has other triggers`
        : `extra: ${kind} alone in its sentence`;
    const matchedHere = shared
      ? ` [beside ${beside.map((o) => `${o.rule} ${o.type}`).join(', ')}]`
      : '';
    groups.add(
      cause,
      `${name} ${c.type}/${c.modality} [${rule}, none at ${none.toFixed(4)}]${matchedHere} ${short(c.text)}`,
    );
  });
}
groups.print();
if (extrasOnly) {
  const columns = BATCHES.map(([b]) => b).join('  ');
  process.stdout.write(`\nextra claims / matched claims, by kind: all  ${columns}\n`);
  for (const [kind, n] of [...kindCounts].sort((a, b) => b[1][0]! - a[1][0]!)) {
    const cells = [0, 1, 2].map((k) => `${n[k]}/${n[k + 3]}`.padStart(9));
    process.stdout.write(`${kind.slice(0, 60).padEnd(60)} ${cells.join('  ')}\n`);
  }
  process.stdout.write('\nextra claims by what let them through\n');
  for (const [gate, n] of [...gateCounts].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${gate.slice(0, 60).padEnd(60)} ${String(n).padStart(9)}\n`);
  process.stdout.write(
    `\nextra claims beside a matched claim of their sentence: ${besideCounts.beside} of ${besideCounts.extras}\n`,
  );
}
