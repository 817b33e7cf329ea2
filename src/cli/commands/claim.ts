import { Option } from 'commander';
import type { Command } from 'commander';
import {
  addClaim,
  attributionFor,
  editClaim,
  importClaimLines,
  getClaim,
  listClaims,
  retractClaim,
  reviewClaim,
} from '../../app/claims.js';
import { readTextLines, type ReadProgress } from '../../app/read-text-lines.js';
import { withWorkspace } from '../../app/workspace.js';
import { Modality, ReviewStatus, originOf } from '../../core/evidence/claim.js';
import type { Claim } from '../../core/evidence/claim.js';
import { AgreementId, ClaimId, DocumentId } from '../../core/ids.js';
import type { PartyId } from '../../core/ids.js';
import { agreementScope, setAssignment } from '../../app/assignments.js';
import { EVENT_TYPES } from '../../core/vocabulary/event-types.js';
import type { EventType } from '../../core/vocabulary/event-types.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { collect, idArgument, parseCount, parsePositiveInt, parseSpan } from '../parse-options.js';
import { badInput } from '../../core/errors.js';

/** A large import reports its progress on stderr each time it has read this much more. */
const PROGRESS_EVERY_BYTES = 16 * 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface ContentOptions {
  type?: EventType;
  when?: string;
  tz?: string;
  where?: string;
  by?: string;
  count?: string;
  unit: string;
  category: string[];
  modality?: Modality;
  origin: string[];
  text?: string;
  span?: readonly [number, number];
}

/** The content fields the options set (for add: all of them; for edit: only those given). */
async function contentFields(opts: ContentOptions): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  if (opts.type) fields['type'] = opts.type;
  if (opts.when) fields['when'] = await whenOf(opts.when, opts.tz ?? 'UTC');
  if (opts.where)
    fields['where'] = { name: opts.where, lat: null, lon: null, precision: 'unknown' };
  if (opts.by) fields['actors'] = [{ name: opts.by, role: 'agent', party: opts.by as PartyId }];
  if (opts.count) fields['quantities'] = [parseCount(opts.count, opts.unit)];
  if (opts.category.length > 0) fields['categories'] = opts.category;
  if (opts.modality) fields['modality'] = opts.modality;
  if (opts.text !== undefined) fields['text'] = opts.text;
  if (opts.span !== undefined) fields['span'] = opts.span;
  return fields;
}

/** `--when` read in `--tz`. The time model (on Temporal's polyfill) loads only when a time is given. */
async function whenOf(edtf: string, zone: string) {
  const [{ parseEdtf }, { isTimeZone }] = await Promise.all([
    import('../../core/time/edtf.js'),
    import('../../core/time/zoned-time.js'),
  ]);
  if (!isTimeZone(zone))
    throw badInput(`unknown time zone "${zone}"; give an IANA zone like Asia/Jerusalem`);
  return parseEdtf(edtf, zone);
}

function withContentOptions(command: Command): Command {
  return command
    .addOption(new Option('--type <type>', 'event type').choices(EVENT_TYPES))
    .option(
      '--when <edtf>',
      'when, as EDTF: 2023-11-24T16:00+02:00, 2023-11-24 (that local day), 2023-11, 2023-11-24~, 2023-11-24/2023-11-26, 2023-11-24T18:00/..',
    )
    .option('--tz <zone>', 'zone of local dates and times in --when (default UTC)')
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
    .option(
      '--text <quote>',
      "the document's words the claim rests on, exactly; found in it when they occur once",
    )
    .option('--span <start-end>', 'where --text stands in the document (offsets)', parseSpan);
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

const agreementArg = idArgument(AgreementId, 'agreement');
const collectAgreements = (value: string, previous: readonly AgreementId[] = []): AgreementId[] => [
  ...previous,
  agreementArg(value),
];
const AGREEMENT_HELP = 'the recorded agreement it is for (repeatable)';

/** A claim id, or a document id standing for every claim of the document. */
const claimOrDocumentArg = (value: string) =>
  value.startsWith('doc_')
    ? { document: idArgument(DocumentId, 'document')(value) }
    : { claim: idArgument(ClaimId, 'claim or document')(value) };

export function defineClaim(claim: Command, ctx: CliContext): void {
  const docArg = idArgument(DocumentId, 'document');
  const claimArg = idArgument(ClaimId, 'claim');

  withContentOptions(
    claim
      .command('add')
      .description('record a claim read from a document (accepted, as an analyst made it)')
      .requiredOption('--doc <id>', 'the document it comes from', docArg),
  )
    .option('--agreement <id>', AGREEMENT_HELP, collectAgreements, [])
    .option('--suggest', 'record it as suggested, for someone else to review')
    .option('--json', 'print the claim as JSON')
    .action(
      async (
        opts: ContentOptions & {
          doc: DocumentId;
          agreement: AgreementId[];
          suggest?: boolean;
          json?: boolean;
        },
      ) => {
        const added = await withWorkspace(workspaceOptions(ctx), async (store) => {
          const attribution = await attributionFor(store, opts.doc, opts.origin);
          const content = { ...(await contentFields(opts)), attribution };
          return addClaim(
            store,
            {
              document: opts.doc,
              content,
              status: opts.suggest ? 'suggested' : 'accepted',
              agreements: opts.agreement,
            },
            author(ctx),
          );
        });
        if (opts.json) printJson(ctx.output, added);
        else ctx.output.out(`${added.id}\n`);
        if (opts.agreement.length === 0 && opts.by === undefined) {
          ctx.output.err(
            'note: this claim names no agreement and no party, so no evaluation reads it; assign it with `truce claim assign`\n',
          );
        }
      },
    );

  claim
    .command('import <file>')
    .description('import claims from a JSONL file, one per line; a bad line stores nothing')
    .option('--doc <id>', 'the document of lines that name none', docArg)
    .option(
      '--agreement <id>',
      'the recorded agreement they are for (repeatable)',
      collectAgreements,
      [],
    )
    .option('--accept', 'record them as accepted rather than suggested')
    .option('--json', 'print the imported claims as JSON')
    .action(
      async (
        file: string,
        opts: { doc?: DocumentId; agreement: AgreementId[]; accept?: boolean; json?: boolean },
      ) => {
        const claims: Claim[] = [];
        let lines = 0;
        let reported = 0;
        const progress = ({ bytesRead, bytes }: ReadProgress) => {
          // A large file says how far it has got; a small one stays quiet.
          if (bytesRead - reported < PROGRESS_EVERY_BYTES) return;
          reported = bytesRead;
          ctx.output.err(
            `checked ${lines} lines, ${megabytes(bytesRead)} of ${megabytes(bytes)}\n`,
          );
        };
        const count = await withWorkspace(workspaceOptions(ctx), (store) =>
          importClaimLines(
            store,
            readTextLines(file, progress),
            {
              document: opts.doc,
              defaultStatus: opts.accept ? 'accepted' : 'suggested',
              agreements: opts.agreement,
              onLine: (line) => (lines = line),
            },
            author(ctx),
            // Held only when they are to be printed, so a large file streams in bounded memory.
            opts.json ? (claim) => claims.push(claim) : undefined,
          ),
        );
        if (opts.json) printJson(ctx.output, claims);
        else ctx.output.out(`imported ${count} claims from ${file}\n`);
      },
    );

  for (const [name, assigned] of [
    ['assign', true],
    ['unassign', false],
  ] as const) {
    claim
      .command(name)
      .description(
        assigned
          ? 'record that a claim, or every claim of a document, is evidence for an agreement'
          : "take a claim, or every claim of a document, out of an agreement's evidence",
      )
      .argument('<id>', 'claim id, or document id for all its claims', claimOrDocumentArg)
      .argument('<agreement>', 'agreement id', agreementArg)
      .option('--json', 'print which claims changed as JSON')
      .action(
        async (
          target: ReturnType<typeof claimOrDocumentArg>,
          agreement: AgreementId,
          opts: { json?: boolean },
        ) => {
          const result = await withWorkspace(workspaceOptions(ctx), (store) =>
            setAssignment(store, target, agreement, assigned, author(ctx)),
          );
          if (opts.json) return printJson(ctx.output, result);
          const done = assigned ? `assigned to ${agreement}` : `taken out of ${agreement}`;
          ctx.output.out(
            `${result.changed.length} claims ${done}; ${result.unchanged.length} already were\n`,
          );
        },
      );
  }

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
    .option(
      '--agreement <id>',
      'only what this agreement reads: its claims, and unassigned ones naming its parties',
      agreementArg,
    )
    .option('--json', 'print as JSON')
    .action(
      async (opts: {
        agreement?: AgreementId;
        doc?: DocumentId;
        type?: EventType;
        status?: ReviewStatus;
        limit: number;
        after?: ClaimId;
        json?: boolean;
      }) => {
        const claims = await withWorkspace(workspaceOptions(ctx), async (store) =>
          listClaims(store, {
            scope:
              opts.agreement === undefined
                ? undefined
                : await agreementScope(store, opts.agreement),
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
    .description('show one claim in full, with the agreements it is assigned to')
    .argument('<id>', 'claim id', claimArg)
    .action(async (id: ClaimId) => {
      printJson(
        ctx.output,
        await withWorkspace(workspaceOptions(ctx), async (store) => ({
          ...(await getClaim(store, id)),
          agreements: await store.agreementsOf(id),
        })),
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
      const fields = await contentFields(opts);
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
