import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import { PartyId } from '../core/ids.js';
import { badInput } from '../core/errors.js';
import { escapeRegExp } from './compile-pattern.js';
import { foldName } from '../core/text/fold-name.js';
import type { KnownSourceMention } from './known-source-index.js';
import type { KnownSource } from './tables/known-sources.js';
import { SIDE_FORCE_NOUNS } from './tables/force-nouns.js';
import { DEMONYMS } from './tables/places.js';

/** The parties of an agreement, as its file names them: id and the names reports use. */
export interface AgreementParties {
  readonly parties: readonly { readonly id: string; readonly aliases: readonly string[] }[];
}

/** Someone named in the text who may take part in an occurrence. */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly party: PartyId | null;
}

/** Actors in a text, given the known sources already found in it. */
export type ActorFinder = (text: string, known: readonly KnownSourceMention[]) => ActorMention[];

/**
 * Finds actors: an agreement's parties by their aliases when one is given, and the known
 * forces, governments and mediators of the source table.
 */
export function actorFinder(agreement: AgreementParties | null): ActorFinder {
  const partyByName = new Map<string, PartyId>();
  for (const p of agreement?.parties ?? []) {
    const parsed = PartyId.safeParse(p.id);
    if (!parsed.success)
      throw badInput(`party id "${p.id}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    for (const name of [p.id, ...p.aliases]) partyByName.set(foldName(name), parsed.data);
  }
  const names = [...partyByName.keys()];
  const partyPattern =
    names.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${(agreement?.parties ?? [])
            .flatMap((p) => [p.id, ...p.aliases])
            .sort((a, b) => b.length - a.length)
            .map((a) =>
              escapeRegExp(a)
                .replace(/[’']/g, "['’]")
                .replace(/[\s-]+/g, '[\\s-]+'),
            )
            .join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        );
  const adjectivePattern = partyAdjectives(agreement);
  // A known source is a party when any of its names is one of the party's aliases.
  const partyOfSourceName = new Map<string, PartyId | null>();
  const partyOfSource = (source: KnownSource): PartyId | null => {
    if (partyByName.size === 0) return null;
    let party = partyOfSourceName.get(source.name);
    if (party === undefined) {
      party =
        [source.name, ...source.aliases]
          .map((a) => partyByName.get(foldName(a)))
          .find((p) => p !== undefined) ?? null;
      partyOfSourceName.set(source.name, party);
    }
    return party;
  };
  return (text, known) => {
    const found: ActorMention[] = [];
    if (partyPattern !== null) {
      for (const m of text.matchAll(partyPattern)) {
        const party = partyByName.get(foldName(m[0])) ?? null;
        found.push({ start: m.index, end: m.index + m[0].length, name: m[0], party });
      }
    }
    if (adjectivePattern !== null) {
      // "Azerbaijani troops attacked": the adjective alone is the mention, so that an act
      // told by the noun ("Russian drones struck") still has its author before it.
      for (const m of text.matchAll(adjectivePattern.pattern)) {
        const word = m[1] ?? '';
        if (!/^\p{Lu}/u.test(word)) continue;
        const party = adjectivePattern.partyOf.get(word.toLowerCase()) ?? null;
        found.push({ start: m.index, end: m.index + word.length, name: m[0], party });
      }
    }
    for (const m of known) {
      if (!m.source.actor) continue;
      const said =
        partyByName.size === 0 ? undefined : partyByName.get(foldName(text.slice(m.start, m.end)));
      found.push({
        start: m.start,
        end: m.end,
        name: m.source.name,
        party: said ?? partyOfSource(m.source),
      });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: ActorMention[] = [];
    for (const m of found) {
      const last = kept[kept.length - 1];
      if (last === undefined || m.start >= last.end) kept.push(m);
    }
    return kept;
  };
}

const FORCE_NOUN = new RegExp(
  `^(\\p{Lu}[\\p{L}-]+)\\s+(?:${SIDE_FORCE_NOUNS.map(escapeRegExp).join('|')})$`,
  'iu',
);

/** A country's adjective by its folded name: "Pakistani" for "Pakistan". */
const demonymOf = new Map(DEMONYMS.map((d) => [foldName(d.country), d.adjective.toLowerCase()]));

/**
 * The adjectives an agreement's aliases give its parties ("Azerbaijani" from "Azerbaijani
 * forces", "Pakistani" from "Pakistan"), and the pattern that finds one before a force or weapon
 * noun; null when none.
 */
function partyAdjectives(
  agreement: AgreementParties | null,
): { pattern: RegExp; partyOf: Map<string, PartyId> } | null {
  const partyOf = new Map<string, PartyId>();
  // An adjective two parties share ("Yemeni army", "Yemeni forces") names neither side.
  const shared = new Set<string>();
  for (const p of agreement?.parties ?? []) {
    const id = PartyId.safeParse(p.id);
    if (!id.success) continue;
    // A side named by its country ("Pakistan") is named by the country's adjective too: "Pakistani
    // troops violated the ceasefire" names the author as "Pakistani forces" would.
    for (const alias of p.aliases) {
      const word =
        FORCE_NOUN.exec(alias.trim())?.[1]?.toLowerCase() ?? demonymOf.get(foldName(alias));
      if (word === undefined || !/^\p{Lu}/u.test(alias.trim())) continue;
      const before = partyOf.get(word);
      if (before !== undefined && before !== id.data) shared.add(word);
      partyOf.set(word, id.data);
    }
  }
  for (const word of shared) partyOf.delete(word);
  if (partyOf.size === 0) return null;
  const nouns = [...SIDE_FORCE_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const words = [...partyOf.keys()].map(escapeRegExp);
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(${words.join('|')})\\s+(?:${nouns.join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    partyOf,
  };
}

let nlp: typeof Compromise | undefined;

/** compromise takes most of a second to load; only the fallback below needs it, and rarely. */
const compromise = (): typeof Compromise =>
  (nlp ??= createRequire(import.meta.url)('compromise') as typeof Compromise);

/**
 * People and organisations compromise finds in one sentence: the fallback when neither an
 * agreement nor the source table names anyone there. Costly, so called only then.
 */
export function namedEntities(sentence: string, offset: number): ActorMention[] {
  const doc = compromise()(sentence);
  const names = [
    ...(doc.people().out('array') as string[]),
    ...(doc.organizations().out('array') as string[]),
  ];
  const out: ActorMention[] = [];
  for (const raw of names) {
    const name = raw
      .replace(/[,.;:]+$/u, '')
      .replace(/(?:[’']s|[’'])$/u, '')
      .trim();
    const at = sentence.indexOf(name);
    if (name.length < 2 || at < 0) continue;
    out.push({ start: offset + at, end: offset + at + name.length, name, party: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
