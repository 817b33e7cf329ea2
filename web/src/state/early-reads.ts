import { readEarly } from '../api/api-client';
import { parseLocation } from './view-location';

/**
 * What the view at the page's address needs before it can draw, started at once instead of
 * when its code has arrived and mounted: for the map, its chunk and the agreement's events.
 */
export function startEarlyReads(hash: string): void {
  const location = parseLocation(hash);
  if (location.view !== 'map') return;
  // The same module the app loads lazily: this import only starts its download sooner.
  import('../map/event-map').catch(() => undefined);
  if (location.agreement !== null) readEarly.events(location.agreement, location.asOf);
}
