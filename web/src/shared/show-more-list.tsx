import { useState } from 'react';
import type { ReactNode } from 'react';

const FIRST = 10;

/** A list that shows its first items and the rest on request, so a long one loads lazily. */
export function ShowMoreList<T>(props: {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  /** What to say when there is nothing to list. */
  readonly empty?: string;
}) {
  const { items, keyOf, render, empty } = props;
  const [all, setAll] = useState(false);
  if (items.length === 0) return empty === undefined ? null : <p className="empty">{empty}</p>;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {items.length}
        </button>
      )}
    </>
  );
}
