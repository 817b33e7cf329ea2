/** [start, end) in UTF-16 code units of a text, as the API's spans are. */
export type TextSpan = readonly [number, number];

/** How many characters of the container's text come before a point of the DOM. */
function offsetIn(container: Node, node: Node, offset: number): number {
  const before = container.ownerDocument!.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The span of the words selected inside `container`, whose text nodes are the document's text
 * in order (marks included), or null when nothing there is selected.
 */
export function selectedSpan(container: HTMLElement): TextSpan | null {
  const selection = container.ownerDocument.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  return start < end ? [start, end] : null;
}

/** The DOM point `offset` characters into the container's text. */
function pointAt(container: HTMLElement, offset: number): [Node, number] {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return [node, left];
    left -= node.data.length;
    last = node;
  }
  return last === null ? [container, 0] : [last, last.data.length];
}

/** Selects the words at `span` of the container's text, as a reader's drag would. */
export function selectSpan(container: HTMLElement, span: TextSpan): void {
  const selection = container.ownerDocument.getSelection();
  if (selection === null) return;
  const range = container.ownerDocument.createRange();
  range.setStart(...pointAt(container, span[0]));
  range.setEnd(...pointAt(container, span[1]));
  selection.removeAllRanges();
  selection.addRange(range);
}

const isBlank = (c: string | undefined) => c === undefined || /\s/u.test(c);

/** The end of the word after `at` (skipping blanks first). */
export function nextWordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isBlank(text[i])) i++;
  while (i < text.length && !isBlank(text[i])) i++;
  return i;
}

/** The end of the word before the last one ending at or before `at`, but not before `floor`. */
export function previousWordEnd(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && isBlank(text[i - 1])) i--;
  while (i > floor && !isBlank(text[i - 1])) i--;
  while (i > floor && isBlank(text[i - 1])) i--;
  return i;
}

/** The first word at or after `at`. */
export function wordAt(text: string, at: number): TextSpan {
  let start = at;
  while (start < text.length && isBlank(text[start])) start++;
  return [start, nextWordEnd(text, start)];
}
