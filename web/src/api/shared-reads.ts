/** One request in flight for an address, and how many callers still wait on it. */
interface InFlight {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
  /** Sent ahead of its readers: its answer is kept a while after it arrives. */
  kept: boolean;
}

/** The reads a page asks for at its start, and how to send one ahead of whoever will read it. */
export interface SharedReads {
  /** A fetch that sends identical reads in flight once. */
  readonly fetch: (request: Request) => Promise<Response>;
  /**
   * Sends a read now, before the code that reads it has arrived: its answer serves every
   * identical read until `keepMs` after it arrives, or until the page sends a change.
   */
  readonly prime: (request: Request) => Promise<Response>;
}

const aborted = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');

/**
 * Identical reads (GET of one address) sent once while they are in flight: the header's term
 * slider, the agreement's evaluation and a view often ask for the same address at the page's
 * start, and the server would compute each twice. Every caller gets a copy of the answer and
 * may stop waiting alone; the request is cancelled when no caller waits any more. A read sent
 * after the answer arrived is sent again, unless it was primed and is still kept.
 */
export function sharedReads(
  send: (request: Request) => Promise<Response>,
  keepMs = 10_000,
): SharedReads {
  const inFlight = new Map<string, InFlight>();
  const drop = (key: string, entry: InFlight) => {
    if (inFlight.get(key) === entry) inFlight.delete(key);
  };

  const entryFor = (request: Request): InFlight => {
    const key = request.url;
    const shared = inFlight.get(key);
    if (shared !== undefined) return shared;
    const controller = new AbortController();
    const entry: InFlight = {
      response: send(new Request(request, { signal: controller.signal })),
      controller,
      waiting: 0,
      settled: false,
      kept: false,
    };
    // Only a successful answer is kept: a failure is asked again by the next read.
    const settle = (keep: boolean) => {
      entry.settled = true;
      if (entry.kept && keep) setTimeout(() => drop(key, entry), keepMs);
      else drop(key, entry);
    };
    entry.response.then(
      (response) => settle(response.ok),
      () => settle(false),
    );
    inFlight.set(key, entry);
    return entry;
  };

  /** Waits on the entry's answer for one caller, who may stop waiting by its signal. */
  const join = (key: string, entry: InFlight, signal: AbortSignal) => {
    entry.waiting += 1;
    return new Promise<Response>((resolve, reject) => {
      const leave = () => {
        entry.waiting -= 1;
        if (entry.waiting === 0 && !entry.kept) {
          drop(key, entry);
          entry.controller.abort();
        }
        reject(aborted(signal));
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      entry.response.then(
        (response) => {
          signal.removeEventListener('abort', leave);
          entry.waiting -= 1;
          resolve(response.clone());
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          entry.waiting -= 1;
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };

  return {
    fetch: (request) => {
      if (request.method !== 'GET') {
        // A change makes every kept answer stale.
        for (const [key, entry] of inFlight) {
          entry.kept = false;
          if (entry.settled) drop(key, entry);
        }
        return send(request);
      }
      return join(request.url, entryFor(request), request.signal);
    },
    prime: (request) => {
      if (request.method !== 'GET') return send(request);
      const entry = entryFor(request);
      if (!entry.settled) entry.kept = true;
      return join(request.url, entry, request.signal);
    },
  };
}
