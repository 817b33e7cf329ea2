import { describe, expect, it } from 'vitest';
import { attributeSentences } from '../../src/ingest/attribution.js';
import { cleanText } from '../../src/ingest/clean-text.js';
import { structureText } from '../../src/ingest/structure.js';

const chains = (text: string, format: 'text' | 'html' = 'text'): string[][] =>
  attributeSentences(structureText(cleanText(text, format)), 'HotAir').attributions.map((a) =>
    a.chain.map((l) => l.name),
  );

describe('attributeSentences', () => {
  it('follows a quoted block to the source it cites: publisher → outlet → origin', () => {
    const text =
      'It may be longer than many thought. Earlier today, Reuters reported that talks began:\n\nA team was in Doha for talks, a source briefed on the visit said.\n\nThat puts an end to it.';
    expect(chains(text)).toEqual([
      ['HotAir'],
      ['HotAir', 'Reuters'],
      ['HotAir', 'Reuters', 'a source briefed on the visit'],
      ['HotAir'],
    ]);
  });

  it('reads "according to", "in a statement, X said" and speakers after the quotation', () => {
    expect(chains('According to the Red Cross, 11 hostages were handed over.')[0]).toEqual([
      'HotAir',
      'ICRC',
    ]);
    expect(
      chains('In a statement, the Israel Defense Forces said it struck 40 targets.')[0],
    ).toEqual(['HotAir', 'IDF']);
    expect(
      chains(
        '“We will not stop,” says a rare statement from Netanyahu’s office issued on Saturday.',
      )[0],
    ).toEqual(['HotAir', 'Netanyahu’s office']);
  });

  it('resolves pronouns and back references to the speaker named before', () => {
    const text =
      'Three Israeli officials said Hamas sent no list. The officials added that talks stalled. The IDF said it struck targets. The military said jets hit 50 more.';
    expect(chains(text).map((c) => c[c.length - 1])).toEqual([
      'Three Israeli officials',
      'Three Israeli officials',
      'IDF',
      'IDF',
    ]);
  });

  it('gives a multi-sentence quotation the speaker named once', () => {
    expect(
      chains('“We handed over the list. They refused it,” a Hamas official said.').map((c) => c[1]),
    ).toEqual(['a Hamas official', 'a Hamas official']);
  });

  it('names an unnamed quoted source for an HTML blockquote without an introducer', () => {
    expect(
      chains('<p>Here it is.</p><blockquote><p>Talks collapsed.</p></blockquote>', 'html')[1],
    ).toEqual(['HotAir', 'unnamed quoted source']);
  });
});
