import { describe, expect, test } from 'vitest';
import { sharedReads } from '../../web/src/api/shared-reads.js';

const URL_OF_EVENTS = 'http://truce.test/api/events?agreement=gaza-pause-2023-11';

/** A server that answers each request with its own number, when `answer` is called. */
function countingServer(status = 200) {
  const pending: (() => void)[] = [];
  let sent = 0;
  const send = (request: Request) => {
    sent += 1;
    const n = sent;
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new Error('aborted')));
      pending.push(() => resolve(new Response(`answer ${n}`, { status })));
    });
  };
  return {
    send,
    sent: () => sent,
    answer: async () => {
      for (const respond of pending.splice(0)) respond();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const get = (url = URL_OF_EVENTS, signal?: AbortSignal) =>
  new Request(url, signal === undefined ? {} : { signal });
const textOf = async (response: Promise<Response>) => (await response).text();

describe('shared reads', () => {
  test('identical reads in flight are sent once, and each reader gets the answer', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    const first = textOf(reads.fetch(get()));
    const second = textOf(reads.fetch(get()));
    await server.answer();
    expect(await Promise.all([first, second])).toEqual(['answer 1', 'answer 1']);
    expect(server.sent()).toBe(1);
  });

  test('a read made after the answer arrived is sent again', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    const first = textOf(reads.fetch(get()));
    await server.answer();
    await first;
    const again = textOf(reads.fetch(get()));
    await server.answer();
    expect(await again).toBe('answer 2');
  });

  test('one reader giving up does not cancel the read for the others', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    const leaving = new AbortController();
    const left = reads.fetch(get(URL_OF_EVENTS, leaving.signal));
    const staying = textOf(reads.fetch(get()));
    leaving.abort();
    await expect(left).rejects.toThrow();
    await server.answer();
    expect(await staying).toBe('answer 1');
  });

  test("a primed read's answer serves the reads that come after it arrived", async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    await Promise.all([reads.prime(get()), server.answer()]);
    expect(await textOf(reads.fetch(get()))).toBe('answer 1');
    expect(await textOf(reads.fetch(get()))).toBe('answer 1');
    // Another address is its own read.
    const other = textOf(reads.fetch(get(`${URL_OF_EVENTS}&asOf=2023-11-30T10:00:00.000Z`)));
    await server.answer();
    expect(await other).toBe('answer 2');
  });

  test('a primed answer is dropped once kept long enough', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send, 20);
    await Promise.all([reads.prime(get()), server.answer()]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    const later = textOf(reads.fetch(get()));
    await server.answer();
    expect(await later).toBe('answer 2');
  });

  test('a change sent by the page drops the primed answers, which it may have made stale', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    await Promise.all([reads.prime(get()), server.answer()]);
    const change = reads.fetch(new Request('http://truce.test/api/claims', { method: 'POST' }));
    await server.answer();
    await change;
    const after = textOf(reads.fetch(get()));
    await server.answer();
    expect(await after).toBe('answer 3');
  });

  test('a failed primed read is not kept: the next read asks again', async () => {
    const server = countingServer(503);
    const reads = sharedReads(server.send);
    await Promise.all([reads.prime(get()), server.answer()]);
    const next = reads.fetch(get());
    await server.answer();
    expect(server.sent()).toBe(2);
    expect(await textOf(next)).toBe('answer 2');
  });

  test('a primed read is not cancelled when its only other reader gives up', async () => {
    const server = countingServer();
    const reads = sharedReads(server.send);
    const primed = textOf(reads.prime(get()));
    const leaving = new AbortController();
    const left = reads.fetch(get(URL_OF_EVENTS, leaving.signal));
    leaving.abort();
    await expect(left).rejects.toThrow();
    await server.answer();
    expect(await primed).toBe('answer 1');
    expect(await textOf(reads.fetch(get()))).toBe('answer 1');
  });
});
