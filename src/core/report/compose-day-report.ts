import type { Document } from '../evidence/document.js';
import { documentCredit } from '../evidence/document-credit.js';
import type { Claim } from '../evidence/claim.js';
import { originKey, originOf } from '../evidence/claim.js';
import type { Evaluation, InstantRange, PeriodResult } from '../evaluation/evaluation.js';
import type { ClaimId } from '../ids.js';
import { formatRange } from '../quantity/count-range.js';
import { endOfLocalDate, instantOfLocalDate, localDateTime } from '../time/zoned-time.js';
import type { DayReport, ReportFootnote, ReportOrigin, ReportStatement } from './day-report.js';

export interface DayReportInput {
  readonly evaluation: Evaluation;
  /** The agreement's title, as recorded. */
  readonly title: string;
  /** The local calendar date of the report ("2023-11-26"), in the agreement's zone. */
  readonly day: string;
  /** The claims in the agreement's scope (any status; only accepted ones known at asOf count). */
  readonly claims: readonly Claim[];
  /** The documents those claims come from. */
  readonly documents: ReadonlyMap<string, Document>;
}

/** The day's bounds: its period when the term has one starting that date, else its calendar day. */
function dayBounds(
  evaluation: Evaluation,
  day: string,
): { period: PeriodResult | null; start: number; end: number } {
  const period = evaluation.periods.find((p) => p.localStart.slice(0, 10) === day) ?? null;
  if (period) return { period, start: Date.parse(period.start), end: Date.parse(period.end) };
  const zone = evaluation.timezone;
  return {
    period: null,
    start: instantOfLocalDate(day, { hour: 0, minute: 0 }, zone) ?? NaN,
    end: endOfLocalDate(day, zone) ?? NaN,
  };
}

/** Footnotes numbered in the order the report first cites them, one per document. */
class Footnotes {
  private readonly notes = new Map<
    string,
    { number: number; claims: ClaimId[]; document: Document }
  >();
  constructor(
    private readonly claims: ReadonlyMap<string, Claim>,
    private readonly documents: ReadonlyMap<string, Document>,
  ) {}

  /** The footnote numbers of the claims' documents, skipping a claim whose document is unknown. */
  cite(ids: readonly ClaimId[]): number[] {
    const out: number[] = [];
    for (const id of ids) {
      const claim = this.claims.get(id);
      const document = claim && this.documents.get(claim.document);
      if (!claim || !document) continue;
      let note = this.notes.get(document.id);
      if (note === undefined) {
        note = { number: this.notes.size + 1, claims: [], document };
        this.notes.set(document.id, note);
      }
      if (!note.claims.includes(id)) note.claims.push(id);
      if (!out.includes(note.number)) out.push(note.number);
    }
    return out;
  }

  get list(): ReportFootnote[] {
    return [...this.notes.values()].map(({ number, claims, document }) => {
      const credit = documentCredit(document);
      return {
        number,
        document: document.id,
        claims,
        title: document.title ?? document.id,
        credit: credit.line,
        published: document.published?.earliest ?? document.published?.latest ?? null,
        link: credit.link,
      };
    });
  }
}

const words = (value: string) => value.replaceAll('_', ' ');

const UNITS: Readonly<Record<string, string>> = { D: 'day', H: 'hour', M: 'minute' };
/** An ISO-8601 length in words: "P2D" is "2 days", "PT12H" is "12 hours". */
const lengthInWords = (iso: string) =>
  [...iso.matchAll(/(\d+)([DHM])/g)]
    .map(([, n, unit]) => `${n} ${UNITS[unit ?? ''] ?? unit}${n === '1' ? '' : 's'}`)
    .join(' ') || iso;

/** The term's local days, in order: the first day of each period. */
export const termDays = (evaluation: Evaluation): string[] => [
  ...new Set(evaluation.periods.map((p) => p.localStart.slice(0, 10))),
];

/**
 * The day a report shows when none is asked for: the last day of the term that had begun by
 * the evaluation's moment, else (before the term) its first; null for a term with no periods.
 */
export function reportDay(evaluation: Evaluation): string | null {
  const moment = Date.parse(evaluation.asOf);
  const begun = evaluation.periods.filter((p) => Date.parse(p.start) <= moment);
  return (begun.at(-1) ?? evaluation.periods[0])?.localStart.slice(0, 10) ?? null;
}

/**
 * The daily situation report of an agreement: the term in force, the day's row of the grid,
 * the claims that came to be known during the day by origin, the breaches alleged for the day
 * and by whom, and the tallies, each statement citing the documents it rests on.
 */
export function composeDayReport(input: DayReportInput): DayReport {
  const { evaluation: e, day } = input;
  const zone = e.timezone;
  const local = (iso: string) => localDateTime(Date.parse(iso), zone).replace('T', ' ');
  const range = (r: InstantRange) =>
    r.earliest === r.latest
      ? r.earliest === null
        ? 'an unknown time'
        : local(r.earliest)
      : `between ${r.earliest === null ? '…' : local(r.earliest)} and ${r.latest === null ? '…' : local(r.latest)}`;
  const claims = new Map(input.claims.map((c) => [c.id, c]));
  const notes = new Footnotes(claims, input.documents);
  const { period, start, end } = dayBounds(e, day);
  const asOf = Date.parse(e.asOf);

  const term: ReportStatement[] = [
    {
      text: `The term began ${local(e.term.start)} and ends ${range(e.term.end)}; as of this report it is ${words(e.term.state)}.`,
      notes: [],
    },
    ...(e.term.endReason
      ? [
          {
            text: e.term.endReason,
            notes: notes.cite(
              e.term.endCause === null
                ? []
                : e.term.endCause.kind === 'expired'
                  ? e.term.endCause.confirmedBy
                  : e.term.endCause.claims,
            ),
          },
        ]
      : []),
    ...e.term.extensions.map((x) => ({
      text: `${x.source === 'rule' ? 'Extended by rule' : 'An extension was reported'}${x.adds ? ` by ${lengthInWords(x.adds)}` : ''}, to ${range(x.until)}${x.supportedByRule === null ? '' : `; the count rule ${x.supportedByRule === 'not' ? 'does not allow' : x.supportedByRule === 'possibly' ? 'may allow' : 'allows'} it`}.`,
      notes: notes.cite(x.claims),
    })),
  ];

  const grid = (period?.norms ?? []).map((n) => ({
    norm: n.norm,
    ref: n.explanation.ref,
    bearer: n.bearer,
    verdict: n.verdict,
    text: n.explanation.summary,
    notes: notes.cite([
      ...n.explanation.counted,
      ...n.explanation.contrary,
      ...n.explanation.possible,
    ]),
  }));

  const fresh = input.claims
    .filter((c) => c.status === 'accepted')
    .filter((c) => {
      const known = Date.parse(c.knownAt);
      return known >= start && known < end && known <= asOf;
    })
    .sort((a, b) => a.knownAt.localeCompare(b.knownAt) || a.id.localeCompare(b.id));
  const byOrigin = new Map<string, { origin: string; claims: ReportStatement[] }>();
  for (const claim of fresh) {
    const link = originOf(claim.content);
    const key = originKey(link);
    const entry = byOrigin.get(key) ?? { origin: link.name, claims: [] };
    entry.claims.push({
      text: `${words(claim.content.type)}${claim.content.text ? `: “${claim.content.text}”` : ''}`,
      notes: notes.cite([claim.id]),
    });
    byOrigin.set(key, entry);
  }
  const newClaims: ReportOrigin[] = [...byOrigin].map(([originKey, o]) => ({
    origin: o.origin,
    originKey,
    claims: o.claims,
  }));

  const breaches = e.breaches
    .filter((b) =>
      period
        ? b.period === period.index
        : b.when !== null &&
          Date.parse(b.when.earliest ?? b.when.latest ?? '') < end &&
          Date.parse(b.when.latest ?? b.when.earliest ?? '') >= start,
    )
    .map((b) => ({
      text: `${b.according_to ?? 'The record’s silence'} ${b.selfReport ? 'admits' : 'alleges'} a breach${b.by ? ` by ${b.by}` : ''}${b.norm ? ` of ${b.norm}` : ''} (${words(b.basis)}; ${b.certainty}).`,
      notes: notes.cite(b.claim === null ? [] : [b.claim]),
    }));

  const tallies = e.tallies.map((t) => ({
    text: `${words(t.act)}${t.by ? ` by ${t.by}` : ''}${t.category ? ` (${t.category})` : ''}: ${formatRange(t.count)} ${t.role === 'acts' ? 'acts' : words(t.role)}${t.unit ? ` (${t.unit})` : ''}, from ${t.claims} claim${t.claims === 1 ? '' : 's'}.`,
    notes: notes.cite(t.from),
  }));

  return {
    agreement: e.agreement,
    title: input.title,
    version: e.version,
    day,
    days: termDays(e),
    period: period?.index ?? null,
    timezone: zone,
    localStart: localDateTime(start, zone),
    localEnd: localDateTime(end, zone),
    asOf: e.asOf,
    term,
    grid,
    newClaims,
    breaches,
    tallies,
    footnotes: notes.list,
  };
}
