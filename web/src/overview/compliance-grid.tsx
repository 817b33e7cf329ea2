import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Evaluation, Membership, NormResult, Verdict } from '../api/api-types';
import { formatDay } from '../format/format-time';
import { VERDICT_LABELS } from '../format/labels';
import { useAgreement } from '../state/agreement-context';

/** A column of the grid: one period, or the norms that hold once over a window of their own. */
export interface GridColumn {
  readonly key: string;
  readonly title: string;
  readonly detail: string;
  readonly inTerm: Membership;
  /** "version 2" where an amendment governs some periods and not others; else null. */
  readonly version: string | null;
  readonly norms: readonly NormResult[];
}

/** One cell: a norm instance's result in one column. */
export interface GridCell {
  readonly column: GridColumn;
  readonly result: NormResult;
}

export const cellKey = (column: GridColumn, result: NormResult): string =>
  `${column.key}|${result.norm}|${result.bearer}`;

export function columnsOf(evaluation: Evaluation, timeZone: string): GridColumn[] {
  const amended = new Set(evaluation.periods.map((p) => p.version)).size > 1;
  const days = evaluation.periods.map((p) => ({
    key: `day-${p.index}`,
    title: `Day ${p.index}`,
    detail: formatDay(p.start, timeZone),
    inTerm: p.inTerm,
    version: amended ? `version ${p.version}` : null,
    norms: p.norms,
  }));
  if (evaluation.once.length === 0) return days;
  const once = {
    key: 'once',
    title: 'Once',
    detail: 'own window',
    inTerm: 'definitely' as const,
    version: null,
  };
  return [...days, { ...once, norms: evaluation.once }];
}

/** The norm instances (a norm and its bearer), in the order the columns first list them. */
function rowsOf(columns: readonly GridColumn[]) {
  const rows = new Map<string, { norm: string; bearer: string }>();
  for (const column of columns) for (const r of column.norms) rows.set(`${r.norm}|${r.bearer}`, r);
  return [...rows.values()];
}

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function VerdictLegend() {
  return (
    <ul className="verdict-legend" aria-label="Verdicts">
      {(Object.keys(VERDICT_LABELS) as Verdict[]).map((verdict) => (
        <li key={verdict} className={`verdict verdict-${verdict}`}>
          <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
          {VERDICT_LABELS[verdict].text}
        </li>
      ))}
    </ul>
  );
}

/**
 * Norms by periods, each cell the verdict the evidence gives, in colour, symbol and word.
 * A cell opens its explanation (click, Enter or Space); arrow keys move between cells.
 */
export function ComplianceGrid(props: {
  readonly columns: readonly GridColumn[];
  readonly selected: string | null;
  readonly onOpen: (cell: GridCell) => void;
}) {
  const { columns, selected, onOpen } = props;
  const { partyName, clauseName } = useAgreement();
  const rows = rowsOf(columns);
  const [focus, setFocus] = useState<readonly [number, number] | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const cellAt = (r: number, c: number) =>
    columns[c]?.norms.find((n) => n.norm === rows[r]?.norm && n.bearer === rows[r]?.bearer);
  const firstCell = (): readonly [number, number] => {
    for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < columns.length; c++) if (cellAt(r, c)) return [r, c];
    return [0, 0];
  };
  // One cell is in the tab order: the last one focused, else the first there is.
  const [tabRow, tabCol] = focus ?? firstCell();

  const move = (event: KeyboardEvent) => {
    const step = MOVES[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const row = Math.min(rows.length - 1, Math.max(0, tabRow + step[0]));
    const col = Math.min(columns.length - 1, Math.max(0, tabCol + step[1]));
    const [column, result] = [columns[col], cellAt(row, col)];
    if (column === undefined || result === undefined) return;
    const key = CSS.escape(cellKey(column, result));
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${key}"]`)?.focus();
  };

  return (
    <div className="grid-scroller">
      <table ref={table} className="compliance-grid" onKeyDown={move}>
        <caption>
          Verdicts by norm and period. Open a cell to see the clause, the claims counted and
          ignored, and what was still owed.
        </caption>
        <thead>
          <tr>
            <th scope="col">Norm · bearer</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`in-term-${column.inTerm}`}>
                {column.title}
                <span className="period-day">{column.detail}</span>
                {column.version !== null && <span className="period-day">{column.version}</span>}
                {column.inTerm !== 'definitely' && (
                  <span className="period-day">
                    {column.inTerm === 'possibly' ? 'possibly after the end' : 'after the end'}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={`${row.norm}|${row.bearer}`}>
              <th scope="row" title={`clause ${row.norm}`}>
                {clauseName(row.norm)}
                <span className="bearer">{partyName(row.bearer)}</span>
              </th>
              {columns.map((column, c) => {
                const result = cellAt(r, c);
                if (result === undefined)
                  return (
                    <td key={column.key} className="no-instance">
                      <span className="visually-hidden">does not apply</span>
                    </td>
                  );
                const label = VERDICT_LABELS[result.verdict];
                const key = cellKey(column, result);
                return (
                  <td key={column.key}>
                    <button
                      type="button"
                      data-cell={key}
                      tabIndex={tabRow === r && tabCol === c ? 0 : -1}
                      className={`verdict verdict-${result.verdict}`}
                      aria-pressed={selected === key}
                      aria-label={`${label.text}: ${clauseName(row.norm)}, ${partyName(row.bearer)}, ${column.title}`}
                      onFocus={() => setFocus([r, c])}
                      onClick={() => onOpen({ column, result })}
                    >
                      <span aria-hidden="true">{label.symbol}</span> {label.text}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
