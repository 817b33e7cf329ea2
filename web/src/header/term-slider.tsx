import { startTransition, useEffect, useRef, useState } from 'react';
import { api } from '../api/api-client';
import type { EventCluster, TermResult, TermSpan } from '../api/api-types';
import { formatInstant } from '../format/format-time';
import { words } from '../format/labels';
import { useAgreement } from '../state/agreement-context';
import { useRecord } from '../state/record-context';
import { useViewLocation } from '../state/view-location';

const HOUR_MS = 60 * 60 * 1000;
/** How long the slider rests before the moment is set: every view reloads on it. */
const SETTLE_MS = 350;

/**
 * The term as known now and the events on it. Both are read as the record stands, not as of the
 * slider's moment: the slider's own range must not move while it is dragged.
 */
function useTermNow(agreement: string | null) {
  const { revision } = useRecord();
  const [state, setState] = useState<{
    term: TermResult;
    span: TermSpan;
    events: readonly EventCluster[];
  }>();
  useEffect(() => {
    if (agreement === null) return;
    const controller = new AbortController();
    const now = { asOf: null, signal: controller.signal };
    Promise.all([api.evaluation(agreement, now), api.events(agreement, now)]).then(
      // A thousand marks are not worth holding up the view below, which reads the same events:
      // rendered as a transition, they wait for the view's own updates.
      ([{ term, span }, events]) => startTransition(() => setState({ term, span, events })),
      () => setState(undefined),
    );
    return () => controller.abort();
  }, [agreement, revision]);
  return state;
}

const eventAt = (e: EventCluster) =>
  e.when.earliest === null ? null : Date.parse(e.when.earliest);

/**
 * A slider over the agreement's term with its events marked: moving it sets the moment every
 * view replays (`asOf` in the address). Arrow keys step an hour, Page Up and Down a day; the
 * buttons jump to the previous or next event.
 */
export function TermSlider() {
  const [location, go] = useViewLocation();
  const { id: agreement, timeZone } = useAgreement();
  const known = useTermNow(agreement);
  const asOfMs = location.asOf === null ? null : Date.parse(location.asOf);
  const [moving, setMoving] = useState<number | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  if (known === undefined) return null;

  // The server says what the term covers; the slider only draws it.
  const span = { from: Date.parse(known.span.from), to: Date.parse(known.span.to) };
  const clamp = (ms: number) => Math.min(span.to, Math.max(span.from, ms));
  const value = moving ?? clamp(asOfMs ?? span.to);
  const setMoment = (ms: number) => {
    setMoving(ms);
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      setMoving(null);
      go({ asOf: new Date(ms).toISOString() });
    }, SETTLE_MS);
  };
  const times = known.events
    .flatMap((e) => eventAt(e) ?? [])
    .filter((t) => t >= span.from && t <= span.to);
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  const previous = sorted.filter((t) => t < value).at(-1);
  const next = sorted.find((t) => t > value);
  const at = (ms: number) => `${(((ms - span.from) / (span.to - span.from)) * 100).toFixed(3)}%`;

  return (
    <div className="term-slider" role="group" aria-labelledby="term-slider-label">
      <label id="term-slider-label" htmlFor="term-slider-input">
        Over the term
      </label>
      <button
        type="button"
        disabled={previous === undefined}
        onClick={() => previous !== undefined && setMoment(previous)}
      >
        ◀ Previous event
      </button>
      <div className="term-track">
        <input
          id="term-slider-input"
          type="range"
          min={span.from}
          max={span.to}
          step={HOUR_MS}
          value={value}
          aria-valuetext={formatInstant(new Date(value).toISOString(), timeZone)}
          onChange={(e) => setMoment(Number(e.currentTarget.value))}
        />
        <div className="term-marks" aria-hidden="true">
          <span
            className="term-band"
            style={{ left: at(Date.parse(known.term.start)), right: 0 }}
          />
          {known.events.map((e) => {
            const t = eventAt(e);
            if (t === null || t < span.from || t > span.to) return null;
            return (
              <span
                key={e.id}
                className={`term-event event-${e.type}`}
                style={{ left: at(t) }}
                title={`${words(e.type)}, ${formatInstant(e.when.earliest ?? '', timeZone)}`}
              />
            );
          })}
        </div>
      </div>
      <button
        type="button"
        disabled={next === undefined}
        onClick={() => next !== undefined && setMoment(next)}
      >
        Next event ▶
      </button>
      <span className="term-slider-count">
        {sorted.length} event{sorted.length === 1 ? '' : 's'} on the term
      </span>
    </div>
  );
}
