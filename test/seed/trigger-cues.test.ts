import { describe, it } from 'vitest';
import { expectEveryMatchHasACue } from '../support/trigger-cue-check.js';
import { readSeedReport } from './read-seed.js';

describe('trigger cues on the seed report', () => {
  it('every match of a trigger or non-event pattern in the seed report contains one of its cues', () => {
    expectEveryMatchHasACue([readSeedReport()]);
  });
});
