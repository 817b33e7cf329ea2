import type { ClaimExample } from '../../src/ingest/claim-examples.js';
import { trainFromExamples } from '../../src/ingest/train-claim-model.js';

const HEADS = ['type', 'keep', 'polarity', 'occurrence'] as const;

/** The claim model's heads that learned a weight for a feature `is` picks out from `examples`. */
export function headsLearning(
  examples: readonly ClaimExample[],
  is: (feature: string) => boolean,
): (typeof HEADS)[number][] {
  const model = trainFromExamples(examples, 'test');
  return HEADS.filter((head) => Object.keys(model[head].weights).some(is));
}
