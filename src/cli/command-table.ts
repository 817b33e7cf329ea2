import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Fills in a command that `truce` has created with its name and summary: options, action. */
export type DefineCommand = (command: Command, ctx: CliContext) => void;

/**
 * One top-level command. Its module is loaded only when the command runs (or its help is
 * asked for): each command's dependencies (the NLP models, the HTTP server, the database
 * drivers) then cost nothing to the others, and `truce --help` loads none of them.
 */
export interface CommandEntry {
  /** How `truce --help` shows it: the name, then what it takes (checked against the module). */
  readonly term: string;
  readonly summary: string;
  readonly load: () => Promise<DefineCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    term: 'init [options]',
    summary: 'create the data directory (or the PostgreSQL schema when DATABASE_URL is set)',
    load: async () => (await import('./commands/init.js')).defineInit,
  },
  {
    term: 'source',
    summary: 'the sources claims are attributed to',
    load: async () => (await import('./commands/source.js')).defineSource,
  },
  {
    term: 'doc',
    summary: 'documents: reports as received',
    load: async () => (await import('./commands/doc.js')).defineDoc,
  },
  {
    term: 'claim',
    summary: 'claims: what a source said happened',
    load: async () => (await import('./commands/claim.js')).defineClaim,
  },
  {
    term: 'review',
    summary: 'review suggested claims in the terminal: (a)ccept, (r)eject, (e)dit, (s)kip, (q)uit',
    load: async () => (await import('./commands/review.js')).defineReview,
  },
  {
    term: 'agreement',
    summary: 'agreements: the terms, written once in the agreement language',
    load: async () => (await import('./commands/agreement.js')).defineAgreement,
  },
  {
    term: 'evaluate [options] <agreement>',
    summary: 'the verdict on every clause, period by period, with what was known at a moment',
    load: async () => (await import('./commands/evaluate.js')).defineEvaluate,
  },
  {
    term: 'diff [options] <agreement>',
    summary:
      'which verdicts changed between two moments of knowledge, and the claims that changed them',
    load: async () => (await import('./commands/evaluate.js')).defineDiff,
  },
  {
    term: 'report [options] <agreement>',
    summary:
      'the daily situation report of one day, footnoted to its documents, as a PDF (or HTML) printed by Chromium',
    load: async () => (await import('./commands/report.js')).defineReport,
  },
  {
    term: 'extract [options] <file>',
    summary: 'read a report into attributed, dated, located claims and print them; records nothing',
    load: async () => (await import('./commands/ingest.js')).defineExtract,
  },
  {
    term: 'ingest [options] <paths...>',
    summary:
      'record reports (files, or folders of .txt/.html) and their claims as suggestions for review',
    load: async () => (await import('./commands/ingest.js')).defineIngest,
  },
  {
    term: 'model',
    summary:
      "the claim model extraction uses: train one on this store's reviews, or say which is in use",
    load: async () => (await import('./commands/model.js')).defineModel,
  },
  {
    term: 'user',
    summary: 'users of the dashboard and API, and their roles: viewer, analyst, reviewer, admin',
    load: async () => (await import('./commands/user.js')).defineUser,
  },
  {
    term: 'token',
    summary: 'API tokens for scripts: made for a user, scoped to a role, revocable',
    load: async () => (await import('./commands/token.js')).defineToken,
  },
  {
    term: 'verify [options]',
    summary:
      'check the database file, recompute the hash chain and check every table against the ledger; exit 1 naming the first problem',
    load: async () => (await import('./commands/integrity.js')).defineVerify,
  },
  {
    term: 'rebuild [options]',
    summary:
      'regenerate the tables from the ledger, checking its hash chain, then verify them (--no-verify skips that)',
    load: async () => (await import('./commands/integrity.js')).defineRebuild,
  },
  {
    term: 'head [options]',
    summary:
      "sign the ledger's last entry with the store's key and print it: keep it elsewhere, and `verify --expect-head` proves the ledger still extends it",
    load: async () => (await import('./commands/integrity.js')).defineHead,
  },
  {
    term: 'log [options]',
    summary:
      'who did what and when, oldest first: ledger entries and account changes, filtered by user, claim, document, agreement and time',
    load: async () => (await import('./commands/log.js')).defineLog,
  },
  {
    term: 'backup [options] <file>',
    summary:
      "copy the whole record to FILE while servers go on writing (SQLite's online backup, or pg_dump), with its signed head beside it in FILE.head.json",
    load: async () => (await import('./commands/backup.js')).defineBackup,
  },
  {
    term: 'restore [options] <file>',
    summary:
      'restore a backup into a store that holds nothing yet, then verify it against the head signed when it was taken',
    load: async () => (await import('./commands/backup.js')).defineRestore,
  },
  {
    term: 'export [options]',
    summary: 'export claims in a field format, or the whole record as a bundle',
    load: async () => (await import('./commands/export.js')).defineExport,
  },
  {
    term: 'import',
    summary: 'bring in a bundle or an ACLED export',
    load: async () => (await import('./commands/import.js')).defineImport,
  },
  {
    term: 'serve [options]',
    summary: 'serve the HTTP API and the dashboard over the record, until Ctrl+C',
    load: async () => (await import('./commands/serve.js')).defineServe,
  },
  {
    term: 'start [options]',
    summary:
      'serve like `serve`, creating the record first if needed and loading the bundled examples into it when empty',
    load: async () => (await import('./commands/serve.js')).defineStart,
  },
];

export const commandName = (entry: CommandEntry): string => entry.term.split(' ')[0] ?? '';

/** Global options that take a value, so the word after them is not a command's name. */
const TAKES_VALUE = new Set(['--data', '--author']);

/**
 * The command a command line runs, or whose help it asks for (`truce help claim`): the first
 * word that is neither an option nor an option's value. Undefined for `truce --help`.
 */
export function commandWord(args: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < args.length && words.length < 2; i++) {
    const arg = args[i]!;
    if (TAKES_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words[0] === 'help' ? words[1] : words[0];
}
