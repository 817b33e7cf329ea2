import { Option } from 'commander';
import type { Command } from 'commander';
import { addSource, listSources } from '../../app/sources.js';
import { withWorkspace } from '../../app/workspace.js';
import { SourceKind } from '../../core/evidence/source.js';
import type { Affiliation } from '../../core/evidence/source.js';
import type { PartyId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { collect } from '../parse-options.js';

/** "mediator", "independent", or a party id. */
function affiliationOf(value: string | undefined): Affiliation {
  if (value === undefined || value === 'independent') return { kind: 'independent' };
  if (value === 'mediator') return { kind: 'mediator' };
  return { kind: 'party', party: value as PartyId };
}

const describeAffiliation = (a: Affiliation) => (a.kind === 'party' ? a.party : a.kind);

export function defineSource(source: Command, ctx: CliContext): void {
  source
    .command('add <name>')
    .description('record a source (an outlet, agency, official body, party, mediator, person…)')
    .addOption(
      new Option('--kind <kind>', 'what kind of source')
        .choices(SourceKind.options)
        .makeOptionMandatory(),
    )
    .option('--affiliation <party>', 'a party id, "mediator" or "independent"', 'independent')
    .option('--alias <alias>', 'another name it goes by (repeatable)', collect, [])
    .option('--json', 'print the source as JSON')
    .action(
      async (
        name: string,
        opts: { kind: SourceKind; affiliation?: string; alias: string[]; json?: boolean },
      ) => {
        const added = await withWorkspace(workspaceOptions(ctx), (store) =>
          addSource(
            store,
            {
              name,
              kind: opts.kind,
              aliases: opts.alias,
              affiliation: affiliationOf(opts.affiliation),
            },
            author(ctx),
          ),
        );
        if (opts.json) printJson(ctx.output, added);
        else ctx.output.out(`${added.id}  ${added.name}\n`);
      },
    );

  source
    .command('list')
    .description('list the sources on record')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const sources = await withWorkspace(workspaceOptions(ctx), listSources);
      if (opts.json) return printJson(ctx.output, sources);
      printTable(
        ctx.output,
        ['ID', 'NAME', 'KIND', 'AFFILIATION', 'ALIASES'],
        sources.map((s) => [
          s.id,
          s.name,
          s.kind,
          describeAffiliation(s.affiliation),
          s.aliases.join(', '),
        ]),
      );
    });
}
