import type { CountRange } from '../quantity/count-range.js';
import { formatRange, maxOf } from '../quantity/count-range.js';
import type { Verdict } from './evaluation.js';
import type { AccountVoice } from './origin-accounts.js';

const origins = (accounts: readonly AccountVoice[], stance: AccountVoice['stance']): string =>
  accounts
    .filter((a) => a.stance === stance && a.used)
    .map((a) => (a.selfReport ? `${a.origin} (self-report)` : a.origin))
    .join('; ');

/** What is still owed, in words; null when the count definitely meets the requirement. */
export function owedText(
  required: CountRange,
  count: CountRange,
  unit: string | null,
): string | null {
  if (count.min >= maxOf(required)) return null;
  const u = unit === null ? '' : ` ${unit}`;
  const shortMin = Math.max(0, required.min - maxOf(count));
  const shortMax = maxOf(required) - count.min;
  const short: CountRange = {
    min: Number.isFinite(shortMin) ? shortMin : 0,
    max: Number.isFinite(shortMax) ? shortMax : null,
  };
  return `at least ${formatRange(required)}${u} owed, ${formatRange(count)} counted: ${formatRange(short)} more`;
}

/** One sentence on an obligation instance: owed, found, decided. */
export function obligationSummary(
  verdict: Verdict,
  required: CountRange,
  count: CountRange,
  accounts: readonly AccountVoice[],
  unit: string | null,
): string {
  const u = unit === null ? '' : ` ${unit}`;
  const owed = `Owed at least ${formatRange(required)}${u}`;
  const supporting = origins(accounts, 'supports');
  const contrary = origins(accounts, 'contradicts');
  const found =
    supporting === ''
      ? 'no accepted claim reports it'
      : `counted ${formatRange(count)}${u} (${supporting})`;
  const against = contrary === '' ? '' : `; the contrary is reported by ${contrary}`;
  return `${owed}; ${found}${against}: ${verdict.replace('_', ' ')}.`;
}

/** One sentence on a prohibition or maintenance instance. */
export function breachSummary(
  verdict: Verdict,
  breaches: CountRange,
  accounts: readonly AccountVoice[],
): string {
  const reporting = origins(accounts, 'supports');
  const denying = origins(accounts, 'contradicts');
  if (reporting === '') return `No breaking act reported: ${verdict.replace('_', ' ')}.`;
  const certainty = breaches.min >= 1 ? '' : 'possibly ';
  const denial = denying === '' ? '' : `; denied by ${denying}`;
  return `Breaking acts ${certainty}reported by ${reporting}${denial}: ${verdict.replace('_', ' ')}.`;
}
