import type { Event } from '../core/evidence/event.js';
import type { Store } from '../store/store.js';
import { listEvents } from './events.js';
import type { ParsedAgreements } from './parsed-agreements.js';
import { RecentlyUsed } from './recently-used.js';

type ListOptions = Parameters<typeof listEvents>[1];

/** Listings kept per ledger head: an agreement's events now, and a few moments replayed. */
const LISTINGS_KEPT = 8;

/**
 * Event listings remembered until the ledger moves. A listing is a pure function of the claims,
 * the sources and the agreement's scope, all read from the ledger, and of the moment asked: the
 * head names the first three, so an append changes it and the next request reads afresh. The
 * map, the term slider and the timeline ask for the same listing; it is built once.
 */
export class EventListings {
  private head: string | null = null;
  /** By agreement and moment. */
  private readonly listings = new RecentlyUsed<string, Promise<Event[]>>(LISTINGS_KEPT);

  constructor(
    private readonly store: Store,
    private readonly parsed?: ParsedAgreements,
  ) {}

  async list(options: ListOptions = {}): Promise<Event[]> {
    const { hash: head } = await this.store.head();
    if (head !== this.head) {
      this.head = head;
      this.listings.clear();
    }
    const key = `${options.agreement ?? ''}|${options.asOf ?? ''}`;
    const kept = this.listings.get(key);
    if (kept !== undefined) return kept;
    const listing = this.read(head, options);
    this.listings.set(key, listing);
    // A failed read (a missing agreement, a bad moment) is not kept: it is told each time.
    listing.catch(() => this.listings.peek(key) === listing && this.listings.delete(key));
    return listing;
  }

  private async read(head: string, options: ListOptions): Promise<Event[]> {
    const events = await listEvents(this.store, options, this.parsed);
    // Read again if the ledger moved while reading: the head must name what was read.
    if ((await this.store.head()).hash !== head) {
      this.listings.clear();
      return this.list(options);
    }
    return events;
  }
}
