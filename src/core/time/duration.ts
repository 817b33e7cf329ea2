import { z } from 'zod';

const UNITS_MESSAGE = 'must be a duration like `{days: 4}` or `{hours: 17, minutes: 30}`';

/**
 * A length of time in calendar terms: days are local days in the agreement's zone (23 or 25
 * hours across a DST change); hours and minutes are elapsed time.
 */
export const Duration = z
  .strictObject(
    {
      days: z.number().int().nonnegative().optional(),
      hours: z.number().int().nonnegative().optional(),
      minutes: z.number().int().nonnegative().optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown key ${issue.keys.map((k) => `\`${k}\``).join(', ')}; a duration takes days, hours and minutes (\`{days: 4}\`, \`{hours: 17, minutes: 30}\`)`
          : undefined,
    },
  )
  .refine((d) => d.days !== undefined || d.hours !== undefined || d.minutes !== undefined, {
    message: UNITS_MESSAGE,
  })
  .readonly();
export type Duration = z.infer<typeof Duration>;

/** The ISO-8601 form, as the evaluation's JSON gives it: `{days: 1}` is "P1D". */
export function isoDuration(d: Duration): string {
  const date = d.days ? `${d.days}D` : '';
  const time = `${d.hours ? `${d.hours}H` : ''}${d.minutes ? `${d.minutes}M` : ''}`;
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/** Multiplies every unit, for "one day per step, n steps". */
export const scaleDuration = (d: Duration, n: number): Duration => ({
  days: (d.days ?? 0) * n,
  hours: (d.hours ?? 0) * n,
  minutes: (d.minutes ?? 0) * n,
});
