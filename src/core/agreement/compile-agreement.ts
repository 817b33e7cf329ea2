import type { PartyId } from '../ids.js';
import { SourceKind } from '../evidence/source.js';
import { foldName } from '../text/fold-name.js';
import {
  addDuration,
  endOfLocalDate,
  instantOfDateTime,
  instantOfLocalDate,
  isTimeZone,
  parseLocalTime,
} from '../time/zoned-time.js';
import { isoOf } from '../time/instant-ms.js';
import type {
  Act,
  ActParties,
  Agreement,
  Area,
  Deadline,
  DurationRange,
  EvidencePolicy,
  Mediator,
  Norm,
  Occasion,
  Occasions,
  Party,
  Power,
  Quantity,
  Handover,
  ReportedEvents,
  Total,
} from './agreement.js';
import type {
  ActFile,
  AgreementFile,
  DeadlineFile,
  DurationSpec,
  NormFile,
  QuantityFile,
} from './agreement-file.js';
import { compileExceptions } from './compile-exceptions.js';
import {
  countedCategories,
  countedNorms,
  namedTotals,
  parseExpression,
} from './quantity-expression.js';

/** A problem found while compiling, placed by its key path in the file. */
export interface FileIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Append what the file has at the path ("found `three`"). */
  readonly showFound: boolean;
}

export type Compiled =
  | { readonly ok: true; readonly agreement: Agreement }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

/** Words a priority list may use besides party ids, mediator ids and source kinds. */
const PRIORITY_WORDS = [
  'mediator',
  'monitor',
  'party',
  'guarantor',
  'signatory',
  'bearer',
  'counterparty',
  'independent',
];

const DEFAULT_POLICY: EvidencePolicy = {
  fulfilment: { kind: 'any_accepted' },
  silence: 'unknown',
};

/**
 * Turns a schema-valid file into the agreement the engine reads: resolves every reference
 * (parties, mediators, areas, phases, norms named in expressions and triggers), turns local
 * times into instants in the agreement's zone, and reports every problem found, not the first.
 */
export function compileAgreement(file: AgreementFile): Compiled {
  const issues: FileIssue[] = [];
  const problem = (path: readonly PropertyKey[], message: string, showFound = true): void => {
    issues.push({ path, message, showFound });
  };

  const zone = isTimeZone(file.timezone) ? file.timezone : 'UTC';
  if (zone !== file.timezone)
    problem(['timezone'], 'must be an IANA time zone like Asia/Jerusalem');

  const instant = (text: string, path: readonly PropertyKey[]): string | null => {
    const ms = instantOfDateTime(text, zone);
    if (ms === null) problem(path, 'is not a valid date-time');
    return ms === null ? null : isoOf(ms);
  };

  // Ids: parties and mediators share a namespace, since holders and `by` may name either.
  uniqueIds(
    [
      ...file.parties.map((p, i) => ({ id: p.id as string, path: ['parties', i, 'id'] })),
      ...file.mediators.map((m, i) => ({ id: m.id, path: ['mediators', i, 'id'] })),
      ...file.monitors.map((m, i) => ({ id: m.id, path: ['monitors', i, 'id'] })),
      ...file.parties.flatMap((p, i) =>
        p.answers_for.map((g, j) => ({ id: g.id, path: ['parties', i, 'answers_for', j, 'id'] })),
      ),
    ],
    problem,
  );
  for (const list of ['norms', 'powers', 'areas', 'exceptions', 'totals', 'handovers'] as const) {
    uniqueIds(
      file[list].map((x, i) => ({ id: x.id, path: [list, i, 'id'] })),
      problem,
    );
  }
  uniqueIds(
    file.term.phases.map((x, i) => ({ id: x.id, path: ['term', 'phases', i, 'id'] })),
    problem,
  );
  uniqueIds(
    file.term.extensions.map((x, i) => ({ id: x.id, path: ['term', 'extensions', i, 'id'] })),
    problem,
  );

  const parties: Party[] = file.parties.map((p) => ({
    id: p.id,
    name: p.name ?? p.id,
    aliases: p.aliases,
    ...(p.role === 'party' ? {} : { role: p.role }),
    ...(p.answers_for.length === 0
      ? {}
      : {
          answersFor: p.answers_for.map((g) => ({
            id: g.id,
            name: g.name ?? g.id,
            aliases: g.aliases,
          })),
        }),
  }));
  const partyIds = new Set<string>(parties.map((p) => p.id));
  const mediators: Mediator[] = file.mediators.map((m) => ({
    id: m.id,
    name: m.name ?? m.id,
    aliases: m.aliases,
  }));
  const monitors: Mediator[] = file.monitors.map((m) => ({
    id: m.id,
    name: m.name ?? m.id,
    aliases: m.aliases,
  }));
  const areas: Area[] = file.areas.map((a) => ({
    id: a.id,
    name: a.name ?? a.id,
    places: a.places,
    within: a.within,
  }));
  const totals: Total[] = file.totals.map((t, i) => {
    const path = ['totals', i];
    if (t.stated === undefined && t.reported === undefined) {
      problem(
        path,
        'needs `stated` (the text’s figure), `reported` (claims giving it), or both',
        false,
      );
    }
    const stated =
      t.stated === undefined
        ? null
        : typeof t.stated === 'number'
          ? { min: t.stated, max: t.stated }
          : { min: t.stated.between[0], max: t.stated.between[1] };
    if (stated !== null && stated.min > stated.max) {
      problem([...path, 'stated', 'between'], 'must give the smaller figure first', false);
    }
    const r = t.reported;
    if (r?.by !== undefined && !partyIds.has(r.by)) {
      problem(
        [...path, 'reported', 'by'],
        `names no party of this agreement; expected one of ${[...partyIds].join(', ')}`,
      );
    }
    return {
      id: t.id,
      title: t.title ?? null,
      ref: t.ref,
      stated,
      reported:
        r === undefined
          ? null
          : {
              event: r.event,
              by: (r.by ?? null) as PartyId | null,
              categories: r.categories ?? [],
            },
    };
  });
  const totalIds = new Set(totals.map((t) => t.id));
  const handovers: Handover[] = file.handovers.flatMap((h, i) => {
    const path = ['handovers', i];
    const area = areas.find((a) => a.id === h.area);
    if (area === undefined) {
      problem(
        [...path, 'area'],
        `names no area of this agreement; expected one of ${areas.map((a) => a.id).join(', ') || '(none defined under `areas`)'}`,
      );
    }
    for (const key of ['from', 'to'] as const) {
      if (!partyIds.has(h[key])) {
        problem(
          [...path, key],
          `names no party of this agreement; expected one of ${[...partyIds].join(', ')}`,
        );
      }
    }
    if (h.from === h.to) problem([...path, 'to'], 'must differ from `from`');
    const entered =
      h.entered === undefined
        ? ['deployment' as const]
        : typeof h.entered === 'string'
          ? [h.entered]
          : h.entered;
    if (entered.includes('withdrawal')) {
      problem(
        [...path, 'entered'],
        'must not include `withdrawal`: that is what an entry is read as',
      );
    }
    return area === undefined
      ? []
      : [{ id: h.id, ref: h.ref, area, from: h.from, to: h.to, entered }];
  });
  const normIds = new Set(file.norms.map((n) => n.id));
  const phaseIds = new Set(file.term.phases.map((p) => p.id));

  const checkParties = (ids: readonly string[], path: readonly PropertyKey[]): PartyId[] => {
    ids.forEach((id, i) => {
      if (!partyIds.has(id)) {
        problem(
          ids.length > 1 ? [...path, i] : path,
          `names no party of this agreement; expected one of ${[...partyIds].join(', ')}`,
        );
      }
    });
    return ids as PartyId[];
  };

  const start = instant(file.term.start, ['term', 'start']);
  const startMs = start === null ? 0 : Date.parse(start);

  const durationRange = (spec: DurationSpec, path: readonly PropertyKey[]): DurationRange => {
    if (!('between' in spec)) return { shortest: spec, longest: spec };
    const [shortest, longest] = spec.between;
    if (addDuration(startMs, zone, shortest) > addDuration(startMs, zone, longest)) {
      problem([...path, 'between'], 'must give the shorter duration first', false);
    }
    return { shortest, longest };
  };

  const policy = (
    p: AgreementFile['evidence'],
    base: EvidencePolicy,
    path: readonly PropertyKey[],
  ): EvidencePolicy => {
    if (p === undefined) return base;
    const f = p.fulfilment;
    if (f !== undefined && typeof f === 'object' && 'priority' in f) {
      const known = new Set<string>([
        ...PRIORITY_WORDS,
        ...partyIds,
        ...mediators.map((m) => m.id),
        ...monitors.map((m) => m.id),
        ...SourceKind.options,
      ]);
      f.priority.forEach((item, i) => {
        if (!known.has(item)) {
          problem(
            [...path, 'fulfilment', 'priority', i],
            `must be a party, mediator or monitor id, a source kind, or one of ${PRIORITY_WORDS.join(', ')}`,
          );
        }
      });
    }
    return {
      fulfilment:
        f === undefined
          ? base.fulfilment
          : f === 'any_accepted'
            ? { kind: 'any_accepted' }
            : 'quorum' in f
              ? { kind: 'quorum', origins: f.quorum }
              : { kind: 'priority', order: f.priority },
      silence: p.silence ?? base.silence,
    };
  };
  const agreementPolicy = policy(file.evidence, DEFAULT_POLICY, ['evidence']);

  const act = (a: ActFile, path: readonly PropertyKey[]): Act => {
    let by: Act['by'] = { kind: 'bearer' };
    if (a.by === 'any') by = { kind: 'any' };
    else if (a.by !== undefined) {
      const ids = typeof a.by === 'string' ? [a.by] : a.by;
      by = { kind: 'parties', parties: checkParties(ids, [...path, 'by']) };
    }
    const area = a.area === undefined ? null : (areas.find((x) => x.id === a.area) ?? null);
    if (a.where !== undefined && a.area === undefined) {
      problem([...path, 'where'], 'needs an `area`: it says which place of the act the area means');
    }
    if (a.area !== undefined && area === null) {
      problem(
        [...path, 'area'],
        `names no area of this agreement; expected one of ${areas.map((x) => x.id).join(', ') || '(none defined under `areas`)'}`,
      );
    }
    let via: string[] | null = null;
    if (a.via !== undefined) {
      const chosen =
        a.via === 'mediators' ? mediators : mediators.filter((m) => a.via?.includes(m.id));
      if (a.via !== 'mediators') {
        a.via.forEach((id, i) => {
          if (!mediators.some((m) => m.id === id)) {
            problem([...path, 'via', i], 'names no mediator of this agreement');
          }
        });
      }
      if (chosen.length === 0)
        problem([...path, 'via'], 'needs `mediators` listed in the agreement');
      via = chosen.flatMap((m) => [m.id, m.name, ...m.aliases].map(foldName));
    }
    const w = a.daily_window;
    if (w !== undefined && w.from === w.to) {
      problem([...path, 'daily_window', 'to'], 'must differ from `from`');
    }
    return {
      events: typeof a.event === 'string' ? [a.event] : a.event,
      by,
      categories: a.categories ?? [],
      area,
      where: a.where ?? 'landed_in',
      via,
      dailyWindow:
        w === undefined ? null : { from: parseLocalTime(w.from), to: parseLocalTime(w.to) },
    };
  };

  const quantity = (q: QuantityFile | undefined, path: readonly PropertyKey[]): Quantity | null => {
    if (q === undefined) return null;
    const unit = q.unit ?? null;
    if (typeof q.min === 'number') return { min: { kind: 'number', value: q.min }, unit };
    const parsed = parseExpression(q.min);
    if (!parsed.ok) {
      problem(
        [...path, 'min'],
        `must be a number or an expression like \`3 * count(hamas-releases)\` (${parsed.message})`,
      );
      return null;
    }
    for (const norm of countedNorms(parsed.expression)) {
      if (!normIds.has(norm)) {
        problem([...path, 'min'], `counts \`${norm}\`, which is no norm of this agreement`);
      }
    }
    for (const total of namedTotals(parsed.expression)) {
      if (!totalIds.has(total)) {
        problem(
          [...path, 'min'],
          `is relative to \`${total}\`, which is no total of this agreement; expected one of ${[...totalIds].join(', ') || '(none defined under `totals`)'}`,
        );
      }
    }
    return { min: parsed.expression, unit };
  };

  const deadline = (d: DeadlineFile | undefined, path: readonly PropertyKey[]): Deadline | null => {
    if (d === undefined) return null;
    if ('local_time' in d) {
      return { kind: 'local_time', time: parseLocalTime(d.local_time), nextDay: d.next_day };
    }
    if ('day' in d) return { kind: 'day', day: d.day };
    if ('end_of_date' in d) {
      // "By the end of 15 October": the first instant of the 16th, local, whatever the boundary.
      const end = endOfLocalDate(d.end_of_date, zone);
      if (end === null) problem([...path, 'end_of_date'], 'is not a valid date');
      return end === null ? null : { kind: 'at', at: isoOf(end) };
    }
    const at = instant(d.at, [...path, 'at']);
    return at === null ? null : { kind: 'at', at };
  };

  const norms: Norm[] = file.norms.map((n, i) => {
    const path = ['norms', i];
    const bearerIds = typeof n.bearer === 'string' ? [n.bearer] : n.bearer;
    if (n.phase !== undefined && !phaseIds.has(n.phase)) {
      problem(
        [...path, 'phase'],
        `names no phase of this agreement; expected one of ${[...phaseIds].join(', ') || '(none defined under `term.phases`)'}`,
      );
    }
    const common = {
      id: n.id,
      title: n.title ?? null,
      ref: n.ref,
      bearers: checkParties(bearerIds, [...path, 'bearer']),
      phase: n.phase ?? null,
      from: n.from === undefined ? null : instant(n.from, [...path, 'from']),
      until: n.until === undefined ? null : instant(n.until, [...path, 'until']),
      evidence: policy(n.evidence, agreementPolicy, [...path, 'evidence']),
    };
    switch (n.kind) {
      case 'achievement':
        if (n.per === 'once' && n.deadline !== undefined && 'local_time' in n.deadline) {
          problem(
            [...path, 'deadline'],
            'must be `{day: N}`, `{at: …}` or `{end_of_date: …}` for a norm that holds once',
            false,
          );
        }
        if (n.per === 'day' && n.deadline !== undefined && !('local_time' in n.deadline)) {
          problem(
            [...path, 'deadline'],
            'must be `{local_time: "HH:MM"}` for a norm that holds per day',
            false,
          );
        }
        return {
          ...common,
          kind: 'achievement',
          per: n.per,
          act: act(n.act, [...path, 'act']),
          quantity: quantity(n.quantity, [...path, 'quantity']),
          deadline: deadline(n.deadline, [...path, 'deadline']),
        };
      case 'punctual':
        if (n.deadline !== undefined && !('local_time' in n.deadline)) {
          problem(
            [...path, 'deadline'],
            'must be `{local_time: "HH:MM"}` for a punctual norm',
            false,
          );
        }
        return {
          ...common,
          kind: 'punctual',
          occasions: occasions(n.on, [...path, 'on']),
          act: act(n.act, [...path, 'act']),
          quantity: quantity(n.quantity, [...path, 'quantity']),
          deadline: deadline(n.deadline, [...path, 'deadline']),
        };
      case 'maintenance':
        return {
          ...common,
          kind: 'maintenance',
          per: n.per,
          brokenBy: act(n.broken_by, [...path, 'broken_by']),
        };
      case 'prohibition':
        return { ...common, kind: 'prohibition', per: n.per, act: act(n.act, [...path, 'act']) };
    }
  });

  function occasions(
    on: Extract<NormFile, { kind: 'punctual' }>['on'],
    path: readonly PropertyKey[],
  ): Occasions {
    if (!Array.isArray(on)) return { kind: 'every', every: on.every, first: on.first };
    const items: Occasion[] = on.map((o, i) => {
      if (
        'date' in o &&
        instantOfLocalDate(o.date, parseLocalTime(file.day_boundary), zone) === null
      ) {
        problem([...path, i, 'date'], 'is not a valid date');
      }
      return {
        on: 'date' in o ? { kind: 'date', date: o.date } : { kind: 'day', day: o.day },
        quantity: quantity(o.quantity, [...path, i, 'quantity']),
        ref: o.ref ?? null,
      };
    });
    return { kind: 'list', items };
  }

  checkCycles(norms, problem);
  const exceptions = compileExceptions(file, norms, problem);
  // Parties and person categories are bits of a 32-bit mask in the evaluation.
  if (file.parties.length > 30) problem(['parties'], 'must list at most 30 parties', false);
  if (file.parties.filter((p) => p.role === 'party').length < 2) {
    problem(['parties'], 'must list at least two parties to the fighting (`role: party`)', false);
  }
  const categoryCount = new Set([...(file.categories ?? []).flat(), ...namedCategories(file)]).size;
  if (categoryCount > 30)
    problem(['categories'], 'must name at most 30 categories of persons', false);

  const reported = (
    r: AgreementFile['term']['reported_end'],
    path: readonly PropertyKey[],
  ): ReportedEvents | null =>
    r === undefined
      ? null
      : {
          event: r.event,
          by: r.by === undefined ? null : checkParties(r.by, [...path, 'by']),
          ref: r.ref ?? null,
        };

  const phases = file.term.phases.map((p) => ({
    id: p.id,
    duration: p.duration ?? null,
    ref: p.ref ?? null,
  }));
  phases.forEach((p, i) => {
    if (p.duration === null && i < phases.length - 1) {
      problem(
        ['term', 'phases', i],
        'needs a `duration`: only the last phase may run to the end of the term',
        false,
      );
    }
  });

  const extensionRules = file.term.extensions.map((r, i) => {
    const path = ['term', 'extensions', i];
    if (!normIds.has(r.counts)) problem([...path, 'counts'], 'names no norm of this agreement');
    return {
      id: r.id,
      ref: r.ref,
      counts: r.counts,
      category: r.category ?? null,
      beyond: r.beyond,
      step: r.step,
      adds: r.adds,
      maxLength:
        r.max_length === undefined ? null : durationRange(r.max_length, [...path, 'max_length']),
      automatic: r.automatic,
    };
  });

  const powers: Power[] = file.powers.map((p, i) => {
    const path = ['powers', i];
    p.trigger.violated.forEach((id, j) => {
      if (!normIds.has(id))
        problem([...path, 'trigger', 'violated', j], 'names no norm of this agreement');
    });
    const holder: Power['holder'] =
      p.holder === 'counterparty'
        ? { kind: 'counterparty' }
        : ({
            kind: 'parties',
            parties: checkParties(typeof p.holder === 'string' ? [p.holder] : p.holder, [
              ...path,
              'holder',
            ]),
          } satisfies ActParties);
    return {
      id: p.id,
      ref: p.ref,
      holder,
      trigger: { violated: p.trigger.violated },
      effect: p.effect,
      exercisedBy: act(p.exercised_by, [...path, 'exercised_by']),
    };
  });

  const effectiveFrom =
    file.effective_from === undefined ? null : instant(file.effective_from, ['effective_from']);
  const duration =
    file.term.duration === undefined
      ? null
      : durationRange(file.term.duration, ['term', 'duration']);

  if (issues.length > 0 || start === null) return { ok: false, issues };
  return {
    ok: true,
    agreement: {
      id: file.id,
      version: file.version,
      title: file.title,
      ref: file.ref,
      effectiveFrom,
      amends: file.amends ?? null,
      timezone: zone,
      dayBoundary: parseLocalTime(file.day_boundary),
      parties,
      mediators,
      monitors,
      personCategories: [...new Set([...(file.categories ?? []).flat(), ...namedCategories(file)])],
      categoryGroups: (file.categories ?? []).filter((c): c is string[] => Array.isArray(c)),
      areas,
      handovers,
      totals,
      term: {
        start,
        duration,
        ref: file.term.ref,
        phases,
        extensionRules,
        reportedExtensions: reported(file.term.reported_extensions, [
          'term',
          'reported_extensions',
        ]),
        reportedEnd: reported(file.term.reported_end, ['term', 'reported_end']),
      },
      norms,
      powers,
      exceptions,
      evidence: agreementPolicy,
    },
  };
}

/** Every category a clause, expression or rule names: the default person categories. */
function namedCategories(file: AgreementFile): string[] {
  const named = new Set<string>();
  const acts = [
    ...file.norms.map((n) => (n.kind === 'maintenance' ? n.broken_by : n.act)),
    ...file.powers.map((p) => p.exercised_by),
  ];
  for (const a of acts) for (const c of a.categories ?? []) named.add(c);
  for (const r of file.term.extensions) if (r.category !== undefined) named.add(r.category);
  for (const t of file.totals) for (const c of t.reported?.categories ?? []) named.add(c);
  for (const n of file.norms) {
    const quantities =
      n.kind === 'achievement'
        ? [n.quantity]
        : n.kind === 'punctual'
          ? [n.quantity, ...(Array.isArray(n.on) ? n.on.map((o) => o.quantity) : [])]
          : [];
    for (const q of quantities) {
      if (typeof q?.min !== 'string') continue;
      const parsed = parseExpression(q.min);
      if (parsed.ok) for (const c of countedCategories(parsed.expression)) named.add(c);
    }
  }
  return [...named];
}

function uniqueIds(
  items: readonly { id: string; path: readonly PropertyKey[] }[],
  problem: (path: readonly PropertyKey[], message: string, showFound?: boolean) => void,
): void {
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id)) problem(path, `repeats the id \`${id}\`; ids must be unique`, false);
    seen.add(id);
  }
}

/** A quantity may count another norm's acts, but never, through others, its own. */
function checkCycles(
  norms: readonly Norm[],
  problem: (path: readonly PropertyKey[], message: string, showFound?: boolean) => void,
): void {
  const counts = new Map<string, string[]>();
  for (const n of norms) {
    const quantities: (Quantity | null)[] =
      n.kind === 'achievement'
        ? [n.quantity]
        : n.kind === 'punctual'
          ? [
              n.quantity,
              ...(n.occasions.kind === 'list' ? n.occasions.items.map((o) => o.quantity) : []),
            ]
          : [];
    counts.set(
      n.id,
      quantities.flatMap((q) => (q === null ? [] : countedNorms(q.min))),
    );
  }
  norms.forEach((n, i) => {
    const stack = [...(counts.get(n.id) ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === n.id) {
        problem(
          ['norms', i, 'quantity', 'min'],
          `counts its own acts through \`count(…)\`: a cycle`,
          false,
        );
        return;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(counts.get(next) ?? []));
    }
  });
}
