import type { CountRange, Quantity } from '../api/api-types';

/** [81, ∞) as "81 or more", [3, 3] as "3", [2, 5] as "2–5". */
export function formatRange(range: CountRange): string {
  if (range.max === null) return `${range.min} or more`;
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

/** A reported quantity as the text put it, with the range it stands for: "more than 80 (81 or more)". */
export function formatQuantity(q: Quantity): string {
  const range = formatRange(q);
  switch (q.qualifier) {
    case 'exact':
      return `${range} ${q.unit}`;
    case 'at_least':
      return `at least ${q.min} ${q.unit}`;
    case 'more_than':
      return `more than ${q.min - 1} ${q.unit}`;
    case 'about':
      return `about ${q.max === null ? q.min : Math.round((q.min + q.max) / 2)} ${q.unit} (${range})`;
    case 'up_to':
      return `up to ${q.max ?? q.min} ${q.unit}`;
  }
}

/** "1 claim", "3 claims". */
export const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
