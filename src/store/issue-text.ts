import type { z } from 'zod';

/** The first thing a schema found wrong, with where: "claim.content.type: unknown event type …". */
export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}
