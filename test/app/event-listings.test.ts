// Event listings remembered until the ledger moves, on a real SQLite store holding the bundled
// examples: asked again, a listing is the one already built; after an append it is the one a
// fresh listing gives, the new claim's event included.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allClaims } from '../../src/app/all-claims.js';
import { EventListings } from '../../src/app/event-listings.js';
import { listEvents } from '../../src/app/events.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import { AgreementId, newId } from '../../src/core/ids.js';
import { initStore } from '../../src/store/open-store.js';

const GAZA = AgreementId.parse('gaza-pause-2023-11');
const AS_OF = '2023-11-26T12:00:00.000Z';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-event-listings-'));
  store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await loadExamples(store, 'listing-test');
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('remembered event listings', () => {
  it('answer a listing asked again with the one built, and each moment and agreement with its own', async () => {
    const listings = new EventListings(store);
    const now = await listings.list({ agreement: GAZA });
    expect(await listings.list({ agreement: GAZA })).toBe(now);
    expect(now).toEqual(await listEvents(store, { agreement: GAZA }));
    const then = await listings.list({ agreement: GAZA, asOf: AS_OF });
    expect(then).toEqual(await listEvents(store, { agreement: GAZA, asOf: AS_OF }));
    expect(then.length).toBeLessThan(now.length);
    expect(await listings.list({})).toEqual(await listEvents(store, {}));
  });

  it('list afresh once the ledger has moved, the new claim included', async () => {
    const listings = new EventListings(store);
    const before = await listings.list({ agreement: GAZA });
    const template = (await allClaims(store, {})).find(
      (c) => c.content.type === 'release' && c.status === 'accepted',
    ) as Claim;
    const at = '2023-11-27T03:17:00.000Z';
    const claim: Claim = {
      ...template,
      id: newId('clm'),
      content: {
        ...template.content,
        type: 'airstrike',
        when: { ...template.content.when, earliest: at, latest: at },
      },
    };
    await store.append([{ type: 'claim.added', claim, agreements: [GAZA] }], 'listing-test');
    const after = await listings.list({ agreement: GAZA });
    expect(after).not.toBe(before);
    expect(after).toEqual(await listEvents(store, { agreement: GAZA }));
    expect(after.some((event) => event.claims.includes(claim.id))).toBe(true);
  });

  it('tell a missing agreement each time it is asked for', async () => {
    const listings = new EventListings(store);
    const missing = AgreementId.parse('no-such-pause');
    await expect(listings.list({ agreement: missing })).rejects.toThrow(/no-such-pause/);
    await expect(listings.list({ agreement: missing })).rejects.toThrow(/no-such-pause/);
  });
});
