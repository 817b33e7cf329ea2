/**
 * An array whose elements, and each element's fields, count each time they are read: a test of
 * cost that counts the work done rather than timing it, so that a rule reading a long clause
 * once per word fails on any machine, however loaded. Fields count too because a reader may
 * copy the elements into an array of its own (a clause's words) and read them there.
 */
export function countedReads<T extends object>(
  items: readonly T[],
): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const count = <U extends object>(target: U): U =>
    new Proxy(target, {
      get(object, key, receiver) {
        reads += 1;
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
  const counted = count(items.map(count));
  return { items: counted, reads: () => reads };
}
