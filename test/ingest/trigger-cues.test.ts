import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { expectEveryMatchHasACue } from '../support/trigger-cue-check.js';

const TRAIN = fileURLToPath(new URL('../corpus/train/', import.meta.url));

describe('trigger cues', () => {
  it('every match of a trigger or non-event pattern in the training reports contains one of its cues, so skipping sentences loses nothing', () => {
    expectEveryMatchHasACue(
      readdirSync(TRAIN)
        .filter((f) => !f.endsWith('.json'))
        .map((f) => readFileSync(join(TRAIN, f), 'utf8')),
    );
  });
});
