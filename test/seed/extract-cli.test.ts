import { describe, expect, it } from 'vitest';
import { truce } from '../support/run-cli.js';
import { seedReportPath } from './read-seed.js';

interface Extracted {
  document: { removed: string[] };
  claims: { type: string; attribution: { name: string }[] }[];
}

describe('truce extract on the seed report', () => {
  it('reads the seed report into claims without recording anything', async () => {
    const result = await truce(
      'extract',
      seedReportPath(),
      '--published',
      '2023-12-02T10:00:00+02:00',
      '--tz',
      'Asia/Jerusalem',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Extracted;
    expect(out.document.removed).toContain('Advertisement');
    const types = new Set(out.claims.map((c) => c.type));
    for (const t of [
      'talks',
      'delegation_recalled',
      'list_not_delivered',
      'rocket_fire',
      'armed_attack',
      'airstrike',
      'evacuation_order',
    ]) {
      expect(types).toContain(t);
    }
    expect(out.claims.every((c) => c.attribution.length > 0)).toBe(true);
  });
});
