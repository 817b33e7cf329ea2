import type { AgreementId, PartyId } from '../ids.js';
import type { Duration } from '../time/duration.js';
import type { LocalTime } from '../time/zoned-time.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { Expression } from './quantity-expression.js';

/**
 * An agreement version as the engine reads it: compiled from the file, every reference
 * resolved, every local time turned into what it means. Built only by `parseAgreement`.
 */
export interface Agreement {
  readonly id: AgreementId;
  readonly version: number;
  readonly title: string;
  readonly ref: string;
  /** When this version takes effect (ISO instant), as the file gives it. */
  readonly effectiveFrom: string | null;
  readonly amends: { readonly version: number; readonly summary: string } | null;
  /** IANA time zone of every local time in the file. */
  readonly timezone: string;
  /** Local time at which each period begins. */
  readonly dayBoundary: LocalTime;
  readonly parties: readonly Party[];
  readonly mediators: readonly Mediator[];
  /** Monitoring missions: origins of their own kind, which a priority policy can rank. */
  readonly monitors: readonly Mediator[];
  /** Categories of persons the clauses distinguish; claims' other categories are not compared. */
  readonly personCategories: readonly string[];
  /** Groups of person categories that exclude one another ("women, men, children"). */
  readonly categoryGroups: readonly (readonly string[])[];
  readonly areas: readonly Area[];
  /** Territory handed over: the receiving side's entry is read as the other's withdrawal. */
  readonly handovers: readonly Handover[];
  /** Totals quantities can be relative to (`total(id)`): stated, and revised by reports. */
  readonly totals: readonly Total[];
  readonly term: Term;
  readonly norms: readonly Norm[];
  readonly powers: readonly Power[];
  /** Exceptions that prohibitions make way for; a conflict without one is refused. */
  readonly exceptions: readonly AgreementException[];
  readonly evidence: EvidencePolicy;
}

/** "Nothing here prevents self-defence": which prohibitions make way, and for what. */
export interface AgreementException {
  readonly id: string;
  readonly ref: string;
  readonly to: readonly string[];
  readonly prevails:
    | { readonly kind: 'ground'; readonly ground: string }
    | { readonly kind: 'clause'; readonly norm: string };
}

/**
 * How a party is bound: a party to the fighting, a guarantor (bound, and may deploy forces),
 * or a signatory that is not a party to the fighting. All can bear clauses.
 */
export type PartyRole = 'party' | 'guarantor' | 'signatory';

export interface Party {
  readonly id: PartyId;
  readonly name: string;
  /** Omitted for a party to the fighting, so agreements recorded before roles read as before. */
  readonly role?: Exclude<PartyRole, 'party'>;
  readonly aliases: readonly string[];
  /** Armed groups bound through the party: it answers for their acts. */
  readonly answersFor?: readonly BoundGroup[];
}

export interface BoundGroup {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Mediator {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Area {
  readonly id: string;
  readonly name: string;
  /** Places inside the area. */
  readonly places: readonly string[];
  /** Larger places containing it: a claim placed there is only possibly inside. */
  readonly within: readonly string[];
}

/** "District X returned to B by D": B's forces entering X are A's withdrawal from it. */
export interface Handover {
  readonly id: string;
  readonly ref: string;
  readonly area: Area;
  readonly from: PartyId;
  readonly to: PartyId;
  /** Event types reporting the receiving side's entry. */
  readonly entered: readonly EventType[];
}

/**
 * "All remaining hostages": a total that is itself reported and uncertain. Reports of
 * `reported.event` (persons held) revise the figure the text states.
 */
export interface Total {
  readonly id: string;
  readonly title: string | null;
  readonly ref: string;
  /** The text's own figure, as a range; null: only reports give it. */
  readonly stated: { readonly min: number; readonly max: number } | null;
  readonly reported: {
    readonly event: EventType;
    /** Only reports of persons held by this party; null: anyone's. */
    readonly by: PartyId | null;
    /** Only reports of persons of these categories; empty: any. */
    readonly categories: readonly string[];
  } | null;
}

/** A length known as a range: `shortest` = `longest` when reports agree. */
export interface DurationRange {
  readonly shortest: Duration;
  readonly longest: Duration;
}

export interface Term {
  /** ISO instant. */
  readonly start: string;
  /** null: no fixed end (it ends by a power or as reported). */
  readonly duration: DurationRange | null;
  readonly ref: string;
  readonly phases: readonly Phase[];
  readonly extensionRules: readonly ExtensionRule[];
  readonly reportedExtensions: ReportedEvents | null;
  readonly reportedEnd: ReportedEvents | null;
}

/** Phases follow one another from the start; one without a duration lasts to the term's end. */
export interface Phase {
  readonly id: string;
  readonly duration: Duration | null;
  readonly ref: string | null;
}

/** "One more day per ten further releases, up to ten days in all." */
export interface ExtensionRule {
  readonly id: string;
  readonly ref: string;
  /** The norm whose acts are counted, over the whole term. */
  readonly counts: string;
  readonly category: string | null;
  readonly beyond: number;
  readonly step: number;
  readonly adds: Duration;
  /** The longest the whole term may become. */
  readonly maxLength: DurationRange | null;
  /** true: the term grows by the rule itself; false: the rule checks reported extensions. */
  readonly automatic: boolean;
}

/** Claims of an event type that tell the life of the term (truce_extended, truce_end). */
export interface ReportedEvents {
  readonly event: EventType;
  /** Only claims whose agent is one of these parties; null for anyone. */
  readonly by: readonly PartyId[] | null;
  readonly ref: string | null;
}

/** What counts as an act. */
export interface Act {
  readonly events: readonly EventType[];
  /** Agents whose acts count; `bearer` is the instance's bearer, `any` is anyone. */
  readonly by: { readonly kind: 'bearer' } | { readonly kind: 'any' } | ActParties;
  /** Empty: any persons. */
  readonly categories: readonly string[];
  readonly area: Area | null;
  /** Which place of the act the area means: where it landed (or happened), where it was launched from, or either. */
  readonly where: PlaceRole;
  /** Mediator names (ids, names, aliases) one of which must be an intermediary; null: none needed. */
  readonly via: readonly string[] | null;
  readonly dailyWindow: { readonly from: LocalTime; readonly to: LocalTime } | null;
}

export type PlaceRole = 'landed_in' | 'launched_from' | 'either';

export interface ActParties {
  readonly kind: 'parties';
  readonly parties: readonly PartyId[];
}

export interface Quantity {
  readonly min: Expression;
  readonly unit: string | null;
}

/** When an obligation instance falls due, if not at the end of its window. */
export type Deadline =
  | { readonly kind: 'local_time'; readonly time: LocalTime; readonly nextDay: boolean }
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'at'; readonly at: string };

export type FulfilmentPolicy =
  | { readonly kind: 'any_accepted' }
  | { readonly kind: 'quorum'; readonly origins: number }
  | { readonly kind: 'priority'; readonly order: readonly string[] };

export interface EvidencePolicy {
  readonly fulfilment: FulfilmentPolicy;
  /** What no report at all means once a deadline has passed. */
  readonly silence: 'unknown' | 'violated';
}

export type Per = 'day' | 'once';

interface NormCommon {
  readonly id: string;
  /** A short name shown instead of the id; null: the id is shown. */
  readonly title: string | null;
  readonly ref: string;
  readonly bearers: readonly PartyId[];
  readonly phase: string | null;
  /** ISO instants narrowing the window; null: the term's (or phase's) own bounds. */
  readonly from: string | null;
  readonly until: string | null;
  readonly evidence: EvidencePolicy;
}

/** Bring something about: at least `quantity` acts by the deadline, per period or once. */
export interface Achievement extends NormCommon {
  readonly kind: 'achievement';
  readonly per: Per;
  readonly act: Act;
  readonly quantity: Quantity | null;
  readonly deadline: Deadline | null;
}

/** Bring something about on given periods only ("every seventh day"). */
export interface Punctual extends NormCommon {
  readonly kind: 'punctual';
  readonly occasions: Occasions;
  readonly act: Act;
  readonly quantity: Quantity | null;
  readonly deadline: Deadline | null;
}

export type Occasions =
  | { readonly kind: 'every'; readonly every: number; readonly first: number }
  | { readonly kind: 'list'; readonly items: readonly Occasion[] };

/** One occasion: a period by number or by the local date it starts on. */
export interface Occasion {
  readonly on:
    | { readonly kind: 'day'; readonly day: number }
    | { readonly kind: 'date'; readonly date: string };
  readonly quantity: Quantity | null;
  readonly ref: string | null;
}

/** Keep something up throughout the window: broken by any of the `brokenBy` acts. */
export interface Maintenance extends NormCommon {
  readonly kind: 'maintenance';
  readonly per: Per;
  readonly brokenBy: Act;
}

/** Refrain from acts throughout the window. */
export interface Prohibition extends NormCommon {
  readonly kind: 'prohibition';
  readonly per: Per;
  readonly act: Act;
}

export type Norm = Achievement | Punctual | Maintenance | Prohibition;
export type NormKind = Norm['kind'];

export interface Power {
  readonly id: string;
  readonly ref: string;
  /** Counterparty: every party but the one that violated the trigger. */
  readonly holder: { readonly kind: 'counterparty' } | ActParties;
  readonly trigger: { readonly violated: readonly string[] };
  readonly effect: 'terminate' | 'suspend' | 'resume';
  readonly exercisedBy: Act;
}

/** The act a norm counts: what is done for obligations, what breaks it otherwise. */
export const actOf = (norm: Norm): Act => (norm.kind === 'maintenance' ? norm.brokenBy : norm.act);
