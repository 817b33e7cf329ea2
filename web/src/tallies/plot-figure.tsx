import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import * as Plot from '@observablehq/plot';

/**
 * An Observable Plot chart in a figure with its caption; `table` gives the same figures in a
 * table for those who do not read charts.
 */
export function PlotFigure(props: {
  readonly options: Plot.PlotOptions;
  readonly caption: string;
  readonly table: ReactNode;
}) {
  const { options, caption, table } = props;
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel: caption });
    holder.current?.append(chart);
    return () => chart.remove();
  }, [options, caption]);

  return (
    <figure className="plot-figure">
      <figcaption>{caption}</figcaption>
      <div ref={holder} />
      <details>
        <summary>The figures as a table</summary>
        {table}
      </details>
    </figure>
  );
}
