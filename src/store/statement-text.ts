import type { Kysely } from 'kysely';
import type { StoreSchema } from './store-schema.js';

/** Statement text per database adapter and shape: built by Kysely once, then reused as text. */
const statementTexts = new WeakMap<object, Map<string, string>>();

/**
 * The SQL text of a statement of the given shape (a key naming everything the text depends on
 * but the database), compiled by `build` the first time only: a statement run for every batch
 * of a write builds no query tree, and on SQLite the same text finds its prepared statement.
 */
export function statementText(db: Kysely<StoreSchema>, shape: string, build: () => string): string {
  const adapter = db.getExecutor().adapter;
  let texts = statementTexts.get(adapter);
  if (texts === undefined) statementTexts.set(adapter, (texts = new Map()));
  let text = texts.get(shape);
  if (text === undefined) {
    text = build();
    texts.set(shape, text);
  }
  return text;
}
