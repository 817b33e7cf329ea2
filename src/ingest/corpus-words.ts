import { createHash } from 'node:crypto';
import type { DocumentFormat } from '../core/evidence/document.js';
import type { ExtractResult } from './extract.js';
import { learnTriggers, readCodings } from './learned-triggers.js';
import type { LearnedTrigger, LearningThreshold, ReadCodings } from './learned-triggers.js';
import { findAnchor } from './score-extraction.js';
import type { GoldReport } from './score-extraction.js';

/**
 * How many codings teach the bundled corpus a word, against its idle uses (decision 0187): the
 * corpus's gold is coded by the same hands throughout, so its idle uses are weighed as a store's
 * are, but one coding of a word in 442 reports is a phrasing, not a word of acts.
 */
export const CORPUS_THRESHOLD: LearningThreshold = { taught: 2, perIdle: 1 };

/** The folds of the cross-fit, and of `npm run eval:folds`. */
export const FOLDS = 5;

/** A report's fold, by a hash of its name: fixed, and blind to what the report says. */
export const foldOf = (r: { readonly name: string }): number =>
  createHash('sha256').update(r.name).digest().readUInt32BE(0) % FOLDS;

/** A labelled report as word learning reads it. */
interface CodedReport {
  readonly name: string;
  readonly text: string;
  readonly gold: Pick<GoldReport, 'format' | 'claims'> & { readonly format: DocumentFormat };
}

/**
 * What one labelled report teaches: each gold claim whose sentence the rules (read alone, with
 * no learned word: `rules`) give no trigger codes its words, as an analyst's hand-coded claim
 * would; every gold claim's anchor marks its sentence as holding an act, so that the sentences
 * left are the idle uses of their words.
 */
export function goldCodings(r: CodedReport, rules: ExtractResult): ReadCodings {
  const lower = rules.document.cleanText.toLowerCase();
  const anchors = r.gold.claims.map((g) => findAnchor(lower, g.anchor.toLowerCase()));
  const found = rules.claims.flatMap((c) => (c.span === null ? [] : [c.span]));
  const codings = r.gold.claims.flatMap((g, i) => {
    const at = anchors[i];
    if (at === null || at === undefined) return [];
    if (found.some(([a, b]) => a < at[1] && at[0] < b)) return [];
    return [{ span: at, type: g.type }];
  });
  return readCodings(
    { text: r.text, format: r.gold.format, cleanText: rules.document.cleanText },
    codings,
    anchors.filter((a): a is readonly [number, number] => a !== null),
  );
}

/** The words some reports' codings teach the corpus. */
export const corpusWords = (read: readonly ReadCodings[]): LearnedTrigger[] =>
  learnTriggers(read, new Map(), CORPUS_THRESHOLD);

/**
 * The words each report is read with to give training examples: those learned from the reports
 * of the other folds only, so that no report's examples are read with a word its own gold taught
 * (which would teach the keep head that the word is always right). `readingOf` gives a report's
 * codings; the same reports give the same words.
 */
export function crossFitWords(
  reports: readonly { readonly name: string }[],
  readingOf: (name: string) => ReadCodings,
): (name: string) => readonly LearnedTrigger[] {
  const byFold = Array.from({ length: FOLDS }, (_, fold) =>
    corpusWords(
      [...reports]
        .filter((r) => foldOf(r) !== fold)
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((r) => readingOf(r.name)),
    ),
  );
  return (name) => byFold[foldOf({ name })]!;
}
