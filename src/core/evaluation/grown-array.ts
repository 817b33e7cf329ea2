type FlatArray = Int32Array | Float64Array | Uint8Array;

/** A copy of `array` with room for `length` items: the engine's flat buffers double as they fill. */
export function grown<T extends FlatArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
