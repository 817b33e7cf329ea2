// Milliseconds per article for the whole ingest pipeline on ~1,000-word synthetic reports,
// against a bare wink-nlp readDoc of the same texts in the same run.
import { Bench as TinyBench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '../src/ingest/extract.js';
import type { Bench } from './bench-report.js';

const PARAGRAPHS = [
  'On Thursday night, Hamas fired 12 rockets from Gaza at Sderot, the Israeli military said.',
  'In a statement on Friday morning, the IDF said fighter jets struck more than 40 targets in Khan Younis in the past day.',
  'Hamas released 13 hostages, including four children, at the Rafah crossing on Friday evening, the Qatari foreign ministry said.',
  'Israel released 39 Palestinian prisoners from Ofer prison hours later, according to the Palestinian prisoners’ commission.',
  'More than 200 aid trucks entered Gaza through Kerem Shalom on Saturday, the UN said.',
  '“We did not send a list because the terms were not met,” a Hamas official told reporters. “The occupation violated the truce.”',
  'Negotiators held talks in Doha on Saturday with Qatari and Egyptian mediators about extending the pause, two officials said.',
  'The army ordered residents of eastern Khan Younis to evacuate, and tanks pushed into the outskirts of Rafah, witnesses said.',
  'Analysts said the pause was fragile and that both sides had drawn up plans for a wider offensive if talks failed.',
  'The RSF accused the army of shelling residential areas in Omdurman, while the army said it repelled an attack in Khartoum.',
];

/** A report of about 1,000 words, varied by its index so no two are alike. */
export function report(i: number): string {
  const out: string[] = [`Report ${i}: the pause, day ${(i % 7) + 1}`];
  for (let k = 0; out.join(' ').split(/\s+/).length < 1000; k++) {
    out.push(PARAGRAPHS[(i + k) % PARAGRAPHS.length]!.replace(/\d+/, String(((i + k) % 90) + 2)));
  }
  return out.join('\n\n');
}

const ROUNDS = 5;
const ROUND_MS = 600;

function median(b: TinyBench, name: string): number {
  const result = b.getTask(name)?.result;
  if (result === undefined || !('latency' in result))
    throw new Error(`bench task ${name} did not run`);
  return result.latency.p50 ?? result.latency.mean;
}

const bench: Bench = async () => {
  const texts = Array.from({ length: 20 }, (_, i) => report(i));
  const nlp = winkNLP(model);
  const extract = (text: string) =>
    extractClaims({
      text,
      format: 'text',
      published: '2023-12-02T10:00:00+02:00',
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
    });
  extract(texts[0]!); // load the models and the gazetteer once, outside the timing
  let i = 0;
  // The machine is shared and noisy: rounds alternate the two tasks, each round gives a ratio of
  // medians, and the median round is reported, so a burst of load skews one round, not the figure.
  const rounds: { pipeline: number; baseline: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = new TinyBench({ time: ROUND_MS, warmupTime: 100 });
    b.add('pipeline', () => {
      extract(texts[i++ % texts.length]!);
    });
    b.add('wink readDoc', () => {
      nlp.readDoc(texts[i++ % texts.length]!);
    });
    await b.run();
    rounds.push({ pipeline: median(b, 'pipeline'), baseline: median(b, 'wink readDoc') });
  }
  rounds.sort((a, b) => a.pipeline / a.baseline - b.pipeline / b.baseline);
  const { pipeline, baseline } = rounds[Math.floor(rounds.length / 2)]!;
  return {
    name: 'ingest',
    figures: [
      { label: 'pipeline, per ~1,000-word article (median)', value: pipeline, unit: 'ms' },
      { label: 'wink-nlp readDoc, same texts (median)', value: baseline, unit: 'ms' },
    ],
    ratio: { value: pipeline / baseline, baseline: 'wink-nlp readDoc', aim: 3 },
  };
};

export default bench;
