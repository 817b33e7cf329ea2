import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.js';

const BODY = 'Militia fighters shelled the market in Lower Dabo on Monday, residents said.';

describe('page furniture in HTML, by markup and by what the article left out', () => {
  const page = `<!doctype html><html><head><title>Dabo market shelled – Sahel Courier</title></head><body>
<div id="gdpr-box"><p>We use cookies to measure our audience.</p><button>Agree</button><button>Settings</button></div>
<header><a href="/">Sahel Courier</a> <a href="/niger">Niger</a> <a href="/mali">Mali</a></header>
<div class="breadcrumbs">Home › Africa › Niger</div>
<span class="kicker-label">SAHEL · NIGER</span>
<article>
<h1>Dabo market shelled</h1>
<figure><img src="/i/dabo.jpg"><figcaption>Smoke rises over the market of Lower Dabo on Monday, as traders flee towards the river crossing. Photo: Musa Adamu for the Courier</figcaption></figure>
<p>${BODY}</p>
<div class="slot-ad">Advertisement</div>
<p>The regional governor called for calm and promised that traders would be compensated for their losses.</p>
<div class="insta-embed"><p>Our stall is gone. — a trader (@dabo_stall), 3 March 2025</p></div>
</article>
<div class="sidebar"><h4>Latest</h4><ul><li>Niamey: fuel queues return</li><li>What the Dabo talks promised and what they delivered</li></ul></div>
<div id="respond"><h3>Leave a comment</h3><p>Your email address will not be shown. Fields marked * are required.</p></div>
</body></html>`;

  it('lists each piece of a removed element on its own, whole, however long the element', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toEqual(
      expect.arrayContaining([
        'Smoke rises over the market of Lower Dabo on Monday, as traders flee towards the river crossing. Photo: Musa Adamu for the Courier',
        'Your email address will not be shown. Fields marked * are required.',
        'We use cookies to measure our audience.',
      ]),
    );
  });

  it('lists what the article reader dropped without a rule of ours: widgets, labels, breadcrumbs', () => {
    const clean = cleanText(page, 'html');
    for (const line of [
      'SAHEL · NIGER',
      'Home › Africa › Niger',
      'Niamey: fuel queues return',
      'What the Dabo talks promised and what they delivered',
      'Advertisement',
    ]) {
      expect(clean.text).not.toContain(line);
      expect(clean.removed).toContain(line);
    }
    // The headline is the title, not furniture.
    expect(clean.removed).not.toContain('Dabo market shelled');
    expect(clean.text).toContain('The regional governor called for calm');
  });

  it('takes out an embedded post inside the article', () => {
    const clean = cleanText(page, 'html');
    expect(clean.text).not.toContain('Our stall is gone');
    expect(clean.removed.some((r) => r.includes('Our stall is gone'))).toBe(true);
  });
});
