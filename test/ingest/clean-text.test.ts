import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.js';

describe('cleanText', () => {
  it('removes furniture from plain text, line by line, and reports it', () => {
    const clean = cleanText(
      'Headline here\n\nFirst paragraph.\n\nAdvertisement\nAdvertisement\n\n(Jane Doe/Pool via AP)\n\nSecond paragraph.\n\nJoin the conversation as a premium member today',
      'text',
    );
    expect(clean.title).toBe('Headline here');
    expect(clean.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(clean.removed).toEqual([
      'Advertisement',
      'Advertisement',
      '(Jane Doe/Pool via AP)',
      'Join the conversation as a premium member today',
    ]);
    expect(clean.blocks.map((b) => clean.text.slice(b.start, b.end))).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
  });

  it('reads a short HTML page that Readability would refuse by default, without its furniture', () => {
    const clean = cleanText(
      '<html><head><title>Short wire</title></head><body><nav>Home World</nav><div class="share-buttons">Share on X</div><p>Hamas released 13 hostages on Friday.</p><div class="ad">Advertisement</div><aside class="related">Related stories</aside></body></html>',
      'html',
    );
    expect(clean.text).toBe('Hamas released 13 hostages on Friday.');
    expect(clean.removed).toEqual(
      expect.arrayContaining(['Home World', 'Share on X', 'Related stories', 'Advertisement']),
    );
  });

  it('reads the site a page title names after a hyphen only where the page names it again', () => {
    const page = (title: string, footer: string): string =>
      `<html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><article><h1>Convoy reaches Dabo</h1><p>A convoy of twelve trucks reached Dabo on Tuesday after the road reopened.</p></article><footer>${footer}</footer></body></html>`;
    expect(
      cleanText(page('Convoy reaches Dabo - Karvel Courier', '© 2024 Karvel Courier'), 'html')
        .siteName,
    ).toBe('Karvel Courier');
    expect(cleanText(page('Convoy reaches Dabo - Live', 'Contact us'), 'html').siteName).toBeNull();
    // The head's own copy of the title is no second naming.
    expect(
      cleanText(page('Convoy reaches Dabo - Karvel Courier', 'Contact us'), 'html').siteName,
    ).toBeNull();
  });

  it('keeps blockquotes as blocks of their own kind', () => {
    const clean = cleanText(
      '<article><p>Reuters reported:</p><blockquote><p>Talks began in Doha.</p></blockquote></article>',
      'html',
    );
    expect(clean.blocks.map((b) => b.kind)).toEqual(['paragraph', 'blockquote']);
  });

  it('refuses binary input with a typed error', () => {
    expect(() => cleanText('\u0000\u0001\u0002\u0003'.repeat(100), 'text')).toThrow(/binary/);
  });
});
