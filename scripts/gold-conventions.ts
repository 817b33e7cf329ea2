// Lists how the gold of the train or dev split records the readings its conventions settle
// (test/corpus/README.md, "Conventions of the gold"): the origin of a sentence that names no
// speaker, a ceasefire one side declares, a denial, the place of an act whose sentence names
// none, a state's ministry or military, a UN agency's office, and an act a side refuses. Each
// case is printed with its
// sentence, grouped by how the gold records it, so that a split is counted and relabelled by
// one rule. Run with `npx tsx scripts/gold-conventions.ts [dev|train]`; the test split is refused.
import { join } from 'node:path';
import { foldName } from '../src/core/text/fold-name.js';
import type { GoldClaim } from '../src/ingest/corpus-gold.js';
import { attributeReport } from '../src/ingest/extract.js';
import { locatePlaces, lookupPlace } from '../src/ingest/gazetteer.js';
import type { PlaceMention } from '../src/ingest/gazetteer.js';
import { findAnchor, sameSource } from '../src/ingest/score-extraction.js';
import { FUTURE_NEGATION_BEFORE } from '../src/ingest/tables/modality-cues.js';
import { AREA_WIDE_TYPES, VENUE_TYPES } from '../src/ingest/tables/places.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import { resolveTimeExpressions } from '../src/ingest/time-expressions.js';
import { MissGroups, tuningSplit } from './miss-groups.js';
import { CORPUS_DIR, readReports } from './read-corpus.js';

const split = tuningSplit('gold-conventions');

/** Words that tell who says so, where the rules of attribution may not find the speaker. */
const SAYING =
  /\b(?:said|says|say|saying|told|according to|stated|states|announced|announces|reported|reports|claimed|claims|accused|accuses|denied|denies|added|noted|confirmed|warned|insisted|alleged|quoted|statement|spokes(?:man|woman|person))\b/i;
/** A ceasefire one side declares: "declared a unilateral truce", "announced a ceasefire". */
const ONE_SIDED_TRUCE =
  /\bunilateral\b|\b(?:declar|announc|proclaim)\w*\b[^.;]{0,60}\b(?:ceasefire|cease-fire|truce|halt|pause|moratorium)\b|\b(?:ceasefire|truce)\b[^.;]{0,30}\bdeclared\b/i;
/** Types a report gives a ceasefire declared, beginning or agreed. */
const TRUCE_TYPES = new Set(['truce_start', 'agreement_announced', 'truce_extended', 'proposal']);
/** Acts placed by the truce's area or the talks' venue, as the extractor places them. */
const TRUCE_WIDE = new Set<string>([...AREA_WIDE_TYPES, ...VENUE_TYPES]);
/** A refusal, in the extractor's words (`FUTURE_NEGATION_BEFORE`), before or in an act's anchor. */
const REFUSAL = new RegExp(FUTURE_NEGATION_BEFORE, 'iu');
/** How far before an anchor, and how far into it, a refusal is looked for. */
const REFUSAL_BEFORE = 60;
const REFUSAL_INSIDE = 40;
/** What holds a refusal to a condition: "will not withdraw until the blockade is lifted". */
const REFUSAL_CONDITION =
  /\b(?:until|unless|without|while|as long as|so long as|only (?:after|if|when))\b/iu;
/** Claims that are the refusal or the charge itself, not the act refused. */
const NOT_REFUSED_ACTS = new Set(['demand', 'accusation', 'denial']);
/** A dateline: the place that opens the report's text before a date or an agency. */
const DATELINE_AFTER = /^\s*(?:,|\(|[-–—])/u;

/**
 * A body of a state said to speak: "Russia's defence ministry", "the Azerbaijani defence
 * ministry", "Ukraine's military", "the defence ministry in Moscow", "the Qatari foreign ministry".
 */
const STATE_BODY =
  /\b(?:\p{Lu}[\p{L}-]+(?:'s|’s)|(?:the )?\p{Lu}[\p{L}-]+(?:n|i|ese|ish|ian))\s+(?:(?:defen[cs]e|foreign|interior|health)\s+ministry|military|army|armed forces)\b|\b(?:the )?(?:defen[cs]e|foreign|interior) ministry in \p{Lu}[\p{L}-]+/u;
/** The noun that makes a name a body's rather than its state's. */
const STATE_BODY_NOUN = /\b(?:ministry|military|army|armed forces)\b/i;
/** A UN agency or its office: "UN OCHA", "OCHA Myanmar", "WFP", "World Food Programme". */
const UN_AGENCY =
  /\b(?:OCHA|WFP|UNHCR|UNICEF|OHCHR|IOM|UNDP|World Food Programme|Coordination of Humanitarian Affairs|(?:UN|United Nations) High Commissioner)\b/;
/** A name's words cut to five letters: "Azerbaijani" and "Azerbaijan's" share "azerb". */
const wordsOf = (s: string): string[] =>
  foldName(s.replace(/['’]s\b/gu, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !['the', 'of', 'and'].includes(w))
    .map((w) => w.slice(0, 5));

const origin = new MissGroups();
const truce = new MissGroups();
const denial = new MissGroups();
const unplacedActs = new MissGroups();
const ministries = new MissGroups();
const unOffices = new MissGroups();
const refusals = new MissGroups();
const counts = {
  unattributed: 0,
  declared: 0,
  denials: 0,
  unplacedActs: 0,
  ministries: 0,
  unOffices: 0,
  refusals: 0,
};

for (const report of readReports(join(CORPUS_DIR, split))) {
  const { name, gold } = report;
  const input = reportInput(report);
  const { structure, byline, attributed } = attributeReport(input);
  const issuer = byline.issuer;
  const parties = gold.agreement?.parties ?? [];
  // Who the report itself is: its publisher, byline, issuer or author, as gold or text shows.
  const voices = [
    gold.publisher,
    gold.byline?.publisher ?? null,
    gold.byline?.wire ?? null,
    attributed.publisher.name,
    byline.wire,
    byline.author,
    issuer,
  ].filter((n): n is string => n !== null);
  const lower = structure.text.toLowerCase();
  const sentenceOf = (g: GoldClaim) => {
    const at = findAnchor(lower, g.anchor.toLowerCase());
    if (at === null) return null;
    const s = structure.sentences.find((x) => at[0] >= x.start && at[0] < x.end);
    return s === undefined ? null : { ...s, text: structure.text.slice(s.start, s.end) };
  };
  const bySentence = new Map<number, { text: string; claims: GoldClaim[] }>();
  for (const g of gold.claims) {
    const s = sentenceOf(g);
    if (s === null) continue;
    const entry = bySentence.get(s.index) ?? { text: s.text, claims: [] };
    entry.claims.push(g);
    bySentence.set(s.index, entry);
  }
  const style = gold.style ?? 'none';
  const located = locatePlaces(
    resolveTimeExpressions(attributed, { published: input.published, timeZone: input.timeZone }),
  );
  const placeOfAct = placeReading(located.places, located.unplaced, structure);
  const short = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 200);

  // 6. A UN agency tells it: does the gold name the office the report's lines name, or the agency?
  const office = voices.find((v) => UN_AGENCY.test(v) && /\s\p{Lu}\p{Ll}+$/u.test(v)) ?? null;
  for (const g of gold.claims) {
    if (g.origin === undefined || g.origin === null || !UN_AGENCY.test(g.origin)) continue;
    counts.unOffices += 1;
    const kind =
      office === null
        ? 'no office named: the agency'
        : foldName(g.origin) === foldName(office)
          ? 'the office the report names'
          : 'the agency, though the report names its office';
    unOffices.add(
      kind,
      `${name} origin ${g.origin} (report's voices: ${[...new Set(voices)].join(', ')})`,
    );
  }
  for (const [index, { text, claims }] of bySentence) {
    const named = attributed.attributions[index]?.span != null || SAYING.test(text);
    // 1. A sentence that names no speaker: does its claim's origin name the report's own voice?
    if (!named) {
      for (const g of claims) {
        counts.unattributed += 1;
        const kind =
          g.origin === undefined
            ? 'no origin'
            : voices.some(
                  (v) =>
                    sameSource(v, g.origin ?? '', parties) ||
                    foldName(v) === foldName(g.origin ?? ''),
                )
              ? 'the report’s own voice (issuer, author, publisher)'
              : 'another speaker (carried from a neighbouring sentence)';
        origin.add(
          `${style}: ${kind}`,
          `${name} ${g.type} [${g.modality}] “${g.anchor}” origin ${g.origin ?? '—'} (voices: ${[...new Set(voices)].join(', ')}) | ${short(text)}`,
        );
      }
    }
    // 2. A ceasefire one side declares: which types the gold gives it.
    if (
      ONE_SIDED_TRUCE.test(text) &&
      /\b(?:ceasefire|cease-fire|truce|halt|pause|moratorium)\b/i.test(text)
    ) {
      const types = claims.filter((g) => TRUCE_TYPES.has(g.type)).map((g) => g.type);
      if (types.length > 0) {
        counts.declared += 1;
        truce.add(
          [...new Set(types)].sort().join(' + '),
          `${name} ${claims.map((g) => `${g.type}[${g.modality}/${g.occurrence ?? '-'}] “${g.anchor}”`).join('; ')} | ${short(text)}`,
        );
      }
    }
    // 4. An act whose sentence names no place: what does the gold give it?
    for (const g of claims) {
      if (g.where === undefined) continue;
      const kind = placeOfAct(index, g.where, text);
      if (kind === null) continue;
      counts.unplacedActs += 1;
      const family = TRUCE_WIDE.has(g.type) ? 'a truce or its terms' : 'another act';
      unplacedActs.add(
        `${family}: ${kind}`,
        `${name} ${g.type} “${g.anchor}” where ${g.where ?? '—'}/${g.country ?? '–'} | ${short(text)}`,
      );
    }
    // 5. A state's ministry or military said it: does the gold name the body or the state?
    const body = STATE_BODY.exec(text);
    for (const g of body === null ? [] : claims) {
      if (g.origin === undefined || g.origin === null || body === null) continue;
      counts.ministries += 1;
      const told = body[0].trim();
      const kind = wordsOf(g.origin).every((w) => wordsOf(told).includes(w))
        ? STATE_BODY_NOUN.test(g.origin)
          ? 'the body, as the sentence names it'
          : 'the state alone'
        : 'another speaker';
      ministries.add(kind, `${name} “${told}” origin ${g.origin} | ${short(text)}`);
    }
    // 7. An act a side says it will not do: how the gold records its modality and polarity.
    for (const g of claims) {
      if (NOT_REFUSED_ACTS.has(g.type)) continue;
      const lowerText = text.toLowerCase();
      const at = lowerText.indexOf(g.anchor.toLowerCase());
      if (at < 0) continue;
      const words = lowerText.slice(
        Math.max(0, at - REFUSAL_BEFORE),
        at + Math.min(g.anchor.length, REFUSAL_INSIDE),
      );
      if (!REFUSAL.test(words)) continue;
      counts.refusals += 1;
      const held = REFUSAL_CONDITION.test(lowerText.slice(at))
        ? 'held by a condition'
        : 'no condition';
      refusals.add(
        `${held}: ${g.modality}/${g.polarity ?? '-'}`,
        `${name} ${g.type} [${g.occurrence ?? '-'}] “${g.anchor}” | ${short(text)}`,
      );
    }
    // 3. A denial: a `denial` claim, the act marked `denied`, or both.
    const denials = claims.filter((g) => g.type === 'denial');
    const denied = claims.filter((g) => g.modality === 'denied' || g.polarity === 'denied');
    if (denials.length > 0 || denied.length > 0) {
      counts.denials += 1;
      const kind =
        denials.length > 0 && denied.length > 0
          ? 'both a denial claim and the act denied'
          : denials.length > 0
            ? 'a denial claim only'
            : 'the act denied only';
      denial.add(
        kind,
        `${name} ${claims.map((g) => `${g.type}[${g.modality}] origin ${g.origin ?? '—'} “${g.anchor}”`).join('; ')} | ${short(text)}`,
      );
    }
  }
}

process.stdout.write(
  `# ${split}\n\n# 1. Claims in sentences naming no speaker (${counts.unattributed})\n`,
);
origin.print();
process.stdout.write(
  `\n# 2. Sentences declaring a ceasefire, by the types the gold gives (${counts.declared})\n`,
);
truce.print();
process.stdout.write(`\n# 3. Sentences with a denial (${counts.denials})\n`);
denial.print();
process.stdout.write(
  `\n# 4. Claims in sentences naming no place, by what the gold places them at (${counts.unplacedActs})\n`,
);
unplacedActs.print();
process.stdout.write(
  `\n# 5. Claims told by a state's ministry or military, by how the gold names it (${counts.ministries})\n`,
);
ministries.print();
process.stdout.write(
  `\n# 6. Claims told by a UN agency, by how the gold names it (${counts.unOffices})\n`,
);
unOffices.print();
process.stdout.write(
  `\n# 7. Acts a side says it will not do, by modality/polarity (${counts.refusals})\n`,
);
refusals.print();

/**
 * Where the gold places an act whose sentence names no place (null when the sentence names
 * one): none; the last place told earlier in its paragraph; the dateline's town; the report's
 * own town (the one it names most); a country or region the report names (its area); another
 * place the report names; or a place the report never names.
 */
function placeReading(
  places: readonly PlaceMention[],
  unplaced: readonly PlaceMention[],
  structure: ReturnType<typeof attributeReport>['structure'],
) {
  const all = [...places, ...unplaced].sort((a, b) => a.start - b.start);
  const key = (name: string): string => foldName(lookupPlace(name)?.name ?? name);
  const towns = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const p of all) {
    const tally =
      p.place.precision === 'city' ? towns : p.place.precision === 'point' ? null : areas;
    tally?.set(foldName(p.place.name), (tally.get(foldName(p.place.name)) ?? 0) + 1);
  }
  const most = (tally: Map<string, number>): string | null =>
    [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const ownTown = most(towns);
  const mainArea = most(areas);
  const first = structure.sentences[0];
  const dateline = all.find(
    (p) =>
      first !== undefined &&
      p.sentence <= 1 &&
      p.start - (structure.sentences[p.sentence]?.start ?? 0) < 3 &&
      DATELINE_AFTER.test(structure.text.slice(p.end, p.end + 3)),
  );
  return (index: number, where: string | null, text: string): string | null => {
    if (all.some((p) => p.sentence === index)) return null;
    if (where !== null && foldName(text).includes(foldName(where))) return null;
    if (where === null) return 'none';
    const wanted = key(where);
    const block = structure.sentences[index]?.block;
    const earlier = all.filter(
      (p) => p.sentence < index && structure.sentences[p.sentence]?.block === block,
    );
    if (earlier.length > 0 && foldName(earlier[earlier.length - 1]!.place.name) === wanted)
      return 'the last place told earlier in its paragraph';
    if (dateline !== undefined && foldName(dateline.place.name) === wanted)
      return 'the dateline’s town';
    if (wanted === ownTown) return 'the report’s own town (named most)';
    if (wanted === mainArea) return 'the area the report names most (country or region)';
    const named = all.find((p) => foldName(p.place.name) === wanted);
    if (named !== undefined)
      return named.place.precision === 'city' || named.place.precision === 'point'
        ? 'another town the report names'
        : 'another area the report names';
    return 'a place the report does not name as one';
  };
}
