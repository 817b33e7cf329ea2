import { z } from 'zod';
import { AgreementId, PartyId } from '../ids.js';
import { Duration } from '../time/duration.js';
import { DateText, DateTimeText, LocalTimeText } from '../time/zoned-time.js';
import { EventType } from '../vocabulary/event-types.js';
import { nearestNames } from '../text/nearest-names.js';
import { parseExpression } from './quantity-expression.js';

/**
 * The agreement language: the shape of an agreement file, as YAML keys (snake_case). This is
 * the one definition: the TypeScript type, the JSON Schema in docs/ and the validation with
 * positioned errors all come from it. Cross-references (a norm naming a party, an expression
 * naming a norm) are checked when the file is compiled into an `Agreement`.
 */

/** A strict object whose unknown-key error lists the keys it knows. */
export function clause<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}; expected ${known}`
        : undefined,
  });
}

export const Ref = z
  .string({ error: 'must be text naming the clause or report this comes from' })
  .trim()
  .min(1, 'must name the clause or report this comes from')
  .describe(
    'Where this was taken from: the clause of the text, or the outlet and date of the report.',
  );

export const ClauseId = z
  .string({ error: 'must be an id of lower-case letters, digits and hyphens' })
  .regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'must be an id of lower-case letters, digits and hyphens');

const oneOrMany = <T extends z.ZodType>(item: T, what: string) =>
  z.union([item, z.array(item).min(1)], { error: `must be ${what} or a list of them` });

/** A length of time, or a range of lengths where reports disagree. */
export const DurationSpec = z.union(
  [Duration, clause({ between: z.tuple([Duration, Duration]) })],
  {
    error:
      'must be a duration like `{days: 4}` or a range like `{between: [{days: 3, hours: 17}, {days: 4}]}`',
  },
);
export type DurationSpec = z.infer<typeof DurationSpec>;

const PersonCategory = z.string().trim().min(1).max(60);

const Names = z.array(z.string().trim().min(1).max(200)).default([]);

/** An armed group a party named as bound through it: the party answers for its acts. */
export const BoundGroupFile = clause({
  id: ClauseId,
  name: z.string().trim().min(1).max(200).optional(),
  aliases: Names,
});

export const PartyFile = clause({
  id: PartyId,
  name: z.string().trim().min(1).max(200).optional(),
  role: z
    .enum(['party', 'guarantor', 'signatory'])
    .default('party')
    .describe(
      'party: a party to the fighting (the default); guarantor: bound, and may deploy forces ' +
        '(peacekeepers); signatory: bound by what it signed, not a party to the fighting.',
    ),
  aliases: Names.describe('Other names reports use for this party ("IDF", "Qassam Brigades").'),
  answers_for: z
    .array(BoundGroupFile)
    .default([])
    .describe('Armed groups bound through this party: their acts count as the party’s.'),
});

export const MediatorFile = clause({
  id: ClauseId,
  name: z.string().trim().min(1).max(200).optional(),
  aliases: Names,
});

export const AreaFile = clause({
  id: ClauseId,
  name: z.string().trim().min(1).max(200).optional(),
  places: z
    .array(z.string().trim().min(1).max(200))
    .min(1, 'must list at least one place name')
    .describe('Place names that lie inside the area.'),
  within: Names.describe(
    'Names of larger places that contain the area: a report placed there is possibly inside it.',
  ),
});

/** A count between two whole numbers, where reports disagree or are vague. */
const CountSpec = z.union(
  [
    z.number().int().nonnegative(),
    clause({ between: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]) }),
  ],
  { error: 'must be a whole number like `20` or a range like `{between: [18, 20]}`' },
);

/**
 * A total an obligation is relative to ("all remaining hostages"), itself reported and
 * uncertain: the figure the text states, revised by reports of how many are held.
 */
export const TotalFile = clause({
  id: ClauseId,
  title: z.string().trim().min(1).max(120).optional(),
  ref: Ref,
  stated: CountSpec.optional().describe(
    'The figure the text gives, used until a report gives one: `48`, or `{between: [46, 48]}`.',
  ),
  reported: clause({
    event: EventType.describe('Claims of this type give the total (usually `held`).'),
    by: PartyId.optional().describe('Only reports of persons held by this party.'),
    categories: z
      .array(PersonCategory)
      .min(1)
      .optional()
      .describe('Only reports of persons of these categories ("living").'),
  })
    .optional()
    .describe('Reports that revise the total: the latest from each origin counts.'),
});
export type TotalFile = z.infer<typeof TotalFile>;

/**
 * A handover of territory: the agreement's own mapping from "the receiving side entered the
 * district" to the handing-over side's withdrawal from it.
 */
export const HandoverFile = clause({
  id: ClauseId,
  ref: Ref,
  area: ClauseId.describe('The area handed over.'),
  from: PartyId.describe('The party handing it over: it withdraws.'),
  to: PartyId.describe('The party receiving it: its entry counts as the other’s withdrawal.'),
  entered: oneOrMany(EventType, 'an event type')
    .optional()
    .describe('Event types that report the receiving side entering (default: deployment).'),
});
export type HandoverFile = z.infer<typeof HandoverFile>;

export const DailyWindowFile = clause({ from: LocalTimeText, to: LocalTimeText });

/** What counts as an act: event types, by whom, of which persons, where, when in the day. */
export const ActFile = clause({
  event: oneOrMany(EventType, 'an event type'),
  by: z
    .union(
      [
        z.literal('any'),
        PartyId,
        z
          .array(PartyId)
          .min(1)
          .refine((ids) => !ids.includes('any' as PartyId), {
            message: 'must not list `any` among parties: `any` stands alone (`by: any`)',
          }),
      ],
      { error: 'must be a party id, a list of party ids, or `any`' },
    )
    .optional()
    .describe('Whose acts count (the agent); defaults to the bearer of the clause.'),
  categories: z
    .array(z.string().trim().min(1).max(60))
    .min(1)
    .optional()
    .describe('Categories of persons; a claim counts when all the persons it counts are of them.'),
  area: ClauseId.optional().describe('An area id: only acts placed in it count.'),
  where: z
    .enum(['landed_in', 'launched_from', 'either'])
    .optional()
    .describe(
      'Which place of an act `area` means, for fire launched from one place and landing in ' +
        'another: where it landed (the default), where it was launched from, or either.',
    ),
  via: z
    .union([z.literal('mediators'), z.array(ClauseId).min(1)], {
      error: 'must be `mediators` or a list of mediator ids',
    })
    .optional()
    .describe('Acts must pass through a mediator (named as an intermediary).'),
  daily_window: DailyWindowFile.optional().describe(
    'Only acts between these local times count (e.g. 10:00–16:00).',
  ),
});
export type ActFile = z.infer<typeof ActFile>;

const EXPRESSION_HINT = 'must be a number or an expression like `3 * count(hamas-releases)`';

/** An expression is checked here, so a typo is reported with the schema's other problems. */
const Expression = z.string().superRefine((text, ctx) => {
  const parsed = parseExpression(text);
  if (parsed.ok) return;
  // Past the first character the parser can say where it went wrong; at it, `found` says all.
  const detail = parsed.message.includes('at character 1,') ? '' : ` (${parsed.message})`;
  ctx.addIssue({ code: 'custom', message: `${EXPRESSION_HINT}${detail}` });
});

export const QuantityFile = clause({
  min: z
    .union([z.number().int().nonnegative(), Expression], { error: EXPRESSION_HINT })
    .describe(
      'At least this many: a number, or an expression over counts of other norms’ acts and ' +
        'totals: `3 * count(hamas-releases)`, `30 * count(hostage-rounds, civilians)`, ' +
        '`total(living-hostages)`.',
    ),
  unit: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('Count claims’ quantities in this unit ("trucks"); else each claim’s first figure.'),
});

export type QuantityFile = z.infer<typeof QuantityFile>;

export const DeadlineFile = z.union(
  [
    clause({ local_time: LocalTimeText, next_day: z.boolean().default(false) }),
    clause({ day: z.number().int().positive() }),
    clause({ at: DateTimeText }),
    clause({
      end_of_date: DateText.describe(
        'By the end of this local date: its last moment, in `timezone`.',
      ),
    }),
  ],
  {
    error:
      'must be `{local_time: "22:00"}`, `{day: 16}` (end of the 16th period), `{at: 2025-02-03T23:59}` or `{end_of_date: 2018-10-15}`',
  },
);

export type DeadlineFile = z.infer<typeof DeadlineFile>;

const EvidencePolicyFile = clause({
  fulfilment: z
    .union(
      [
        z.literal('any_accepted'),
        clause({ quorum: z.number().int().positive() }),
        clause({ priority: z.array(z.string().min(1)).min(1) }),
      ],
      { error: 'must be `any_accepted`, `{quorum: N}` or `{priority: [mediator, …]}`' },
    )
    .optional(),
  silence: z
    .enum(['unknown', 'violated'])
    .optional()
    .describe('What no report at all means once a deadline has passed (default: unknown).'),
});

const Bearer = z.union([PartyId, z.array(PartyId).min(1)], {
  error: 'must be a party id or a list of party ids',
});

const Per = z.enum(['day', 'once']);

const NORM_KINDS = ['achievement', 'punctual', 'maintenance', 'prohibition'];

/** Fields every norm has. */
const normCommon = {
  id: ClauseId,
  title: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('A short name for the clause, shown instead of its id ("Daily hostage releases").'),
  ref: Ref,
  bearer: Bearer,
  phase: ClauseId.optional().describe('Only while this phase is in effect.'),
  from: DateTimeText.optional().describe('Start of the window, if not the start of the term.'),
  until: DateTimeText.optional().describe('End of the window, if not the end of the term.'),
  evidence: EvidencePolicyFile.optional(),
};

const OccasionFile = z.union(
  [
    clause({
      day: z.number().int().positive(),
      quantity: QuantityFile.optional(),
      ref: Ref.optional(),
    }),
    clause({ date: DateText, quantity: QuantityFile.optional(), ref: Ref.optional() }),
  ],
  { error: 'must be `{day: N}` or `{date: 2025-01-25}`, with an optional `quantity` and `ref`' },
);

export const NormFile = z.discriminatedUnion(
  'kind',
  [
    clause({
      ...normCommon,
      kind: z.literal('achievement'),
      per: Per,
      act: ActFile,
      quantity: QuantityFile.optional(),
      deadline: DeadlineFile.optional(),
    }),
    clause({
      ...normCommon,
      kind: z.literal('punctual'),
      on: z.union(
        [
          clause({ every: z.number().int().positive(), first: z.number().int().positive() }),
          z.array(OccasionFile).min(1),
        ],
        { error: 'must be `{every: 7, first: 7}` or a list of occasions `[{day: 1}, …]`' },
      ),
      act: ActFile,
      quantity: QuantityFile.optional(),
      deadline: DeadlineFile.optional(),
    }),
    clause({
      ...normCommon,
      kind: z.literal('maintenance'),
      per: Per,
      broken_by: ActFile.describe('Acts that break what must be maintained.'),
    }),
    clause({
      ...normCommon,
      kind: z.literal('prohibition'),
      per: Per.default('day'),
      act: ActFile,
    }),
  ],
  {
    error: (issue) => {
      const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
      const near = typeof kind === 'string' ? nearestNames(kind, NORM_KINDS) : [];
      const hint = near.length === 0 ? '' : ` (did you mean ${near.join(' or ')}?)`;
      return `must be one of ${NORM_KINDS.join(', ')}${hint}`;
    },
  },
);
export type NormFile = z.infer<typeof NormFile>;

export const PhaseFile = clause({
  id: ClauseId,
  duration: Duration.optional(),
  ref: Ref.optional(),
});

export const ExtensionRuleFile = clause({
  id: ClauseId,
  ref: Ref,
  counts: ClauseId.describe('The norm whose acts are counted over the whole term.'),
  category: z.string().trim().min(1).max(60).optional(),
  beyond: z.number().int().nonnegative().default(0).describe('Acts before the first step.'),
  step: z.number().int().positive().describe('One extension per this many further acts.'),
  adds: Duration,
  max_length: DurationSpec.optional().describe('The longest the whole term may become.'),
  automatic: z
    .boolean()
    .default(false)
    .describe('true: the term grows by rule; false: the rule only checks reported extensions.'),
});

const ReportedEventsFile = clause({
  event: EventType,
  by: z.array(PartyId).min(1).optional(),
  ref: Ref.optional(),
});

export const TermFile = clause({
  start: DateTimeText,
  duration: DurationSpec.optional().describe('Omit for a term without a fixed end.'),
  ref: Ref,
  phases: z.array(PhaseFile).default([]),
  extensions: z.array(ExtensionRuleFile).default([]),
  reported_extensions: ReportedEventsFile.optional().describe(
    'Claims of this event type (usually truce_extended) extend the term.',
  ),
  reported_end: ReportedEventsFile.optional().describe(
    'Claims of this event type (usually truce_end) end the term.',
  ),
});

export const PowerFile = clause({
  id: ClauseId,
  ref: Ref,
  holder: z.union([z.literal('counterparty'), PartyId, z.array(PartyId).min(1)], {
    error: 'must be `counterparty`, a party id or a list of party ids',
  }),
  trigger: clause({ violated: z.array(ClauseId).min(1) }),
  effect: z.enum(['terminate', 'suspend', 'resume']),
  exercised_by: ActFile.describe('The reported act that exercises the power (by the holder).'),
});

/**
 * An exception, in the manner of Catala: a rule that makes way in a prohibition for acts on
 * a ground ("nothing here prevents self-defence"), or for the acts another clause requires.
 */
export const ExceptionFile = z.union(
  [
    clause({
      id: ClauseId,
      ref: Ref,
      to: oneOrMany(ClauseId, 'a prohibition id').describe('The prohibitions that make way.'),
      ground: z
        .string()
        .trim()
        .min(1)
        .max(60)
        .describe('Acts their author claims on this ground (a claim’s `justification.ground`).'),
    }),
    clause({
      id: ClauseId,
      ref: Ref,
      to: oneOrMany(ClauseId, 'a prohibition id'),
      for: ClauseId.describe('An obligation whose acts the prohibitions do not forbid.'),
    }),
  ],
  {
    error:
      'must be `{id, ref, to: [prohibition], ground: self_defence}` or `{id, ref, to: [prohibition], for: obligation}`',
  },
);
export type ExceptionFile = z.infer<typeof ExceptionFile>;

export const AgreementFile = clause({
  id: AgreementId,
  version: z.number().int().positive().default(1),
  title: z.string().trim().min(1).max(300),
  ref: Ref,
  effective_from: DateTimeText.optional().describe('When this version takes effect.'),
  amends: clause({ version: z.number().int().positive(), summary: z.string().min(1) }).optional(),
  timezone: z
    .string({ error: 'must be an IANA time zone like Asia/Jerusalem' })
    .min(1)
    .describe('IANA time zone of the agreement’s local times.'),
  day_boundary: LocalTimeText.default('00:00').describe('Local time at which each period begins.'),
  parties: z.array(PartyFile).min(2, 'must list at least two parties'),
  mediators: z.array(MediatorFile).default([]),
  monitors: z
    .array(MediatorFile)
    .default([])
    .describe(
      'Monitoring missions: their reports are their own accounts, which an evidence policy can ' +
        'rank (`priority: [monitor, …]`).',
    ),
  categories: z
    .array(
      z.union([PersonCategory, z.array(PersonCategory).min(2)], {
        error: 'must be a category, or a list of categories that exclude one another',
      }),
    )
    .optional()
    .describe(
      'Categories of persons the agreement distinguishes; a list inside is a group of categories ' +
        'that exclude one another (`[women, men, children]`). Categories its clauses name are ' +
        'added. Other categories on claims (nationalities) take no part in matching.',
    ),
  areas: z.array(AreaFile).default([]),
  handovers: z
    .array(HandoverFile)
    .default([])
    .describe(
      'Territory handed from one party to another: the receiving side entering the area counts ' +
        'as the handing side’s withdrawal from it.',
    ),
  totals: z
    .array(TotalFile)
    .default([])
    .describe(
      'Totals a quantity can be relative to, `total(id)`: "all remaining hostages", "all for all".',
    ),
  term: TermFile,
  norms: z.array(NormFile).default([]),
  powers: z.array(PowerFile).default([]),
  exceptions: z
    .array(ExceptionFile)
    .default([])
    .describe('Exceptions to prohibitions: on a ground, or for acts another clause requires.'),
  evidence: EvidencePolicyFile.optional(),
});
export type AgreementFile = z.infer<typeof AgreementFile>;
