import type { EventCluster } from '../api/api-types';
import { formatQuantity } from './format-count';

/** How the server says an event's accounts disagree, in words; null when they agree. */
export function divergenceWords(divergence: EventCluster['divergence']): string | null {
  if (divergence === null) return null;
  if (divergence.kind === 'denial') return 'one account denies what another reports';
  const [a, b] = divergence.figures;
  return `the figures differ: ${formatQuantity(a)} against ${formatQuantity(b)}`;
}
