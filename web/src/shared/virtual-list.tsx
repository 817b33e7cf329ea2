import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Rows drawn beyond the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN = 8;

/**
 * A list that renders only the rows in view, so a hundred thousand claims scroll as fast as
 * ten. Rows have one fixed height.
 */
export function VirtualList<T>(props: {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly label: string;
  readonly keyOf: (item: T) => string;
  readonly renderRow: (item: T, index: number) => ReactNode;
  /** A row to keep in view (the one the keyboard moved to). */
  readonly activeIndex?: number;
  /** Called when the last rows come into view: the moment to fetch the next page. */
  readonly onNearEnd?: () => void;
}) {
  const { items, rowHeight, label, keyOf, renderRow, activeIndex, onNearEnd } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const element = viewport.current;
    if (element === null) return;
    const measure = () => setScroll({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = viewport.current;
    if (element === null || activeIndex === undefined || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scroll.top / rowHeight) - OVERSCAN);
  const last = Math.min(
    items.length,
    Math.ceil((scroll.top + scroll.height) / rowHeight) + OVERSCAN,
  );

  useEffect(() => {
    if (onNearEnd && last >= items.length - OVERSCAN) onNearEnd();
  }, [last, items.length, onNearEnd]);

  return (
    <div
      ref={viewport}
      className="virtual-list"
      onScroll={(e) =>
        setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
      }
    >
      <ul aria-label={label} style={{ height: items.length * rowHeight }}>
        {items.slice(first, last).map((item, i) => (
          <li
            key={keyOf(item)}
            style={{ top: (first + i) * rowHeight, height: rowHeight }}
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
          >
            {renderRow(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
