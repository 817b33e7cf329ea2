import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { useViewLocation } from '../state/view-location';
import { BreachAccounts } from './breach-accounts';
import { ComplianceGrid, VerdictLegend, cellKey, columnsOf } from './compliance-grid';
import type { GridCell } from './compliance-grid';
import { PowerStates } from './power-states';
import { TermSummary } from './term-summary';
import { VerdictExplanation } from './verdict-explanation';

/** The agreement at a glance: its term, the compliance grid, powers and alleged breaches. */
export function AgreementOverview() {
  const { id, timeZone, evaluation } = useAgreement();
  // The open cell lives in the address, so a reload or a shared link opens the same explanation.
  const [{ cell: open }, go] = useViewLocation();

  if (id === null) return <p className="empty">No agreement is recorded yet.</p>;
  const result = evaluation.data;
  if (result === undefined) return <ResourceStatus resource={evaluation} what="the evaluation" />;

  // The open cell is looked up again in each evaluation, so it follows the as-of control and reviews.
  const columns = columnsOf(result, timeZone);
  const column = open && columns.find((c) => c.key === open.period);
  const found = column?.norms.find((n) => n.norm === open?.norm && n.bearer === open.bearer);
  const cell: GridCell | null = column && found ? { column, result: found } : null;
  const close = () => {
    document.querySelector<HTMLElement>('.compliance-grid [aria-pressed="true"]')?.focus();
    go({ cell: null });
  };

  return (
    <div className="overview">
      <ResourceStatus resource={evaluation} what="the evaluation" />
      <TermSummary term={result.term} />
      <section aria-labelledby="grid-heading" className="compliance">
        <h2 id="grid-heading">Compliance, day by day</h2>
        <VerdictLegend />
        <ComplianceGrid
          columns={columns}
          selected={cell ? cellKey(cell.column, cell.result) : null}
          onOpen={(c) =>
            go({ cell: { period: c.column.key, norm: c.result.norm, bearer: c.result.bearer } })
          }
        />
        {cell && <VerdictExplanation cell={cell} onClose={close} />}
      </section>
      <PowerStates powers={result.powers} />
      <BreachAccounts breaches={result.breaches} />
    </div>
  );
}
