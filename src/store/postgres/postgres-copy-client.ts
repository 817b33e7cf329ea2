import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** How a `copy … from stdin` statement reaches the client through Kysely: its data as the one parameter. */
const COPY_FROM_STDIN = /^copy .* from stdin$/s;

/**
 * A pg client that runs `copy … from stdin` (text format) with its rows given as the one
 * parameter, through pg-copy-streams; every other statement goes to pg as it is. Kysely hands
 * statements to the client as text and parameters, so a COPY runs on the transaction's own
 * connection like any insert (decision 0072).
 */
export class PostgresCopyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && COPY_FROM_STDIN.test(text)) {
      return this.#copy(text, String(values[0])) as never;
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  async #copy(text: string, data: string): Promise<pg.QueryResult> {
    const stream = super.query(copyFrom(text));
    const finished = once(stream, 'finish');
    stream.end(data);
    await finished;
    return { command: 'COPY', rowCount: stream.rowCount, rows: [], oid: 0, fields: [] };
  }
}
