import type { ItemSentence } from 'wink-nlp';
import type { CleanText, TextBlock } from './clean-text.js';
import { compileAlternatives, compilePattern } from './compile-pattern.js';
import { COMMENTARY_OPENERS, SPEECH_VERBS } from './tables/speech.js';
import { FreshReader } from './fresh-reader.js';
import type { Token } from './token.js';
import { wordsOf } from './word-index.js';
import type { Word } from './word-index.js';

export interface Sentence {
  readonly index: number;
  /** [start, end) into the clean text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly block: number;
  /** Its words: [first, end) indexes into `Structure.words`. */
  readonly words: readonly [number, number];
}

/** A block quoted from elsewhere: after a paragraph ending in a colon, or an HTML blockquote. */
export interface QuotedBlock {
  /** Index of the block that introduces it ("Reuters reported that …:"), if any. */
  readonly introducer: number | null;
}

export interface StructuredBlock extends TextBlock {
  readonly index: number;
  readonly quoted: QuotedBlock | null;
}

export interface Structure extends Omit<CleanText, 'blocks'> {
  readonly blocks: readonly StructuredBlock[];
  readonly sentences: readonly Sentence[];
  /** Every word of the text, once, for the stages that look names up. */
  readonly words: readonly Word[];
  /** Every token with its lemma and part of speech, for triggers and the claim classifier. */
  readonly tokens: readonly Token[];
  /** Inline quotations, “…” or "…", as [start, end) including the marks. */
  readonly quotations: readonly (readonly [number, number])[];
}

/**
 * Sentence boundaries, and parts of speech for lemmas ("freed" is `free`): the later stages
 * read dates, counts and names with their own tables. Named entities would cost more than they
 * give on the light model.
 */
let reader: FreshReader | undefined;
const winkNlp = (): FreshReader => (reader ??= new FreshReader(['sbd', 'pos']));

/** The longest run of paragraphs one introducer can quote, so a missed end cannot run away. */
const MAX_QUOTED_BLOCKS = 10;
const commentary = compilePattern(COMMENTARY_OPENERS, 'iu');
const speechVerb = compileAlternatives(SPEECH_VERBS, 'u');
const QUOTATION = /“[^“”]*”|"[^"\n]*"/g;

/** Splits clean text into blocks, sentences and quotations, in one wink-nlp pass. */
export function structureText(clean: CleanText): Structure {
  const { text } = clean;
  const doc = winkNlp().readDoc(text);
  const its = winkNlp().its;
  const tokenValues = doc.tokens().out(its.value) as string[];
  // wink-nlp types its.lemma with an extra argument `out` supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  const tokens: Token[] = [];
  let cursor = 0;
  for (const [i, value] of tokenValues.entries()) {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    starts.push(start);
    ends.push(start + value.length);
    tokens.push({
      start,
      end: start + value.length,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: tags[i] ?? 'X',
    });
    cursor = start + value.length;
  }
  const blocks = markQuotedBlocks(clean);
  const sentences: Sentence[] = [];
  let firstBlock = 0;
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const start = starts[first] ?? 0;
    // Sentences come in order: skip the blocks that end before this one starts.
    while (firstBlock < blocks.length && (blocks[firstBlock]?.end ?? 0) <= start) firstBlock++;
    splitAtBlocks(start, ends[last] ?? 0, blocks, firstBlock, text, sentences);
  });
  const words = wordsOf(text);
  let w = 0;
  for (const [i, s] of sentences.entries()) {
    while (w < words.length && (words[w]?.start ?? 0) < s.start) w++;
    const first = w;
    while (w < words.length && (words[w]?.end ?? 0) <= s.end) w++;
    sentences[i] = { ...s, words: [first, w] };
  }
  const quotations = [...text.matchAll(QUOTATION)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  return { ...clean, blocks, sentences, words, tokens, quotations };
}

/** Sentences never cross a block boundary, whatever the sentence splitter thought. */
function splitAtBlocks(
  start: number,
  end: number,
  blocks: readonly StructuredBlock[],
  fromBlock: number,
  text: string,
  out: Sentence[],
): void {
  for (let b = fromBlock; b < blocks.length; b++) {
    const block = blocks[b];
    if (block === undefined || block.start >= end) break;
    const s = Math.max(start, block.start);
    const e = Math.min(end, block.end);
    if (s >= e) continue;
    const piece = text.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed.length === 0) continue;
    out.push({
      index: out.length,
      start: s + lead,
      end: s + lead + trimmed.length,
      text: trimmed,
      block: block.index,
      words: [0, 0], // set once all sentences are known
    });
  }
}

/**
 * In plain text, a paragraph ending with a colon introduces the paragraphs after it, until one
 * introduces something else, opens like the author's commentary, or starts with the name of
 * the speaker it was quoting ("Ravid skips over …"). In HTML, blockquotes say so themselves.
 */
function markQuotedBlocks(clean: CleanText): StructuredBlock[] {
  const { text } = clean;
  const blocks: StructuredBlock[] = clean.blocks.map((b, index) => ({
    start: b.start,
    end: b.end,
    kind: b.kind,
    ...(b.lines === undefined ? {} : { lines: b.lines }),
    index,
    quoted: null,
  }));
  let introducer: number | null = null;
  let speakers: ReadonlySet<string> = new Set();
  let run = 0;
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    const firstWord = /^[\p{L}’']+/u.exec(body)?.[0] ?? '';
    if (block.kind === 'blockquote') {
      const previous = blocks[block.index - 1];
      const intro =
        previous !== undefined && previous.kind !== 'blockquote'
          ? text.slice(previous.start, previous.end).trimEnd().endsWith(':')
            ? previous.index
            : null
          : (blocks[block.index - 1]?.quoted?.introducer ?? null);
      blocks[block.index] = { ...block, quoted: { introducer: intro } };
      continue;
    }
    const endsWithColon = /:\s*$/.test(body);
    if (
      introducer !== null &&
      !endsWithColon &&
      block.kind === 'paragraph' &&
      run < MAX_QUOTED_BLOCKS &&
      !body.split(/(?<=[.!?])\s+/).some((sentence) => commentary.test(sentence)) &&
      !speakers.has(firstWord)
    ) {
      blocks[block.index] = { ...block, quoted: { introducer } };
      run += 1;
      continue;
    }
    introducer = null;
    run = 0;
    if (endsWithColon && block.kind !== 'heading') {
      introducer = block.index;
      speakers = speakerWords(body);
    }
  }
  return blocks;
}

/** Capitalised words just before a verb of saying or a present-tense verb: "Ravid reports". */
function speakerWords(intro: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const m of intro.matchAll(/(\p{Lu}[\p{L}]+)\s+(\p{Ll}+)/gu)) {
    const [, name, verb] = m;
    if (name === undefined || verb === undefined) continue;
    speechVerb.lastIndex = 0;
    if (speechVerb.test(verb) || /[^s]s$/.test(verb)) words.add(name);
  }
  return words;
}
