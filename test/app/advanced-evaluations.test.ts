// A server's evaluation advanced from the last head it evaluated, by what was appended since,
// on real SQLite and PostgreSQL stores holding the bundled examples: whatever is appended
// (claims new, revised, withdrawn, reviewed, superseding others, assigned elsewhere; releases,
// which the Gaza pause's term counts; a new version of the agreement; claims of types no clause
// reads), the evaluation advanced step by step (its count of claims moved, or the cells the
// changes reach assessed again) is the one
// made afresh at the head, grid and every cell's explanation, and it is made without reading
// the agreement's claims again.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementEvaluations } from '../../src/app/agreement-evaluations.js';
import { addAgreement, evaluateAgreement, evaluationInputs } from '../../src/app/agreements.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import { verdictGrid } from '../../src/core/evaluation/verdict-grid.js';
import { AgreementId, newId } from '../../src/core/ids.js';
import type { LedgerChange } from '../../src/core/ledger/ledger-entry.js';
import type { TestStore } from '../server/test-stores.js';
import { bothBackends } from '../server/test-stores.js';

const GAZA = AgreementId.parse('gaza-pause-2023-11');
const YEMEN = AgreementId.parse('yemen-truce-2022-04');
const AGREEMENTS = [GAZA, YEMEN] as const;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A backend's store, each agreement's claims as held and appended since, what was withdrawn. */
interface Held {
  readonly store: Store;
  readonly scoped: Map<AgreementId, Claim[]>;
  readonly retracted: Set<string>;
  versionsAdded: number;
}

/** The store, counting the reads of claim lists that an evaluation read afresh makes. */
function counted(inner: Store): { store: Store; listings: () => number } {
  let listings = 0;
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'listClaims') listings += 1;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { store, listings: () => listings };
}

/** One change, to a claim picked by `pick` among the agreement's, shifted by hours. */
const change = fc.record({
  kind: fc.constantFrom(
    'new',
    'new',
    'release',
    'release',
    'unread',
    'unread',
    'supersede',
    'edit',
    'retract',
    'accept',
    'reject',
    'assign',
    'unassign',
  ),
  agreement: fc.constantFrom(...AGREEMENTS),
  pick: fc.nat(),
  hours: fc.integer({ min: -30, max: 30 }),
  figure: fc.integer({ min: 1, max: 60 }),
});

/** Appends, then a question: to an agreement, about a moment (late ones see every claim). */
const step = fc.record({
  changes: fc.oneof(
    { weight: 5, arbitrary: fc.array(change, { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constant('version' as const) },
  ),
  ask: fc.constantFrom(...AGREEMENTS),
  hours: fc.oneof(fc.nat(400), fc.constant(24 * 365)),
});

type ChangeValue = typeof change extends fc.Arbitrary<infer V> ? V : never;

/** The ledger change a generated change makes, and the claim it leaves in memory. */
function changeOf(held: Held, c: ChangeValue): LedgerChange {
  const { retracted } = held;
  const claims = held.scoped.get(c.agreement) as Claim[];
  // A withdrawn claim takes no further change: pick among the others.
  const open = claims.filter((x) => !retracted.has(x.id));
  const base = (open[c.pick % open.length] ?? claims[0]) as Claim;
  const shift = (at: string) => iso(Date.parse(at) + c.hours * HOUR);
  const shiftOrNull = (at: string | null) => (at === null ? null : shift(at));
  const content = {
    ...base.content,
    when: {
      ...base.content.when,
      earliest: shiftOrNull(base.content.when.earliest),
      latest: shiftOrNull(base.content.when.latest),
    },
    quantities: base.content.quantities.map((q) => ({ ...q, min: c.figure, max: c.figure })),
  };
  switch (c.kind) {
    case 'new': {
      const claim = { ...base, id: newId('clm'), content, knownAt: shift(base.knownAt) };
      claims.push(claim);
      return { type: 'claim.added', claim, agreements: [c.agreement] };
    }
    case 'release': {
      // A release of a few people, mostly accepted: the Gaza pause's term counts those of
      // Hamas, and a few seldom allow it another day, so the cells it reaches are assessed again.
      const claim = {
        ...base,
        id: newId('clm'),
        status: c.figure % 3 === 0 ? ('suggested' as const) : ('accepted' as const),
        content: {
          ...content,
          type: 'release' as const,
          quantities: content.quantities.map((q) => ({
            ...q,
            min: 1 + (c.figure % 3),
            max: 1 + (c.figure % 3),
          })),
        },
        knownAt: shift(base.knownAt),
      };
      claims.push(claim);
      return { type: 'claim.added', claim, agreements: [c.agreement] };
    }
    case 'unread': {
      // Of a type neither agreement reads (talks, demands), reviewed or not: it moves only the
      // count of claims, so the evaluations held are advanced without evaluating.
      const claim = {
        ...base,
        id: newId('clm'),
        status: c.figure % 2 === 0 ? ('accepted' as const) : ('suggested' as const),
        content: {
          ...content,
          type: c.figure % 3 === 0 ? ('demand' as const) : ('talks' as const),
        },
        knownAt: shift(base.knownAt),
      };
      claims.push(claim);
      return { type: 'claim.added', claim, agreements: [c.agreement] };
    }
    case 'supersede': {
      // The same origin, type and day, known later, with another figure: it sets the first aside.
      const claim = {
        ...base,
        id: newId('clm'),
        content: { ...base.content, quantities: content.quantities },
        knownAt: iso(Date.parse(base.knownAt) + Math.abs(c.hours) * HOUR + 60_000),
      };
      claims.push(claim);
      return { type: 'claim.added', claim, agreements: [c.agreement] };
    }
    case 'edit':
      return { type: 'claim.edited', claim: base.id, content, note: null };
    case 'retract':
      retracted.add(base.id);
      return { type: 'claim.retracted', claim: base.id, note: null };
    case 'accept':
    case 'reject':
      return {
        type: 'claim.reviewed',
        claim: base.id,
        status: c.kind === 'accept' ? 'accepted' : 'rejected',
        note: null,
      };
    case 'assign':
    case 'unassign': {
      const other = AGREEMENTS.find((a) => a !== c.agreement) as AgreementId;
      return { type: `claim.${c.kind}ed` as const, claim: base.id, agreement: other };
    }
  }
}

/** The next version of the Gaza pause, taking effect during it, with the same parties. */
async function nextVersion(held: Held): Promise<void> {
  const { store } = held;
  const latest = await store.getAgreement(GAZA);
  const version = (latest?.version ?? 1) + 1;
  const text = (latest?.text ?? '')
    .replace(/^version: \d+$/m, `version: ${version}`)
    .replace(/^effective_from: .*$/m, `effective_from: 2023-11-${25 + version}T07:00`);
  await addAgreement(store, text, 'advance-test');
  held.versionsAdded += 1;
}

const START: Record<string, number> = {
  [GAZA]: Date.parse('2023-11-23T00:00:00Z'),
  [YEMEN]: Date.parse('2022-04-01T00:00:00Z'),
};

describe.each(bothBackends())('evaluations advanced from the last head on %s', (_, open) => {
  let opened: TestStore;
  let held: Held;

  beforeAll(async () => {
    opened = await open();
    const { store } = opened;
    await loadExamples(store, 'advance-test');
    const scoped = new Map<AgreementId, Claim[]>();
    for (const id of AGREEMENTS)
      scoped.set(id, [...(await evaluationInputs(store, id)).claims.all()]);
    held = { store, scoped, retracted: new Set(), versionsAdded: 0 };
  });

  afterAll(async () => {
    await opened?.dispose();
  });

  it('equal the evaluation made afresh at each head, grid and every explanation, over any appends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const { store } = held;
        const reads = counted(store);
        const evaluations = new AgreementEvaluations(reads.store);
        const ask = async (id: AgreementId, hours: number) => {
          const asOf = iso((START[id] as number) + hours * HOUR);
          const evaluation = await evaluations.evaluation(id, { asOf });
          const grid = await evaluations.grid(id, { asOf });
          const fresh = await evaluateAgreement(store, id, { asOf });
          expect(JSON.stringify(evaluation)).toBe(JSON.stringify(fresh));
          expect(JSON.stringify(grid)).toBe(JSON.stringify(verdictGrid(fresh)));
          // The bytes sent, made in part from those sent before the append.
          const { body } = await evaluations.gridAnswer(id, { asOf });
          expect(Buffer.from(body ?? []).toString()).toBe(JSON.stringify(verdictGrid(fresh)));
        };
        // Each agreement evaluated at the head before the first append.
        for (const id of AGREEMENTS) await ask(id, 24 * 365);
        const read = reads.listings();
        for (const s of steps) {
          // A few versions at most: each is evaluated for every period it governs.
          if (s.changes === 'version') {
            if (held.versionsAdded < 3) await nextVersion(held);
          } else {
            await store.append(
              s.changes.map((c) => changeOf(held, c)),
              'advance-test',
            );
          }
          await ask(s.ask, s.hours);
        }
        // Every head after the first was reached by advancing, not by reading the claims again:
        // a new version with the same parties reads the same claims.
        expect(reads.listings()).toBe(read);
      }),
      { numRuns: 10 },
    );
  }, 600_000);
});
