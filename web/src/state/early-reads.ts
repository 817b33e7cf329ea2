import { readEarly } from '../api/api-client';
import { VIEW_LOADERS } from '../view-loaders';
import { parseLocation } from './view-location';

/**
 * What the view at the page's address needs first, started at once instead of when the app's
 * code has arrived and mounted: the view's own code, and for the map the agreement's events.
 */
export function startEarlyReads(hash: string): void {
  const location = parseLocation(hash);
  // The events first: the browser opens a few connections to the server, and the view's code
  // comes as a dozen chunks that would otherwise take them all.
  if (location.view === 'map' && location.agreement !== null)
    readEarly.events(location.agreement, location.asOf);
  // The same modules the app loads lazily: this only starts their download sooner.
  VIEW_LOADERS[location.view]().catch(() => undefined);
}
