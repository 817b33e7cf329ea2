/** One request in flight for an address, and how many callers still wait on it. */
interface InFlight {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
  waiting: number;
}

const aborted = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');

/**
 * A fetch that sends identical reads (GET of one address) once while they are in flight: the
 * header's term slider, the agreement's evaluation and a view often ask for the same address at
 * the page's start, and the server would compute each twice. Every caller gets a copy of the
 * answer and may stop waiting alone; the request is cancelled when no caller waits any more.
 * A read sent after the answer arrived is sent again: only reads at the same time are shared.
 */
export function sharedReads(send: (request: Request) => Promise<Response>) {
  const inFlight = new Map<string, InFlight>();
  return (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return send(request);
    const key = request.url;
    let shared = inFlight.get(key);
    if (shared === undefined) {
      const controller = new AbortController();
      const entry: InFlight = {
        response: send(new Request(request, { signal: controller.signal })),
        controller,
        waiting: 0,
      };
      const done = () => inFlight.get(key) === entry && inFlight.delete(key);
      entry.response.then(done, done);
      inFlight.set(key, entry);
      shared = entry;
    }
    const entry = shared;
    entry.waiting += 1;
    const { signal } = request;
    return new Promise<Response>((resolve, reject) => {
      const leave = () => {
        entry.waiting -= 1;
        if (entry.waiting === 0) {
          if (inFlight.get(key) === entry) inFlight.delete(key);
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
}
