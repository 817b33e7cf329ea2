import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.js';
import { extractClaims } from '../../src/ingest/extract.js';
import { claimsOfText } from '../support/extract-text.js';

const BODY = 'Militia fighters shelled the market in Lower Dabo on Monday, residents said.';

/** Each line must be gone from the clean text and listed in `removed`, and the body kept. */
function expectRemoved(raw: string, format: 'text' | 'html', lines: readonly string[]): void {
  const clean = cleanText(raw, format);
  expect(clean.text).toContain(BODY);
  for (const line of lines) {
    expect(clean.text).not.toContain(line);
    expect(clean.removed.some((r) => r.includes(line))).toBe(true);
  }
}

describe('page furniture in plain text, by the shape of the line', () => {
  it('takes out cookie banners and their buttons', () => {
    const lines = [
      'This portal stores cookies on your computer to remember your settings.',
      'We value your privacy and that of our readers.',
      'Accept all',
      'Manage preferences',
    ];
    expectRemoved(['Dabo market shelled', ...lines, BODY].join('\n\n'), 'text', lines);
  });

  it("takes out a live blog's date header, pinned and share labels", () => {
    const lines = [
      'Monday 3 March 2025 · Dabo time (GMT+1) · latest at the top',
      'March 3, 2025 | all times local',
      'Pinned post',
      'Share this entry',
      'Share | Comment | Follow Sahel Live on Telegram',
    ];
    expectRemoved(['Dabo live', ...lines, '10:15', BODY].join('\n\n'), 'text', lines);
  });

  it('takes out embedded posts signed with a handle or a network, not a sentence that reports a post', () => {
    const lines = [
      'The market is burning, help us. — a Dabo trader (@dabo_trader), 3 March 2025',
      'We are safe for now. - posted by @sahel_relief, 3 Mar',
      'No water since Sunday. — a nurse at the district hospital, on Facebook',
      'Pray for Dabo. — a residents’ group, Telegram, 3 March',
    ];
    expectRemoved(['Dabo market shelled', ...lines, BODY].join('\n\n'), 'text', lines);
    const reported =
      'The shelling stopped at noon — the army said on Telegram that it had pulled back.';
    expect(cleanText(`${BODY}\n\n${reported}`, 'text').text).toContain(reported);
  });

  it('takes out translation, source and compiler notes, contacts and credits', () => {
    const lines = [
      'Translated from Hausa. Source: a radio bulletin, 3 March 2025.',
      '[Unofficial translation from the Portuguese]',
      'Source: Sahel Protection Cluster, with field partners',
      'Prepared by the Dabo Area Team with information from local authorities.',
      'For further information, please contact: Sahel Protection Cluster, info@example.org',
      '(Reporting by the Niamey bureau; editing by the Dakar desk)',
      'Staff correspondents in Niamey and Dakar contributed to this report.',
      'burs-kt',
      '(AFP)',
      '-- Sahel Desk with Reuters',
    ];
    expectRemoved(['Dabo market shelled', ...lines, BODY].join('\n\n'), 'text', lines);
  });

  it("takes out an opinion page's labels and footers", () => {
    const lines = [
      'Analysis',
      'About the author: Musa Adamu covers the Sahel from Niamey.',
      'The views expressed in this column are the writer’s own.',
      'Filed under: Niger, Sahel, Militias',
    ];
    expectRemoved(
      [...lines.slice(0, 1), 'Why Dabo burned', BODY, ...lines.slice(1)].join('\n\n'),
      'text',
      lines,
    );
  });

  it('takes out a section label in capitals and a breadcrumb trail, not a heading in capitals', () => {
    const lines = ['SAHEL · NIGER', 'WORLD | AFRICA', 'Home / Africa / Niger'];
    const clean = cleanText(
      ['Dabo market shelled', ...lines, 'SUMMARY', BODY].join('\n\n'),
      'text',
    );
    expect(clean.removed).toEqual(lines);
    expect(clean.text).toBe(`SUMMARY\n\n${BODY}`);
  });

  it('keeps a sentence that names a source, or sources, inside the report', () => {
    const kept = 'Sources close to the talks said the truce would hold.';
    expect(cleanText(`${BODY}\n\n${kept}`, 'text').text).toBe(`${BODY}\n\n${kept}`);
  });

  it('never reads a claim from a line it took out', () => {
    const claims = claimsOfText(
      [
        'Heavy clashes reported',
        BODY,
        'Fighters released 12 hostages at the crossing. — a local monitor (@sahel_monitor), 3 March 2025',
      ].join('\n\n'),
      null,
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !/hostages/.test(c.text))).toBe(true);
  });
});

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

  it('lists a removed element whole, its lines joined as they read, however long the line', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toEqual(
      expect.arrayContaining([
        'Smoke rises over the market of Lower Dabo on Monday, as traders flee towards the river crossing. Photo: Musa Adamu for the Courier',
        'Leave a comment Your email address will not be shown. Fields marked * are required.',
      ]),
    );
    expect(clean.removed.some((r) => r.startsWith('We use cookies to measure our audience.'))).toBe(
      true,
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
      expect(clean.removed.some((r) => r.includes(line))).toBe(true);
    }
    // A widget is one piece of furniture: its heading and titles make one entry.
    expect(clean.removed).toContain(
      'Latest Niamey: fuel queues return What the Dabo talks promised and what they delivered',
    );
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

describe('what a removed note tells is kept', () => {
  it("reads the publisher from a situation report's source note, though the note leaves the text", () => {
    const result = extractClaims({
      text: `Niger: Dabo flash update\n\nSource: Sahel Protection Cluster\n\n${BODY}`,
      format: 'text',
      published: '2025-03-04T10:00:00+01:00',
      timeZone: 'Africa/Niamey',
    });
    expect(result.document.cleanText).not.toContain('Source:');
    expect(result.document.publisher).toBe('Sahel Protection Cluster');
  });

  it('reads the wire from a credit line the page marks as furniture', () => {
    const result = extractClaims({
      text: `<html><head><title>Dabo market shelled</title></head><body><article><h1>Dabo market shelled</h1><p class="credit-line">Sahel Courier with AFP | 4 March 2025</p><p>${BODY}</p><p>The governor called for calm and promised compensation to the traders.</p></article></body></html>`,
      format: 'html',
      published: '2025-03-04T10:00:00+01:00',
      timeZone: 'Africa/Niamey',
    });
    expect(result.document.cleanText).not.toContain('with AFP');
    expect(result.document.wire).toBe('AFP');
  });
});

describe('boxes of links and labels in HTML, each listed whole', () => {
  const terms = [
    'Both sides will halt all attacks on the Dabo road from midnight on 5 March.',
    'Fighters will withdraw ten kilometres from the market within three days.',
    'A joint committee will meet in Niamey every Thursday to hear complaints.',
  ];
  const page = `<!doctype html><html><head><title>Truce holds in Dabo after market shelling | Sahel Courier</title></head><body>
<header><a href="/">Sahel Courier</a><ul class="menu"><li><a href="/niger">Niger</a></li><li><a href="/mali">Mali</a></li><li><a href="/opinion">Opinion</a></li></ul></header>
<article>
<h1>Truce holds in Dabo after market shelling</h1>
<div class="section">SAHEL SECURITY</div>
<p>${BODY}</p>
<p>Elders from Dabo and the militia's commanders met in Niger's capital on Tuesday and agreed a truce, a mediator from the regional council said. It held through the night, traders said.</p>
<h3>What the two sides agreed</h3>
<ol>${terms.map((t) => `<li>${t}</li>`).join('')}</ol>
<div class="inset"><h4>More from Sahel Courier</h4><ul><li><a href="/a">Who are the Dabo militias?</a></li><li><a href="/b">Grain prices climb in Tillabéri</a></li></ul></div>
<p>The governor said the council would send observers to the market road before the end of the week.</p>
<h4>Also read</h4>
<ul><li><a href="/c">A year of sieges on the Niger border</a></li><li><a href="/d">Mali: convoy attacked near Ménaka</a></li></ul>
</article>
<aside><h4>Most read</h4><ol><li><a href="/e">Niamey: fuel queues return</a></li><li><a href="/f">Football: Mena reach the final</a></li></ol></aside>
</body></html>`;

  it('lists a navigation menu as one entry, though its items are words of the report', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toContain('Sahel Courier Niger Mali Opinion');
    expect(clean.text).toContain("Niger's capital");
  });

  it('takes out a box of related titles inside the article, its heading and titles together', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toContain(
      'More from Sahel Courier Who are the Dabo militias? Grain prices climb in Tillabéri',
    );
    expect(clean.removed).toContain(
      'Also read A year of sieges on the Niger border Mali: convoy attacked near Ménaka',
    );
    for (const gone of ['Who are the Dabo militias?', 'A year of sieges on the Niger border']) {
      expect(clean.text).not.toContain(gone);
    }
  });

  it('lists a "Most read" box beside the article as one entry', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toContain(
      'Most read Niamey: fuel queues return Football: Mena reach the final',
    );
  });

  it('takes out a section label in capitals that a class marks as one', () => {
    const clean = cleanText(page, 'html');
    expect(clean.removed).toContain('SAHEL SECURITY');
    expect(clean.text).not.toContain('SAHEL SECURITY');
  });

  it("keeps a numbered list of the agreement's terms and the report's paragraphs", () => {
    const clean = cleanText(page, 'html');
    for (const kept of [
      BODY,
      ...terms,
      'What the two sides agreed',
      'The governor said the council would send observers',
    ]) {
      expect(clean.text).toContain(kept);
    }
    expect(clean.removed.join('\n')).not.toContain('halt all attacks');
  });

  it('keeps a list of short lines under a box heading when its lines end like sentences', () => {
    const html = `<html><head><title>Dabo</title></head><body><article><h1>Dabo</h1><p>${BODY}</p><div class="box"><h4>Read more</h4><ul><li>The road is open again.</li><li>Traders have returned.</li></ul></div></article></body></html>`;
    const clean = cleanText(html, 'html');
    expect(clean.text).toContain('The road is open again.');
    expect(clean.text).toContain('Traders have returned.');
  });

  it('takes out an embedded post that ends with its own buttons, not a sentence about sharing', () => {
    const post =
      'Dabo Relief Committee: Families who left the market quarter can collect water at the school from 8am. Like · Comment · Share';
    const said =
      'Traders said they would share the cost of repairs, comment later and reply in kind.';
    const clean = cleanText(
      `<html><head><title>Dabo</title></head><body><article><h1>Dabo</h1><p>${BODY}</p><div class="fb-card">${post}</div><p>${said}</p></article></body></html>`,
      'html',
    );
    expect(clean.text).not.toContain('Families who left the market quarter');
    expect(clean.removed).toContain(post);
    expect(clean.text).toContain(said);
  });

  it('keeps a short line in capitals that no label class marks', () => {
    const html = `<html><head><title>Dabo</title></head><body><article><h1>Dabo</h1><p class="intro">SUMMARY</p><p>${BODY}</p><p class="lead-text">CEASEFIRE HOLDS</p></article></body></html>`;
    const clean = cleanText(html, 'html');
    expect(clean.text).toContain('SUMMARY');
    expect(clean.text).toContain('CEASEFIRE HOLDS');
  });
});
