import { describe, expect, it } from 'vitest';
import { isSpeechSetting } from '../../src/ingest/place-features.js';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

/** Whether the name, at its first mention in the text, is read as where someone spoke. */
const spokenAt = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return isSpeechSetting(text, { start, end: start + name.length });
};

describe('where someone spoke, told apart from where the act happened (decision 0186)', () => {
  it('is the place after a verb or noun of speaking and "in" or "at"', () => {
    expect(spokenAt('the foreign minister told reporters in Bratislava that', 'Bratislava')).toBe(
      true,
    );
    expect(spokenAt('Speaking at a news conference in Nairobi, the envoy', 'Nairobi')).toBe(true);
    expect(spokenAt('in a statement released late on Sunday in Dakar', 'Dakar')).toBe(true);
  });

  it('is not the place of an act told after the verb, nor of an act reported or declared', () => {
    expect(spokenAt('the general said his men would hold positions in Kidal', 'Kidal')).toBe(false);
    expect(spokenAt('heavy exchanges of fire were reported in Kidal', 'Kidal')).toBe(false);
    expect(spokenAt('a curfew was declared in Kidal', 'Kidal')).toBe(false);
  });

  it('marks the ranker’s candidates: the speaker’s town, not the act’s, and the dateline’s', () => {
    const text =
      'BAMAKO, March 3 (Reuters) - Gunmen attacked an army post in Menaka on Saturday, killing ' +
      'four soldiers, the defence minister told reporters in Bamako.';
    const { claims, placeCandidates } = extractionOfText(text, { model: null });
    const attack = claims.findIndex((c) => c.type === 'armed_attack');
    expect(attack).toBeGreaterThanOrEqual(0);
    const features = (name: string): readonly string[] =>
      placeCandidates[attack]!.find((c) => c.place?.name === name)?.features ?? [];
    expect(features('Bamako')).toEqual(
      expect.arrayContaining(['said-here', 'only-spoken-at', 'dateline-town']),
    );
    expect(features('Ménaka')).not.toContain('said-here');
    expect(features('Ménaka')).not.toContain('spoken-at');
    expect(features('Ménaka')).not.toContain('dateline-town');
  });

  it('leaves an act told with "said in" its own place, and talks the place they were held', () => {
    const placed = (text: string) => claimsOfText(text).map((c) => [c.type, c.where?.name]);
    expect(
      placed(
        'Militia fighters attacked a police station in Beledweyne on Sunday, the interior ' +
          'minister said in Mogadishu.',
      ),
    ).toEqual([['armed_attack', 'Beledweyne']]);
    expect(
      placed(
        'The two delegations held a first round of talks on Tuesday, the mediator told ' +
          'reporters in Nairobi.',
      ),
    ).toEqual([['talks', 'Nairobi']]);
  });
});
