import { describe, expect, it } from 'vitest';
import type { Claim, ClaimContent } from './claim.js';
import { Claim as ClaimSchema } from './claim.js';
import { PartyId } from '../ids.js';
import { clusterEvents } from './cluster-events.js';

const DAY_1 = {
  earliest: '2023-11-30T00:00:00Z',
  latest: '2023-11-30T23:59:59Z',
  label: 'Thursday',
  precision: 'day',
} as const;
const DAY_2 = {
  earliest: '2023-12-02T00:00:00Z',
  latest: '2023-12-02T23:59:59Z',
  label: 'Saturday',
  precision: 'day',
} as const;
const KHAN_YOUNIS = { name: 'Khan Younis', lat: 31.34, lon: 34.31, precision: 'city' } as const;
const SOUTHERN_GAZA = { name: 'southern Gaza', lat: 31.3, lon: 34.3, precision: 'region' } as const;
const JERUSALEM = { name: 'Jerusalem', lat: 31.77, lon: 35.22, precision: 'city' } as const;

let n = 0;
type Over = Partial<Omit<ClaimContent, 'actors'>> & {
  actors?: { name: string; role: 'agent'; party: string }[];
  origin?: string[];
  status?: Claim['status'];
};

function claim(over: Over): Claim {
  n += 1;
  const { origin = ['Outlet', 'Reuters'], status = 'accepted', ...content } = over;
  return ClaimSchema.parse({
    id: `clm_${String(n).padStart(6, '0')}`,
    document: 'doc_000001',
    content: {
      type: 'airstrike',
      when: DAY_1,
      where: KHAN_YOUNIS,
      actors: [{ name: 'IDF', role: 'agent', party: 'israel' }],
      attribution: origin.map((name) => ({ name, kind: name === 'UN' ? 'monitor' : 'outlet' })),
      ...content,
    },
    provenance: { kind: 'analyst', analyst: 'test' },
    status,
    revision: 1,
    recordedAt: '2023-12-03T00:00:00Z',
    knownAt: '2023-12-03T00:00:00Z',
    updatedAt: '2023-12-03T00:00:00Z',
  });
}

describe('clusterEvents', () => {
  it('two outlets repeating Reuters are one origin: a single-source event', () => {
    const events = clusterEvents([
      claim({ origin: ['Outlet A', 'Reuters'] }),
      claim({ origin: ['Outlet B', 'Reuters'] }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ grade: 'single_source', origins: ['name:reuters'] });
    expect(events[0]?.claims).toHaveLength(2);
  });

  it('two independent origins corroborate, and a city inside the region is the same place', () => {
    const events = clusterEvents([
      claim({ origin: ['A', 'Reuters'] }),
      claim({ origin: ['B', 'AP'], where: SOUTHERN_GAZA }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.grade).toBe('corroborated');
    expect(events[0]?.where?.name).toBe('Khan Younis');
  });

  it('a denial from another origin contests the event', () => {
    const events = clusterEvents([
      claim({ origin: ['A', 'Reuters'] }),
      claim({ origin: ['B', 'Hamas'], modality: 'denied' }),
    ]);
    expect(events.map((e) => e.grade)).toEqual(['contested']);
  });

  it('the accused party acknowledging its own act, or a monitor verifying it, confirms the event', () => {
    const byParty = clusterEvents([claim({ origin: ['A', 'IDF'] })]);
    expect(byParty[0]?.grade).toBe('confirmed');
    const withPartyMap = clusterEvents([claim({ origin: ['A', 'Israeli military spokesman'] })], {
      partyOf: (link) => (link.name.startsWith('Israeli') ? PartyId.parse('israel') : null),
    });
    expect(withPartyMap[0]?.grade).toBe('confirmed');
    const byMonitor = clusterEvents([claim({ origin: ['A', 'UN'] })]);
    expect(byMonitor[0]?.grade).toBe('confirmed');
  });

  it('an event whose every claim was retracted is retracted', () => {
    const events = clusterEvents([claim({ status: 'retracted' })]);
    expect(events[0]?.grade).toBe('retracted');
  });

  it('different days, distant places or different agents are different occurrences', () => {
    const events = clusterEvents([
      claim({}),
      claim({ when: DAY_2 }),
      claim({ where: JERUSALEM }),
      claim({ actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' }] }),
    ]);
    expect(events).toHaveLength(4);
  });

  it('suggested, rejected and planned claims make no events', () => {
    expect(
      clusterEvents([
        claim({ status: 'suggested' }),
        claim({ status: 'rejected' }),
        claim({ modality: 'planned' }),
      ]),
    ).toEqual([]);
  });

  it('gives the same events, ids included, whatever the order of the claims', () => {
    const claims = [
      claim({ origin: ['A', 'Reuters'] }),
      claim({ origin: ['B', 'AP'] }),
      claim({ when: DAY_2 }),
    ];
    expect(clusterEvents([...claims].reverse())).toEqual(clusterEvents(claims));
    expect(clusterEvents(claims)[0]?.id).toMatch(/^evt_/);
  });

  it('narrows the time to what every account allows', () => {
    const night = {
      earliest: '2023-11-30T16:00:00Z',
      latest: '2023-12-01T03:59:59Z',
      label: 'Thursday night',
      precision: 'part_of_day',
    } as const;
    const [event] = clusterEvents([
      claim({ origin: ['A', 'Reuters'] }),
      claim({ origin: ['B', 'AP'], when: night }),
    ]);
    expect(event?.when).toMatchObject({
      earliest: '2023-11-30T16:00:00.000Z',
      latest: '2023-11-30T23:59:59.000Z',
      label: 'Thursday night',
    });
  });
});
