import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import { api } from '../api/api-client';
import type { EventCluster, Place } from '../api/api-types';
import { countOf } from '../format/format-count';
import { formatInterval } from '../format/format-time';
import { GRADE_LABELS, words } from '../format/labels';
import { ClaimsDisclosure } from '../shared/claims-disclosure';
import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { useBasemap } from './basemap';
import type { Extent } from './basemap-files';
import { PRECISION_RADIUS_KM, chooseLabels, paintBasemap, radiusInPixels } from './map-layers';
import { planarMercator } from './planar-mercator';

const WIDTH = 900;
const HEIGHT = 640;
const MARGIN = 24;
/** Markers closer than this many pixels are drawn as one cluster. */
const CLUSTER_PX = 30;

interface Located {
  readonly key: string;
  readonly place: Place & { readonly lat: number; readonly lon: number };
  readonly events: readonly EventCluster[];
}

/** Events grouped by the place they are located at; events without coordinates are left out. */
function locatedPlaces(events: readonly EventCluster[]): Located[] {
  const places = new Map<string, Located>();
  for (const event of events) {
    const place = event.where;
    if (place === null || place.lat === null || place.lon === null) continue;
    const key = `${place.name}|${place.lat.toFixed(3)}|${place.lon.toFixed(3)}`;
    const seen = places.get(key);
    places.set(key, {
      key,
      place: { ...place, lat: place.lat, lon: place.lon },
      events: [...(seen?.events ?? []), event],
    });
  }
  return [...places.values()].sort((a, b) => b.events.length - a.events.length);
}

/** The located events' extent, padded so the area around them shows. */
function extentOf(places: readonly Located[]): GeoJSON.MultiPoint {
  const lons = places.map((p) => p.place.lon);
  const lats = places.map((p) => p.place.lat);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const pad = Math.max(0.3, (east - west) * 0.2, (north - south) * 0.2);
  return {
    type: 'MultiPoint',
    coordinates: [
      [west - pad, south - pad],
      [east + pad, north + pad],
    ],
  };
}

interface Cluster {
  readonly x: number;
  readonly y: number;
  readonly members: readonly Located[];
  readonly events: number;
}

/** Places near each other on screen become one cluster, at the mean of their positions. */
function clusterOnScreen(points: readonly { located: Located; x: number; y: number }[]): Cluster[] {
  const cells = new Map<string, { located: Located; x: number; y: number }[]>();
  for (const p of points) {
    const cell = `${Math.round(p.x / CLUSTER_PX)}|${Math.round(p.y / CLUSTER_PX)}`;
    cells.set(cell, [...(cells.get(cell) ?? []), p]);
  }
  return [...cells.values()].map((members) => ({
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    y: members.reduce((s, m) => s + m.y, 0) / members.length,
    members: members.map((m) => m.located),
    events: members.reduce((s, m) => s + m.located.events.length, 0),
  }));
}

const markerRadius = (events: number) => 5 + 3 * Math.sqrt(events);

/**
 * Where the located events happened, on an offline basemap (admin-1 areas and places) zoomed to
 * their area. Places near each other cluster; each place's circle is as wide as its precision
 * allows. The list beside is the same map in words, and chooses a place.
 */
export function EventMap() {
  const started = useRef(performance.now());
  const { id: agreement, timeZone } = useAgreement();
  const events = useResource((at) => api.events(agreement, at), [agreement]);
  const places = useMemo(() => locatedPlaces(events.data ?? []), [events.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = places.find((p) => p.key === chosen) ?? places[0];
  // The list beside the map is its words: it may follow the map's first draw, not hold it up.
  const listed = useDeferredValue(places);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawnIn, setDrawnIn] = useState<number | null>(null);
  const marked = useRef(false);

  const projection = useMemo(() => {
    // No adaptive resampling: at a conflict area's scale straight segments are exact enough.
    const mercator = geoMercator()
      .precision(0)
      .clipExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ]);
    if (places.length === 0) return mercator;
    return mercator.fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      extentOf(places),
    );
  }, [places]);
  // What the canvas shows, [west, south, east, north]: the world without located events, and
  // not yet known before the events arrive (the basemap waits for it).
  const view = useMemo((): Extent | null | undefined => {
    if (events.data === undefined) return undefined;
    if (places.length === 0) return null;
    const [west, north] = projection.invert?.([0, 0]) ?? [-180, 90];
    const [east, south] = projection.invert?.([WIDTH, HEIGHT]) ?? [180, -90];
    return [west, south, east, north];
  }, [events.data, places, projection]);
  const basemap = useBasemap(view);
  const ready = basemap !== null && !(basemap instanceof Error);

  // Painted in the commit that brings the basemap, before the browser lays out and draws that
  // frame: the first draw does not wait for a frame of its own.
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!ready || !element) return;
    const scale = window.devicePixelRatio || 1;
    element.width = WIDTH * scale;
    element.height = HEIGHT * scale;
    const context = element.getContext('2d');
    if (!context) return;
    context.setTransform(scale, 0, 0, scale, 0, 0);
    // On the plane: no line of the basemap crosses ±180°, so d3's cut there has nothing to do.
    paintBasemap(context, geoPath(planarMercator(projection), context), basemap, WIDTH, HEIGHT);
    // The first complete draw, from the view opening: what an analyst waits for. The mark is
    // what the map bench reads (its time counts from the page's navigation).
    if (!marked.current) performance.mark('map:first-draw');
    marked.current = true;
    setDrawnIn((d) => d ?? Math.round(performance.now() - started.current));
  }, [ready, basemap, projection]);

  const labels = useMemo(
    () => (ready ? chooseLabels((p) => projection(p), basemap, WIDTH, HEIGHT) : []),
    [ready, basemap, projection],
  );
  const clusters = useMemo(
    () =>
      clusterOnScreen(
        places.flatMap((located) => {
          const point = projection([located.place.lon, located.place.lat]);
          return point ? [{ located, x: point[0], y: point[1] }] : [];
        }),
      ),
    [places, projection],
  );

  if (events.data === undefined) return <ResourceStatus resource={events} what="the events" />;

  return (
    <div className="event-map">
      <section aria-labelledby="map-heading" className="map-panel">
        <h2 id="map-heading">Map of located events</h2>
        <p className="hint">
          {countOf(places.length, 'place')} with events within a week of the term; events without
          coordinates are on the timeline.
        </p>
        {basemap instanceof Error && (
          <p role="alert" className="problem">
            {basemap.message}
          </p>
        )}
        <div
          className="map-stage"
          data-basemap={drawnIn === null ? 'loading' : 'drawn'}
          data-basemap-pieces={ready ? basemap.pieces.join(' ') : undefined}
          data-first-draw-ms={drawnIn ?? undefined}
        >
          <canvas ref={canvas} className="map-base" aria-hidden="true" />
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            className="map"
            role="img"
            aria-label={`Map of ${places.length} places where events were reported`}
          >
            {labels.map((label) => (
              <text
                key={`${label.kind}|${label.text}|${label.x}`}
                x={label.x}
                y={label.y}
                className={`map-label ${label.kind}`}
              >
                {label.kind === 'place' && <tspan className="dot">• </tspan>}
                {label.text}
              </text>
            ))}
            {places.map((located) => {
              const km = PRECISION_RADIUS_KM[located.place.precision] ?? null;
              const point = projection([located.place.lon, located.place.lat]);
              if (km === null || point === null) return null;
              const r = radiusInPixels(projection, located.place.lon, located.place.lat, km);
              return (
                <circle
                  key={`precision|${located.key}`}
                  cx={point[0]}
                  cy={point[1]}
                  r={r}
                  className={`precision precision-${located.place.precision}`}
                />
              );
            })}
            {clusters.map((cluster) => {
              const r = markerRadius(cluster.events);
              const chosenHere = cluster.members.includes(current!);
              const name =
                cluster.members.length === 1
                  ? cluster.members[0]!.place.name
                  : `${cluster.members[0]!.place.name} and ${cluster.members.length - 1} nearby`;
              return (
                <g
                  key={cluster.members.map((m) => m.key).join('/')}
                  transform={`translate(${cluster.x},${cluster.y})`}
                  className={`marker${chosenHere ? ' chosen' : ''}${cluster.members.length > 1 ? ' cluster' : ''}`}
                  onClick={() => setChosen(cluster.members[0]!.key)}
                >
                  <circle r={r} />
                  <text x={r + 4} y={4}>
                    {name} ({cluster.events})
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <MapLegend />
        <p className="hint">
          Basemap: Natural Earth admin-1 areas (public domain); places: GeoNames (CC BY 4.0).
        </p>
      </section>
      <section aria-labelledby="places-heading" className="map-places">
        <h2 id="places-heading">Places</h2>
        {listed.length === 0 && (
          <p className="empty">No event around this term has a place with coordinates.</p>
        )}
        <ul className="place-list">
          {listed.map((located) => (
            <li key={located.key}>
              <button
                type="button"
                aria-pressed={located.key === current?.key}
                onClick={() => setChosen(located.key)}
              >
                {located.place.name} — {countOf(located.events.length, 'event')} (
                {words(located.place.precision)})
              </button>
            </li>
          ))}
        </ul>
        {current && (
          <>
            <h3>{current.place.name}</h3>
            <ul className="plain-list">
              {current.events.map((event) => (
                <li key={event.id}>
                  <span className={`grade grade-${event.grade}`}>
                    {GRADE_LABELS[event.grade].text}
                  </span>{' '}
                  <strong>{words(event.type)}</strong>, {formatInterval(event.when, timeZone)}
                  <ClaimsDisclosure
                    ids={event.claims}
                    summary={`Accounts (${event.claims.length})`}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** What the marks on the map mean. */
function MapLegend() {
  const sizes = [1, 10, 50];
  return (
    <figure className="map-legend" aria-labelledby="map-legend-title">
      <figcaption id="map-legend-title">Legend</figcaption>
      <ul>
        {sizes.map((n) => (
          <li key={n}>
            <svg width={40} height={40} aria-hidden="true" className="map">
              <g className="marker" transform="translate(20,20)">
                <circle r={Math.min(18, markerRadius(n))} />
              </g>
            </svg>
            {countOf(n, 'event')} at a place, or a cluster of nearby places
          </li>
        ))}
        {Object.entries(PRECISION_RADIUS_KM).map(([precision, km]) =>
          km === null ? null : (
            <li key={precision}>
              <svg width={40} height={40} aria-hidden="true" className="map">
                <circle cx={20} cy={20} r={14} className={`precision precision-${precision}`} />
              </svg>
              Known to the {words(precision)}: within about {km} km
            </li>
          ),
        )}
        <li>
          <span className="legend-line country-border" aria-hidden="true" /> Country border
        </li>
        <li>
          <span className="legend-line area-border" aria-hidden="true" /> Province or governorate
          border (admin-1)
        </li>
        <li>
          <span className="legend-dot" aria-hidden="true">
            •
          </span>{' '}
          Town or city (GeoNames, 20,000 people or more)
        </li>
      </ul>
    </figure>
  );
}
