import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentFormat } from '../core/evidence/document.js';
import { badInput } from '../core/errors.js';
import { compilePattern } from './compile-pattern.js';
import { TITLE_SITE, TITLE_SITE_AFTER_HYPHEN } from './tables/bylines.js';
import {
  BOX_HEADING,
  FURNITURE_PARAGRAPHS,
  FURNITURE_SELECTORS,
  LABEL_CLASS,
  SECTION_LABEL,
} from './tables/furniture.js';

export type BlockKind = 'paragraph' | 'heading' | 'blockquote';

/** One block of the clean text: [start, end) offsets into it. */
export interface TextBlock {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  /**
   * Where each line of the report as received began inside the block, after its first: a
   * plain paragraph's lines are joined with a space, and a heading glued to its paragraph
   * ("10:15 Clashes at the compound" above "Police say …") is told by where it ended.
   */
  readonly lines?: readonly number[];
}

/** A report with its page furniture taken out: what every later stage points into. */
export interface CleanText {
  readonly title: string | null;
  /** The site's own name, when the page says it (an HTML page's og:site_name). */
  readonly siteName: string | null;
  /** Blocks joined by blank lines. */
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  /** Furniture removed, as it read (shortened), in document order. */
  readonly removed: readonly string[];
}

/**
 * The clean text, then the furniture taken out of it, a line each: a source note, a credit or a
 * "Prepared by" line may name who published the report, though none is the report's own text.
 * The clean text comes first, so its opening stays the opening.
 */
export function textWithNotes(clean: CleanText): string {
  return [clean.text, ...clean.removed].join('\n');
}

/** Larger inputs are refused: a report is a few thousand words, not a book. */
export const MAX_INPUT_CHARS = 2_000_000;

/** Readability gives up below 500 characters by default; short wire items are still reports. */
const READABILITY_OPTIONS = { charThreshold: 0 };
type ReadabilityInput = ConstructorParameters<typeof Readability>[0];
/** Long enough to keep a whole source or translation note, which later stages read. */
const REMOVED_PREVIEW = 240;
const BINARY_SAMPLE = 65_536;
/** Furniture is short: a longer paragraph is the report's own, and is not tested. */
const FURNITURE_MAX_LENGTH = 200;
const TITLE_MAX = 200;
const BLOCK_SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td';
// One pattern, anchored at the start of the line: a line that is not furniture fails at once.
const furniture = compilePattern(
  `^(?:${FURNITURE_PARAGRAPHS.map((p) => `(?:${p})`).join('|')})`,
  'iu',
);
const sectionLabel = compilePattern(SECTION_LABEL, 'u');
/** Elements whose text runs on in a line; any other element starts a line of its own. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo button cite code data dfn em i kbd label mark q s samp small span strong sub sup time u var wbr img'.split(
    ' ',
  ),
);

/** Takes page furniture out of a report, plain text or HTML, and says what it took out. */
export function cleanText(raw: string, format: DocumentFormat): CleanText {
  checkInput(raw);
  const text = raw.replace(/\r\n?/g, '\n');
  return format === 'html' ? cleanHtml(text) : cleanPlain(text);
}

function checkInput(raw: string): void {
  if (raw.length > MAX_INPUT_CHARS) {
    const mb = (raw.length / 1_000_000).toFixed(1);
    throw badInput(
      `the document has ${mb} million characters; the limit is ${MAX_INPUT_CHARS / 1_000_000} million — split it or extract the article first`,
    );
  }
  // Control characters other than whitespace, or replacement characters from a bad decode,
  // mean this is not text: refuse rather than read noise as claims.
  const sample = Math.min(raw.length, BINARY_SAMPLE);
  let binary = 0;
  for (let i = 0; i < sample; i++) {
    const code = raw.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) binary++;
  }
  if (binary > 0 && binary / Math.max(sample, 1) > 0.01) {
    throw badInput('the document looks binary, not text or HTML: expected UTF-8 text');
  }
}

interface RawBlock {
  readonly text: string;
  readonly kind: BlockKind;
  /** Offsets into `text` where a line after the first began. */
  readonly lines?: readonly number[];
}

function cleanPlain(text: string): CleanText {
  // Blank lines separate paragraphs when there are any; else every line is one.
  const parts = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split('\n');
  const removed: string[] = [];
  // Furniture often sits on lines of its own inside a paragraph ("Advertisement" four times).
  const blocks = parts
    .map((p) =>
      joinLines(
        p
          .split('\n')
          .map(collapse)
          .filter((line) => line.length > 0 && !isFurniture(line, removed)),
      ),
    )
    .filter((p) => p.text.length > 0);
  const first = blocks[0];
  const title =
    first !== undefined && blocks.length > 1 && looksLikeTitle(first.text) ? first.text : null;
  return assemble(title === null ? blocks : blocks.slice(1), title, null, removed);
}

/** A paragraph's lines joined with a space, and where each line after the first began. */
function joinLines(lines: readonly string[]): RawBlock {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text.length > 0) {
      text += ' ';
      starts.push(text.length);
    }
    text += line;
  }
  return starts.length === 0
    ? { text, kind: 'paragraph' }
    : { text, kind: 'paragraph', lines: starts };
}

/** A headline: one short line that does not end like a sentence. */
const looksLikeTitle = (line: string): boolean =>
  line.length <= TITLE_MAX && !/[.!?:;,"”’)]$/.test(line);

function cleanHtml(html: string): CleanText {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const removed: string[] = [];
  for (const selector of FURNITURE_SELECTORS) {
    for (const el of [...document.querySelectorAll(selector)]) {
      if (el.parentNode === null) continue; // already gone with an ancestor
      const { lines, boxes } = readLines(el);
      removed.push(...boxesListed(lines, boxes, () => true));
      el.remove();
    }
  }
  removed.push(...removeLinkBoxes(document), ...removeLabels(document));
  const pageTitle = collapse(document.title ?? '') || null;
  const root = document.body ?? document.documentElement;
  const siteName =
    document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ??
    // The body as the page had it: what it still holds, and the furniture taken out of it.
    siteInTitle(
      pageTitle,
      (name) => removed.some((r) => r.includes(name)) || (root.textContent ?? '').includes(name),
    );
  const fallback = blocksOf(root);
  // Readability changes the page it reads: what the page said is taken first.
  const pageLines = readLines(root);
  let blocks: RawBlock[] = [];
  let title = pageTitle;
  try {
    const article = new Readability(
      document as unknown as ReadabilityInput,
      READABILITY_OPTIONS,
    ).parse();
    if (article?.content) {
      const body = parseHTML(`<html><body>${article.content}</body></html>`).document.body;
      blocks = blocksOf(body);
      title = collapse(article.title ?? '') || pageTitle;
      if (blocks.length > 0) removed.push(...droppedLines(pageLines, linesOf(body), title));
    }
  } catch {
    // Readability fails on some malformed pages; the paragraphs read directly stand in.
  }
  if (blocks.length === 0) blocks = fallback;
  if (title !== null && blocks[0]?.kind === 'heading' && sameWords(blocks[0].text, title)) {
    blocks = blocks.slice(1);
  }
  return assemble(blocks, title, siteName === null ? null : collapse(siteName), removed);
}

type DocumentLike = ReturnType<typeof parseHTML>['document'];
const boxHeading = compilePattern(`^(?:${BOX_HEADING})\\b.{0,50}$`, 'iu');
const labelClass = compilePattern(LABEL_CLASS, 'iu');
/** A linked title: short, and not ended like a sentence or a term of an agreement. */
const isTitle = (line: string): boolean => line.length <= 120 && !/[.;,:]$/.test(line);
const BOX_MAX_LINES = 12;

/**
 * Boxes of links to other pages that sit inside the article, where no class names them: a
 * heading such as "More from …" or "Also in this edition", then only short titles. The box is
 * its heading's parent when that holds nothing else, else the heading and the list after it. A
 * numbered list of an agreement's terms has no such heading, and its terms end like sentences.
 */
function removeLinkBoxes(document: DocumentLike): string[] {
  const removed: string[] = [];
  for (const heading of [...document.querySelectorAll('h2,h3,h4,h5,h6,strong,b')]) {
    if (heading.parentNode === null || !boxHeading.test(collapse(heading.textContent ?? ''))) {
      continue;
    }
    const parent = heading.parentElement;
    const own = parent === null ? null : readLines(parent);
    const list = heading.nextElementSibling;
    const parts =
      parent !== null &&
      own !== null &&
      parent !== document.body &&
      own.lines.length >= 2 &&
      own.lines.length <= BOX_MAX_LINES &&
      own.lines[0] === collapse(heading.textContent ?? '') &&
      own.lines.slice(1).every(isTitle)
        ? [parent]
        : list !== null &&
            /^(ul|ol)$/i.test(list.tagName) &&
            readLines(list).lines.length <= BOX_MAX_LINES &&
            readLines(list).lines.every(isTitle)
          ? [heading, list]
          : [];
    if (parts.length === 0) continue;
    const lines = parts.flatMap((el) => readLines(el).lines);
    removed.push(...boxesListed(lines, [[0, lines.length]], () => true));
    for (const el of parts) el.remove();
  }
  return removed;
}

/** Labels marked as such by a class word and written in capitals: "BALKANS", "THE TALKS". */
function removeLabels(document: DocumentLike): string[] {
  const removed: string[] = [];
  for (const el of [...document.querySelectorAll('[class]')]) {
    const text = collapse(el.textContent ?? '');
    if (
      el.parentNode === null ||
      text.length === 0 ||
      text.length > 40 ||
      /\p{Ll}/u.test(text) ||
      !labelClass.test(el.getAttribute('class') ?? '')
    ) {
      continue;
    }
    removed.push(text);
    el.remove();
  }
  return removed;
}

const titleSite = new RegExp(TITLE_SITE, 'u');
const titleSiteAfterHyphen = new RegExp(TITLE_SITE_AFTER_HYPHEN, 'u');

/**
 * "Headline | Arabia Now": the site a page's title ends with, when it names one; after a hyphen
 * only when the page's body names it too (`inBody`: the head repeats the title in its meta tags).
 */
function siteInTitle(title: string | null, inBody: (name: string) => boolean): string | null {
  if (title === null) return null;
  const site = titleSite.exec(title)?.[1]?.trim();
  if (site !== undefined) return site;
  const hyphened = titleSiteAfterHyphen.exec(title)?.[1]?.trim();
  return hyphened !== undefined && inBody(hyphened) ? hyphened : null;
}

type ElementLike = ReturnType<typeof parseHTML>['document']['body'];
type NodeLike = ElementLike['childNodes'][number];

/** An element's lines as they read on screen, and the span of lines each block element holds. */
interface PageLines {
  readonly lines: readonly string[];
  /** [start, end) line indices of each block element, outer ones first (document order). */
  readonly boxes: readonly (readonly [number, number])[];
}

/**
 * An element's text as it reads on screen, line by line: block elements (paragraphs, list
 * items, divs) start new lines, inline ones (links, buttons) run on.
 */
function linesOf(root: NodeLike): string[] {
  return [...readLines(root).lines];
}

function readLines(root: NodeLike): PageLines {
  const lines: string[] = [];
  const boxes: [number, number][] = [];
  let line = '';
  const flush = (): void => {
    const text = collapse(line);
    if (text.length > 0) lines.push(text);
    line = '';
  };
  const walk = (node: NodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as ElementLike).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const inline = INLINE_TAGS.has(tag);
    if (inline) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    flush();
    const box: [number, number] = [lines.length, lines.length];
    boxes.push(box);
    for (const child of node.childNodes) walk(child);
    flush();
    box[1] = lines.length;
  };
  walk(root);
  flush();
  return { lines, boxes: boxes.filter(([start, end]) => end - start > 1) };
}
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The lines taken out, a box at a time: a menu, a "Most read" list or a caption is one piece of
 * furniture, so the largest element wholly taken out whose text fits in an entry is listed as
 * one line, its lines joined as they read. A box too long for one entry is listed by its parts.
 */
function boxesListed(
  lines: readonly string[],
  boxes: PageLines['boxes'],
  isDropped: (index: number) => boolean,
  isBoxDropped: (start: number, end: number) => boolean = () => true,
): string[] {
  // Prefix sums: how many lines up to i are dropped, and how long they are joined.
  const dropped = [0];
  const length = [0];
  lines.forEach((l, i) => {
    dropped.push(dropped[i]! + (isDropped(i) ? 1 : 0));
    length.push(length[i]! + l.length + 1);
  });
  const startingAt = new Map<number, (readonly [number, number])[]>();
  for (const box of boxes) {
    const list = startingAt.get(box[0]);
    if (list === undefined) startingAt.set(box[0], [box]);
    else list.push(box);
  }
  const listed: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Only a box starting here can be wholly dropped and not yet listed: one starting earlier
    // would have been listed from its first line.
    const box = startingAt
      .get(i)
      ?.find(
        ([start, end]) =>
          length[end]! - length[start]! - 1 <= REMOVED_PREVIEW &&
          (dropped[end]! - dropped[start]! === end - start || isBoxDropped(start, end)),
      );
    if (box === undefined) {
      if (isDropped(i)) listed.push(preview(lines[i]!));
      continue;
    }
    listed.push(lines.slice(box[0], box[1]).join(' '));
    i = box[1] - 1;
  }
  return listed;
}

/** The page's lines that Readability left out of the article, other than the headline. */
function droppedLines(page: PageLines, article: readonly string[], title: string | null): string[] {
  const kept = article.join('\n');
  const keptLines = new Set(article);
  const isDropped = (i: number): boolean =>
    !kept.includes(page.lines[i]!) && !(title !== null && sameWords(page.lines[i]!, title));
  // A menu's one-word items ("Rwanda") also stand inside the report's sentences: a box is
  // dropped when none of its lines is a line of the article and it does not stand in it whole.
  const isBoxDropped = (start: number, end: number): boolean =>
    page.lines.slice(start, end).every((l) => !keptLines.has(l)) &&
    !kept.includes(page.lines.slice(start, end).join(' ')) &&
    !kept.includes(page.lines.slice(start, end).join('\n'));
  return boxesListed(page.lines, page.boxes, isDropped, isBoxDropped);
}

/** Block-level text in document order; a blockquote's paragraphs keep the blockquote kind. */
function blocksOf(root: ElementLike | null): RawBlock[] {
  if (root === null) return [];
  const blocks: RawBlock[] = [];
  for (const el of [...root.querySelectorAll(BLOCK_SELECTOR)]) {
    const tag = el.tagName.toLowerCase();
    // Containers whose own block children are listed separately would be read twice.
    if (el.querySelector(BLOCK_SELECTOR) !== null) continue;
    const text = collapse(el.textContent ?? '');
    if (text.length === 0) continue;
    const kind: BlockKind =
      el.closest('blockquote') !== null
        ? 'blockquote'
        : /^h\d$/.test(tag)
          ? 'heading'
          : 'paragraph';
    blocks.push({ text, kind });
  }
  if (blocks.length === 0) {
    const text = root.textContent ?? '';
    return text
      .split(/\n+/)
      .map(collapse)
      .filter((t: string) => t.length > 0)
      .map((t: string): RawBlock => ({ text: t, kind: 'paragraph' }));
  }
  return blocks;
}

/** Drops furniture paragraphs and joins the rest with blank lines, keeping their offsets. */
function assemble(
  blocks: readonly RawBlock[],
  title: string | null,
  siteName: string | null,
  removedBefore: readonly string[],
): CleanText {
  const removed = [...removedBefore];
  const kept: TextBlock[] = [];
  let text = '';
  for (const block of blocks) {
    if (isFurniture(block.text, removed)) continue;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    const lines = block.lines?.map((at) => start + at);
    kept.push({
      start,
      end: start + block.text.length,
      kind: block.kind,
      ...(lines === undefined ? {} : { lines }),
    });
    text += block.text;
  }
  return { title, siteName, text, blocks: kept, removed };
}

/** Is this paragraph or line page furniture? If so it is noted in `removed`. */
function isFurniture(text: string, removed: string[]): boolean {
  if (
    text.length === 0 ||
    text.length > FURNITURE_MAX_LENGTH ||
    !(furniture.test(text) || sectionLabel.test(text))
  ) {
    return false;
  }
  removed.push(preview(text));
  return true;
}

/** Runs of whitespace as one space; most lines have none to collapse, and are only trimmed. */
const collapse = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();

const preview = (s: string): string =>
  s.length <= REMOVED_PREVIEW ? s : `${s.slice(0, REMOVED_PREVIEW - 1)}…`;

const sameWords = (a: string, b: string): boolean =>
  collapse(a).toLowerCase() === collapse(b).toLowerCase() ||
  collapse(b).toLowerCase().startsWith(collapse(a).toLowerCase());
