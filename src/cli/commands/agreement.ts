import type { Command } from 'commander';
import {
  addAgreementFile,
  getAgreement,
  listAgreements,
  validateAgreementFile,
} from '../../app/agreements.js';
import { withWorkspace } from '../../app/workspace.js';
import { formatProblem } from '../../core/agreement/agreement-problem.js';
import { AgreementId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printJson, printTable } from '../output.js';
import { idArgument, parsePositiveInt } from '../parse-options.js';

export function defineAgreement(agreement: Command, ctx: CliContext): void {
  agreement
    .command('validate <file> [earlier...]')
    .description(
      'check an agreement file; every problem is named with its line and column (exit 2 if any); ' +
        'an amendment is checked against the earlier versions given after it',
    )
    .option('--json', 'print the result as JSON')
    .action(async (file: string, earlier: string[], opts: { json?: boolean }) => {
      const checked = await validateAgreementFile(file, earlier);
      if (opts.json)
        printJson(
          ctx.output,
          checked.ok
            ? { ok: true, id: checked.agreement.id, version: checked.agreement.version }
            : checked,
        );
      else if (checked.ok)
        ctx.output.out(
          `${file}: valid (${checked.agreement.id}, version ${checked.agreement.version})\n`,
        );
      else for (const p of checked.problems) ctx.output.err(`${file}: ${formatProblem(p)}\n`);
      if (!checked.ok) ctx.exitCode = EXIT.badInput;
    });

  agreement
    .command('add <file>')
    .description('record an agreement version (an amendment is a new version with its own date)')
    .option('--json', 'print the record as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const added = await withWorkspace(workspaceOptions(ctx), (store) =>
        addAgreementFile(store, file, author(ctx)),
      );
      const { text: _text, ...record } = added.record;
      if (opts.json) return printJson(ctx.output, { outcome: added.outcome, ...record });
      const note = added.outcome === 'known' ? ' (already recorded: same text)' : '';
      ctx.output.out(`${record.id} version ${record.version}: ${record.title}${note}\n`);
    });

  agreement
    .command('list')
    .description('list recorded agreements and their versions')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const records = (await withWorkspace(workspaceOptions(ctx), listAgreements)).map(
        ({ text: _t, ...r }) => r,
      );
      if (opts.json) return printJson(ctx.output, records);
      printTable(
        ctx.output,
        ['ID', 'VERSION', 'EFFECTIVE', 'RECORDED', 'TITLE'],
        records.map((r) => [r.id, r.version, r.effectiveFrom, r.recordedAt, r.title]),
      );
    });

  agreement
    .command('show')
    .description('print a recorded agreement file')
    .argument('<id>', 'agreement id', idArgument(AgreementId, 'agreement'))
    .option('--agreement-version <n>', 'this version rather than the latest', parsePositiveInt)
    .action(async (id: AgreementId, opts: { agreementVersion?: number }) => {
      const { record } = await withWorkspace(workspaceOptions(ctx), (store) =>
        getAgreement(store, id, opts.agreementVersion),
      );
      ctx.output.out(record.text.endsWith('\n') ? record.text : `${record.text}\n`);
    });
}
