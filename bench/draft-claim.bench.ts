// Milliseconds to draft a claim from words selected in a ~1,000-word report (the reader's "New
// claim"), against extracting the same report in the same run: a draft runs the same stages.
import { Bench as TinyBench } from 'tinybench';
import type { Document } from '../src/core/evidence/document.js';
import { cleanText } from '../src/ingest/clean-text.js';
import { draftClaim } from '../src/ingest/draft-claim.js';
import { extractClaims } from '../src/ingest/extract.js';
import type { Bench } from './bench-report.js';
import { report } from './ingest.bench.js';

const ROUNDS = 5;
const ROUND_MS = 600;
const PUBLISHED = '2023-12-02T08:00:00.000Z';
const CONTEXT = { timeZone: 'Asia/Jerusalem', agreement: null };

function median(b: TinyBench, name: string): number {
  const result = b.getTask(name)?.result;
  if (result === undefined || !('latency' in result))
    throw new Error(`bench task ${name} did not run`);
  return result.latency.p50 ?? result.latency.mean;
}

const bench: Bench = async () => {
  const documents = Array.from({ length: 20 }, (_, i) => {
    const rawText = report(i);
    const stored: Pick<Document, 'rawText' | 'cleanText' | 'format' | 'published' | 'publisher'> = {
      rawText,
      cleanText: cleanText(rawText, 'text').text,
      format: 'text',
      published: { earliest: PUBLISHED, latest: PUBLISHED, label: '', precision: 'exact' },
      publisher: 'Wire',
    };
    // Words in the middle of the report, as a reader would select them.
    const text = stored.cleanText!;
    const start = text.indexOf('Hamas released', text.length / 2);
    return { stored, span: [start, start + 'Hamas released 13 hostages'.length] as const };
  });
  const draft = (i: number) => {
    const { stored, span } = documents[i % documents.length]!;
    draftClaim(stored, span, CONTEXT);
  };
  const extract = (i: number) =>
    extractClaims({
      text: documents[i % documents.length]!.stored.rawText,
      format: 'text',
      published: PUBLISHED,
      timeZone: CONTEXT.timeZone,
      publisher: 'Wire',
    });
  draft(0); // load the models and the gazetteer once, outside the timing
  let i = 0;
  const rounds: { draft: number; extract: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = new TinyBench({ time: ROUND_MS, warmupTime: 100 });
    b.add('draft', () => draft(i++));
    b.add('extract', () => {
      extract(i++);
    });
    await b.run();
    rounds.push({ draft: median(b, 'draft'), extract: median(b, 'extract') });
  }
  rounds.sort((a, b) => a.draft / a.extract - b.draft / b.extract);
  const { draft: drafted, extract: extracted } = rounds[Math.floor(rounds.length / 2)]!;
  return {
    name: 'draft-claim',
    figures: [
      {
        label: 'draft from selected words, ~1,000-word report (median)',
        value: drafted,
        unit: 'ms',
      },
      { label: 'extract the same report (median)', value: extracted, unit: 'ms' },
    ],
    ratio: { value: drafted / extracted, baseline: 'extracting the report', aim: 1.5 },
  };
};

export default bench;
