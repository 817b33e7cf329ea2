// An agreement's evaluation reads its own claims and the unassigned ones naming its parties,
// from a real SQLite store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addAgreement, evaluateAgreement, getAgreement } from '../../src/app/agreements.js';
import { scopeOf, setAssignment } from '../../src/app/assignments.js';
import { claimPage, claimPageText } from '../../src/app/claim-page.js';
import { listDocuments } from '../../src/app/documents.js';
import { listEvents } from '../../src/app/events.js';
import { isInScope } from '../../src/core/evidence/claim-assignment.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import { evaluate } from '../../src/core/evaluation/evaluate.js';
import type { AgreementId, DocumentId } from '../../src/core/ids.js';
import { initStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { claimAddedFor, documentAdded, makeDocument } from '../support/builders.js';
import { at, by, claimOf, from, people } from '../core/evaluation/evaluation-fixtures.js';

const AS_OF = '2024-03-06T00:00:00Z';
const OURS = 'test-agreement' as AgreementId;
const THEIRS = 'other-agreement' as AgreementId;

/** Two agreements with the same parties, north and south, and the same terms. */
const agreementText = (id: string) => `
id: ${id}
title: Test agreement
ref: a test
timezone: UTC
day_boundary: "00:00"
parties: [{id: north, aliases: [North Army]}, {id: south, aliases: [South Command]}]
term:
  start: 2024-03-01T00:00
  ref: a test
  duration: {days: 5}
norms:
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: 10, unit: people}
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 2
    act: {event: rocket_fire}
`;

const dirs: string[] = [];
const stores: Store[] = [];

/** A fresh store holding both agreements and the document `doc_000001` claims come from. */
async function freshStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'truce-scope-'));
  dirs.push(dir);
  const store = await initStore({ kind: 'sqlite', dataDir: dir });
  stores.push(store);
  await addAgreement(store, agreementText(OURS), 'tester');
  await addAgreement(store, agreementText(THEIRS), 'tester');
  await store.append([documentAdded(makeDocument({ id: 'doc_000001' as DocumentId }))], 'tester');
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const record = (store: Store, claims: readonly Claim[], agreements: readonly AgreementId[]) =>
  store.append(
    claims.map((claim) => claimAddedFor(claim, agreements)),
    'tester',
  );

const rocketsBySouth = claimOf(1, {
  type: 'rocket_fire',
  when: at('2024-03-02T10:00:00Z'),
  actors: [by('south')],
});

describe("an agreement's claims", () => {
  it("an agreement's evaluation ignores another agreement's claims, though the parties' names coincide", async () => {
    const store = await freshStore();
    await record(store, [rocketsBySouth], [THEIRS]);
    const ours = await evaluateAgreement(store, OURS, { asOf: AS_OF });
    const theirs = await evaluateAgreement(store, THEIRS, { asOf: AS_OF });
    expect(ours.claims.total).toBe(0);
    expect(ours.breaches).toEqual([]);
    expect(theirs.breaches.map((b) => b.norm)).toEqual(['no-fire']);
    expect((await listEvents(store, { agreement: OURS, asOf: AS_OF })).length).toBe(0);
    expect((await listEvents(store, { agreement: THEIRS, asOf: AS_OF })).length).toBe(1);
    expect(await listDocuments(store, OURS)).toEqual([]);

    // Assigned to ours as well, the same claim now counts in both.
    const result = await setAssignment(store, { claim: rocketsBySouth.id }, OURS, true, 'tester');
    expect(result).toEqual({ agreement: OURS, changed: [rocketsBySouth.id], unchanged: [] });
    const after = await evaluateAgreement(store, OURS, { asOf: AS_OF });
    expect(after.breaches.map((b) => b.norm)).toEqual(['no-fire']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('an unassigned claim counts for every agreement whose parties it names, and only those', async () => {
    const store = await freshStore();
    const unassigned = claimOf(2, {
      type: 'release',
      when: at('2024-03-01T12:00:00Z'),
      actors: [by('north')],
      quantities: people(12),
    });
    const stranger = claimOf(3, {
      type: 'rocket_fire',
      when: at('2024-03-02T10:00:00Z'),
      actors: [by('west')],
    });
    await record(store, [unassigned, stranger], []);
    for (const id of [OURS, THEIRS]) {
      const evaluation = await evaluateAgreement(store, id, { asOf: AS_OF });
      expect(evaluation.claims.total).toBe(1);
      expect(evaluation.breaches).toEqual([]);
    }
  });

  it('refuses to assign a claim to an agreement that is not recorded', async () => {
    const store = await freshStore();
    await record(store, [rocketsBySouth], []);
    await expect(
      setAssignment(store, { claim: rocketsBySouth.id }, 'no-such' as AgreementId, true, 'tester'),
    ).rejects.toMatchObject({ kind: 'NotFound' });
  });

  it('evaluation over the filtered store equals evaluation over a store holding only those claims', async () => {
    const { agreement } = await getAgreement(await freshStore(), OURS);
    const line = fc.record({
      type: fc.constantFrom('release', 'release', 'rocket_fire'),
      agent: fc.constantFrom('north', 'south', 'west', null),
      day: fc.integer({ min: 0, max: 4 }),
      figure: fc.integer({ min: 1, max: 15 }),
      assigned: fc.constantFrom<readonly AgreementId[]>([], [], [OURS], [THEIRS], [OURS, THEIRS]),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 25 }), async (lines) => {
        const claims = lines.map((l, i) =>
          claimOf(i + 1, {
            type: l.type as 'release',
            when: at(
              new Date(Date.parse('2024-03-01T12:00:00Z') + l.day * 86_400_000).toISOString(),
            ),
            actors: l.agent === null ? [] : [by(l.agent)],
            quantities: people(l.figure),
          }),
        );
        const everything = await freshStore();
        for (const [i, claim] of claims.entries()) {
          await record(everything, [claim], lines[i]!.assigned);
        }
        const inScope = claims.filter((claim, i) =>
          isInScope(claim.content, lines[i]!.assigned, scopeOf(agreement)),
        );
        const onlyOurs = await freshStore();
        if (inScope.length > 0) await record(onlyOurs, inScope, [OURS]);

        const filtered = await evaluateAgreement(everything, OURS, { asOf: AS_OF });
        expect(filtered).toEqual(await evaluateAgreement(onlyOurs, OURS, { asOf: AS_OF }));
        expect(filtered).toEqual(evaluate(agreement, inScope, AS_OF, { sources: [] }));
      }),
      { numRuns: 15 },
    );
  });
});

describe('a claim page read for an agreement', () => {
  it("says each link's origin key and side by the agreement's aliases, and marks self-reports", async () => {
    const store = await freshStore();
    const admitted = claimOf(4, {
      type: 'rocket_fire',
      when: at('2024-03-02T10:00:00Z'),
      actors: [by('south')],
      // The wire quotes South Command, an alias of south: south speaks of itself.
      attribution: [...from('Wire'), ...from('South Command', 'party')],
    });
    const alleged = claimOf(5, {
      type: 'rocket_fire',
      when: at('2024-03-02T11:00:00Z'),
      actors: [by('south')],
      attribution: from('North Army', 'party'),
    });
    await record(store, [admitted, alleged], [OURS]);
    const page = await claimPage(store, { agreement: OURS, limit: 10 });
    expect(page.readings?.[admitted.id]).toEqual({
      links: [
        { key: 'name:wire', affiliation: 'independent', side: null },
        { key: 'name:south command', affiliation: 'party:south', side: 'south' },
      ],
      agent: 'south',
      selfReport: true,
    });
    expect(page.readings?.[alleged.id]).toMatchObject({
      links: [{ affiliation: 'party:north', side: 'north' }],
      agent: 'south',
      selfReport: false,
    });
    // Without an agreement there is no side to read.
    expect((await claimPage(store, { limit: 10 })).readings).toBeUndefined();
  });

  it('names as the one who acted the first agent with a party, never a target', async () => {
    const store = await freshStore();
    const claim = claimOf(6, {
      type: 'rocket_fire',
      when: at('2024-03-02T10:00:00Z'),
      actors: [
        { name: 'gunmen', role: 'agent', party: null },
        { name: 'North Army', role: 'target', party: 'north' },
        by('south'),
      ],
      attribution: from('South Command', 'party'),
    });
    await record(store, [claim], [OURS]);
    const page = await claimPage(store, { agreement: OURS, limit: 10 });
    expect(page.readings?.[claim.id]).toMatchObject({ agent: 'south', selfReport: true });
  });

  it('is sent as the stored claims put in as they are, the same page with or without readings', async () => {
    const store = await freshStore();
    const claims = [1, 2, 3].map((n) =>
      claimOf(n, { type: 'rocket_fire', when: at('2024-03-02T10:00:00Z'), actors: [by('south')] }),
    );
    await record(store, claims, [OURS]);
    for (const query of [
      { agreement: OURS, limit: 2 },
      { readAs: OURS, limit: 5 },
      { limit: 2 },
      { type: 'release' as const, limit: 2 },
    ]) {
      const text = await claimPageText(store, query);
      // Byte for byte: the claims share one reading text, written once for all three.
      expect(text).toBe(JSON.stringify(await claimPage(store, query)));
    }
    const first = JSON.parse(await claimPageText(store, { limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1].id);
  });
});
