import { useCallback, useSyncExternalStore } from 'react';
import type { Iso } from '../api/api-types';

export const VIEWS = [
  { name: 'overview', label: 'Overview' },
  { name: 'timeline', label: 'Timeline' },
  { name: 'tallies', label: 'Exchange tallies' },
  { name: 'map', label: 'Map' },
  { name: 'report', label: 'Daily report' },
  { name: 'review', label: 'Review queue' },
  { name: 'documents', label: 'Documents' },
  { name: 'upload', label: 'Upload' },
  { name: 'search', label: 'Search' },
] as const;
export type ViewName = (typeof VIEWS)[number]['name'];

/**
 * What the dashboard shows, kept in the URL's hash so any view (and any moment of the record)
 * can be linked to: `#/documents/doc_…?agreement=gaza-pause-2023-11&asOf=2023-11-28T05:00:00Z`.
 */
export interface ViewLocation {
  readonly view: ViewName;
  /** The item the view opens, such as a document id. */
  readonly item: string | null;
  readonly agreement: string | null;
  /** The moment the record is replayed at; null is "as known now". */
  readonly asOf: Iso | null;
  /** A claim to point at inside the item (a document's claim, say): its words are highlighted. */
  readonly claim: string | null;
  /** The overview's open cell: a norm's bearer in one period (a column of the grid). */
  readonly cell: OpenCell | null;
  /** The view's filters, by name (see FILTER_PARAMS); an absent name is "no filter". */
  readonly filters: Readonly<Partial<Record<FilterName, string>>>;
}

export interface OpenCell {
  /** The grid column's key: `day-3`, or `once` for a clause judged once. */
  readonly period: string;
  readonly norm: string;
  readonly bearer: string;
}

/**
 * The filters a view may keep in the address, each a query parameter of the same name. A view
 * that gains a filter adds its name here, and the address carries it.
 */
export const FILTER_PARAMS = ['type', 'party', 'origin', 'according', 'q'] as const;
export type FilterName = (typeof FILTER_PARAMS)[number];

const isView = (name: string): name is ViewName => VIEWS.some((v) => v.name === name);

export function parseLocation(hash: string): ViewLocation {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = '', item] = path.split('/');
  const params = new URLSearchParams(search);
  return {
    view: isView(view) ? view : 'overview',
    item: item ? decodeURIComponent(item) : null,
    agreement: params.get('agreement'),
    asOf: params.get('asOf'),
    claim: params.get('claim'),
    cell: cellOf(params),
    filters: Object.fromEntries(
      FILTER_PARAMS.flatMap((name) => {
        const value = params.get(name);
        return value ? [[name, value]] : [];
      }),
    ),
  };
}

function cellOf(params: URLSearchParams): OpenCell | null {
  const period = params.get('period');
  const norm = params.get('norm');
  const bearer = params.get('bearer');
  return period && norm && bearer ? { period, norm, bearer } : null;
}

/** Another view (and the item it opens): what belonged to the view left behind is dropped. */
export function viewAt(
  location: ViewLocation,
  view: ViewName,
  item: string | null = null,
  claim: string | null = null,
): ViewLocation {
  return { ...location, view, item, claim, cell: null, filters: {} };
}

export function hrefOf(location: ViewLocation): string {
  const params = new URLSearchParams();
  if (location.agreement) params.set('agreement', location.agreement);
  if (location.asOf) params.set('asOf', location.asOf);
  if (location.claim) params.set('claim', location.claim);
  if (location.cell) {
    params.set('period', location.cell.period);
    params.set('norm', location.cell.norm);
    params.set('bearer', location.cell.bearer);
  }
  for (const name of FILTER_PARAMS) {
    const value = location.filters[name];
    if (value) params.set(name, value);
  }
  const item = location.item ? `/${encodeURIComponent(location.item)}` : '';
  const search = params.toString();
  return `#/${location.view}${item}${search ? `?${search}` : ''}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

/** The current location, and a way to move to another one (keeping what is not changed). */
export function useViewLocation(): readonly [
  ViewLocation,
  (change: Partial<ViewLocation>) => void,
] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const go = useCallback((change: Partial<ViewLocation>) => {
    window.location.hash = hrefOf({ ...parseLocation(window.location.hash), ...change });
  }, []);
  return [parseLocation(hash), go] as const;
}
