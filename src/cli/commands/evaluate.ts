import type { Command } from 'commander';
import { AgreementEvaluations } from '../../app/agreement-evaluations.js';
import { diffAgreement } from '../../app/agreements.js';
import { withWorkspace } from '../../app/workspace.js';
import { formatRange } from '../../core/quantity/count-range.js';
import { localDateTime } from '../../core/time/zoned-time.js';
import type { EvaluationDiff } from '../../core/evaluation/evaluation-diff.js';
import type { CellExplanation, Evaluation, Verdict } from '../../core/evaluation/evaluation.js';
import { AgreementId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { idArgument, parseCell, parseInstant, parsePositiveInt } from '../parse-options.js';

/** Short cell labels for the day-by-day table; words, not colours, so a pipe keeps them. */
const CELL: Readonly<Record<Verdict, string>> = {
  fulfilled: 'ok',
  violated: 'VIOLATED',
  disputed: 'DISPUTED',
  unknown: '?',
  not_due: '·',
};

/** An instant as the agreement's local wall-clock time, "2023-11-24 07:00". */
const local = (iso: string | null, zone: string): string =>
  iso === null ? '…' : localDateTime(Date.parse(iso), zone).replace('T', ' ');

/** A range of instants in local time: one instant when both ends agree. */
const range = (r: { earliest: string | null; latest: string | null }, zone: string): string =>
  r.earliest === r.latest
    ? r.earliest === null
      ? 'unknown'
      : local(r.earliest, zone)
    : `${local(r.earliest, zone)} – ${local(r.latest, zone)}`;

function printEvaluation(ctx: CliContext, e: Evaluation): void {
  const { term } = e;
  const out = (s: string) => ctx.output.out(s);
  out(`${e.agreement} (version ${e.version}) as of ${e.asOf}; local times in ${e.timezone}\n`);
  out(
    `term: ${term.state}; from ${local(term.start, e.timezone)}; ends ${range(term.end, e.timezone)}\n`,
  );
  if (term.endReason) out(`  ${term.endReason}\n`);
  for (const x of term.extensions) {
    const support =
      x.supportedByRule === null ? '' : `; count rule supports it: ${x.supportedByRule}`;
    out(
      `  extension (${x.source}) adds ${x.adds ?? '?'} from ${local(x.at, e.timezone)}${support}\n`,
    );
  }
  const norms = [...new Set(e.periods.flatMap((p) => p.norms.map((n) => n.norm)))];
  out('\n');
  // The version column appears once an amendment governs some periods and not others.
  const amended = new Set(e.periods.map((p) => p.version)).size > 1;
  printTable(
    ctx.output,
    ['PERIOD', 'LOCAL START', ...(amended ? ['VERSION'] : []), ...norms],
    e.periods.map((p) => [
      p.index,
      p.localStart.replace('T', ' '),
      ...(amended ? [p.version] : []),
      ...norms.map((id) => {
        const found = p.norms.filter((n) => n.norm === id);
        return found.length === 0
          ? ''
          : found
              .map((n) => `${CELL[n.verdict]}${found.length > 1 ? `(${n.bearer})` : ''}`)
              .join(' ');
      }),
    ]),
    24,
  );
  out('legend: ok fulfilled, VIOLATED, DISPUTED (accounts differ), ? unknown, · not due\n');
  if (e.tallies.length > 0) {
    out('\ntallies\n');
    printTable(
      ctx.output,
      ['ACT', 'BY', 'CATEGORY', 'ROLE', 'COUNT', 'CLAIMS'],
      e.tallies.map((t) => [
        t.act,
        t.by,
        t.category ?? 'all',
        t.role,
        `${formatRange(t.count)}${t.unit ? ` ${t.unit}` : ''}`,
        t.claims,
      ]),
    );
  }
  if (e.breaches.length > 0) {
    out('\nalleged breaches (always according to a source)\n');
    printTable(
      ctx.output,
      ['NORM', 'PERIOD', 'BY', 'ACCORDING TO', 'BASIS', 'CERTAINTY', 'CLAIM'],
      e.breaches.map((b) => [
        b.norm,
        b.period,
        b.by,
        `${b.according_to ?? '—'}${b.selfReport ? ' (self-report)' : ''}`,
        b.basis,
        b.certainty,
        b.claim,
      ]),
    );
  }
}

function printCell(ctx: CliContext, cell: CellExplanation): void {
  const out = (s: string) => ctx.output.out(s);
  const where = cell.period === null ? 'once' : `period ${cell.period}`;
  out(`${cell.agreement} ${cell.norm}, ${where}, as of ${cell.asOf}\n`);
  for (const r of cell.results) {
    const x = r.explanation;
    out(`\n${r.bearer}: ${r.verdict} (${r.lifecycle}); ${x.ref}\n  ${x.summary}\n`);
    if (x.owed !== null) out(`  owed: ${x.owed}\n`);
    if (x.accounts.length > 0)
      printTable(
        ctx.output,
        ['ORIGIN', 'AFFILIATION', 'STANCE', 'COUNT', 'CLAIMS', 'USED'],
        x.accounts.map((a) => [
          `${a.origin}${a.selfReport ? ' (self-report)' : ''}`,
          a.affiliation,
          a.stance,
          formatRange(a.count),
          a.claims,
          a.used ? 'yes' : 'no',
        ]),
      );
    const list = (title: string, ids: readonly string[]) => {
      if (ids.length > 0) out(`  ${title} (${ids.length}): ${ids.join(' ')}\n`);
    };
    list('counted', x.counted);
    list('possibly in the window', x.possible);
    list('saying the contrary', x.contrary);
    for (const g of x.ignored) out(`  set aside ${g.claim}: ${g.why}\n`);
  }
  if (cell.breaches.length > 0) out(`\nalleged breaches: ${cell.breaches.length}\n`);
}

function printDiff(ctx: CliContext, d: EvaluationDiff): void {
  const out = (s: string) => ctx.output.out(s);
  out(`${d.agreement}: what changed between ${d.from.asOf} and ${d.to.asOf}\n`);
  if (d.term)
    out(
      `term: ${d.term.from.state} → ${d.term.to.state}; ends ${range(d.term.to.end, 'UTC')} UTC\n`,
    );
  if (d.verdicts.length === 0) out('no verdict changed\n');
  else {
    printTable(
      ctx.output,
      ['PERIOD', 'NORM', 'BEARER', 'FROM', 'TO', 'CLAIMS ADDED', 'CLAIMS REMOVED', 'WHY'],
      d.verdicts.map((v) => [
        v.period,
        v.norm,
        v.bearer,
        v.from ?? '—',
        v.to ?? '—',
        v.claimsAdded.join(' '),
        v.claimsRemoved.join(' '),
        v.summary,
      ]),
      80,
    );
  }
  out(`breaches: ${d.breachesAdded.length} newly alleged, ${d.breachesRemoved.length} no longer\n`);
  for (const p of d.powers) out(`power ${p.power}: ${p.from ?? '—'} → ${p.to ?? '—'}\n`);
}

const agreementId = idArgument(AgreementId, 'agreement');

export function defineEvaluate(command: Command, ctx: CliContext): void {
  command
    .argument('<agreement>', 'agreement id', agreementId)
    .option('--as-of <iso>', 'what was known at this moment (default: now)', parseInstant)
    // Not `--version`: the program's own `-V, --version` would take it.
    .option(
      '--agreement-version <n>',
      'judge every period by this version (default: each period by the version in effect then)',
      parsePositiveInt,
    )
    .option(
      '--explain <norm:period>',
      'explain one cell in full: a clause and a period from 1, or "once" (hamas-releases:3)',
      parseCell,
    )
    .option('--json', 'print the whole evaluation (or the cell explained) as JSON')
    .action(
      async (
        id: AgreementId,
        opts: {
          asOf?: string;
          agreementVersion?: number;
          explain?: ReturnType<typeof parseCell>;
          json?: boolean;
        },
      ) => {
        const request = { asOf: opts.asOf, version: opts.agreementVersion };
        const explain = opts.explain;
        if (explain !== undefined) {
          const cell = await withWorkspace(workspaceOptions(ctx), (store) =>
            new AgreementEvaluations(store).cell(id, explain, request),
          );
          if (opts.json) printJson(ctx.output, cell);
          else printCell(ctx, cell);
          return;
        }
        const evaluation = await withWorkspace(workspaceOptions(ctx), (store) =>
          new AgreementEvaluations(store).evaluation(id, request),
        );
        if (opts.json) printJson(ctx.output, evaluation);
        else printEvaluation(ctx, evaluation);
      },
    );
}

export function defineDiff(command: Command, ctx: CliContext): void {
  command
    .argument('<agreement>', 'agreement id', agreementId)
    .requiredOption('--from <iso>', 'the earlier moment', parseInstant)
    .requiredOption('--to <iso>', 'the later moment', parseInstant)
    .option('--json', 'print as JSON')
    .action(async (id: AgreementId, opts: { from: string; to: string; json?: boolean }) => {
      const diff = await withWorkspace(workspaceOptions(ctx), (store) =>
        diffAgreement(store, id, opts.from, opts.to),
      );
      if (opts.json) printJson(ctx.output, diff);
      else printDiff(ctx, diff);
    });
}
