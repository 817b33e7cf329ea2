/** Rows per statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
export const ROWS_PER_STATEMENT = 500;

/** Splits items into runs of at most `size`, so no statement exceeds a parameter limit. */
export function* inChunks<T>(items: Iterable<T>, size = ROWS_PER_STATEMENT): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
