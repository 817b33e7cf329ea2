/**
 * The shapes of the HTTP API's JSON, as the dashboard reads them (docs/api.md). The dashboard
 * talks to the API only, so these mirror the server's response schemas rather than import them.
 */

/** An ISO-8601 instant with an offset. */
export type Iso = string;

export const EVENT_TYPES = [
  'release',
  'list_delivered',
  'list_not_delivered',
  'aid_delivery',
  'civil_flight',
  'rocket_fire',
  'airstrike',
  'shelling',
  'armed_attack',
  'ground_operation',
  'clash',
  'overflight',
  'withdrawal',
  'presence',
  'deployment',
  'arrest',
  'evacuation_order',
  'talks',
  'proposal',
  'demand',
  'accusation',
  'denial',
  'delegation_recalled',
  'agreement_announced',
  'truce_start',
  'truce_extended',
  'truce_end',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MODALITIES = ['asserted', 'denied', 'alleged', 'planned'] as const;
export type Modality = (typeof MODALITIES)[number];

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type TimePrecision =
  'exact' | 'minute' | 'hour' | 'part_of_day' | 'day' | 'days' | 'week' | 'month' | 'unresolved';

export interface TimeInterval {
  readonly earliest: Iso | null;
  readonly latest: Iso | null;
  readonly label: string;
  readonly precision: TimePrecision;
}

export interface Place {
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: 'point' | 'city' | 'region' | 'country' | 'unknown';
}

export interface Actor {
  readonly name: string;
  readonly role: 'agent' | 'target' | 'recipient' | 'intermediary';
  readonly party: string | null;
}

export interface Quantity {
  readonly unit: string;
  readonly min: number;
  readonly max: number | null;
  readonly qualifier: Qualifier;
}

export type SourceKind =
  | 'outlet'
  | 'news_agency'
  | 'official_body'
  | 'party'
  | 'mediator'
  | 'monitor'
  | 'ngo'
  | 'person'
  | 'anonymous';

/** One link of an attribution chain; chains run from the publisher to the origin. */
export interface AttributionLink {
  readonly name: string;
  readonly kind: SourceKind;
  readonly source: string | null;
}

export interface ClaimContent {
  readonly type: EventType;
  readonly when: TimeInterval;
  readonly where: Place | null;
  readonly actors: readonly Actor[];
  readonly quantities: readonly Quantity[];
  readonly categories: readonly string[];
  readonly modality: Modality;
  readonly attribution: readonly AttributionLink[];
  /** Character offsets [start, end) into the document's clean text. */
  readonly span: readonly [number, number] | null;
  readonly text: string;
  readonly polarity?: 'asserted' | 'denied' | 'not_happened';
  readonly occurrence?: 'happened' | 'planned' | 'expected' | 'conditional' | 'background';
  /** How sure extraction was, 0–1; absent on an analyst's claim. */
  readonly confidence?: number;
}

export type ReviewStatus = 'suggested' | 'accepted' | 'rejected' | 'retracted';

export type Provenance =
  | { readonly kind: 'rule'; readonly rule: string }
  | { readonly kind: 'analyst'; readonly analyst: string };

export interface Claim {
  readonly id: string;
  readonly document: string;
  readonly status: ReviewStatus;
  readonly revision: number;
  readonly content: ClaimContent;
  readonly provenance: Provenance;
  readonly recordedAt: Iso;
  readonly knownAt: Iso;
}

/** The envelope of every listing. */
export interface Listing<T> {
  readonly items: readonly T[];
}

/** A page of a long listing; follow `nextCursor` until it is null. */
export interface Page<T> extends Listing<T> {
  readonly nextCursor: string | null;
}

/** How a document is credited: a summary in our own words is never the outlet's text. */
export interface DocumentCredit {
  /** True when the words are ours, not the publisher's. */
  readonly summary: boolean;
  /** Whose words the text is: the publisher, or "summary written for the examples". */
  readonly by: string | null;
  /** For a summary: the publisher of the report it was written from. */
  readonly from: string | null;
  /** The address to follow: the document's own, or the report a summary is from. */
  readonly link: string | null;
  /** The credit in one line, as shown above the text. */
  readonly line: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly kind: string;
  readonly format: 'text' | 'html';
  /** For a summary, the title of the report it summarises. */
  readonly title: string | null;
  /** For a summary, the publisher of the report it summarises: show `credit` instead. */
  readonly publisher: string | null;
  readonly published: TimeInterval | null;
  readonly url: string | null;
  /** For a summary: the address of the report it was written from. */
  readonly derivedFrom?: string | null;
  readonly recordedAt: Iso;
  readonly credit: DocumentCredit;
}

export interface DocumentRecord extends DocumentSummary {
  readonly rawText: string;
  /** What claims' spans point into; null when the document was not cleaned. */
  readonly cleanText: string | null;
  /** Page furniture taken out of the clean text. */
  readonly removed: readonly string[];
}

export interface DocumentWithClaims {
  readonly document: DocumentRecord;
  readonly claims: readonly Claim[];
}

export interface Source {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly aliases: readonly string[];
  readonly affiliation:
    | { readonly kind: 'party'; readonly party: string }
    | { readonly kind: 'mediator' }
    | { readonly kind: 'independent' };
}

export interface AgreementSummary {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly effectiveFrom: Iso | null;
  readonly recordedAt: Iso;
}

export interface AgreementDetail extends AgreementSummary {
  /** The IANA zone whose clocks the agreement's days and deadlines follow. */
  readonly timezone: string;
  readonly parties: readonly {
    readonly id: string;
    readonly name: string;
    readonly aliases: readonly string[];
  }[];
}

export type Verdict = 'not_due' | 'fulfilled' | 'violated' | 'unknown' | 'disputed';

/** Three-valued: is something so? */
export type Membership = 'definitely' | 'possibly' | 'not';

export interface CountRange {
  readonly min: number;
  readonly max: number | null;
}

/** An instant range; null ends are unknown or unbounded on that side. */
export interface InstantRange {
  readonly earliest: Iso | null;
  readonly latest: Iso | null;
}

export interface IgnoredClaim {
  readonly claim: string;
  readonly reason: string;
  /** The reason in words ("rejected in review"). */
  readonly why: string;
}

/** How one independent origin's account of a norm instance reads. */
export interface Account {
  readonly origin: string;
  readonly originKey: string;
  /** "party:israel", "mediator:qatar", "mediator" or "independent". */
  readonly affiliation: string;
  readonly selfReport: boolean;
  readonly stance: 'supports' | 'contradicts';
  readonly count: CountRange;
  readonly claims: readonly string[];
  /** false when the evidence policy set this account aside. */
  readonly used: boolean;
}

export interface Explanation {
  readonly ref: string;
  /** One sentence: what was owed, what was found, what decided the verdict. */
  readonly summary: string;
  readonly required: CountRange | null;
  readonly requiredExpression: string | null;
  readonly count: CountRange | null;
  readonly owed: string | null;
  readonly counted: readonly string[];
  /** Claims only possibly inside the window: they widen counts, never settle them. */
  readonly possible: readonly string[];
  /** Claims that say the contrary: a denial, or a report that the act did not happen. */
  readonly contrary: readonly string[];
  readonly ignored: readonly IgnoredClaim[];
  readonly accounts: readonly Account[];
}

export interface NormResult {
  readonly norm: string;
  /** The agreement version whose terms judged this instance. */
  readonly version: number;
  readonly kind: 'achievement' | 'punctual' | 'maintenance' | 'prohibition';
  readonly bearer: string;
  readonly verdict: Verdict;
  readonly lifecycle: string;
  readonly window: { readonly start: Iso; readonly end: Iso };
  readonly due: Iso;
  readonly explanation: Explanation;
}

export interface PeriodResult {
  readonly index: number;
  readonly start: Iso;
  readonly end: Iso;
  /** The local wall-clock start ("2023-11-24T07:00"), as the evaluation sends it. */
  readonly localStart: string;
  /** Whether the period lies within the term. */
  readonly inTerm: Membership;
  readonly phase: string | null;
  /** The agreement version in effect when the period began. */
  readonly version: number;
  readonly norms: readonly NormResult[];
}

export interface ExtensionResult {
  readonly source: 'rule' | 'reported';
  /** ISO-8601 length added ("P1D"); `addsUpTo` differs where reports disagree. */
  readonly adds: string | null;
  readonly addsUpTo: string | null;
  readonly at: Iso | null;
  readonly until: InstantRange;
  readonly claims: readonly string[];
  readonly rule: string | null;
  readonly certainty: Membership;
  /** Reported extensions: whether the count rules allowed this much; null without a rule. */
  readonly supportedByRule: Membership | null;
}

export interface ExtensionRuleResult {
  readonly rule: string;
  readonly ref: string;
  readonly counts: string;
  readonly count: CountRange;
  /** Extensions the count allows, capped by the rule's maximum length. */
  readonly steps: CountRange;
  readonly adds: string;
  readonly claims: readonly string[];
}

export interface TermResult {
  readonly start: Iso;
  readonly end: InstantRange;
  readonly state: 'not_started' | 'in_effect' | 'possibly_ended' | 'ended';
  /** In words, with its source; null while open. */
  readonly endReason: string | null;
  readonly baseEnd: InstantRange;
  readonly extensions: readonly ExtensionResult[];
  readonly rules: readonly ExtensionRuleResult[];
  readonly suspensions: readonly {
    readonly power: string;
    readonly from: Iso;
    readonly until: Iso | null;
  }[];
}

export interface Tally {
  readonly act: EventType;
  /** The agent party; null when the claims name none. */
  readonly by: string | null;
  /** null: all persons. */
  readonly category: string | null;
  /** What the row counts: the acts, the persons or supplies they concern, or an outcome. */
  readonly role: 'acts' | 'persons' | 'killed' | 'injured' | 'detained' | 'supplies';
  readonly unit: string | null;
  readonly count: CountRange;
  readonly claims: number;
}

/** One alleged breach, always as some origin tells it. */
export interface Breach {
  readonly norm: string | null;
  readonly period: number | null;
  readonly by: string | null;
  readonly claim: string | null;
  /** The origin's name; null when the breach is the silence rule's. */
  readonly according_to: string | null;
  readonly originKey: string | null;
  /** The origin is affiliated with the accused party: an admission. */
  readonly selfReport: boolean;
  readonly basis: 'act' | 'negation' | 'denial' | 'shortfall' | 'silence' | 'accusation';
  readonly certainty: Membership;
}

export interface PowerResult {
  readonly power: string;
  readonly ref: string;
  readonly effect: 'terminate' | 'suspend' | 'resume';
  readonly state: 'not_triggered' | 'available' | 'exercised' | 'lapsed';
  readonly holders: readonly string[];
  readonly exercised: {
    readonly by: string | null;
    readonly when: InstantRange;
    readonly claims: readonly string[];
  } | null;
}

export interface Evaluation {
  readonly agreement: string;
  readonly version: number;
  readonly asOf: Iso;
  readonly timezone: string;
  readonly term: TermResult;
  readonly periods: readonly PeriodResult[];
  /** Norms that hold once over a window of their own, not per period. */
  readonly once: readonly NormResult[];
  readonly tallies: readonly Tally[];
  readonly breaches: readonly Breach[];
  readonly powers: readonly PowerResult[];
}

export type Grade = 'single_source' | 'corroborated' | 'contested' | 'confirmed' | 'retracted';

/** A cluster of accepted claims that describe one occurrence. */
export interface EventCluster {
  readonly id: string;
  readonly type: EventType;
  readonly claims: readonly string[];
  readonly when: TimeInterval;
  readonly where: Place | null;
  /** Keys of the independent origins: a source id, or `name:` and the folded name. */
  readonly origins: readonly string[];
  readonly grade: Grade;
}

export interface NewReport {
  readonly text: string;
  readonly format?: 'text' | 'html';
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: Iso;
  /** The agreement whose parties name the actors. */
  readonly agreement?: string;
}

/** What ingest would read from a report; nothing is recorded. */
export interface Extraction {
  readonly document: {
    readonly title: string | null;
    readonly published: Iso | null;
    readonly removed: readonly string[];
    readonly cleanText: string;
  };
  readonly claims: readonly (ClaimContent & { readonly rule: string })[];
  readonly warnings: readonly string[];
}

export interface Ingested {
  readonly outcome: 'added' | 'known';
  readonly document: DocumentRecord;
  readonly claims: readonly Claim[];
}

/** The ledger's last entry signed with the store's key (GET /api/head; docs/security.md). */
export interface SignedHead {
  readonly seq: number;
  readonly hash: string;
  readonly time: Iso;
  readonly signature: string;
  readonly keyId: string;
  readonly publicKey: string;
}
