import type { Grade, Verdict } from '../api/api-types';

/** A verdict in words and a symbol, so colour is never the only cue. */
export const VERDICT_LABELS: Readonly<Record<Verdict, { text: string; symbol: string }>> = {
  fulfilled: { text: 'Fulfilled', symbol: '✓' },
  violated: { text: 'Violated', symbol: '✗' },
  disputed: { text: 'Disputed', symbol: '⇄' },
  unknown: { text: 'Unknown', symbol: '?' },
  not_due: { text: 'Not due', symbol: '–' },
};

/** How well an occurrence is supported; independent origins are counted, not outlets. */
export const GRADE_LABELS: Readonly<Record<Grade, { text: string; meaning: string }>> = {
  single_source: { text: 'Single source', meaning: 'one independent origin reports it' },
  corroborated: { text: 'Corroborated', meaning: 'two or more independent origins report it' },
  contested: { text: 'Contested', meaning: 'another origin denies it' },
  confirmed: {
    text: 'Confirmed',
    meaning: 'acknowledged by the party accused, or verified by a monitor',
  },
  retracted: { text: 'Retracted', meaning: 'the reports were withdrawn' },
};

/** An identifier from the record in words: "list_not_delivered" → "list not delivered". */
export const words = (id: string): string => id.replaceAll('_', ' ');

/** The same, starting with a capital: "in_effect" → "In effect". */
export const sentence = (id: string): string => words(id).replace(/^./, (c) => c.toUpperCase());
