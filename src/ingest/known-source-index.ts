import { foldName } from '../core/text/fold-name.js';
import { longestNameAt, nameIndex, wordsOf } from './word-index.js';
import type { Word } from './word-index.js';
import { KNOWN_SOURCES } from './tables/known-sources.js';
import type { KnownSource } from './tables/known-sources.js';

/** A known source found in a text: where, and which. */
export interface KnownSourceMention {
  readonly start: number;
  readonly end: number;
  readonly source: KnownSource;
}

const byFoldedAlias = new Map<string, KnownSource>();
for (const source of KNOWN_SOURCES) {
  for (const alias of [source.name, ...source.aliases]) byFoldedAlias.set(foldName(alias), source);
}

/** The names of known sources written in capitals ("UN", "ICRC"): abbreviations, not words. */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  KNOWN_SOURCES.flatMap((s) => [s.name, ...s.aliases]).filter((a) => /^\p{Lu}{2,}$/u.test(a)),
);

/** The known source a phrase names, if any: "the Israel Defense Forces" → IDF. */
export function knownSourceNamed(phrase: string): KnownSource | undefined {
  if (named.has(phrase)) return named.get(phrase) ?? undefined;
  const folded = foldName(phrase);
  const source = byFoldedAlias.get(folded) ?? byFoldedAlias.get(folded.replace(/^the /, ''));
  if (named.size >= MAX_REMEMBERED_PHRASES) named.clear();
  named.set(phrase, source ?? null);
  return source;
}

/** Speaker phrases recur ("the army said"): answers are remembered, up to a bound. */
const named = new Map<string, KnownSource | null>();
const MAX_REMEMBERED_PHRASES = 20_000;

/** Aliases in capitals ("US", "UN") are matched as written, so "us" is not the United States. */
const capitalsOnly = new Set(
  KNOWN_SOURCES.flatMap((s) => [s.name, ...s.aliases]).filter((a) => a === a.toUpperCase()),
);
const aliasIndex = nameIndex(byFoldedAlias);

/** Every known source named in a text, in order, the longest name where two could be read. */
export function findKnownSources(
  text: string,
  words: readonly Word[] = wordsOf(text),
): KnownSourceMention[] {
  const found: KnownSourceMention[] = [];
  for (let i = 0; i < words.length;) {
    const found1 = aliasIndex.prefixes.has(words[i]?.folded ?? '')
      ? longestNameAt(words, i, aliasIndex, (run) => {
          const said = text.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0);
          return !capitalsOnly.has(said.toUpperCase()) || capitalsOnly.has(said);
        })
      : null;
    if (found1 === null) {
      i += 1;
      continue;
    }
    const first = words[i];
    const last = words[i + found1.length - 1];
    if (first !== undefined && last !== undefined) {
      found.push({ start: first.start, end: last.end, source: found1.value });
    }
    i += found1.length;
  }
  return found;
}
