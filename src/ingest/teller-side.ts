import type { AttributionLink } from '../core/evidence/claim.js';
import { PartyId } from '../core/ids.js';
import { foldName } from '../core/text/fold-name.js';
import { escapeRegExp } from './compile-pattern.js';
import { nameMentions } from './name-mentions.js';
import type { NameMentions } from './name-mentions.js';
import type { ActorFinder, AgreementParties } from './find-actors.js';
import { findKnownSources, knownSourceNamed } from './known-source-index.js';
import type { KnownSourceMention } from './known-source-index.js';
import type { Ally } from './tables/author-descriptions.js';
import { COMMON_FORCE_NOUN } from './tables/force-nouns.js';
import { KNOWN_SOURCES } from './tables/known-sources.js';
import { PARTY_ROLE_MODIFIERS, PARTY_ROLE_REACH, PARTY_ROLE_WORDS } from './tables/party-roles.js';

const roleWords = new Set(PARTY_ROLE_WORDS.flatMap((w) => w.split(' ')));
const modifiers = new Set(PARTY_ROLE_MODIFIERS);
const roleWord = new RegExp(
  `\\b(?:${[...PARTY_ROLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'i',
);
/** Where a title before a name cannot reach across: a sentence's or clause's end, a quote. */
const TITLE_BREAK = /[.;:!?\n“”"()]|,\s/g;
const APPOSITION = new RegExp(
  `^,\\s*(?!(?:who|which|where|when|whose)\\b)([^,;.()“”"]{1,${PARTY_ROLE_REACH.apposition}})[,.;]`,
  'u',
);
/** At most this many mentions of one name are read for its title. */
const MENTIONS_READ = 12;

/**
 * The party each teller speaks for (test/corpus/README.md, "Who alleges"): the first party its
 * own name holds ("Armenia's defence ministry"), else, for a name that holds none, the party its
 * title gives wherever the report names it with one: before it ("Ukrainian President Volodymyr
 * Zelensky"), in an apposition ("Reath Muoch Tang, a senior official of the SPLM-IO") or with
 * "of" ("Colonel Ali Musa of the Sudanese army"); a surname alone is the full name told earlier.
 */
export function tellerSides(
  findActors: ActorFinder,
  text: string,
): (link: AttributionLink) => PartyId | null {
  const seen = new Map<string, PartyId | null>();
  // Each teller whose name holds no side is looked for in the whole text: from one index of it.
  const mentions = nameMentions(text);
  const partyIn = (phrase: string): PartyId | null =>
    findActors(phrase, findKnownSources(phrase)).find((a) => a.party !== null)?.party ?? null;
  return (link) => {
    let side = seen.get(link.name);
    if (side === undefined) {
      // A body the table sets beside a side ("Gaza health ministry") speaks for that side.
      const beside = knownSourceNamed(link.name)?.side;
      side =
        partyIn(link.name) ??
        (beside === undefined ? null : partyIn(beside)) ??
        adjectiveSide(link.name, findActors) ??
        titledSide(link.name, text, mentions, findActors);
      seen.set(link.name, side);
    }
    return side;
  };
}

/**
 * "Ukrainian officials", "a Thai police spokesman": a side's adjective before a word of its
 * speakers. The adjective is the one the sides' aliases give their forces ("Ukrainian forces"),
 * so it is read through the same finder, with a force noun in the speakers' word's place.
 */
function adjectiveSide(name: string, findActors: ActorFinder): PartyId | null {
  const adjective = SPEAKERS_ADJECTIVE.exec(name)?.[1];
  // The pattern ignores case for the title's words; the adjective must still be capitalised.
  if (adjective === undefined || !/^\p{Lu}/u.test(adjective)) return null;
  const party = findActors(`${adjective} ${COMMON_FORCE_NOUN}`, [])[0];
  return party !== undefined && party.start === 0 ? party.party : null;
}
/**
 * A capitalised adjective, then words of a title up to a word of those who speak for a side; a
 * place may own them before ("Karabakh's ethnic Armenian authorities").
 */
const SPEAKERS_ADJECTIVE = new RegExp(
  `^(?:(?:an?|the)\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+(?:ethnic\\s+)?)?(\\p{Lu}[\\p{L}-]*)\\s+(?:(?:${[...modifiers].map(escapeRegExp).join('|')})\\s+)*(?:${[
    ...PARTY_ROLE_WORDS,
  ]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})$`,
  'iu',
);

/** The party a name's title gives anywhere in the text, or null. */
function titledSide(
  name: string,
  text: string,
  mentions: NameMentions,
  findActors: ActorFinder,
): PartyId | null {
  if (!/^\p{Lu}/u.test(name)) return null;
  const names = new Set([name]);
  // "Zelensky said": the full name the report gave before ("Volodymyr Zelensky").
  if (!/\s/.test(name)) for (const full of mentions.fullNamesOf(name)) names.add(full);
  for (const n of names) {
    let read = 0;
    for (const at of mentions.mentionsOf(n)) {
      if (++read > MENTIONS_READ) break;
      const side =
        sideBefore(text, at, findActors) ??
        sideAnnounced(text, at, findActors) ??
        sideAfter(text, at + n.length, findActors);
      if (side !== null) return side;
    }
  }
  return null;
}

/**
 * "Russia's deputy defence minister Alexander Fomin": a party, then only words of a title; the
 * title may stand before the name as its apposition ("Cambodia's defence ministry spokeswoman,
 * Maly Socheata").
 */
function sideBefore(text: string, at: number, findActors: ActorFinder): PartyId | null {
  let window = text.slice(Math.max(0, at - 120), at).replace(/,\s*$/u, '');
  let cut = 0;
  for (const b of window.matchAll(TITLE_BREAK)) cut = b.index + b[0].length;
  window = window.slice(cut);
  const party = findActors(window, findKnownSources(window))
    .filter((a) => a.party !== null)
    .pop();
  if (party === undefined) return null;
  const words = window
    .slice(party.end)
    .replace(/^['’]s?/u, '')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/\.$/, ''));
  const last = words[words.length - 1];
  if (last === undefined || words.length > PARTY_ROLE_REACH.words) return null;
  if (!roleWords.has(last.toLowerCase())) return null;
  // A lower-case word of no title ("struck by", "said") parts the party from the name.
  const titled = words.every(
    (w) => /^\p{Lu}/u.test(w) || roleWords.has(w) || modifiers.has(foldName(w)),
  );
  return titled ? party.party : null;
}

/** "A spokesman for the junta, Zaw Min Tun": a role of a party, then the name as apposition. */
function sideAnnounced(text: string, at: number, findActors: ActorFinder): PartyId | null {
  const lead = ANNOUNCED.exec(text.slice(Math.max(0, at - 140), at));
  const [role, owner] = [lead?.[1], lead?.[2]];
  if (role === undefined || owner === undefined || !roleWord.test(role)) return null;
  const party = findActors(owner, findKnownSources(owner))[0];
  return party !== undefined && party.start === 0 ? party.party : null;
}
const ANNOUNCED =
  /(?:^|[\s(])(?:an?|the)\s+([^,;.“”"]{1,60}?)\s+(?:for|of)\s+(?:the\s+)?([^,;.“”"]{1,60}),\s*$/iu;

/** ", a senior official of the SPLM-IO," or " of the Sudanese army" just after the name. */
function sideAfter(text: string, at: number, findActors: ActorFinder): PartyId | null {
  const after = text.slice(at, at + PARTY_ROLE_REACH.apposition + 2);
  const apposition = APPOSITION.exec(after)?.[1];
  if (apposition !== undefined && roleWord.test(apposition)) {
    const party = findActors(apposition, findKnownSources(apposition)).find(
      (a) => a.party !== null,
    );
    if (party !== undefined) return party.party;
  }
  const of = /^\s+of\s+(?:the\s+)?/i.exec(after);
  if (of === null) return null;
  const rest = after.slice(of[0].length);
  const party = findActors(rest, findKnownSources(rest))[0];
  return party !== undefined && party.start === 0 ? party.party : null;
}

/**
 * The sides of a report whose agreement names none (test/corpus/README.md, "Who alleges"): the
 * forces and governments of the known-source table it names, each under its side, as parties
 * with every name of the side as an alias. Null unless two sides are named: one alone shows no
 * one fighting.
 */
export function reportSides(known: readonly KnownSourceMention[]): AgreementParties | null {
  const named = new Set(known.map((k) => k.source.side ?? sideOfParty(k.source.name)));
  named.delete(undefined);
  if (named.size < 2) return null;
  const parties = [...named].flatMap((side) => {
    const id = PartyId.safeParse(
      foldName(side ?? '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    );
    if (!id.success) return [];
    const aliases = KNOWN_SOURCES.filter((s) => (s.side ?? sideOfParty(s.name)) === side).flatMap(
      (s) => [s.name, ...s.aliases],
    );
    return [{ id: id.data as string, aliases }];
  });
  return parties.length < 2 ? null : { parties };
}

const partyNames = new Set(KNOWN_SOURCES.filter((s) => s.kind === 'party').map((s) => s.name));
const sideOfParty = (name: string): string | undefined => (partyNames.has(name) ? name : undefined);

/**
 * The party an ally fights beside (tables/author-descriptions.ts): the first of its `beside`
 * names that is one of the sides, or null.
 */
export function allySides(findActors: ActorFinder): (ally: Ally) => PartyId | null {
  const seen = new Map<Ally, PartyId | null>();
  return (ally) => {
    let side = seen.get(ally);
    if (side === undefined) {
      side = null;
      for (const name of ally.beside) {
        side =
          findActors(name, findKnownSources(name)).find((a) => a.party !== null)?.party ?? null;
        if (side !== null) break;
      }
      seen.set(ally, side);
    }
    return side;
  };
}
