import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { Modality } from '../../src/core/evidence/claim.js';
import { EVENT_TYPES } from '../../src/core/vocabulary/event-types.js';
import { cleanText } from '../../src/ingest/clean-text.js';
import { CASUALTY_WORDS, COUNTED_NOUNS } from '../../src/ingest/tables/quantities.js';

// The splits a rule or weight may be fitted or chosen on; the test split is checked by whoever
// writes it, so that nothing here reads it.
const SPLITS = ['train', 'dev'] as const;
const STYLES = ['wire', 'statement', 'liveblog', 'commentary', 'sitrep', 'html', 'translated'];
const POLARITIES = ['asserted', 'denied', 'not_happened'];
const OCCURRENCES = ['happened', 'planned', 'expected', 'conditional', 'background'];
// The first reports count casualties in the extractor's own units ("killed"), not by role.
const UNITS = new Set([...COUNTED_NOUNS, ...CASUALTY_WORDS].map((n) => n.unit));
const ROLES = [
  'released',
  'killed',
  'injured',
  'detained',
  'launched',
  'struck',
  'delivered',
  'evacuated',
  'listed',
];

interface Report {
  readonly stem: string;
  readonly gold: Record<string, unknown> & { claims: Record<string, unknown>[] };
  readonly raw: string;
  readonly clean: string;
}

function reportsOf(split: string): Report[] {
  const dir = fileURLToPath(new URL(`./${split}/`, import.meta.url));
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  return names
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const stem = file.replace(/\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Report['gold'];
      const body = names.find((f) => f === `${stem}.txt` || f === `${stem}.html`);
      if (body === undefined) throw new Error(`${split}/${file}: no report beside it`);
      const format = body.endsWith('.html') ? 'html' : 'text';
      expect(gold.format, `${split}/${file}: format`).toBe(format);
      const raw = readFileSync(join(dir, body), 'utf8');
      return { stem, gold, raw, clean: cleanText(raw, format).text };
    });
}

const isDay = (s: unknown): boolean => {
  try {
    return typeof s === 'string' && Temporal.PlainDate.from(s).toString() === s;
  } catch {
    return false;
  }
};

describe.each(SPLITS)('the %s split of the extraction corpus', (split) => {
  const reports = reportsOf(split);

  it('gives every gold claim a known event type, modality, polarity and occurrence', () => {
    for (const { stem, gold } of reports) {
      for (const c of gold.claims) {
        const at = `${stem}: ${String(c.type)} “${String(c.anchor)}”`;
        expect(EVENT_TYPES, at).toContain(c.type);
        expect(Modality.options, at).toContain(c.modality);
        if (c.polarity !== undefined) expect(POLARITIES, at).toContain(c.polarity);
        if (c.occurrence !== undefined) expect(OCCURRENCES, at).toContain(c.occurrence);
      }
    }
  });

  it('anchors every gold claim in words the cleaned report contains', () => {
    for (const { stem, gold, clean } of reports) {
      for (const c of gold.claims) {
        expect(clean, `${stem}: anchor “${String(c.anchor)}” is not in the cleaned text`).toContain(
          c.anchor,
        );
      }
    }
  });

  it('shares an anchor between two claims only for one act told of each side', () => {
    for (const { stem, gold } of reports) {
      const seen = new Map<string, Record<string, unknown>[]>();
      for (const c of gold.claims) seen.set(c.anchor as string, [...(seen.get(c.anchor as string) ?? []), c]);
      for (const [anchor, claims] of seen) {
        if (claims.length < 2) continue;
        const at = `${stem}: anchor “${anchor}”`;
        expect(new Set(claims.map((c) => c.type)).size, `${at} has two event types`).toBe(1);
        expect(new Set(claims.map((c) => c.origin)).size, `${at} has one origin twice`).toBe(
          claims.length,
        );
      }
    }
  });

  it('dates claims as ordered local days, places with a country code, counts in known units', () => {
    for (const { stem, gold } of reports) {
      for (const c of gold.claims) {
        const at = `${stem}: ${String(c.type)} “${String(c.anchor)}”`;
        if (Array.isArray(c.when)) {
          const [from, to] = c.when as [string, string];
          expect(isDay(from) && isDay(to), `${at}: when`).toBe(true);
          expect(from <= to, `${at}: when runs backwards`).toBe(true);
        } else if (c.when !== undefined) expect(c.when, at).toBeNull();
        if (c.country !== undefined) expect(c.country, at).toMatch(/^[A-Z]{2}$/);
        for (const q of (c.counts ?? []) as Record<string, unknown>[]) {
          expect(UNITS.has(q.unit as string), `${at}: unit ${String(q.unit)}`).toBe(true);
          if (q.role !== undefined) expect(ROLES, at).toContain(q.role);
          expect(q.max === null || (q.max as number) >= (q.min as number), at).toBe(true);
        }
      }
    }
  });

  it('names the conflict, the style, the byline and the furniture of every report', () => {
    for (const { stem, gold } of reports) {
      expect(STYLES, stem).toContain(gold.style);
      expect(gold.conflict, stem).toMatch(/^[a-z0-9-]+$/);
      expect(gold.byline === null || typeof gold.byline === 'object', stem).toBe(true);
      expect(Array.isArray(gold.furniture), stem).toBe(true);
    }
  });

  it('lists as furniture only strings the report as received contains', () => {
    for (const { stem, gold, raw } of reports) {
      for (const f of (gold.furniture ?? []) as string[]) {
        expect(raw, `${stem}: furniture “${f}”`).toContain(f);
      }
    }
  });
});
