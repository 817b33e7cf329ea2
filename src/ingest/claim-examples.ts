import type { Occurrence, Polarity } from '../core/evidence/claim.js';
import { NO_CLAIM } from './claim-model.js';

/**
 * One trigger the rules found, labelled: the type it reports (or `none`), and for a claim its
 * polarity and occurrence. What the classifier learns from, whether the label comes from the
 * corpus gold or from a reviewer's decision.
 */
export interface ClaimExample {
  readonly features: readonly string[];
  readonly type: string;
  readonly polarity: Polarity | null;
  readonly occurrence: Occurrence | null;
}

/**
 * The labelled examples of the train split as `npm run train` writes them beside the model, so
 * that `truce model train` can learn from the corpus where the corpus itself is not installed.
 * Features are written once each and named by index; an example is `[labels, ...indices]`,
 * its labels `type|polarity|occurrence` (empty for `none`).
 */
export interface ClaimExamplesFile {
  readonly trainedOn: string;
  readonly features: readonly string[];
  readonly examples: readonly (readonly [string, ...number[]])[];
}

/** Writes examples compactly, in the order given (training order matters for byte equality). */
export function writeClaimExamples(examples: readonly ClaimExample[], trainedOn: string): string {
  const features = [...new Set(examples.flatMap((e) => e.features))].sort();
  const indexOf = new Map(features.map((f, i) => [f, i]));
  const rows = examples.map((e): [string, ...number[]] => [
    e.type === NO_CLAIM ? NO_CLAIM : `${e.type}|${e.polarity ?? ''}|${e.occurrence ?? ''}`,
    ...e.features.map((f) => indexOf.get(f)!),
  ]);
  // One example a line: the file diffs readably when the corpus or a feature changes.
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  return `{"trainedOn":${JSON.stringify(trainedOn)},"features":${JSON.stringify(features)},"examples":[\n${body}\n]}\n`;
}

/** Reads what `writeClaimExamples` wrote. */
export function readClaimExamples(file: ClaimExamplesFile): ClaimExample[] {
  return file.examples.map(([labels, ...indices]) => {
    const [type = NO_CLAIM, polarity, occurrence] = labels.split('|');
    return {
      features: indices.map((i) => file.features[i] ?? ''),
      type,
      polarity: polarity ? (polarity as Polarity) : null,
      occurrence: occurrence ? (occurrence as Occurrence) : null,
    };
  });
}
