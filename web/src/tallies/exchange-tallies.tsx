import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { CountRange, RunningTotal, Tally } from '../api/api-types';
import { formatRange } from '../format/format-count';
import { words } from '../format/labels';
import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { PlotFigure } from './plot-figure';

const COUNTED = '#1d4ed8';
const COUNTED_MAX = '#60a5fa';
const REQUIRED = '#111827';

/** What a row counts, in one unit: the vocabulary's unit, else the role (a row that mixes units names none). */
const unitOf = (t: Tally): string => t.unit ?? t.role;

/** A range's upper end for drawing: an open range is drawn to its lower end. */
const drawnMax = (r: CountRange) => r.max ?? r.min;

type PeriodTotal = RunningTotal['periods'][number];

function TallyTable(props: { readonly tallies: readonly Tally[] }) {
  const { partyName } = useAgreement();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Act</th>
          <th scope="col">By</th>
          <th scope="col">Category</th>
          <th scope="col">Count</th>
          <th scope="col">Claims</th>
        </tr>
      </thead>
      <tbody>
        {props.tallies.map((t, i) => (
          <tr key={i}>
            <td>{words(t.act)}</td>
            <td>{t.by ? partyName(t.by) : 'not named'}</td>
            <td>{t.category ?? 'all persons'}</td>
            <td>
              {formatRange(t.count)} {unitOf(t)}
            </td>
            <td>{t.claims}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObligationChart(props: { readonly total: RunningTotal }) {
  const { norm, bearer, periods: days } = props.total;
  const { partyName } = useAgreement();
  const options = useMemo((): Plot.PlotOptions => {
    // "At least" is drawn last, so it shows where the two coincide.
    const counted = days.flatMap((d) => [
      { day: d.period, series: 'counted, at most', value: drawnMax(d.counted) },
      { day: d.period, series: 'counted, at least', value: d.counted.min },
    ]);
    const required = days.map((d) => ({
      day: d.period,
      series: 'required',
      value: d.required.min,
    }));
    return {
      height: 220,
      marginLeft: 48,
      x: { label: 'Day', ticks: days.map((d) => d.period), tickFormat: (d: number) => `${d}` },
      y: { label: 'Running total', grid: true, zero: true },
      color: {
        legend: true,
        domain: ['counted, at least', 'counted, at most', 'required'],
        range: [COUNTED, COUNTED_MAX, REQUIRED],
      },
      marks: [
        Plot.areaY(days, {
          x: 'period',
          y1: (d: PeriodTotal) => d.counted.min,
          y2: (d: PeriodTotal) => drawnMax(d.counted),
          fill: COUNTED_MAX,
          fillOpacity: 0.25,
        }),
        Plot.lineY(counted, {
          x: 'day',
          y: 'value',
          stroke: 'series',
          strokeWidth: 2,
          marker: 'circle',
        }),
        Plot.lineY(required, {
          x: 'day',
          y: 'value',
          stroke: 'series',
          strokeWidth: 2,
          strokeDasharray: '6,4',
          marker: 'circle-stroke',
        }),
        Plot.ruleY([0]),
      ],
    };
  }, [days]);
  const caption = `${words(norm)} (${partyName(bearer)}): running total counted against what was required`;
  return (
    <PlotFigure
      options={options}
      caption={caption}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Counted so far</th>
              <th scope="col">Required so far</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.period}>
                <td>{d.period}</td>
                <td>{formatRange(d.counted)}</td>
                <td>{formatRange(d.required)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function ReleaseChart(props: { readonly tallies: readonly Tally[] }) {
  const { partyName } = useAgreement();
  const { tallies } = props;
  const options = useMemo((): Plot.PlotOptions => {
    // Grouped by party, each party's total first, then its categories from the largest.
    const rows = tallies
      .map((t) => ({
        party: t.by ? partyName(t.by) : 'party not named',
        category: t.category ?? 'all persons',
        min: t.count.min,
        max: drawnMax(t.count),
        label: `${formatRange(t.count)} ${unitOf(t)}`,
      }))
      .sort(
        (a, b) =>
          a.party.localeCompare(b.party) ||
          Number(b.category === 'all persons') - Number(a.category === 'all persons') ||
          b.max - a.max,
      )
      .map((r) => ({ ...r, who: `${r.party} · ${r.category}` }));
    return {
      marginLeft: 170,
      marginRight: 110,
      height: 50 + rows.length * 30,
      x: { label: 'Released so far', grid: true, zero: true },
      y: { label: null, domain: rows.map((r) => r.who) },
      marks: [
        Plot.barX(rows, { x1: 0, x2: 'min', y: 'who', fill: COUNTED }),
        Plot.barX(rows, { x1: 'min', x2: 'max', y: 'who', fill: COUNTED_MAX }),
        Plot.text(rows, { x: 'max', y: 'who', text: 'label', dx: 6, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    };
  }, [tallies, partyName]);
  return (
    <PlotFigure
      options={options}
      caption="Releases so far, by the party releasing and the category of persons; the lighter part of a bar is what the reports leave uncertain"
      table={<TallyTable tallies={tallies} />}
    />
  );
}

/**
 * What was exchanged so far, by party and category, and each quantity the terms required
 * followed day by day against what the record counts.
 */
export function ExchangeTallies() {
  const { id, evaluation } = useAgreement();
  const result = evaluation.data;
  if (id === null) return <p className="empty">No agreement is recorded yet.</p>;
  if (result === undefined) return <ResourceStatus resource={evaluation} what="the evaluation" />;
  const { releases, runningTotals } = result;

  return (
    <div className="exchange-tallies">
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">Releases</h2>
        {releases.length === 0 ? (
          <p className="empty">No release is on record.</p>
        ) : (
          <ReleaseChart tallies={releases} />
        )}
      </section>
      <section aria-labelledby="required-heading">
        <h2 id="required-heading">Against what the terms required, day by day</h2>
        {runningTotals.length === 0 && <p className="empty">No clause requires a quantity.</p>}
        <div className="chart-grid">
          {runningTotals.map((t) => (
            <ObligationChart key={`${t.norm}|${t.bearer}`} total={t} />
          ))}
        </div>
      </section>
    </div>
  );
}
