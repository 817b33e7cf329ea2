import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CorpusGold, STYLES } from '../../scripts/corpus-gold.js';

const root = fileURLToPath(new URL('./', import.meta.url));

/** Each split, the least number of reports it must hold, and how its stems begin. */
const SPLITS = [
  { name: 'train', minimum: 32, stem: /^\d{2}-[a-z0-9-]+$/ },
  { name: 'dev', minimum: 20, stem: /^d\d{3}-[a-z0-9-]+$/ },
  { name: 'test', minimum: 50, stem: /^t\d{3}-[a-z0-9-]+$/ },
] as const;

/** Reports written for the corpus (not the seed-era train split) read like real ones. */
const WORDS = { min: 150, max: 1100 };

interface Report {
  readonly split: string;
  readonly stem: string;
  readonly file: string;
  readonly text: string;
  readonly gold: CorpusGold;
}

/** Gold files that do not parse, with the reason: reported by one test, left out of the rest. */
const unparsed: string[] = [];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The words a reader sees: an HTML page's text content, tag boundaries as spaces. */
function visibleText(raw: string, format: 'text' | 'html'): string {
  if (format === 'text') return collapse(raw);
  const { document } = parseHTML(raw.replace(/></g, '> <'));
  return collapse(document.documentElement.textContent ?? '');
}

function readSplit(split: string): Report[] {
  const dir = join(root, split);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => f.endsWith('.json'))
    .flatMap((json) => {
      const stem = json.replace(/\.json$/, '');
      const file = files.find((f) => f === `${stem}.txt` || f === `${stem}.html`);
      const parsed = CorpusGold.safeParse(JSON.parse(readFileSync(join(dir, json), 'utf8')));
      if (!parsed.success) {
        unparsed.push(`${split}/${json}: ${z.prettifyError(parsed.error)}`);
        return [];
      }
      if (file === undefined) return [];
      return [{ split, stem, file, text: readFileSync(join(dir, file), 'utf8'), gold: parsed.data }];
    });
}

const reports = SPLITS.map((s) => ({ ...s, reports: readSplit(s.name) }));
const all = reports.flatMap((s) => s.reports);

describe('the extraction corpus', () => {
  it.each(SPLITS.map((s) => s.name))('the %s split holds at least its minimum of reports', (n) => {
    const split = reports.find((s) => s.name === n)!;
    expect(split.reports.length).toBeGreaterThanOrEqual(split.minimum);
  });

  it("every gold file parses as the corpus's gold format", () => {
    expect(unparsed).toEqual([]);
  });

  it('every report has a gold file, and every gold file a report', () => {
    for (const { name } of SPLITS) {
      const dir = join(root, name);
      if (!existsSync(dir)) continue;
      const stems = (ext: RegExp) =>
        readdirSync(dir)
          .filter((f) => ext.test(f))
          .map((f) => f.replace(ext, ''))
          .sort();
      expect(stems(/\.(txt|html)$/), name).toEqual(stems(/\.json$/));
    }
  });

  it("stems follow their split's numbering and are unique across splits", () => {
    for (const { name, stem, reports: rs } of reports)
      for (const r of rs) expect(r.stem, `${name}/${r.stem}`).toMatch(stem);
    const stems = all.map((r) => r.stem);
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
    for (const { reports: rs } of reports) {
      const numbers = rs.map((r) => r.stem.split('-')[0]);
      expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
    }
  });

  it("a report's format matches its file, and its publication time the zone's offset", () => {
    for (const r of all) {
      expect(r.gold.format, r.file).toBe(r.file.endsWith('.html') ? 'html' : 'text');
      if (r.gold.published === null) continue;
      const where = `${r.file}: ${r.gold.published} in ${r.gold.timeZone}`;
      // 'reject' throws when the written offset is not the zone's at that instant.
      expect(
        () => Temporal.ZonedDateTime.from(`${r.gold.published}[${r.gold.timeZone}]`, { offset: 'reject' }),
        where,
      ).not.toThrow();
    }
  });

  it('every anchor and every furniture string occurs in the text a reader sees', () => {
    for (const r of all) {
      const seen = visibleText(r.text, r.gold.format).toLowerCase();
      for (const c of r.gold.claims)
        expect(seen.includes(collapse(c.anchor).toLowerCase()), `${r.file}: “${c.anchor}”`).toBe(
          true,
        );
      for (const f of r.gold.furniture ?? [])
        expect(seen.includes(collapse(f).toLowerCase()), `${r.file}: furniture “${f}”`).toBe(true);
    }
  });

  it('dates run forwards, counts have min at most max, and places carry a country', () => {
    for (const r of reports.filter((s) => s.name !== 'train').flatMap((s) => s.reports))
      for (const c of r.gold.claims) {
        const where = `${r.file}: “${c.anchor}”`;
        if (c.when) expect(c.when[0] <= c.when[1], where).toBe(true);
        for (const q of c.counts ?? []) if (q.max !== null) expect(q.min, where).toBeLessThanOrEqual(q.max);
        if (typeof c.where === 'string') expect(c.country, where).toBeDefined();
      }
  });

  it('modality, polarity and occurrence agree, and every accusation names its accuser', () => {
    for (const r of reports.filter((s) => s.name !== 'train').flatMap((s) => s.reports))
      for (const c of r.gold.claims) {
        const where = `${r.file}: “${c.anchor}”`;
        if (c.polarity !== undefined)
          expect(c.modality === 'denied', where).toBe(c.polarity === 'denied');
        if (c.occurrence === 'planned' || c.occurrence === 'expected')
          expect(c.modality, where).toBe('planned');
        if (c.type === 'accusation' || c.type === 'denial') {
          expect(c.modality, where).toBe('asserted');
          if (c.type === 'accusation') expect(c.origin, where).toBeDefined();
        }
      }
  });

  it('new reports say their conflict and style, and are of a realistic length', () => {
    for (const r of reports.filter((s) => s.name !== 'train').flatMap((s) => s.reports)) {
      expect(r.gold.conflict, r.file).toBeDefined();
      expect(r.gold.style, r.file).toBeDefined();
      const words = visibleText(r.text, r.gold.format).split(' ').length;
      expect(words, `${r.file}: ${words} words`).toBeGreaterThanOrEqual(WORDS.min);
      expect(words, `${r.file}: ${words} words`).toBeLessThanOrEqual(WORDS.max);
    }
  });

  it('the test split is varied: twelve conflicts, Gaza at most a quarter, every style five times', () => {
    const test = reports.find((s) => s.name === 'test')!.reports;
    const conflicts = new Set(test.map((r) => r.gold.conflict));
    expect(conflicts.size).toBeGreaterThanOrEqual(12);
    const gaza = test.filter((r) => r.gold.conflict?.startsWith('gaza')).length;
    expect(gaza).toBeLessThanOrEqual(test.length / 4);
    for (const style of STYLES)
      expect(test.filter((r) => r.gold.style === style).length, style).toBeGreaterThanOrEqual(5);
  });
});
