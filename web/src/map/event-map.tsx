import { useMemo, useState } from 'react';
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
import { useCountries } from './world-countries';

const WIDTH = 900;
const HEIGHT = 640;
const MARGIN = 24;

/** Places known only as a region or country are drawn as a dashed ring: somewhere near here. */
const isVague = (place: Place) => place.precision === 'region' || place.precision === 'country';

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
  const pad = Math.max(0.5, (east - west) * 0.25, (north - south) * 0.25);
  return {
    type: 'MultiPoint',
    coordinates: [
      [west - pad, south - pad],
      [east + pad, north + pad],
    ],
  };
}

/**
 * Where the located events happened, on an offline map zoomed to their area. Each place is a
 * marker (a dashed ring when the place is only known roughly); the list beside is the same map
 * in words, and chooses a place.
 */
export function EventMap() {
  const { id: agreement } = useAgreement();
  const events = useResource((at) => api.events(agreement, at), [agreement]);
  const countries = useCountries();
  const { timeZone } = useAgreement();
  const places = useMemo(() => locatedPlaces(events.data ?? []), [events.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = places.find((p) => p.key === chosen) ?? places[0];

  const projection = useMemo(() => {
    const mercator = geoMercator();
    if (places.length === 0) return mercator;
    return mercator.fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      extentOf(places),
    );
  }, [places]);
  const path = geoPath(projection);
  const borders = countries === null || countries instanceof Error ? [] : countries.features;

  if (events.data === undefined) return <ResourceStatus resource={events} what="the events" />;

  return (
    <div className="event-map">
      <section aria-labelledby="map-heading" className="map-panel">
        <h2 id="map-heading">Map of located events</h2>
        <p className="hint">
          {countOf(places.length, 'place')} with events within a week of the term; events without
          coordinates are on the timeline. A dashed ring is a place known only as a region or
          country. Borders: Natural Earth (public domain).
        </p>
        {countries instanceof Error && (
          <p role="alert" className="problem">
            {countries.message}
          </p>
        )}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="map"
          role="img"
          aria-label={`Map of ${places.length} places where events were reported`}
        >
          <rect width={WIDTH} height={HEIGHT} className="sea" />
          {borders.map((country, i) => (
            <path key={i} d={path(country) ?? undefined} className="country" />
          ))}
          {/* Country names only on a zoomed map: on the whole world they would be a blur. */}
          {places.length > 0 &&
            borders.map((country, i) => {
              const [x, y] = path.centroid(country);
              if (!(x > 0 && x < WIDTH && y > 0 && y < HEIGHT)) return null;
              return (
                <text key={i} x={x} y={y} className="country-name">
                  {country.properties.name}
                </text>
              );
            })}
          {places.map((located) => {
            const point = projection([located.place.lon, located.place.lat]);
            if (point === null) return null;
            const r = 5 + 3 * Math.sqrt(located.events.length);
            return (
              <g
                key={located.key}
                transform={`translate(${point[0]},${point[1]})`}
                className={`marker${located === current ? ' chosen' : ''}`}
                onClick={() => setChosen(located.key)}
              >
                {isVague(located.place) ? (
                  <circle r={r * 2.5} className="vague" />
                ) : (
                  <circle r={r} />
                )}
                <text x={r + 4} y={4}>
                  {located.place.name} ({located.events.length})
                </text>
              </g>
            );
          })}
        </svg>
      </section>
      <section aria-labelledby="places-heading" className="map-places">
        <h2 id="places-heading">Places</h2>
        {places.length === 0 && (
          <p className="empty">No event around this term has a place with coordinates.</p>
        )}
        <ul className="place-list">
          {places.map((located) => (
            <li key={located.key}>
              <button
                type="button"
                aria-pressed={located === current}
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
