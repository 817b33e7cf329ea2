import { trainPerceptron } from './averaged-perceptron.js';
import type { Example } from './averaged-perceptron.js';
import { A_CLAIM, NO_CLAIM } from './claim-model.js';
import type { ClaimModelFile } from './claim-model.js';
import { extractClaims } from './extract.js';
import { goldOccurrence, goldPolarity, matchClaims } from './score-extraction.js';
import type { GoldReport } from './score-extraction.js';

/** A labelled report: its text and its gold, named for the order training reads them in. */
export interface LabelledReport {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldReport;
}

const EPOCHS = 4;

/**
 * Trains the claim classifier on labelled reports and returns the model file's text. Every
 * trigger the rules find is an example: of its gold claim's type, polarity and occurrence when
 * it matches one, of `none` when it matches none. Reports are read in name order and the
 * perceptron shuffles with a fixed seed, so the same reports give the same file, byte for byte.
 */
export function trainClaimModel(reports: readonly LabelledReport[], trainedOn: string): string {
  const type: Example[] = [];
  const keep: Example[] = [];
  const polarity: Example[] = [];
  const occurrence: Example[] = [];
  for (const r of [...reports].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const result = extractClaims(
      {
        text: r.text,
        format: r.gold.format,
        published: r.gold.published,
        timeZone: r.gold.timeZone,
        publisher: r.gold.publisher,
        agreement: r.gold.agreement ?? null,
      },
      null,
    );
    const matched = new Map(
      matchClaims(r.gold, result).flatMap((m) => (m.claim === null ? [] : [[m.claim, m.gold]])),
    );
    result.explanations.forEach(({ features }, i) => {
      const g = matched.get(i);
      type.push({ features, label: g?.type ?? NO_CLAIM });
      keep.push({ features, label: g === undefined ? NO_CLAIM : A_CLAIM });
      if (g === undefined) return;
      polarity.push({ features, label: goldPolarity(g) });
      occurrence.push({ features, label: goldOccurrence(g) });
    });
  }
  const model: ClaimModelFile = {
    trainedOn,
    type: trainPerceptron(type, { epochs: EPOCHS }),
    keep: trainPerceptron(keep, { epochs: EPOCHS }),
    polarity: trainPerceptron(polarity, { epochs: EPOCHS }),
    occurrence: trainPerceptron(occurrence, { epochs: EPOCHS }),
  };
  return `${JSON.stringify(model)}\n`;
}
