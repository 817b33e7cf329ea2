import type { EventCluster, TermResult } from '../api/api-types';

/** How far before its start and after its end an event still belongs to an agreement's story. */
const MARGIN_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Is the event within a week of the term? The record holds every agreement's events; this
 * keeps those of the agreement looked at (its announcement, its aftermath) and drops others'.
 */
export function isNearTerm(event: EventCluster, term: TermResult): boolean {
  const from = Date.parse(term.start) - MARGIN_MS;
  const until = term.end.latest === null ? Infinity : Date.parse(term.end.latest) + MARGIN_MS;
  const earliest = event.when.earliest === null ? -Infinity : Date.parse(event.when.earliest);
  const latest = event.when.latest === null ? Infinity : Date.parse(event.when.latest);
  return latest >= from && earliest <= until;
}
