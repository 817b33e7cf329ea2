import type { z } from 'zod';
import { badInput } from '../core/errors.js';

/** Where untrusted data becomes typed: parses with a schema or throws one BadInput sentence. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  where?: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(`invalid ${what}: ${describeIssues(result.error)}`, where);
}

/** "`when.latest`: latest is before earliest; `type`: unknown event type …" */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Parses one JSON text (a JSONL line), or throws a BadInput naming where. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`not valid JSON (${(error as Error).message})`, where);
  }
}
