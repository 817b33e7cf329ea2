import { z } from 'zod';

/**
 * The query of a route that takes no parameters: any is refused by name, so a misspelt or
 * unsupported one (an `asOf` where there is no as-of) is never silently ignored.
 */
export const NoQuery = z.object({}).strict();

/** The envelope of every listing: an object, so fields can be added without breaking clients. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item).readonly() });
