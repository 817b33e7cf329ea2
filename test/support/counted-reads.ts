/**
 * An array whose elements count each time they are read: a test of cost that counts the work
 * done rather than timing it, so that a rule reading a long clause once per word fails on any
 * machine, however loaded.
 */
export function countedReads<T>(items: readonly T[]): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: counted, reads: () => reads };
}
