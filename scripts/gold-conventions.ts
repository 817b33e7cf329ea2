// Lists how the gold of the train or dev split records the three readings its conventions
// settle (test/corpus/README.md, "Conventions of the gold"): the origin of a sentence that names
// no speaker, a ceasefire one side declares, and a denial. Each case is printed with its
// sentence, grouped by how the gold records it, so that a split is counted and relabelled by
// one rule. Run with `npx tsx scripts/gold-conventions.ts [dev|train]`; the test split is refused.
import { join } from 'node:path';
import { foldName } from '../src/core/text/fold-name.js';
import type { GoldClaim } from '../src/ingest/corpus-gold.js';
import { attributeReport } from '../src/ingest/extract.js';
import { findAnchor, sameSource } from '../src/ingest/score-extraction.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports } from './read-corpus.js';

const split = tuningSplit('gold-conventions');

/** Words that tell who says so, where the rules of attribution may not find the speaker. */
const SAYING =
  /\b(?:said|says|say|saying|told|according to|stated|states|announced|announces|reported|reports|claimed|claims|accused|accuses|denied|denies|added|noted|confirmed|warned|insisted|alleged|quoted|statement|spokes(?:man|woman|person))\b/i;
/** A ceasefire one side declares: "declared a unilateral truce", "announced a ceasefire". */
const ONE_SIDED_TRUCE =
  /\bunilateral\b|\b(?:declar|announc|proclaim)\w*\b[^.;]{0,60}\b(?:ceasefire|cease-fire|truce|halt|pause|moratorium)\b|\b(?:ceasefire|truce)\b[^.;]{0,30}\bdeclared\b/i;
/** Types a report gives a ceasefire declared, beginning or agreed. */
const TRUCE_TYPES = new Set(['truce_start', 'agreement_announced', 'truce_extended', 'proposal']);

const origin = new MissGroups();
const truce = new MissGroups();
const denial = new MissGroups();
const counts = { unattributed: 0, declared: 0, denials: 0 };

for (const report of readReports(join(CORPUS_DIR, split))) {
  const { name, gold } = report;
  const input = reportInput(report);
  const { structure, byline, attributed } = attributeReport(input);
  const issuer = byline.issuer;
  const parties = gold.agreement?.parties ?? [];
  // Who the report itself is: its publisher, byline, issuer or author, as gold or text shows.
  const voices = [
    gold.publisher,
    gold.byline?.publisher ?? null,
    gold.byline?.wire ?? null,
    attributed.publisher.name,
    byline.wire,
    byline.author,
    issuer,
  ].filter((n): n is string => n !== null);
  const lower = structure.text.toLowerCase();
  const sentenceOf = (g: GoldClaim) => {
    const at = findAnchor(lower, g.anchor.toLowerCase());
    if (at === null) return null;
    const s = structure.sentences.find((x) => at[0] >= x.start && at[0] < x.end);
    return s === undefined ? null : { ...s, text: structure.text.slice(s.start, s.end) };
  };
  const bySentence = new Map<number, { text: string; claims: GoldClaim[] }>();
  for (const g of gold.claims) {
    const s = sentenceOf(g);
    if (s === null) continue;
    const entry = bySentence.get(s.index) ?? { text: s.text, claims: [] };
    entry.claims.push(g);
    bySentence.set(s.index, entry);
  }
  const style = gold.style ?? 'none';
  const short = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 200);

  for (const [index, { text, claims }] of bySentence) {
    const named = attributed.attributions[index]?.span != null || SAYING.test(text);
    // 1. A sentence that names no speaker: does its claim's origin name the report's own voice?
    if (!named) {
      for (const g of claims) {
        counts.unattributed += 1;
        const kind =
          g.origin === undefined
            ? 'no origin'
            : voices.some(
                  (v) =>
                    sameSource(v, g.origin ?? '', parties) ||
                    foldName(v) === foldName(g.origin ?? ''),
                )
              ? 'the report’s own voice (issuer, author, publisher)'
              : 'another speaker (carried from a neighbouring sentence)';
        origin.add(
          `${style}: ${kind}`,
          `${name} ${g.type} [${g.modality}] “${g.anchor}” origin ${g.origin ?? '—'} (voices: ${[...new Set(voices)].join(', ')}) | ${short(text)}`,
        );
      }
    }
    // 2. A ceasefire one side declares: which types the gold gives it.
    if (
      ONE_SIDED_TRUCE.test(text) &&
      /\b(?:ceasefire|cease-fire|truce|halt|pause|moratorium)\b/i.test(text)
    ) {
      const types = claims.filter((g) => TRUCE_TYPES.has(g.type)).map((g) => g.type);
      if (types.length > 0) {
        counts.declared += 1;
        truce.add(
          [...new Set(types)].sort().join(' + '),
          `${name} ${claims.map((g) => `${g.type}[${g.modality}/${g.occurrence ?? '-'}] “${g.anchor}”`).join('; ')} | ${short(text)}`,
        );
      }
    }
    // 3. A denial: a `denial` claim, the act marked `denied`, or both.
    const denials = claims.filter((g) => g.type === 'denial');
    const denied = claims.filter((g) => g.modality === 'denied' || g.polarity === 'denied');
    if (denials.length > 0 || denied.length > 0) {
      counts.denials += 1;
      const kind =
        denials.length > 0 && denied.length > 0
          ? 'both a denial claim and the act denied'
          : denials.length > 0
            ? 'a denial claim only'
            : 'the act denied only';
      denial.add(
        kind,
        `${name} ${claims.map((g) => `${g.type}[${g.modality}] origin ${g.origin ?? '—'} “${g.anchor}”`).join('; ')} | ${short(text)}`,
      );
    }
  }
}

process.stdout.write(
  `# ${split}\n\n# 1. Claims in sentences naming no speaker (${counts.unattributed})\n`,
);
origin.print();
process.stdout.write(
  `\n# 2. Sentences declaring a ceasefire, by the types the gold gives (${counts.declared})\n`,
);
truce.print();
process.stdout.write(`\n# 3. Sentences with a denial (${counts.denials})\n`);
denial.print();
