import type { z } from 'zod';
import { badInput } from '../core/errors.js';
import { safeParser } from '../core/schema/quick-parse.js';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from '../core/text/json-depth.js';
import {
  MALFORMED_TEXT_MESSAGE,
  jsonTextIsWellFormed,
  malformedTextAt,
} from '../core/text/malformed-text.js';

/** Where untrusted data becomes typed: parses with a schema or throws one BadInput sentence. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  where?: string,
): z.infer<S> {
  return dataOrBadInput(schema.safeParse(value), what, where);
}

/**
 * `parseInput` with one schema for a hot path (a line of an import): the schema's quick parse
 * first, which gives what zod's parse gives, and zod's own parse where it declines, to word the
 * error or take a rarer form. Derived on first use, so a command that never parses pays nothing.
 */
export function inputParser<S extends z.ZodType>(
  schema: S,
  what: string,
): (value: unknown, where?: string) => z.infer<S> {
  const parse = safeParser(schema);
  return (value, where) => dataOrBadInput(parse(value), what, where);
}

/** The parsed value, or the one BadInput sentence both parsers throw for a refused one. */
function dataOrBadInput<T>(result: z.ZodSafeParseResult<T>, what: string, where?: string): T {
  if (result.success) return result.data;
  throw badInput(`invalid ${what}: ${describeIssues(result.error)}`, where);
}

/** "`when.latest`: latest is before earliest; `type`: unknown event type …" */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Parses one JSON text (a JSONL line), or throws a BadInput naming where; its text must be well-formed. */
export function parseJson(text: string, where: string): unknown {
  if (jsonNestsDeeperThan(text)) {
    throw badInput(`nests deeper than ${MAX_JSON_DEPTH} levels; no Truce record needs that`, where);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badInput(`not valid JSON (${(error as Error).message})`, where);
  }
  // Walking every string costs more than reading the text once; only a suspect text is walked.
  const malformed = jsonTextIsWellFormed(text) ? undefined : malformedTextAt(value, 'line');
  if (malformed) throw badInput(`${malformed} ${MALFORMED_TEXT_MESSAGE}`, where);
  return value;
}
