import { emitKeypressEvents } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { getDocument } from '../../app/documents.js';
import { editClaim, listClaims, reviewClaim } from '../../app/claims.js';
import { withWorkspace } from '../../app/workspace.js';
import type { WorkspaceOptions } from '../../app/workspace.js';
import { originOf } from '../../core/evidence/claim.js';
import type { Claim } from '../../core/evidence/claim.js';
import { EventType } from '../../core/vocabulary/event-types.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import type { Output } from '../output.js';

/** Characters of document text shown either side of a claim's span. */
const CONTEXT = 240;
const BOLD = '\u001b[1m';
const UNDERLINE = '\u001b[4m';
const RESET = '\u001b[0m';

/** The document text around the claim, its span underlined. */
function excerpt(text: string, claim: Claim, colour: boolean): string {
  if (claim.content.span === null) return claim.content.text;
  const [start, end] = claim.content.span;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const quote = text.slice(start, end);
  const after = text.slice(end, end + CONTEXT);
  return `…${before}${colour ? `${BOLD}${UNDERLINE}${quote}${RESET}` : `[[${quote}]]`}${after}…`;
}

function describe(claim: Claim): string {
  const c = claim.content;
  const when =
    c.when.earliest === null ? 'time unresolved' : `${c.when.earliest} – ${c.when.latest ?? '…'}`;
  const counts = c.quantities.map(
    (q) => `${q.min}${q.max === q.min ? '' : `–${q.max ?? '∞'}`} ${q.unit}`,
  );
  return [
    `${claim.id}  ${c.type} (${c.modality})`,
    `when:   ${when}${c.when.label ? `  "${c.when.label}"` : ''}`,
    `where:  ${c.where?.name ?? '—'}`,
    `actors: ${c.actors.map((a) => `${a.name} [${a.role}]`).join(', ') || '—'}`,
    `counts: ${counts.join(', ') || '—'}  ${c.categories.join(', ')}`,
    `said by: ${c.attribution.map((a) => a.name).join(' → ')}  (origin: ${originOf(c).name})`,
  ].join('\n');
}

/** Reads single keys from a stream (a terminal in raw mode, or a pipe in tests). */
function keyReader(input: Readable): {
  next(): Promise<string>;
  line(prompt: string, output: Output): Promise<string>;
} {
  const queue: string[] = [];
  let waiting: ((key: string) => void) | null = null;
  emitKeypressEvents(input);
  input.on(
    'keypress',
    (str: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      const k = key?.ctrl && key.name === 'c' ? 'q' : (str ?? key?.name ?? '');
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve(k);
      } else queue.push(k);
    },
  );
  input.on('end', () => waiting?.('q'));
  const next = () =>
    new Promise<string>((resolve) =>
      queue.length > 0 ? resolve(queue.shift()!) : (waiting = resolve),
    );
  return {
    next,
    async line(prompt, output) {
      output.out(prompt);
      let text = '';
      for (;;) {
        const k = await next();
        if (k === '\r' || k === '\n' || k === 'return' || k === 'enter') break;
        text += k;
      }
      output.out('\n');
      return text.trim();
    },
  };
}

/**
 * The terminal review queue: each suggested claim beside its document text, one key to act.
 * Returns how many claims were accepted, rejected and edited.
 */
export async function runReviewQueue(
  session: {
    readonly workspace: WorkspaceOptions;
    readonly author: string;
    readonly output: Output;
  },
  input: Readable,
  colour: boolean,
): Promise<{ accepted: number; rejected: number; edited: number }> {
  const { output, author } = session;
  const tally = { accepted: 0, rejected: 0, edited: 0 };
  const keys = keyReader(input);
  await withWorkspace(session.workspace, async (store) => {
    const queue = await listClaims(store, { status: 'suggested', limit: 10_000 });
    const texts = new Map<string, string>();
    for (const [i, claim] of queue.entries()) {
      if (!texts.has(claim.document)) {
        const doc = await getDocument(store, claim.document);
        texts.set(claim.document, doc.cleanText ?? doc.rawText);
      }
      output.out(
        `\n[${i + 1}/${queue.length}] ${describe(claim)}\n\n${excerpt(texts.get(claim.document)!, claim, colour)}\n`,
      );
      output.out('\n(a)ccept  (r)eject  (e)dit type  (s)kip  (q)uit > ');
      const key = await keys.next();
      output.out(`${key}\n`);
      if (key === 'q') break;
      if (key === 'a' || key === 'r') {
        await reviewClaim(store, claim.id, key === 'a' ? 'accepted' : 'rejected', null, author);
        tally[key === 'a' ? 'accepted' : 'rejected'] += 1;
      } else if (key === 'e') {
        const type = EventType.safeParse(
          await keys.line(`new event type (${claim.content.type}): `, output),
        );
        if (!type.success) {
          output.out('not an event type; skipped\n');
          continue;
        }
        await editClaim(store, claim.id, { type: type.data }, 'edited in review', author);
        await reviewClaim(store, claim.id, 'accepted', 'edited in review', author);
        tally.edited += 1;
      }
    }
  });
  output.out(
    `\nreviewed: ${tally.accepted} accepted, ${tally.rejected} rejected, ${tally.edited} edited\n`,
  );
  return tally;
}

export function defineReview(command: Command, ctx: CliContext): void {
  command.action(async () => {
    const tty = process.stdin.isTTY === true;
    if (tty) process.stdin.setRawMode(true);
    try {
      const session = {
        workspace: workspaceOptions(ctx),
        author: author(ctx),
        output: ctx.output,
      };
      await runReviewQueue(session, process.stdin, process.stdout.isTTY === true);
    } finally {
      if (tty) process.stdin.setRawMode(false);
      process.stdin.pause();
    }
  });
}
