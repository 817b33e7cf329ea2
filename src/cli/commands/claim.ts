import { Option } from 'commander';
import type { Command } from 'commander';
import {
  addClaim,
  attributionFor,
  editClaim,
  importClaims,
  getClaim,
  listClaims,
  retractClaim,
  reviewClaim,
} from '../../app/claims.js';
import { readTextFile } from '../../app/read-text-file.js';
import { withWorkspace } from '../../app/workspace.js';
import { Modality, ReviewStatus, originOf } from '../../core/evidence/claim.js';
import type { Claim } from '../../core/evidence/claim.js';
import { ClaimId, DocumentId } from '../../core/ids.js';
import type { PartyId } from '../../core/ids.js';
import { EVENT_TYPES } from '../../core/vocabulary/event-types.js';
import type { EventType } from '../../core/vocabulary/event-types.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { collect, idArgument, parseCount, parsePositiveInt, parseWhen } from '../parse-options.js';

interface ContentOptions {
  type?: EventType;
  when?: ReturnType<typeof parseWhen>;
  where?: string;
  by?: string;
  count?: string;
  unit: string;
  category: string[];
  modality?: Modality;
  origin: string[];
  text?: string;
}

/** The content fields the options set (for add: all of them; for edit: only those given). */
function contentFields(opts: ContentOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (opts.type) fields['type'] = opts.type;
  if (opts.when) fields['when'] = opts.when;
  if (opts.where)
    fields['where'] = { name: opts.where, lat: null, lon: null, precision: 'unknown' };
  if (opts.by) fields['actors'] = [{ name: opts.by, role: 'agent', party: opts.by as PartyId }];
  if (opts.count) fields['quantities'] = [parseCount(opts.count, opts.unit)];
  if (opts.category.length > 0) fields['categories'] = opts.category;
  if (opts.modality) fields['modality'] = opts.modality;
  if (opts.text !== undefined) fields['text'] = opts.text;
  return fields;
}

function withContentOptions(command: Command): Command {
  return command
    .addOption(new Option('--type <type>', 'event type').choices(EVENT_TYPES))
    .option('--when <iso[/iso]>', 'when: an instant, or earliest/latest', parseWhen)
    .option('--where <place>', 'where, as the report names it')
    .option('--by <party>', 'the party that acted (agreement party id)')
    .option('--count <count>', 'how many: 13, 81+, >80, ~200, <=9 or 8-13')
    .option('--unit <unit>', 'what the count counts', 'people')
    .option(
      '--category <category>',
      'category of persons, e.g. women, children (repeatable)',
      collect,
      [],
    )
    .addOption(
      new Option('--modality <modality>', 'asserted, denied, alleged or planned').choices(
        Modality.options,
      ),
    )
    .option('--origin <source>', 'who said it, outermost first (repeatable)', collect, [])
    .option('--text <quote>', 'the words the claim rests on');
}

function printClaims(ctx: CliContext, claims: readonly Claim[]): void {
  printTable(
    ctx.output,
    ['ID', 'STATUS', 'TYPE', 'WHEN', 'BY', 'COUNT', 'ORIGIN'],
    claims.map((c) => [
      c.id,
      c.status,
      c.content.type,
      c.content.when.earliest === c.content.when.latest
        ? c.content.when.earliest
        : `${c.content.when.earliest ?? '…'} – ${c.content.when.latest ?? '…'}`,
      c.content.actors.find((a) => a.role === 'agent')?.name ?? null,
      c.content.quantities
        .map((q) => (q.max === q.min ? `${q.min}` : `${q.min}–${q.max ?? '∞'}`))
        .join(', ') || null,
      originOf(c.content).name,
    ]),
    40,
  );
}

export function defineClaim(claim: Command, ctx: CliContext): void {
  const docArg = idArgument(DocumentId, 'document');
  const claimArg = idArgument(ClaimId, 'claim');

  withContentOptions(
    claim
      .command('add')
      .description('record a claim read from a document (accepted, as an analyst made it)')
      .requiredOption('--doc <id>', 'the document it comes from', docArg),
  )
    .option('--suggest', 'record it as suggested, for someone else to review')
    .option('--json', 'print the claim as JSON')
    .action(
      async (opts: ContentOptions & { doc: DocumentId; suggest?: boolean; json?: boolean }) => {
        const added = await withWorkspace(workspaceOptions(ctx), async (store) => {
          const attribution = await attributionFor(store, opts.doc, opts.origin);
          const content = { ...contentFields(opts), attribution };
          return addClaim(
            store,
            { document: opts.doc, content, status: opts.suggest ? 'suggested' : 'accepted' },
            author(ctx),
          );
        });
        if (opts.json) printJson(ctx.output, added);
        else ctx.output.out(`${added.id}\n`);
      },
    );

  claim
    .command('import <file>')
    .description('import claims from a JSONL file, one per line; a bad line stores nothing')
    .option('--doc <id>', 'the document of lines that name none', docArg)
    .option('--accept', 'record them as accepted rather than suggested')
    .option('--json', 'print the imported claims as JSON')
    .action(async (file: string, opts: { doc?: DocumentId; accept?: boolean; json?: boolean }) => {
      const text = await readTextFile(file);
      const claims = await withWorkspace(workspaceOptions(ctx), (store) =>
        importClaims(
          store,
          text,
          { document: opts.doc, defaultStatus: opts.accept ? 'accepted' : 'suggested' },
          author(ctx),
        ),
      );
      if (opts.json) printJson(ctx.output, claims);
      else ctx.output.out(`imported ${claims.length} claims from ${file}\n`);
    });

  claim
    .command('list')
    .description('list claims')
    .option('--doc <id>', 'only from this document', docArg)
    .addOption(new Option('--type <type>', 'only of this event type').choices(EVENT_TYPES))
    .addOption(
      new Option('--status <status>', 'only in this review state').choices(ReviewStatus.options),
    )
    .option('--limit <n>', 'at most this many', parsePositiveInt, 1000)
    .option('--after <id>', 'continue after this claim id (pagination)', claimArg)
    .option('--json', 'print as JSON')
    .action(
      async (opts: {
        doc?: DocumentId;
        type?: EventType;
        status?: ReviewStatus;
        limit: number;
        after?: ClaimId;
        json?: boolean;
      }) => {
        const claims = await withWorkspace(workspaceOptions(ctx), (store) =>
          listClaims(store, {
            document: opts.doc,
            type: opts.type,
            status: opts.status,
            limit: opts.limit,
            after: opts.after,
          }),
        );
        if (opts.json) printJson(ctx.output, claims);
        else printClaims(ctx, claims);
      },
    );

  claim
    .command('show')
    .description('show one claim in full')
    .argument('<id>', 'claim id', claimArg)
    .action(async (id: ClaimId) => {
      printJson(
        ctx.output,
        await withWorkspace(workspaceOptions(ctx), (store) => getClaim(store, id)),
      );
    });

  claim
    .command('review')
    .description('accept or reject a claim')
    .argument('<id>', 'claim id', claimArg)
    .option('--accept', 'accept it')
    .option('--reject', 'reject it')
    .option('--note <note>', 'why')
    .action(async (id: ClaimId, opts: { accept?: boolean; reject?: boolean; note?: string }) => {
      if (opts.accept === opts.reject)
        throw ctx.program.error('give exactly one of --accept or --reject', { exitCode: 2 });
      const status = opts.accept ? 'accepted' : 'rejected';
      await withWorkspace(workspaceOptions(ctx), (store) =>
        reviewClaim(store, id, status, opts.note ?? null, author(ctx)),
      );
      ctx.output.out(`${id} ${status}\n`);
    });

  withContentOptions(
    claim.command('edit').description('correct a claim (a new ledger entry; the old one stays)'),
  )
    .argument('<id>', 'claim id', claimArg)
    .option('--note <note>', 'why')
    .action(async (id: ClaimId, opts: ContentOptions & { note?: string }) => {
      const fields = contentFields(opts);
      const edited = await withWorkspace(workspaceOptions(ctx), async (store) => {
        if (opts.origin.length > 0) {
          fields['attribution'] = await attributionFor(
            store,
            (await getClaim(store, id)).document,
            opts.origin,
          );
        }
        if (Object.keys(fields).length === 0)
          throw ctx.program.error('nothing to change: give at least one field option', {
            exitCode: 2,
          });
        return editClaim(store, id, fields, opts.note ?? null, author(ctx));
      });
      ctx.output.out(`${edited.id} edited (revision ${edited.revision})\n`);
    });

  claim
    .command('retract')
    .description('withdraw a claim; it stays on record, marked retracted')
    .argument('<id>', 'claim id', claimArg)
    .option('--note <note>', 'why')
    .action(async (id: ClaimId, opts: { note?: string }) => {
      await withWorkspace(workspaceOptions(ctx), (store) =>
        retractClaim(store, id, opts.note ?? null, author(ctx)),
      );
      ctx.output.out(`${id} retracted\n`);
    });
}
