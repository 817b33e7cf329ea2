import { useEffect } from 'react';
import type { MouseEvent } from 'react';
import { api } from '../api/api-client';
import { formatDay, formatInstant } from '../format/format-time';
import { words } from '../format/labels';
import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { useViewLocation } from '../state/view-location';
import type { DayReport, ReportStatement } from '../api/api-types';
import './day-report.css';

/** Scrolls to a footnote without touching the address: the hash is the dashboard's route. */
function toNote(event: MouseEvent<HTMLAnchorElement>, number: number) {
  event.preventDefault();
  document.getElementById(`note-${number}`)?.scrollIntoView({ block: 'center' });
}

function NoteRefs({ notes }: { readonly notes: readonly number[] }) {
  return notes.map((n) => (
    <sup key={n} className="note-ref">
      <a href={`#note-${n}`} onClick={(e) => toNote(e, n)} aria-label={`source ${n}`}>
        {n}
      </a>
    </sup>
  ));
}

function Statements({
  items,
  empty,
}: {
  readonly items: readonly ReportStatement[];
  readonly empty: string;
}) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="statements">
      {items.map((s, i) => (
        <li key={i} className="statement">
          {s.text}
          <NoteRefs notes={s.notes} />
        </li>
      ))}
    </ul>
  );
}

/** The report as mediators circulate it: header, sections of footnoted statements, sources. */
function ReportPage({ report }: { readonly report: DayReport }) {
  const zone = report.timezone;
  return (
    <article className="day-report" data-report-ready="" aria-labelledby="report-title">
      <header className="report-header">
        <p className="report-kind">Daily situation report</p>
        <h2 id="report-title">{report.title}</h2>
        <p>
          <strong>
            {report.period === null ? '' : `Day ${report.period}: `}
            {report.localStart.replace('T', ' ')} – {report.localEnd.replace('T', ' ')}
          </strong>{' '}
          (local time, {zone}); agreement <code>{report.agreement}</code>, version {report.version}
        </p>
        <p className="as-known">As known at {formatInstant(report.asOf, zone)}</p>
      </header>
      <section aria-labelledby="report-term">
        <h3 id="report-term">The term in force</h3>
        <Statements items={report.term} empty="No term is recorded." />
      </section>
      <section aria-labelledby="report-grid">
        <h3 id="report-grid">Verdicts for the day, clause by clause</h3>
        {report.grid.length === 0 ? (
          <p className="empty">The day is not a period of the term: no clause was due.</p>
        ) : (
          <table className="report-grid">
            <thead>
              <tr>
                <th scope="col">Clause</th>
                <th scope="col">Bearer</th>
                <th scope="col">Verdict</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.grid.map((cell) => (
                <tr key={`${cell.norm}|${cell.bearer}`} className="statement">
                  <th scope="row" title={cell.ref}>
                    {cell.norm}
                  </th>
                  <td>{cell.bearer}</td>
                  <td className={`verdict verdict-${cell.verdict}`}>{words(cell.verdict)}</td>
                  <td>
                    {cell.text}
                    <NoteRefs notes={cell.notes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="report-claims">
        <h3 id="report-claims">New claims, by origin</h3>
        {report.newClaims.length === 0 && (
          <p className="empty">No accepted claim came to be known during the day.</p>
        )}
        {report.newClaims.map((o) => (
          <div key={o.originKey} className="report-origin">
            <h4>{o.origin}</h4>
            <Statements items={o.claims} empty="" />
          </div>
        ))}
      </section>
      <section aria-labelledby="report-breaches">
        <h3 id="report-breaches">Breaches alleged, and by whom</h3>
        <Statements items={report.breaches} empty="No breach was alleged for the day." />
      </section>
      <section aria-labelledby="report-tallies">
        <h3 id="report-tallies">Tallies for the term</h3>
        <Statements items={report.tallies} empty="The clauses count nothing." />
      </section>
      <footer aria-labelledby="report-sources">
        <h3 id="report-sources">Sources</h3>
        <ol className="footnotes">
          {report.footnotes.map((f) => (
            <li key={f.number} id={`note-${f.number}`} value={f.number} data-document={f.document}>
              {f.link ? <a href={f.link}>{f.title}</a> : <cite>{f.title}</cite>}. {f.credit}
              {f.published ? `, ${formatDay(f.published, zone)}` : ''}. <code>{f.document}</code>
            </li>
          ))}
        </ol>
      </footer>
    </article>
  );
}

/**
 * The daily situation report of the chosen agreement for one day of its term, as known at the
 * dashboard's moment: a printable page (the print stylesheet leaves only the report), the same
 * page `truce report` prints to PDF.
 */
export function DayReportView() {
  const [location, go] = useViewLocation();
  const { id } = useAgreement();
  // Without a day in the address, the server reports the day the term is at.
  const asked = location.item ?? undefined;
  const report = useResource(
    (at) => (id ? api.dayReport(id, asked, at) : Promise.resolve(undefined)),
    [id, asked],
  );
  const day = report.data?.day ?? asked ?? null;
  const days = report.data?.days ?? [];
  useEffect(() => {
    if (report.data) document.title = `${report.data.title}: ${report.data.day} — Truce`;
  }, [report.data]);

  return (
    <div className="day-report-view">
      <div className="report-controls">
        <label>
          Day{' '}
          <select value={day ?? ''} onChange={(e) => go({ item: e.target.value })}>
            {day !== null && !days.includes(day) && <option value={day}>{day}</option>}
            {days.map((d, i) => (
              <option key={d} value={d}>
                Day {i + 1}: {d}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()} disabled={!report.data}>
          Print
        </button>
      </div>
      {report.data ? (
        <ReportPage report={report.data} />
      ) : id === null ? (
        <p className="empty">Choose an agreement to report on.</p>
      ) : (
        <ResourceStatus resource={report} what="the report" />
      )}
    </div>
  );
}
